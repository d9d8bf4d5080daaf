"""One bad row never stops a batch (issue #11): unreadable files, huge numbers and YAML tags in NDJSON,
big cohort files, the place of every error, the adviser's id kept, strict CSV cells, CSV output that
no spreadsheet runs, and a streamed cohort in bounded memory."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import run

ROOT = Path(__file__).resolve().parent.parent
AS_OF = ("--as-of", "2026-11-26")
GOOD = {"id": "k-1", "age": 17, "county": "agder", "goal": {"trade": "kokkfaget"}}


def ndjson(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def check(*args: str, stdin: str | None = None) -> tuple[int, list[dict], str]:
    result = run("check", *args, "--format", "ndjson", *AS_OF, stdin=stdin)
    return result.exit_code, ndjson(result.stdout), result.stderr


def test_unreadable_files_in_a_folder_are_one_invalid_row_each(tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    folder.mkdir()
    (folder / "a-good.yaml").write_text(json.dumps(GOOD), encoding="utf-8")
    (folder / "b-latin1.yaml").write_bytes("id: k-2\ncounty: Østfold\n".encode("latin-1"))
    (folder / "c-huge.yaml").write_text("id: k-3\n" + "# padding\n" * 250_000, encoding="utf-8")
    (folder / "d-dangling.yaml").symlink_to(folder / "gone.yaml")
    (folder / "e-good.json").write_text(json.dumps(dict(GOOD, id="k-5")), encoding="utf-8")
    code, rows, err = check(str(folder))
    assert code == 2 and err == ""
    assert [r["status"] for r in rows] == ["ok", "invalid", "invalid", "invalid", "ok"]
    assert rows[1]["error"].startswith(f"{folder / 'b-latin1.yaml'}:2:") and "UTF-8" in rows[1]["error"]
    assert "bytes" in rows[2]["error"] and "link" in rows[3]["error"]
    assert [r["id"] for r in rows] == ["k-1", "k-2", "c-huge", "d-dangling", "k-5"]


def test_huge_integers_and_yaml_tags_in_ndjson_are_invalid_rows(tmp_path: Path) -> None:
    path = tmp_path / "cohort.ndjson"
    lines = [
        json.dumps(GOOD),
        '{"id": "k-2", "age": ' + "9" * 5000 + ', "county": "agder", "goal": {"trade": "kokkfaget"}}',
        '{"id": "k-3", "age": !!float 17, "county": "agder", "goal": {"trade": "kokkfaget"}}',
        '{"id": "k-4", "age": 17, "county": !!str agder, "goal": {"trade": "kokkfaget"}, "x": !!binary "AAAA"}',
        '{"id": "k-5", "age": NaN, "county": "agder", "goal": {"trade": "kokkfaget"}}',
        json.dumps(dict(GOOD, id="k-6")),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "rows.ndjson"
    result = run("check", str(path), "--format", "ndjson", "-o", str(out), *AS_OF)
    assert result.exit_code == 2 and result.stderr == ""
    rows = ndjson(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in rows] == ["k-1", "k-2", "k-3", "k-4", "k-5", "k-6"]
    assert [r["status"] for r in rows] == ["ok", "invalid", "invalid", "invalid", "invalid", "ok"]
    for number, row in enumerate(rows[1:5], 2):
        assert row["error"].startswith(f"{path}:{number}:"), row["error"]
        assert "internal error" not in row["error"] and "Traceback" not in row["error"]
    assert "5000 digits" in rows[1]["error"]


def test_a_cohort_file_over_2_mb_is_read_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "big.ndjson"
    note = "x" * 900
    with path.open("w", encoding="utf-8") as fh:
        for i in range(2600):
            fh.write(json.dumps(dict(GOOD, id=f"k-{i}", notes=note)) + "\n")
    assert path.stat().st_size > 2_000_000
    code, rows, err = check(str(path))
    assert code == 0, err
    assert len(rows) == 2600 and rows[-1]["id"] == "k-2599" and rows[-1]["source"] == f"{path}:2600"


def test_one_line_over_the_size_cap_is_one_invalid_row(tmp_path: Path) -> None:
    path = tmp_path / "cohort.ndjson"
    huge = json.dumps(dict(GOOD, id="k-2", notes="y" * 2_100_000))
    path.write_text(json.dumps(GOOD) + "\n" + huge + "\n" + json.dumps(dict(GOOD, id="k-3")) + "\n", encoding="utf-8")
    code, rows, _ = check(str(path))
    assert code == 2 and [r["status"] for r in rows] == ["ok", "invalid", "ok"]
    assert rows[1]["error"].startswith(f"{path}:2:1:") and rows[2]["source"] == f"{path}:3"


def test_ndjson_errors_name_the_rows_own_line(tmp_path: Path) -> None:
    path = tmp_path / "cohort.ndjson"
    odd = dict(GOOD, id="k-2", notes="a line\u2028separator and a \u0085 next-line inside a string")
    lines = [json.dumps(GOOD), json.dumps(odd, ensure_ascii=False), "", '{"id": "k-4", "age": 17, "county": }']
    path.write_text("\n".join(lines) + "\n" + json.dumps(dict(GOOD, county="agdr", id="k-5")) + "\n", encoding="utf-8")
    code, rows, _ = check(str(path))
    assert [r["status"] for r in rows] == ["ok", "ok", "invalid", "invalid"]
    assert rows[2]["error"].startswith(f"{path}:4:") and rows[2]["id"] == "k-4"
    assert rows[3]["error"].startswith(f"{path}:5:") and "county" in rows[3]["error"]
    stdin_code, stdin_rows, _ = check("-", stdin="\n".join(lines) + "\n")
    assert stdin_rows[2]["error"].startswith("<stdin>:4:")


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_an_ndjson_line_that_ends_too_early_is_placed_at_its_own_end_not_on_the_next_line(
    tmp_path: Path, ending: str
) -> None:
    path = tmp_path / "cohort.ndjson"
    truncated = '{"id": "k-2", "age": 17, "county": "agder",'
    unclosed = '{"id": "k-3", "age": 17, "goal": {"trade": "kokkfaget"'
    body = ending.join([json.dumps(GOOD), truncated, unclosed, json.dumps(dict(GOOD, id="k-4"))])
    path.write_bytes((body + ending).encode("utf-8"))
    code, rows, _ = check(str(path))
    assert [r["status"] for r in rows] == ["ok", "invalid", "invalid", "ok"]
    assert rows[1]["error"].startswith(f"{path}:2:{len(truncated) + 1}: "), rows[1]["error"]
    assert rows[2]["error"].startswith(f"{path}:3:{len(unclosed) + 1}: "), rows[2]["error"]
    last = tmp_path / "last.ndjson"
    last.write_text(json.dumps(GOOD) + "\n" + truncated, encoding="utf-8")  # no line ending at the end
    code, rows, _ = check(str(last))
    assert rows[1]["error"].startswith(f"{last}:2:{len(truncated) + 1}: "), rows[1]["error"]


def test_csv_line_numbers_stay_right_after_a_multi_line_cell(tmp_path: Path) -> None:
    path = tmp_path / "cohort.csv"
    path.write_text(
        'id,age,county,trade\n"k-1\nsecond line",17,agder,kokkfaget\nk-2,17,agdr,kokkfaget\nk-3,17,agder,kokkfaget\n',
        encoding="utf-8",
    )
    code, rows, _ = check(str(path))
    assert [r["source"] for r in rows] == [f"{path}:2", f"{path}:4", f"{path}:5"]
    assert rows[1]["error"].startswith(f"{path}:4:3: county")
    assert "\n" not in rows[0]["id"]


@pytest.mark.parametrize(
    ("column", "cell", "col"),
    [
        ("work_percent", "50%", 6),
        ("age", "abc", 2),
        ("age", "٣٤", 2),  # digits, but not ASCII
        ("employed", "maybe", 7),
        ("apprenticeship_place", "kanskje", 8),
        ("work_months", "-3", 5),
        ("work_percent", "250", 6),
    ],
)
def test_csv_cells_that_are_not_what_the_column_holds_are_errors(
    tmp_path: Path, column: str, cell: str, col: int
) -> None:
    header = ["id", "age", "county", "trade", "work_months", "work_percent", "employed", "apprenticeship_place"]
    values = {"id": "k-1", "age": "30", "county": "agder", "trade": "kokkfaget", "work_months": "40"}
    values.update({"work_percent": "100", "employed": "true", "apprenticeship_place": "false"})
    values[column] = cell
    path = tmp_path / "cohort.csv"
    path.write_text(",".join(header) + "\n" + ",".join(values[h] for h in header) + "\n", encoding="utf-8")
    code, rows, _ = check(str(path))
    assert code == 2 and rows[0]["status"] == "invalid" and rows[0]["id"] == "k-1"
    assert rows[0]["error"].startswith(f"{path}:2:{col}: {column}:"), rows[0]["error"]
    assert repr(cell) in rows[0]["error"] or cell in rows[0]["error"]


def test_csv_extra_cells_are_an_error_naming_the_cell(tmp_path: Path) -> None:
    path = tmp_path / "cohort.csv"
    path.write_text("id,age,county,trade\nk-1,17,agder,kokkfaget,oops\nk-2,17,agder,kokkfaget,\n", encoding="utf-8")
    code, rows, _ = check(str(path))
    assert [r["status"] for r in rows] == ["invalid", "ok"]  # an empty trailing cell is harmless
    assert rows[0]["error"].startswith(f"{path}:2:5:") and rows[0]["id"] == "k-1"


def test_an_invalid_row_keeps_its_own_id(tmp_path: Path) -> None:
    (tmp_path / "k-one.yaml").write_text("id: adviser-7  # the adviser's own\ncounty: [agder\n", encoding="utf-8")
    (tmp_path / "k-two.yaml").write_text('id: "adviser-8"\ncounty: agder\nage: 17\n', encoding="utf-8")
    nd = tmp_path / "rows.ndjson"
    nd.write_text('{"id": "adviser-9", "age": 17, "county": "agder", "goal": {"trade": "kokkfaget"\n', encoding="utf-8")
    code, rows, _ = check(str(tmp_path))
    assert [r["id"] for r in rows] == ["adviser-7", "adviser-8", "adviser-9"]
    assert all(r["status"] == "invalid" for r in rows)


def test_csv_output_defuses_formulas_and_never_splits_a_row(tmp_path: Path) -> None:
    path = tmp_path / "cohort.ndjson"
    ids = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tk-tab", "\rk-cr", "k-a\rb", "k-ok"]
    path.write_text("\n".join(json.dumps(dict(GOOD, id=i)) for i in ids) + "\n", encoding="utf-8")
    for excel in ([], ["--excel"]):
        result = run("check", str(path), "--format", "csv", *excel, *AS_OF)
        text = result.stdout.lstrip("\ufeff")
        assert "\r" not in text
        lines = text.split("\n")[1:-1]
        assert len(lines) == len(ids)  # one line per row: no cell splits a row
        import csv

        cells = [row[0] for row in csv.reader(lines, delimiter=";" if excel else ",")]
        for cell in cells:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell
        assert cells[-1] == "k-ok"


def test_terminal_escapes_in_ids_never_reach_the_output_raw(tmp_path: Path) -> None:
    path = tmp_path / "cohort.ndjson"
    path.write_text(
        json.dumps(dict(GOOD, id="k-\x1b]0;pwned\x07\x1b[31m"))
        + "\n"
        + json.dumps(dict(GOOD, county="\x1b[2J"))
        + "\n",
        encoding="utf-8",
    )
    for fmt in ("table", "csv", "ndjson", "json"):
        result = run("check", str(path), "--format", fmt, *AS_OF)
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_the_table_view_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    path = tmp_path / "cohort.ndjson"
    people = [dict(GOOD, id=f"k-{i}", age=16 + i % 30, county=c) for i, c in enumerate(["agder", "oslo", "troms"] * 4)]
    path.write_text("\n".join(json.dumps(p) for p in people) + "\n", encoding="utf-8")
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONHASHSEED=seed)
        proc = subprocess.run(
            [sys.executable, "-m", "pathway", "check", str(path), *AS_OF], capture_output=True, text=True, env=env
        )
        outputs.add(proc.stdout)
    assert len(outputs) == 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_rows_stream_from_an_endless_input(jobs: int) -> None:
    """Rows come out while the input is still being read: an endless cohort gives its first rows
    (memory stays bounded however long the cohort is)."""
    from pathway.cohort.item import Item
    from pathway.cohort.pool import run_rows

    endless = (Item("json", "endless.ndjson", n, json.dumps(dict(GOOD, id=f"k-{n}"))) for n in itertools.count(1))
    first = list(itertools.islice(run_rows(endless, ROOT / "rules", date(2026, 11, 26), jobs), 300))
    assert [r.id for r in first] == [f"k-{n}" for n in range(1, 301)]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_barriers_counts_unreadable_inputs_as_invalid(tmp_path: Path, jobs: str) -> None:
    folder = tmp_path / "cohort"
    folder.mkdir()
    (folder / "a.yaml").write_text(json.dumps(GOOD), encoding="utf-8")
    (folder / "b.yaml").write_bytes(b"id: k-2\ncounty: \xd8stfold\n")
    (folder / "c.yaml").symlink_to(folder / "gone.yaml")
    lines = [json.dumps(dict(GOOD, id=f"k-{i}")) for i in range(3)] + ['{"age": !!float 17}', "{" + "9" * 5000]
    (folder / "d.ndjson").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("barriers", str(folder), "--format", "json", "--jobs", jobs, *AS_OF)
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert data["candidates"] == 8 and data["invalid"] == 4


def test_the_plan_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathway.cohort import planning
    from pathway.cohort.item import Item
    from pathway.cohort.pool import run_rows
    from pathway.ruleset import RuleBook

    people = [dict(GOOD, id=f"k-{n}", age=16 + n % 12) for n in range(40)]
    items = [Item("json", "c.ndjson", n, json.dumps(p)) for n, p in enumerate(people, 1)]
    unbounded = list(run_rows(items, ROOT / "rules", date(2026, 11, 26)))
    monkeypatch.setattr(planning, "PROFILES_KEPT", 5)
    planner = planning.Planner(RuleBook(ROOT / "rules"), date(2026, 11, 26))
    rows = [planner.row(item) for item in items]
    assert len(planner.briefs) <= 5
    assert [r.to_dict() for r in rows] == [r.to_dict() for r in unbounded]  # the same rows, in less memory
