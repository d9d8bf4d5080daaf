"""CSV columns for the candidate's history (docs/contract.md §2.1, issue #8): each column lands on the
candidate-file key the contract names, empty cells leave their key out, malformed cells are errors
naming their cell, and benchmarks/cohort.py writes columns `check` knows."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pathway.cohort.csvmap import CSV_COLUMNS, csv_candidate
from pathway.cohort.item import Item
from pathway.errors import InputError
from tests.helpers import run

ROOT = Path(__file__).resolve().parent.parent
AS_OF = ("--as-of", "2026-11-26")


def _row(cells: dict[str, str]) -> Item:
    header = tuple(cells)
    return Item("csv", "cohort.csv", 2, json.dumps(list(cells.values())), header)


def _model_reads_history() -> bool:
    from pathway.models.candidate import Candidate

    return {"qualifications", "current", "history", "special_needs"} <= set(Candidate.model_fields)


FULL = {
    "id": "k-77",
    "age": "19",
    "county": "agder",
    "trade": "kokkfaget",
    "levels": "vg1 vg2",
    "missing": "matematikk",
    "passed": "norsk|engelsk samfunnskunnskap",
    "qualifications": "praksisbrev:kokkfaget:2025-06 studiekompetanse:2020-06",
    "current": "laerekandidat",
    "current_trade": "kokkfaget",
    "current_since": "2025-08",
    "history": "contract_ended:laerling:kokkfaget:2026-09|test_failed:fagprove:kokkfaget:2026-06",
    "special_needs": "ja",
    "work_months": "30",
    "work_percent": "60",
    "work_from": "2022-01",
    "work_to": "2024-06",
    "work_country": "no",
}


def test_every_history_column_lands_on_the_contract_key() -> None:
    data = csv_candidate(_row(FULL)).data
    assert data["fellesfag"] == {"missing": ["matematikk"], "passed": ["norsk", "engelsk", "samfunnskunnskap"]}
    assert data["qualifications"] == [
        {"kind": "praksisbrev", "trade": "kokkfaget", "date": "2025-06"},
        {"kind": "studiekompetanse", "date": "2020-06"},
    ]
    assert data["current"] == {"kind": "laerekandidat", "trade": "kokkfaget", "since": "2025-08"}
    assert data["history"] == [
        {"event": "contract_ended", "kind": "laerling", "trade": "kokkfaget", "date": "2026-09"},
        {"event": "test_failed", "test": "fagprove", "trade": "kokkfaget", "date": "2026-06"},
    ]
    assert data["special_needs"] is True
    assert data["work"] == [
        {"trade": "kokkfaget", "months": 30, "percent": 60, "from": "2022-01", "to": "2024-06", "country": "no"}
    ]
    assert set(FULL) <= set(CSV_COLUMNS)


def test_a_pupil_now_names_level_and_programme() -> None:
    cells = {"id": "k-1", "age": "17", "county": "oslo", "trade": "kokkfaget", "current": "elev"}
    cells.update(current_level="vg2:kokk-og-servitorfag", current_since="2026-08")
    data = csv_candidate(_row(cells)).data
    assert data["current"] == {"kind": "elev", "level": "vg2", "programme": "kokk-og-servitorfag", "since": "2026-08"}


def test_empty_history_cells_leave_their_keys_out() -> None:
    cells = dict.fromkeys(FULL, "")
    cells.update(id="k-2", age="17", county="agder", trade="kokkfaget")
    data = csv_candidate(_row(cells)).data
    assert set(data) == {"id", "age", "county", "goal"}


@pytest.mark.parametrize(
    ("column", "cell", "extra"),
    [
        ("qualifications", "fagbrev:kokkfaget:2019-06:extra", {}),
        ("history", "contract_ended", {}),
        ("special_needs", "kanskje", {}),
        ("current_trade", "kokkfaget", {"current": ""}),
        ("work_from", "2022-01", {"work_months": ""}),
    ],
)
def test_malformed_history_cells_name_their_cell(column: str, cell: str, extra: dict[str, str]) -> None:
    cells = dict(FULL, **extra)
    cells[column] = cell
    with pytest.raises(InputError) as caught:
        csv_candidate(_row(cells))
    problem = caught.value.problems[0]
    assert (problem.line, problem.col, problem.field) == (2, list(cells).index(column) + 1, column)


def test_a_csv_with_empty_history_columns_is_planned(tmp_path: Path) -> None:
    path = tmp_path / "cohort.csv"
    header = ["id", "age", "county", "trade", "passed", "qualifications", "current", "history", "special_needs"]
    path.write_text(",".join(header) + "\nk-1,17,agder,kokkfaget,,,,,\n", encoding="utf-8")
    result = run("check", str(path), "--format", "ndjson", *AS_OF)
    assert result.exit_code == 0, result.stdout + result.stderr


def test_history_columns_are_planned_end_to_end(tmp_path: Path) -> None:
    if not _model_reads_history():
        pytest.skip("the candidate model does not read the contract §2.1 keys yet (the candidate-loader branch)")
    path = tmp_path / "cohort.csv"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(FULL), lineterminator="\n")
    writer.writeheader()
    writer.writerow(FULL)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    result = run("check", str(path), "--format", "ndjson", *AS_OF)
    row = json.loads(result.stdout)
    assert row["status"] in ("ok", "no_route"), row["error"]


def test_the_cohort_generator_writes_columns_check_knows(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "cohort.py"), "300", "--history", "yes"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert set(rows[0]) <= set(CSV_COLUMNS)
    for column in ("passed", "special_needs", "work_from", "qualifications", "current", "history"):
        assert any(r[column] for r in rows), column
    if not _model_reads_history():
        pytest.skip("the candidate model does not read the contract §2.1 keys yet (the candidate-loader branch)")
    path = tmp_path / "cohort.csv"
    path.write_text(out, encoding="utf-8")
    result = run("check", str(path), "--format", "ndjson", *AS_OF)
    rows_out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows_out) == 300 and not [r for r in rows_out if r["status"] == "invalid"]
