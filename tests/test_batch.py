"""pathway check and pathway barriers: every input kind, mixed good and bad rows, exit codes, atomic
output, identical output with --jobs, redaction, and a barrier counterfactual worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
AS_OF = ("--as-of", "2026-11-26")

GOOD = {"id": "k-1", "age": 17, "county": "agder", "goal": {"trade": "kokkfaget"}}
BAD = {"id": "k-2", "age": 17, "county": "agdr", "goal": {"trade": "kokkfaget"}}
NO_ROUTE = {"id": "k-3", "age": 40, "county": "agder", "grunnskole": False, "goal": {"trade": "kokkfaget"}}


def ndjson(rows: str) -> list[dict]:
    return [json.loads(line) for line in rows.splitlines() if line.strip()]


def test_folder_of_files_in_sorted_order() -> None:
    result = run("check", str(EXAMPLES), "--format", "ndjson", *AS_OF)
    assert result.exit_code == 0, result.stderr
    rows = ndjson(result.stdout)
    assert [r["source"].split("/")[-1] for r in rows] == sorted(p.name + ":1" for p in EXAMPLES.glob("*.yaml"))
    by_id = {r["id"]: r for r in rows}
    assert by_id["k-017"]["schemes"] == ["laerling", "fellesfag"] and by_id["k-017"]["months"] == 24
    assert by_id["k-108"]["schemes"] == ["praksiskandidat"]
    assert all(r["status"] == "ok" and r["routes"] >= 1 for r in rows)


def test_ndjson_file_mixed_good_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "cohort.ndjson"
    path.write_text("\n".join(json.dumps(x) for x in (GOOD, BAD, NO_ROUTE)) + "\n", encoding="utf-8")
    result = run("check", str(path), "--format", "ndjson", *AS_OF)
    assert result.exit_code == 2  # one invalid row
    rows = ndjson(result.stdout)
    assert [r["status"] for r in rows] == ["ok", "invalid", "no_route"]  # rows in = rows out, in order
    assert rows[1]["error"].startswith(f"{path}:2:")
    assert "county" in rows[1]["error"] and "agder" in rows[1]["error"]


def test_exit_code_1_when_a_candidate_has_no_route(tmp_path: Path) -> None:
    path = tmp_path / "cohort.ndjson"
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps(NO_ROUTE) + "\n", encoding="utf-8")
    assert run("check", str(path), "--format", "ndjson", *AS_OF).exit_code == 1
    path.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    assert run("check", str(path), "--format", "ndjson", *AS_OF).exit_code == 0


def test_csv_including_excel_flavour(tmp_path: Path) -> None:
    text = (
        "id;age;county;trade;levels;missing;apprenticeship_place\n"
        "k-1;18;Agder;kjemiprosessfaget;vg1 vg2;norsk samfunnskunnskap;true\n"
        "k-2;17;Østfold;kokkfaget;;;\n"
        "k-3;17;nowhere;kokkfaget;;;\n"
    )
    path = tmp_path / "cohort.csv"
    path.write_bytes("\ufeff".encode() + text.encode("utf-8"))
    result = run("check", str(path), "--format", "csv", *AS_OF)
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert lines[0].startswith("id,source,status")
    assert lines[1].startswith("k-1,") and ",ok,laerling+fellesfag,fagbrev,24,2028-11," in lines[1]
    assert ",ok," in lines[2]
    assert lines[3].startswith("k-3,") and ",invalid," in lines[3] and "cohort.csv:4:3: county" in lines[3]
    excel = run("check", str(path), "--format", "csv", "--excel", *AS_OF)
    assert excel.stdout.startswith("\ufeffid;source;status")


def test_csv_missing_required_column_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "cohort.csv"
    path.write_text("id,age,trade\nk-1,17,kokkfaget\n", encoding="utf-8")
    result = run("check", str(path), *AS_OF)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.strip().startswith(f"{path}:1:1:") and "county" in result.stderr


@pytest.mark.parametrize("content", ["", "\n\n"])
def test_empty_input_exits_2(tmp_path: Path, content: str) -> None:
    path = tmp_path / "empty.ndjson"
    path.write_text(content, encoding="utf-8")
    result = run("check", str(path), *AS_OF)
    assert result.exit_code == 2 and "no candidates" in result.stderr


def test_folder_without_candidates_and_missing_file(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert run("check", str(tmp_path), *AS_OF).exit_code == 2
    missing = run("check", str(tmp_path / "nope.yaml"), *AS_OF)  # a row like any unreadable input
    assert missing.exit_code == 2 and "nope.yaml:1:1:" in missing.stdout


def test_symlink_loop_is_one_invalid_row(tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    folder.mkdir()
    (folder / "a.yaml").write_text(json.dumps(GOOD), encoding="utf-8")
    (folder / "loop").symlink_to(folder)
    result = run("check", str(folder), "--format", "ndjson", *AS_OF)
    rows = ndjson(result.stdout)  # the loop is one invalid row; the candidate is still planned
    assert result.exit_code == 2 and [r["status"] for r in rows] == ["ok", "invalid"]
    assert "loop" in rows[1]["error"] and rows[1]["error"].startswith(f"{folder / 'loop'}:1:1:")


def test_stdin_ndjson_and_single_yaml() -> None:
    lines = json.dumps(GOOD) + "\n" + json.dumps(NO_ROUTE) + "\n"
    result = run("check", "-", "--format", "ndjson", *AS_OF, stdin=lines)
    assert [r["status"] for r in ndjson(result.stdout)] == ["ok", "no_route"]
    single = (EXAMPLES / "elkem-kjemiprosess.yaml").read_text(encoding="utf-8")
    one = run("check", "-", "--format", "ndjson", *AS_OF, stdin=single)
    assert one.exit_code == 0 and ndjson(one.stdout)[0]["id"] == "k-017"


def test_jobs_give_identical_output(tmp_path: Path) -> None:
    path = tmp_path / "cohort.ndjson"
    people = [
        dict(GOOD, id=f"k-{i}", age=15 + i % 30, county=c)
        for i, c in enumerate(["agder", "oslo", "vestfold", "rogaland", "nordland"] * 8)
    ]
    path.write_text("\n".join(json.dumps(p) for p in people) + "\n", encoding="utf-8")
    one = run("check", str(path), "--format", "ndjson", *AS_OF)
    two = run("check", str(path), "--format", "ndjson", "--jobs", "2", *AS_OF)
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(ndjson(one.stdout)) == 40


def test_redact_replaces_ids_stably_with_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATHWAY_REDACT_KEY", "a secret of the county")
    first = ndjson(run("check", str(EXAMPLES), "--format", "ndjson", "--redact", *AS_OF).stdout)
    again = ndjson(run("check", str(EXAMPLES), "--format", "ndjson", "--redact", *AS_OF).stdout)
    assert [r["id"] for r in first] == [r["id"] for r in again]
    assert all(r["id"].startswith("r-") and "k-" not in r["id"] for r in first)
    monkeypatch.setenv("PATHWAY_REDACT_KEY", "another key")
    other = ndjson(run("check", str(EXAMPLES), "--format", "ndjson", "--redact", *AS_OF).stdout)
    assert not {r["id"] for r in other} & {r["id"] for r in first}


def test_redact_without_a_key_cannot_be_reversed_by_hashing_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without $PATHWAY_REDACT_KEY each run has its own secret: hashing a list of likely ids (k-001,
    k-002, …) with sha256 or with another run's key does not find the candidates."""
    import hashlib

    monkeypatch.delenv("PATHWAY_REDACT_KEY", raising=False)
    first = ndjson(run("check", str(EXAMPLES), "--format", "ndjson", "--redact", *AS_OF).stdout)
    again = ndjson(run("check", str(EXAMPLES), "--format", "ndjson", "--redact", *AS_OF).stdout)
    assert {r["id"] for r in first}.isdisjoint({r["id"] for r in again})
    guesses = {"r-" + hashlib.sha256(f"k-{n:03d}".encode()).hexdigest()[: len(first[0]["id"]) - 2] for n in range(1000)}
    assert not guesses & {r["id"] for r in first}
    # within one run the same id always gives the same hash
    path = EXAMPLES / "elkem-kjemiprosess.yaml"
    twice = ndjson(run("check", str(path), str(path), "--format", "ndjson", "--redact", *AS_OF).stdout)
    assert twice[0]["id"] == twice[1]["id"]


