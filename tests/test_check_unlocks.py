"""`pathway check --unlocks`: each row also says what would open a better route; off by default."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.helpers import run

ROOT = Path(__file__).resolve().parent.parent
VESTLAND = str(ROOT / "examples" / "contract-ended-vestland.yaml")
DAY = "2026-12-06"


def test_rows_carry_no_unlocks_by_default() -> None:
    row = json.loads(run("check", VESTLAND, "--format", "ndjson", "--as-of", DAY).stdout.splitlines()[0])
    assert "unlocks" not in row


def test_unlocks_in_a_row_are_the_plans_better_unlocks() -> None:
    row = json.loads(run("check", VESTLAND, "--format", "ndjson", "--as-of", DAY, "--unlocks").stdout.splitlines()[0])
    plan = run("plan", VESTLAND, "--format", "json", "--as-of", DAY).json()
    every = [u for part in (plan["routes"], plan["excluded"]) for item in part for u in item.get("unlocks", [])]
    assert row["unlocks"], row
    for u in row["unlocks"]:
        assert u["better"] is True and u in every
    assert any(u["kind"] == "place" and u["change"] == {"apprenticeship_place": True} for u in row["unlocks"])


def test_csv_has_an_unlocks_column_only_when_asked() -> None:
    plain = list(csv.reader(io.StringIO(run("check", VESTLAND, "--format", "csv", "--as-of", DAY).stdout)))
    assert "unlocks" not in plain[0]
    rows = list(csv.reader(io.StringIO(run("check", VESTLAND, "--format", "csv", "--as-of", DAY, "--unlocks").stdout)))
    assert rows[0][-1] == "unlocks"
    assert "place apprenticeship_place=true → laerling (2027-01)" in rows[1][-1]


def test_the_same_rows_with_one_or_two_workers(tmp_path: Path) -> None:
    args = ("check", str(ROOT / "examples"), "--format", "ndjson", "--as-of", DAY, "--unlocks")
    assert run(*args, "--jobs", "1").stdout == run(*args, "--jobs", "2").stdout
