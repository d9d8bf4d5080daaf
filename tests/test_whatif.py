"""`pathway whatif FILE --set KEY=VALUE`: the plan before and after, and what changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run, write

ROOT = Path(__file__).resolve().parent.parent
ELKEM = str(ROOT / "examples" / "elkem-kjemiprosess.yaml")
DAY = "2026-12-06"


def test_losing_the_place_moves_the_apprenticeship_later_and_opens_vg3_in_school() -> None:
    result = run("whatif", ELKEM, "--set", "apprenticeship_place=false", "--as-of", DAY, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert data["changes"] == [{"key": "apprenticeship_place", "from": True, "to": False}]
    diff = data["diff"]
    assert diff["best_before"]["finish"] == "2028-12"
    assert diff["best_after"]["finish"] == "2029-03"  # after three months' search (school.yaml place_search_months)
    assert diff["months_saved"] == -3
    assert diff["schemes_opened"] == ["vg3_skole"]
    assert [r["schemes"][0] for r in diff["routes_gained"]] == ["vg3_skole"]
    assert data["before"]["routes"][0]["finish"] == "2028-12"  # the plans themselves, whole
    assert data["after"]["summary"]["apprenticeship_place"] is False


def test_passing_the_fellesfag_drops_the_catch_up_without_calling_it_another_route() -> None:
    result = run("whatif", ELKEM, "--set", "fellesfag.missing=[]", "--as-of", DAY, "--format", "json")
    data = result.json()
    assert data["changes"][0] == {"key": "fellesfag.missing", "from": ["norsk", "samfunnskunnskap"], "to": []}
    assert "fellesfag" in data["before"]["routes"][0]["schemes"]
    assert "fellesfag" not in data["after"]["routes"][0]["schemes"]
    assert data["diff"]["routes_gained"] == [] and data["diff"]["routes_lost"] == []
    assert data["diff"]["schemes_closed"] == ["fellesfag"]


def test_table_and_markdown_say_what_changed() -> None:
    table = run("whatif", ELKEM, "--set", "apprenticeship_place=false", "--as-of", DAY)
    assert table.exit_code == 0, table.stderr
    assert "The best route ends 3 months later: 2029-03 instead of 2028-12." in table.stdout
    assert "apprenticeship_place: true → false" in table.stdout
    md = run(
        "whatif", ELKEM, "--set", "apprenticeship_place=false", "--as-of", DAY, "--format", "markdown", "--lang", "nb"
    )
    assert "| Slik fila er (6. desember 2026) | Med endringen (6. desember 2026) |" in md.stdout
    assert "- Det beste løpet blir ferdig 3 måneder senere: mars 2029 i stedet for desember 2028." in md.stdout


def test_then_plans_the_changed_file_on_a_later_day() -> None:
    data = run(
        "whatif", ELKEM, "--set", "county=agder", "--as-of", DAY, "--then", "2027-08-01", "--format", "json"
    ).json()
    assert (data["as_of"], data["then"]) == (DAY, "2027-08-01")
    assert data["after"]["as_of"] == "2027-08-01"


def test_setting_an_age_replaces_the_birth_date(tmp_path: Path) -> None:
    data = run("whatif", ELKEM, "--set", "age=25", "--as-of", DAY, "--format", "json").json()
    assert data["after"]["summary"]["age"] == 25
    assert data["before"]["summary"]["age"] == 18


@pytest.mark.parametrize(
    ("change", "line"),
    [
        (
            "county=vestfoldd",
            "--set county=vestfoldd:1:8: county: unknown county 'vestfoldd'; did you mean 'vestfold'?",
        ),
        ("fellesfg.missing=[]", "--set fellesfg.missing=[]:1:18: fellesfg: unknown key; did you mean 'fellesfag'?"),
        ("fellesfag.missing=[norsk, fysikk]", "--set fellesfag.missing=[norsk, fysikk]:1:19: fellesfag.missing[1]: "),
        ("apprenticeship_place=maybe", "--set apprenticeship_place=maybe:1:22: apprenticeship_place: expected true or"),
        ("age=12", "--set age=12:1:5: age: age 12 is outside 13–80"),
        ("work[3].months=4", "--set work[3].months=4:1:1: work[3].months: no such place"),
        ("county", "--set county:1:1: not a change: 'county'"),
        ("fellesfag.missing=[norsk", "--set fellesfag.missing=[norsk:"),
    ],
)
def test_a_wrong_key_or_value_is_one_line_naming_the_set(change: str, line: str) -> None:
    result = run("whatif", ELKEM, "--set", change, "--as-of", DAY)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(line), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


def test_a_problem_in_the_file_itself_still_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "county: agder\nage: 18\ngoal: {trade: kokkfaget}\nwork: [{trade: nofag, months: 3}]\n")
    result = run("whatif", path, "--set", "county=oslo", "--as-of", DAY)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}:4:"), result.stderr


def test_byte_identical_for_the_same_input() -> None:
    args = ("whatif", ELKEM, "--set", "county=vestfold", "--set", "fellesfag.missing=[]", "--as-of", DAY)
    for fmt in ("table", "json", "markdown"):
        a, b = run(*args, "--format", fmt), run(*args, "--format", fmt)
        assert a.stdout == b.stdout and a.stdout, fmt
