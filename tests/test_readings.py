"""The readings an answer rests on: each route lists the other readings of the rule book that change
it, found by planning again; `--reading KEY=VALUE` plans on another reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run, write

DAY = "2026-12-06"
ROOT = Path(__file__).resolve().parent.parent
COOK_22 = """\
id: p-302
birth_date: 2004-03-01
county: agder
goal: {trade: kokkfaget}
school: [{level: vg1, programme: restaurant-og-matfag}]
work: [{trade: kokkfaget, months: 24, percent: 100}]
employment: {trade: kokkfaget, percent: 100}
"""
YOUNG_VESTFOLD = "id: p-301\nbirth_date: 2008-04-20\ncounty: vestfold\ngoal: {trade: kokkfaget}\n"


def _fpj_readings(data: dict) -> list[dict]:  # type: ignore[type-arg]
    return [e for r in data["routes"] if r["schemes"] == ["fagbrev_paa_jobb"] for e in r["readings"]]


def test_each_route_lists_the_other_readings_that_change_it_with_their_source(tmp_path: Path) -> None:
    data = run("plan", write(tmp_path, COOK_22), "--format", "json", "--as-of", DAY).json()
    assert all("readings" in r for r in data["routes"])  # searched: present, maybe empty
    found = [e for e in _fpj_readings(data) if e["rule"] == "agder.fagbrev_paa_jobb.age_rule"]
    assert found, data["routes"]
    e = found[0]
    assert e["uses"] == {"kind": "min_age", "age": 25, "exceptions": True}
    assert e["reading"] == {"kind": "none"}
    assert e["sources"] == [
        "https://www.udir.no/utdanningslopet/videregaende-opplaring/andre-varianter/fagbrev-pa-jobb/"
    ]
    assert e["checked"] and e["feasible"] is True


def test_no_readings_leaves_them_out(tmp_path: Path) -> None:
    data = run("plan", write(tmp_path, COOK_22), "--format", "json", "--as-of", DAY, "--no-readings").json()
    assert all("readings" not in r for r in data["routes"])
    assert all("readings" not in e for e in data["excluded"])


def test_planning_on_another_reading_changes_the_route_and_says_so(tmp_path: Path) -> None:
    path = write(tmp_path, COOK_22)
    before = run("plan", path, "--format", "json", "--as-of", DAY).json()
    after = run(
        "plan", path, "--format", "json", "--as-of", DAY, "--reading", "agder.fagbrev_paa_jobb.age_rule={kind: none}"
    ).json()
    fpj = [r for r in after["routes"] if r["schemes"] == ["fagbrev_paa_jobb"]]
    assert min(r["months"] for r in fpj) == 12  # 48 less 24 months of work and the Vg1 credited
    assert (
        min(
            r["months"]
            for r in before["routes"]
            if r["schemes"] == ["fagbrev_paa_jobb"] and r["standing"] == "ordinary"
        )
        == 38
    )
    assert after["readings_used"] == [
        {
            "rule": "agder.fagbrev_paa_jobb.age_rule",
            "value": {"kind": "none"},
            "uses": {"kind": "min_age", "age": 25, "exceptions": True},
        }
    ]
    assert "readings_used" not in before


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("foo.bar=1", "no county, scheme or trade named 'foo'"),
        ("agder.praksisbrev.ofered=true", "did you mean 'offered'?"),
        ("agder.praksisbrev.offered=maybe", "expected true or false"),
        ("praksisbrev.credit_toward_laerling_months=-3", "must be at least 0"),
        ("praksisbrev.months", "not KEY=VALUE"),
        ("agder.praksisbrev=true", "is not a value with a source"),
        ("kokkfaget.model=unknown", "unknown may be given only for a county's value"),
        ("kokkfaget.model=2+9", "must be one of"),
    ],
)
def test_a_bad_reading_is_one_line_naming_it_and_exit_2(tmp_path: Path, given: str, said: str) -> None:
    result = run("plan", write(tmp_path, YOUNG_VESTFOLD), "--as-of", DAY, "--reading", given)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"--reading {given}:") and said in lines[0], lines[0]
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


@pytest.mark.parametrize("command", ["compare", "whatif"])
def test_compare_and_whatif_plan_on_the_reading_and_say_so(tmp_path: Path, command: str) -> None:
    path = write(tmp_path, COOK_22)
    extra = ["--set", "apprenticeship_place=true"] if command == "whatif" else []
    result = run(command, path, *extra, "--as-of", DAY, "--reading", "praksisbrev.credit_toward_laerling_months=0")
    assert result.exit_code == 0, result.stderr
    assert (
        "Planned on another reading: praksisbrev.credit_toward_laerling_months = 0 (the rule book uses 12)"
        in result.stdout
    )


def test_report_plans_on_the_reading(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = run(
        "report",
        write(tmp_path, COOK_22),
        "-o",
        str(out),
        "--as-of",
        DAY,
        "--reading",
        "agder.fagbrev_paa_jobb.age_rule={kind: none}",
    )
    assert result.exit_code == 0, result.stderr
    assert "Planned on another reading: agder.fagbrev_paa_jobb.age_rule" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("lang", "heading", "sentence"),
    [
        ("en", "Readings this route rests on", "agder.fagbrev_paa_jobb.age_rule is read as"),
        ("nb", "Lesninger dette løpet bygger på", "agder.fagbrev_paa_jobb.age_rule leses som"),
        ("nn", "Lesingar dette løpet byggjer på", "agder.fagbrev_paa_jobb.age_rule blir lesen som"),
    ],
)
def test_the_verbose_plan_view_says_which_readings_a_route_rests_on(
    tmp_path: Path, lang: str, heading: str, sentence: str
) -> None:
    path = write(tmp_path, COOK_22)
    shown = run("plan", path, "--as-of", DAY, "--verbose", "--lang", lang).stdout
    assert heading in shown and sentence in shown, shown
    assert heading not in run("plan", path, "--as-of", DAY, "--lang", lang).stdout  # only with --verbose


def test_same_input_same_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, COOK_22)
    args = (
        "plan",
        path,
        "--format",
        "json",
        "--as-of",
        DAY,
        "--reading",
        "praksisbrev.credit_toward_laerling_months=0",
    )
    assert run(*args).stdout == run(*args).stdout
