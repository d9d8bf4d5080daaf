"""No batch stops or comes out silently short: every line ending a spreadsheet writes (CR LF, LF, a
lone CR) is read, and every file a folder holds is planned or reported as a row, with the exit code
saying so. Hypothesis drives the CSV reader over line endings and the folder walker over names."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import run

AS_OF = ("--as-of", "2026-11-26")
FUZZ = settings(
    max_examples=int(os.environ.get("PATHWAY_FUZZ_EXAMPLES", "30")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
YAML = "id: {id}\nage: 18\ncounty: agder\ngoal: {{trade: kokkfaget}}\n"


def _rows(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.split("\n") if line.strip()]


def test_a_csv_with_cr_only_line_endings_is_planned_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"id,age,county,trade\rk-1,18,agder,kokkfaget\rk-2,19,oslo,kokkfaget\r")
    result = run("check", str(path), "--format", "ndjson", *AS_OF)
    assert result.exit_code == 0, result.stderr
    rows = _rows(result.stdout)
    assert [(r["id"], r["source"], r["status"]) for r in rows] == [
        ("k-1", f"{path}:2", "ok"),
        ("k-2", f"{path}:3", "ok"),
    ]


def test_a_cell_of_several_lines_keeps_its_line_numbers_with_cr_endings(tmp_path: Path) -> None:
    path = tmp_path / "cells.csv"
    path.write_bytes(b'id,age,county,trade\r"k-1",18,agder,kokkfaget\r"k\r2",19,oslo,nope\rk-3,19,oslo,kokkfaget')
    rows = _rows(run("check", str(path), "--format", "ndjson", *AS_OF).stdout)
    assert [r["source"] for r in rows] == [f"{path}:2", f"{path}:3", f"{path}:5"]
    assert rows[1]["status"] == "invalid" and rows[1]["error"].startswith(f"{path}:3:")


def test_folder_files_with_suffixes_in_any_case_are_planned(tmp_path: Path) -> None:
    (tmp_path / "B.YAML").write_text(YAML.format(id="k-b"), encoding="utf-8")
    (tmp_path / "c.Yml").write_text(YAML.format(id="k-c"), encoding="utf-8")
    (tmp_path / "a.csv").write_text("id,age,county,trade\nk-a,18,agder,kokkfaget\n", encoding="utf-8")
    (tmp_path / "D.NDJSON").write_text(
        json.dumps({"id": "k-d", "age": 18, "county": "agder", "goal": {"trade": "kokkfaget"}}) + "\n",
        encoding="utf-8",
    )
    result = run("check", str(tmp_path), "--format", "ndjson", *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert sorted(r["id"] for r in _rows(result.stdout)) == ["k-a", "k-b", "k-c", "k-d"]


def test_other_files_in_a_folder_are_reported_and_the_exit_code_says_so(tmp_path: Path) -> None:
    (tmp_path / "k.yaml").write_text(YAML.format(id="k-1"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.yaml")  # never opened: it would wait for a writer
    (tmp_path / "bad.csv").write_text("x\n", encoding="utf-8")  # in a folder: one row, the rest planned
    result = run("check", str(tmp_path), "--format", "ndjson", *AS_OF)
    assert result.exit_code == 2
    rows = {Path(r["source"].rsplit(":", 1)[0]).name: r for r in _rows(result.stdout)}
    assert set(rows) == {"k.yaml", "notes.txt", "pipe.yaml", "bad.csv"}
    assert rows["k.yaml"]["status"] == "ok"
    assert all(rows[n]["status"] == "invalid" for n in ("notes.txt", "pipe.yaml", "bad.csv"))
    assert "not a candidate file" in rows["notes.txt"]["error"]


endings = st.sampled_from(["\n", "\r\n", "\r"])


@FUZZ
@given(
    ids=st.lists(st.from_regex(r"\Ak-[a-z0-9]{1,6}\Z"), min_size=1, max_size=6, unique=True),
    seps=st.data(),
    bom=st.booleans(),
    last=st.booleans(),
    delimiter=st.sampled_from([",", ";"]),
)
def test_fuzzed_line_endings_give_one_row_per_csv_line(ids, seps, bom, last, delimiter) -> None:
    lines = [delimiter.join(["id", "age", "county", "trade"])]
    lines += [delimiter.join([i, "18", "agder", "kokkfaget"]) for i in ids]
    text = ""
    for n, line in enumerate(lines):
        ending = seps.draw(endings)
        text += line + (ending if n < len(lines) - 1 or last else "")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.csv"
        path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode())
        result = run("check", str(path), "--format", "ndjson", *AS_OF)
        assert result.exit_code == 0, result.stderr
        rows = _rows(result.stdout)
        assert [r["id"] for r in rows] == ids
        assert [r["source"] for r in rows] == [f"{path}:{n}" for n in range(2, len(ids) + 2)]


stems = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="/\0"), min_size=1, max_size=20).filter(
    lambda s: s not in (".", "..")
)
suffixes = st.sampled_from(
    [".yaml", ".YAML", ".Yml", ".json", ".JSON", ".ndjson", ".JSONL", ".csv", ".CSV", ".txt", "", ".yaml.bak", ".md"]
)


@FUZZ
@given(names=st.lists(st.tuples(stems, suffixes), min_size=1, max_size=6))
def test_fuzzed_folder_names_every_file_is_a_row(names) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "cohort"
        folder.mkdir()
        made: set[str] = set()
        planned = 0
        for stem, suffix in names:
            name = (stem + suffix)[:200]
            if name in made or name.lower() in {m.lower() for m in made}:
                continue
            made.add(name)
            low = name.lower()
            if low.endswith(".csv"):
                body, planned = "id,age,county,trade\nk-1,18,agder,kokkfaget\n", planned + 1
            elif low.endswith((".ndjson", ".jsonl", ".json")):
                body, planned = (
                    json.dumps({"id": "k-1", "age": 18, "county": "agder", "goal": {"trade": "kokkfaget"}}),
                    planned + 1,
                )
            elif low.endswith((".yaml", ".yml")):
                body, planned = YAML.format(id="k-1"), planned + 1
            else:
                body = "not a candidate\n"
            try:
                (folder / name).write_text(body, encoding="utf-8")
            except OSError:  # a name the file system refuses
                made.discard(name)
                planned -= body != "not a candidate\n"
        if not made:
            return
        result = run("check", str(folder), "--format", "ndjson", *AS_OF)
        assert "internal error" not in result.stderr and "Traceback" not in result.stderr
        rows = _rows(result.stdout)
        assert len(rows) == len(made), (made, rows)  # one row per file: none passed over
        ok = sum(r["status"] == "ok" for r in rows)
        assert ok == planned
        assert result.exit_code == (0 if ok == len(made) else 2)