def test_redact_takes_the_id_out_of_every_field(tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    folder.mkdir()
    (folder / "k-secret-77.yaml").write_text("county: agder\nage: 17\ngoal: {trade: kokkfaget}\n", encoding="utf-8")
    (folder / "k-broken-78.yaml").write_text("id: k-broken-78\ncounty: agdr\nage: 17\n", encoding="utf-8")
    rows = ndjson(run("check", str(folder), "--format", "ndjson", "--redact", *AS_OF).stdout)
    assert len(rows) == 2
    for row in rows:
        assert "secret-77" not in json.dumps(row) and "broken-78" not in json.dumps(row)


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "rows.ndjson"
    result = run("check", str(EXAMPLES), "--format", "ndjson", "--output", str(out), *AS_OF)
    assert result.exit_code == 0 and result.stdout == ""
    assert len(ndjson(out.read_text(encoding="utf-8"))) == len(list(EXAMPLES.glob("*.yaml")))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".pathway-")]


def test_a_crash_mid_run_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pathway.cohort import planning

    calls = {"n": 0}
    real = planning.Planner.row

    def flaky(self, item, redact=False):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk on fire")
        return real(self, item, redact)

    monkeypatch.setattr(planning.Planner, "row", flaky)
    out = tmp_path / "rows.ndjson"
    out.write_text("old content\n", encoding="utf-8")
    result = run("check", str(EXAMPLES), "--format", "ndjson", "--output", str(out), *AS_OF)
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == "old content\n"  # untouched: written whole or not at all
    assert [p.name for p in tmp_path.iterdir()] == ["rows.ndjson"]


