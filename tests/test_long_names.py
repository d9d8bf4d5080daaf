"""A name longer than any file name (a trade, a programme, a county, a rule book folder, an input file)
is bad input like any other: one line naming the file, line and field, exit 2, never an OSError."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import AS_OF
from tests.helpers import run, write

LONG = "a" * 251
HUGE = "Kokk" * 1000  # 4,000 characters: over PATH_MAX too

# (the candidate file, the line and field its error names)
FILES = {
    "goal.trade": (f"age: 18\ncounty: agder\ngoal:\n  trade: {LONG}\n", 4, "goal.trade"),
    "programme": (
        f"age: 18\ncounty: agder\ngoal: {{trade: kokkfaget}}\nschool:\n  - {{level: vg1, programme: {LONG}}}\n",
        5,
        "school[0].programme",
    ),
    "work.trade": (
        f"age: 25\ncounty: agder\ngoal: {{trade: kokkfaget}}\nwork:\n  - {{trade: {LONG}, months: 3, percent: 100}}\n",
        5,
        "work[0].trade",
    ),
    "employment.trade": (
        f"age: 25\ncounty: agder\ngoal: {{trade: kokkfaget}}\nemployment: {{trade: {HUGE}, percent: 100}}\n",
        4,
        "employment.trade",
    ),
    "current.programme": (
        f"age: 17\ncounty: agder\ngoal: {{trade: kokkfaget}}\n"
        f"current: {{kind: elev, level: vg1, programme: {LONG}, since: 2026-08}}\n",
        4,
        "current.programme",
    ),
    "qualifications.trade": (
        f"age: 30\ncounty: agder\ngoal: {{trade: kokkfaget}}\n"
        f"qualifications:\n  - {{kind: praksisbrev, trade: {LONG}, date: 2020-06}}\n",
        5,
        "qualifications[0].trade",
    ),
    "county": (f"age: 18\ncounty: {LONG}\ngoal: {{trade: kokkfaget}}\n", 2, "county"),
}


@pytest.mark.parametrize("case", sorted(FILES))
def test_a_long_name_in_a_candidate_file_is_one_line_naming_file_line_and_field(case: str, tmp_path: Path) -> None:
    body, line, field = FILES[case]
    path = write(tmp_path, body)
    done = run("plan", path, "--as-of", AS_OF)
    assert done.exit_code == 2, done.stderr
    first = done.stderr.splitlines()[0]
    assert first.startswith(f"{path}:{line}:") and f": {field}: " in first, done.stderr
    assert "OSError" not in done.stderr and "internal error" not in done.stderr
    rows = run("check", path, "--format", "ndjson", "--as-of", AS_OF)  # in a batch: an invalid row
    assert rows.exit_code == 2 and f": {field}: " in rows.json()["error"], rows.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["rules", "list", "trades", "--vg1", LONG],
        ["rules", "list", "trades", "--vg2", HUGE],
        ["rules", "list", "programmes", "--county", LONG],
        ["rules", "show", LONG],
        ["whatif", "{file}", "--set", f"goal.trade={LONG}", "--as-of", AS_OF],
        ["plan", "{file}", "--rules", f"/tmp/{LONG}", "--as-of", AS_OF],
        ["check", "{file}", "--rules", HUGE, "--as-of", AS_OF],
    ],
    ids=["vg1", "vg2", "county", "show", "whatif", "rules", "rules-huge"],
)
def test_a_long_name_in_an_option_is_one_clear_line(args: list[str], tmp_path: Path) -> None:
    path = write(tmp_path, "age: 18\ncounty: agder\ngoal: {trade: kokkfaget}\n")
    done = run(*[a.replace("{file}", path) for a in args])
    assert done.exit_code == 2, done.stderr
    assert len(done.stderr.splitlines()) == 1 and "OSError" not in done.stderr, done.stderr


@pytest.mark.parametrize("name", [f"{LONG}.yaml", f"{LONG}bbbbb/k.yaml", f"{HUGE}.yaml"])
def test_an_input_file_name_too_long_is_an_invalid_row_or_one_line(name: str, tmp_path: Path) -> None:
    path = str(tmp_path / name)
    good = write(tmp_path, "id: ok\nage: 18\ncounty: agder\ngoal: {trade: kokkfaget}\n")
    rows = run("check", path, good, "--format", "ndjson", "--as-of", AS_OF)
    assert rows.exit_code == 2, rows.stderr
    first, second = (line for line in rows.stdout.splitlines())
    assert '"status": "invalid"' in first and "too long" in first and '"status": "ok"' in second
    done = run("plan", path, "--as-of", AS_OF)
    assert done.exit_code == 2 and len(done.stderr.splitlines()) == 1 and "internal error" not in done.stderr


FUZZ = settings(
    max_examples=int(os.environ.get("PATHWAY_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
names = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="abcøæå -_/.\x00", min_size=200, max_size=5000),
    st.builds(lambda n, c: c * n, st.integers(min_value=190, max_value=4200), st.sampled_from("aZø.-/ ")),
)


@FUZZ
@given(kind=st.sampled_from(["trades", "programmes", "counties", "schemes"]), value=names)
def test_finding_any_name_gives_an_id_or_none_never_an_error(kind: str, value: str) -> None:
    from pathway.ruleset import RuleBook

    book = RuleBook(Path(__file__).resolve().parent.parent / "rules")  # a fresh book: no folder listed yet
    found = book.find(kind, value)
    assert found is None or found in book.ids(kind)
    book.nearest(kind, value)
