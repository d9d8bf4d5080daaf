"""Extreme dates and closed streams: --as-of within the years the rule book plans for (its
planning_years), dates in a file within 1900-2999, a closed stdin one line, and with stderr closed
the exit codes stay what they are (2 for bad input)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import AS_OF
from tests.helpers import run, write

ROOT = Path(__file__).resolve().parent.parent
AGE_ONLY = "id: k-1\nage: 18\ncounty: agder\ngoal: {trade: kokkfaget}\n"

COMMANDS = {
    "plan": ["plan", "{f}"],
    "compare": ["compare", "{f}"],
    "report": ["report", "{f}", "-o", "-"],
    "whatif": ["whatif", "{f}", "--set", "age=20"],
    "check": ["check", "{f}"],
    "barriers": ["barriers", "{f}"],
}


def _one_line(done: object, start: str) -> str:
    assert done.exit_code == 2, (done.stdout, done.stderr)  # type: ignore[attr-defined]
    lines = done.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith(start), done.stderr  # type: ignore[attr-defined]
    assert "internal error" not in lines[0] and "out of range" not in lines[0]
    return lines[0]


@pytest.mark.parametrize("name", sorted(COMMANDS))
@pytest.mark.parametrize("day", ["9999-01-01", "9999-12-31", "0001-01-01", "1900-01-01", "2041-01-01"])
def test_as_of_outside_the_rule_books_years_is_one_line(name: str, day: str, tmp_path: Path) -> None:
    path = write(tmp_path, AGE_ONLY)
    args = [a.replace("{f}", path) for a in COMMANDS[name]]
    line = _one_line(run(*args, "--as-of", day), "--as-of:1:1: as_of: ")
    assert "2022" in line and "2040" in line and "planning_years" in line


@pytest.mark.parametrize("day", ["2022-01-01", "2040-12-31"])
def test_the_first_and_last_planning_years_are_planned(day: str, tmp_path: Path) -> None:
    path = write(tmp_path, AGE_ONLY)
    done = run("plan", path, "--as-of", day, "--format", "json")
    assert done.exit_code in (0, 1), done.stderr
    assert done.json()["as_of"] == day


def test_whatif_then_is_bounded_too(tmp_path: Path) -> None:
    path = write(tmp_path, AGE_ONLY)
    _one_line(run("whatif", path, "--set", "age=20", "--as-of", AS_OF, "--then", "9999-01-01"), "--then:1:1: then: ")


@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
def test_the_message_is_in_every_language(lang: str, tmp_path: Path) -> None:
    from pathway.messages import catalogue

    path = write(tmp_path, AGE_ONLY)
    line = _one_line(run("plan", path, "--as-of", "9999-01-01", "--lang", lang), "--as-of:1:1: ")
    first_words = catalogue(lang)["input.as_of_outside"].split("{first}")[0].split()[-2:]
    assert " ".join(first_words) in line


@pytest.mark.parametrize(
    "extra, field",
    [
        ("work: [{trade: kokkfaget, percent: 60, from: 2020-01, to: 9999-12}]\n", "work[0].to"),
        ("qualifications: [{kind: praksisbrev, trade: kokkfaget, date: 9999-12-31}]\n", "qualifications[0].date"),
        ("history: [{event: test_failed, test: fagprove, date: 3000-01}]\n", "history[0].date"),
        ("current: {kind: laerling, trade: kokkfaget, since: 31.12.9999}\n", "current.since"),
    ],
)
def test_a_date_in_a_year_no_file_means_is_one_line_naming_the_field(extra: str, field: str, tmp_path: Path) -> None:
    path = write(tmp_path, AGE_ONLY.replace("age: 18", "age: 30") + extra)
    line = _one_line(run("plan", path, "--as-of", AS_OF), f"{path}:5:")
    assert f": {field}: " in line and "2999" in line


def test_birth_date_in_year_9999_is_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, AGE_ONLY.replace("age: 18", "birth_date: 9999-12-31"))
    _one_line(run("plan", path, "--as-of", AS_OF), f"{path}:2:13: birth_date: ")


def _rule_book(tmp_path: Path, planning: str | None) -> Path:
    book = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", book)
    index = book / "index.yaml"
    lines = [line for line in index.read_text(encoding="utf-8").splitlines() if not line.startswith("planning_years")]
    if planning is not None:
        lines.append(planning)
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return book


def test_a_rule_book_without_planning_years_plans_from_valid_from_for_fifteen_years(tmp_path: Path) -> None:
    book = _rule_book(tmp_path, None)
    path = write(tmp_path, AGE_ONLY)
    assert run("plan", path, "--rules", str(book), "--as-of", "2039-12-31").exit_code in (0, 1)
    line = _one_line(run("plan", path, "--rules", str(book), "--as-of", "2040-01-01"), "--as-of:1:1: ")
    assert "2024" in line and "2039" in line


def test_planning_years_out_of_order_is_a_rules_error(tmp_path: Path) -> None:
    book = _rule_book(tmp_path, "planning_years: {first: 2030, last: 2025}")
    done = run("rules", "check", "--rules", str(book))
    assert done.exit_code == 2 and "planning_years" in done.stderr and "index.yaml" in done.stderr, done.stderr


def _shell(command: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(["sh", "-c", command], capture_output=True, text=True, env=env, cwd=ROOT)


def _pathway(*args: str) -> str:
    return " ".join(shlex.quote(a) for a in (sys.executable, "-m", "pathway", *args))


@pytest.mark.parametrize("name", ["plan", "check", "whatif"])
def test_a_closed_stdin_is_one_line(name: str) -> None:
    extra = ["--set", "age=20"] if name == "whatif" else []
    done = _shell(_pathway(name, "-", *extra, "--as-of", AS_OF) + " <&-")
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        "<stdin>:1:1: standard input is closed; pipe a file in: pathway plan - < k-017.yaml"
    ]


@pytest.mark.parametrize(
    "args, code",
    [
        (["plan", "no-such-file.yaml"], 2),
        (["check", "no-such-file.yaml"], 2),
        (["plan", "examples/elkem-kjemiprosess.yaml", "--as-of", "not-a-date"], 2),
        (["plan", "examples/elkem-kjemiprosess.yaml", "--top", "0"], 2),
        (["plan", "-", "--as-of", AS_OF], 2),
        (["plan", "examples/elkem-kjemiprosess.yaml", "--as-of", AS_OF], 0),
        (["check", "examples/elkem-kjemiprosess.yaml", "--as-of", AS_OF], 0),
    ],
)
def test_with_stderr_closed_the_exit_code_stays(args: list[str], code: int) -> None:
    done = _shell(_pathway(*args) + " </dev/null 2>&-")
    assert done.returncode == code, done.stdout


def test_with_stdout_and_stderr_closed_an_output_file_holds_only_the_output(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    done = _shell(_pathway("plan", "no-such.yaml", "-o", str(out)) + " >&- 2>&-")
    assert done.returncode == 2 and not out.exists()
    done = _shell(
        _pathway("plan", "examples/elkem-kjemiprosess.yaml", "--format", "json", "-o", str(out)) + " >&- 2>&-"
    )
    assert done.returncode == 0 and out.read_text(encoding="utf-8").startswith("{")


FUZZ = settings(
    max_examples=int(os.environ.get("PATHWAY_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
date_text = st.one_of(
    st.builds(
        lambda y, m, d, form: form.format(y=y, m=m, d=d),
        st.integers(min_value=0, max_value=99999),
        st.integers(min_value=0, max_value=13),
        st.integers(min_value=0, max_value=32),
        st.sampled_from(["{y:04d}-{m:02d}-{d:02d}", "{d}.{m}.{y:04d}", "{y:04d}-{m:02d}", "{m:02d}.{y:04d}", "{y}"]),
    ),
    st.text(alphabet="0123456789-./ T:", max_size=14),
)


@FUZZ
@given(value=date_text)
def test_any_date_text_is_a_date_in_range_or_a_sentence(value: str) -> None:
    from pathway.dates import month_end, parse_date, parse_month

    for parse in (parse_date, parse_month, lambda v: parse_month(v, end=True)):
        try:
            day = parse(value)
        except ValueError as exc:
            assert str(exc) and "out of range" not in str(exc)
            continue
        assert 1900 <= day.year <= 2999
        month_end(day)


@FUZZ
@given(day=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_any_planning_date_is_planned_or_refused_in_one_line(day: date) -> None:
    from pathway.errors import InputError
    from pathway.ruleset import RuleBook

    book = RuleBook(ROOT / "rules")
    try:
        assert book.plans_on(day) == day and 2022 <= day.year <= 2040
    except InputError as exc:
        assert not 2022 <= day.year <= 2040 and len(exc.problems) == 1