def test_ctrl_c_mid_run_exits_130_and_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pathway.cohort import planning

    def interrupted(self, item, redact=False):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(planning.Planner, "row", interrupted)
    out = tmp_path / "rows.csv"
    result = run("check", str(EXAMPLES), "--format", "csv", "--output", str(out), *AS_OF)
    assert result.exit_code == 130
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_json_and_table_summaries() -> None:
    n = len(list(EXAMPLES.glob("*.yaml")))
    data = run("check", str(EXAMPLES), "--format", "json", *AS_OF).json()
    assert data["summary"]["rows"] == n and data["summary"]["status"] == {"ok": n}
    table = run("check", str(EXAMPLES), *AS_OF)
    assert f"{n} candidates: {n} with a route" in table.stdout


def test_barrier_counterfactual_by_hand(tmp_path: Path) -> None:
    """Three 16-year-olds in Agder who want kokkfaget and have a company: praksisbrev is not offered in
    Agder. Lifting that barrier lets them start praksisbrev now (December) instead of waiting for
    school in August: does it give a better best route? Worked out from the rules: with a company now,
    praksisbrev (24 months) then lærling (30 months) ends 2031-05 (54 months); without it, the best is a
    contract right after grunnskole (0+4, 48 months) ending 2030-11: so no improvement. For a trade
    Agder does not list, nothing changes either. The barrier counts all three as excluded."""
    path = tmp_path / "agder.ndjson"
    people = [
        {
            "id": f"a-{i}",
            "birth_date": "2010-05-01",
            "county": "agder",
            "goal": {"trade": "kokkfaget"},
            "apprenticeship_place": True,
        }
        for i in range(3)
    ]
    path.write_text("\n".join(json.dumps(p) for p in people) + "\n", encoding="utf-8")
    data = run("barriers", str(path), "--format", "json", *AS_OF).json()
    assert data["candidates"] == 3
    agder = [b for b in data["barriers"] if b["county"] == "agder" and b["scheme"] == "praksisbrev"]
    assert agder and agder[0]["code"] == "not_offered_in_county" and agder[0]["excluded"] == 3
    assert agder[0]["better_route_if_lifted"] == 0
    assert data["exclusions"]["praksisbrev"]["not_offered_in_county"] == {"agder": 3}


def test_barrier_lifted_gives_a_better_route(tmp_path: Path) -> None:
    """Two 24-year-olds employed full time as cooks for 30 months in Rogaland, where fagbrev på jobb
    is for adults from 25: without the age rule they would start fagbrev på jobb now (48 - 30 = 18
    months) instead of waiting a year (worked out: praksiskandidat needs 60 months, i.e. 30 more
    months of work + 6). Lifting the age rule must improve both, saving months."""
    path = tmp_path / "rogaland.ndjson"
    people = [
        {
            "id": f"r-{i}",
            "birth_date": "2002-06-15",
            "county": "rogaland",
            "goal": {"trade": "kokkfaget"},
            "work": [{"trade": "kokkfaget", "months": 30, "percent": 100}],
            "employment": {"trade": "kokkfaget", "percent": 100},
        }
        for i in range(2)
    ]
    path.write_text("\n".join(json.dumps(p) for p in people) + "\n", encoding="utf-8")
    data = run("barriers", str(path), "--format", "json", *AS_OF).json()
    rule = [b for b in data["barriers"] if b["code"] == "age_rule"]
    assert rule and rule[0]["county"] == "rogaland" and rule[0]["affected"] == 2
    assert rule[0]["better_route_if_lifted"] == 2 and rule[0]["months_saved_total"] > 0
    md = run("barriers", str(path), "--format", "markdown", *AS_OF).stdout
    assert md.startswith("# ") and "| Rogaland | fagbrev på jobb | age rule |" in md
    assert "https://www.rogfk.no/" in md  # the rule's source under the table
