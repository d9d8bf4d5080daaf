"""Many candidates as a user meets them: a missing path, CSV piped in, a refused id, the barriers
grouped as asked, and the synthetic cohort the same on every Python."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import AS_OF
from tests.helpers import run, write

ROOT = Path(__file__).resolve().parent.parent
COHORT = ROOT / "benchmarks" / "cohort.py"
NATIONAL_ID = "01019012345"


def cohort(*args: str, block_pydantic: bool = False) -> str:
    """benchmarks/cohort.py's output; `block_pydantic`: as a Python that cannot import pathway's model would."""
    prelude = "import sys; sys.modules['pydantic'] = None; " if block_pydantic else "import sys; "
    code = (
        prelude
        + f"import runpy; sys.argv = {[str(COHORT), *args]!r}; runpy.run_path({str(COHORT)!r}, run_name='__main__')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return done.stdout


def test_the_same_seed_gives_the_same_cohort_whichever_python_runs_it() -> None:
    usual = cohort("8", "--seed", "1")
    assert usual == cohort("8", "--seed", "1", block_pydantic=True)
    assert len(usual.splitlines()[0].split(",")) == 20


def test_csv_on_stdin_is_read_as_csv() -> None:
    r = run("check", "-", "--as-of", AS_OF, "--format", "csv", stdin=cohort("5", "--seed", "1"))
    assert r.exit_code in (0, 1), r.stdout + r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["id"] for row in rows] == [f"s-0000{i}" for i in range(1, 6)]
    assert [row["source"] for row in rows] == [f"<stdin>:{i}" for i in range(2, 7)]
    assert all(row["status"] != "invalid" for row in rows), rows


def test_one_missing_path_is_one_row_and_the_rest_is_checked(tmp_path: Path) -> None:
    good = str(ROOT / "examples" / "elkem-kjemiprosess.yaml")
    missing = str(tmp_path / "gone.yaml")
    r = run("check", missing, good, "--as-of", AS_OF, "--format", "csv")
    assert r.exit_code == 2, r.stdout + r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["status"] for row in rows] == ["invalid", "ok"], rows
    assert rows[0]["source"] == f"{missing}:1" and rows[0]["error"].startswith(f"{missing}:1:1: ")
    assert rows[1]["id"] == "k-017"
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("fmt", ["csv", "ndjson", "json", "table"])
@pytest.mark.parametrize("redact", [False, True])
def test_a_refused_id_is_never_echoed(tmp_path: Path, fmt: str, redact: bool) -> None:
    write(tmp_path, f'id: "{NATIONAL_ID}"\nage: 17\ncounty: agder\ngoal: {{trade: kokkfaget}}\n', "a.yaml")
    write(tmp_path, "id: 010190 12345\nbirth_date: 2008-13-14\ncounty: agder\ngoal: {trade: kokkfaget}\n", "b.yaml")
    write(tmp_path, f'{{"id": "{NATIONAL_ID}", "county": 5}}\n', "c.ndjson")
    write(
        tmp_path, f"id,age,county,trade\n{NATIONAL_ID},17,agder,kokkfaget\n{NATIONAL_ID},x,agder,kokkfaget\n", "d.csv"
    )
    r = run("check", str(tmp_path), str(tmp_path / "d.csv"), "--as-of", AS_OF, "--format", fmt,
            *(["--redact"] if redact else []))  # fmt: skip
    assert r.exit_code == 2, r.stderr
    out = r.stdout + r.stderr
    assert NATIONAL_ID not in out and "010190 12345" not in out
    # The row names the file and the line (redacted, the file by a keyed hash of its path).
    if redact:
        assert str(tmp_path) not in out and "/c.ndjson" not in out and "/d.csv" not in out
        for where in (".yaml:1", ".ndjson:1", ".csv:2", ".csv:3"):
            assert re.search(rf"r-[0-9a-f]{{12}}{re.escape(where)}", out), where
    else:
        for where in ("a.yaml:1", "b.yaml:1", "c.ndjson:1", "d.csv:2"):
            assert where in out


def test_barriers_table_groups_as_asked(tmp_path: Path) -> None:
    data = write(tmp_path, cohort("30", "--seed", "1"), "kull.csv")
    views = {by: run("barriers", data, "--as-of", AS_OF, "--by", by).stdout for by in ("county", "trade", "age-band")}
    assert len(set(views.values())) == 3, "the table view ignores --by"
    assert "16-19" in views["age-band"] and "16-19" not in views["county"]
    markdown = run("barriers", data, "--as-of", AS_OF, "--by", "trade", "--format", "markdown").stdout
    grouped = [ln.split("|")[3].strip() for ln in markdown.split("## ", 2)[-1].splitlines() if ln.startswith("| ")][2:]
    shown = set(views["trade"].split())  # a long name may wrap in its column
    assert grouped and all(word in shown for name in grouped for word in name.split())


def test_every_condition_code_has_a_name_in_every_language() -> None:
    from pathway.messages import catalogue
    from pathway.vocabulary import SYSTEM_CODES

    for lang in ("en", "nb", "nn"):
        missing = sorted(code for code in SYSTEM_CODES if f"name.condition.{code}" not in catalogue(lang))
        assert not missing, (lang, missing)


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        ("en", "1 candidate: 1 invalid;", "6 candidates: 5 invalid, 1 with a route;"),
        ("nb", "1 kandidat: 1 ugyldig;", "6 kandidater: 5 ugyldige, 1 med løp;"),
        ("nn", "1 kandidat: 1 ugyldig;", "6 kandidatar: 5 ugyldige, 1 med løp;"),
    ],
)
def test_the_summary_line_counts_in_real_plurals(tmp_path: Path, lang: str, one: str, many: str) -> None:
    bad = "county: agder\ngoal: {trade: kokkfaget}\nbirth_date: 2008-13-45\n"
    write(tmp_path, bad, "a.yaml")
    assert one in run("--lang", lang, "check", str(tmp_path / "a.yaml"), "--as-of", AS_OF).stdout
    for i in range(2, 6):
        write(tmp_path, bad, f"{chr(96 + i)}.yaml")
    write(tmp_path, "id: k-1\nage: 17\ncounty: agder\ngoal: {trade: kokkfaget}\n", "f.yaml")
    out = run("--lang", lang, "check", str(tmp_path), "--as-of", AS_OF).stdout
    assert many in " ".join(out.split()), out[-300:]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_shows_count_rate_and_time_left(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from pathway.render import SETTINGS, progress

    screen = _Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    monkeypatch.setitem(SETTINGS, "quiet", False)
    monkeypatch.delenv("TERM", raising=False)

    def slow(n: int):  # slow enough for a rate
        for i in range(n):
            time.sleep(0.002)
            yield i

    assert list(progress(slow(300), 300)) == list(range(300))
    shown = screen.getvalue()
    assert "300/300" in shown and "/s" in shown  # the count of the total and the rate
    assert re.search(r"\d+:\d\d:\d\d|-:--:--", shown)  # the time left
    streamed = _Terminal()
    monkeypatch.setattr(sys, "stderr", streamed)
    assert list(progress(slow(250), None)) == list(range(250))
    assert "250" in streamed.getvalue()


def test_a_cohort_is_counted_without_being_read(tmp_path: Path) -> None:
    from pathway.cohort.sources import count

    data = write(tmp_path, cohort("7", "--seed", "1"), "kull.csv")
    folder = tmp_path / "more"
    folder.mkdir()
    write(folder, "id: k-1\n", "a.yaml")
    write(folder, '{"id": 1}\n\n{"id": 2}\n', "b.ndjson")
    assert count([data, str(folder)]) == 7 + 1 + 2
    assert count(["-"]) is None


def test_the_worker_pool_gives_the_same_rows_under_spawn(tmp_path: Path) -> None:
    """Where fork is not available (macOS, Windows) workers are spawned: the same rows, in the language asked."""
    import os

    data = write(tmp_path, cohort("150", "--seed", "2"), "kull.csv")
    bad = write(tmp_path, "county: agder\ngoal: {trade: kokkfaget}\nbirth_date: 2008-13-45\n", "bad.yaml")
    outputs = {}
    for method, jobs in (("fork", "1"), ("spawn", "2"), ("fork", "2")):
        env = {**os.environ, "PATHWAY_START_METHOD": method, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-m", "pathway", "--lang", "nn", "check", data, bad, "--jobs", jobs, "--as-of", AS_OF,
             "--format", "csv"],
            capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        outputs[(method, jobs)] = done.stdout
    assert outputs[("spawn", "2")] == outputs[("fork", "1")] == outputs[("fork", "2")]
    assert "ikkje ein dato" in outputs[("spawn", "2")]  # the worker speaks the parent's language


def test_the_start_method_is_one_the_platform_has(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    from pathway.cohort.pool import start_method

    monkeypatch.setenv("PATHWAY_START_METHOD", "spawn")
    assert start_method() == "spawn"
    monkeypatch.setenv("PATHWAY_START_METHOD", "teleport")
    assert start_method() in multiprocessing.get_all_start_methods()
    monkeypatch.setattr(sys, "platform", "darwin")
    assert start_method() == "spawn"


@pytest.mark.parametrize("terminal", [False, True])
def test_check_table_escapes_control_characters_in_file_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terminal: bool
) -> None:
    if terminal:  # the rich table (as on a terminal), not the plain one for a pipe
        monkeypatch.setenv("FORCE_COLOR", "1")
    folder = tmp_path / "cohort"
    folder.mkdir()
    good = '{"id": "k-1", "age": 18, "county": "agder", "goal": {"trade": "kokkfaget"}}'
    write(folder, good, "a\x1b[31mred\nline.yaml")
    write(folder, good.replace("agder", "agdr").replace("k-1", "k-2"), "b\x1b]0;title\x07\r.yaml")
    result = run("check", str(folder), "--format", "table", "--no-color", *AS_OF)
    assert result.exit_code == 2, result.stderr
    for raw in ("\x1b[31m", "\x1b]0;", "\x07", "\r", "red\nline"):
        assert raw not in result.stdout
    assert "a\\x1b[31mred\\x0aline.yaml:1" in result.stdout.replace("\n", "").replace(" ", "")
    if terminal:  # the error column drops the file name (the source column has it), escaped or not
        assert "title\\x07\\r.yaml:1:" not in result.stdout.replace("\n", "").replace(" ", "")
