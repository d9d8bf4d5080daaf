"""The candidate file as advisers write it: the history keys of docs/contract.md §2.1, dates and yes/no as
typed, county names from before 2024, and the plausibility warnings.

Each bad file must give exactly one `PATH:LINE:COL: field: message` line and exit 2 (through the CLI,
as an adviser runs it); each good file must resolve to what the adviser meant.
"""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest

from pathway.candidate import Current, Event, Held, Person, WorkPeriod, load_person
from pathway.dates import month_end, parse_date, parse_month
from pathway.errors import InputError
from pathway.ruleset import RuleBook, find_rules_dir
from tests.conftest import AS_OF
from tests.helpers import run, write
from tests.test_bad_input import error_line

ROOT = Path(__file__).resolve().parent.parent
BASE = "county: agder\ngoal: {trade: kokkfaget}\n"
DAY = date.fromisoformat(AS_OF)


@pytest.fixture(scope="module")
def rules() -> RuleBook:
    return RuleBook(find_rules_dir())


def person(tmp_path: Path, body: str, rules: RuleBook, name: str = "cand.yaml") -> Person:
    return load_person(write(tmp_path, body, name), rules, DAY)


def plan(path: str) -> object:
    return run("plan", path, "--as-of", AS_OF)


# --- the keys of §2.1 ------------------------------------------------------------------------

FULL = """\
id: k-101
birth_date: 14.05.2004
county: agder
goal: {trade: kokkfaget}
fellesfag:
  missing: [matematikk]
  passed: [Norsk, engelsk, samfunnsfag]
qualifications:
  - {kind: praksisbrev, trade: Kokkfaget, date: 2025-06}
  - {kind: studiekompetanse, date: 20.06.2023}
current:
  kind: laerekandidat
  since: 2025-08
history:
  - {event: contract_ended, kind: laerling, date: 2024-09}
  - {event: test_failed, test: fagprove, trade: kokkfaget, date: 2024-06-15}
special_needs: Nei
work:
  - {trade: kokkfaget, percent: 60, from: 2022-01, to: 2024-06, country: NO}
  - {trade: kokkfaget, months: 3, from: "01.2021", to: 31.03.2021}
"""


def test_every_history_key_resolves(tmp_path: Path, rules: RuleBook) -> None:
    p = person(tmp_path, FULL, rules)
    assert p.birth_date == date(2004, 5, 14)
    assert p.passed == frozenset({"norsk", "engelsk", "samfunnskunnskap"})  # names and aliases resolved
    assert p.missing == frozenset({"matematikk"})
    assert p.qualifications == (
        Held("praksisbrev", "kokkfaget", date(2025, 6, 1)),
        Held("studiekompetanse", None, date(2023, 6, 20)),
    )
    # A contract without a trade is in the goal's trade (documented in the schema).
    assert p.current == Current("laerekandidat", "kokkfaget", None, None, date(2025, 8, 1))
    assert p.history == (
        Event("contract_ended", "laerling", None, "kokkfaget", date(2024, 9, 1)),
        Event("test_failed", None, "fagprove", "kokkfaget", date(2024, 6, 15)),
    )
    assert p.special_needs is False
    # `to: 2024-06` runs to the end of June; months left out are the months from `from` to `to`.
    assert p.work == (
        WorkPeriod("kokkfaget", 30, 60, date(2022, 1, 1), date(2024, 6, 30), "no"),
        WorkPeriod("kokkfaget", 3, 100, date(2021, 1, 1), date(2021, 3, 31), None),
    )
    # Studiekompetanse holds matematikk, which the file also lists as missing: planned, with a warning.
    assert len(p.warnings) == 1 and "studiekompetanse" in p.warnings[0] and "Matematikk" in p.warnings[0]


def test_without_history_keys_nothing_changes(tmp_path: Path, rules: RuleBook) -> None:
    p = person(tmp_path, BASE + "age: 17\n", rules)
    assert (p.passed, p.qualifications, p.current, p.history, p.special_needs, p.warnings) == (
        frozenset(),
        (),
        None,
        (),
        None,
        (),
    )


def test_elev_now_resolves_level_and_programme(tmp_path: Path, rules: RuleBook) -> None:
    body = BASE + "age: 17\ncurrent: {kind: elev, level: Vg2, programme: Kokk- og servitørfag, since: 2026-08}\n"
    p = person(tmp_path, body, rules)
    assert p.current == Current("elev", None, "vg2", "kokk-og-servitorfag", date(2026, 8, 1))


def test_a_full_history_is_planned(tmp_path: Path) -> None:
    r = plan(write(tmp_path, FULL))
    assert r.exit_code in (0, 1), r.stderr
    from pathway.messages import catalogue

    assert r.stderr.replace("\n", " ").strip() == catalogue("en")["view.more_detail"]  # the hint alone


# --- dates and yes/no as typed ----------------------------------------------------------------


@pytest.mark.parametrize("typed", ["2008-05-14", "14.05.2008", "14.5.2008", " 2008-5-14 "])
def test_a_birth_date_as_typed(tmp_path: Path, rules: RuleBook, typed: str) -> None:
    p = person(tmp_path, BASE + f"birth_date: {typed}\n", rules)
    assert p.birth_date == date(2008, 5, 14)


def test_dates_parse_for_every_reader() -> None:
    assert parse_date("14.05.2008") == parse_date("2008-05-14") == date(2008, 5, 14)
    assert parse_month("2025-06") == date(2025, 6, 1)
    assert parse_month("06.2025") == date(2025, 6, 1)
    assert parse_month("2025-06", end=True) == date(2025, 6, 30)
    assert parse_month("2024-02", end=True) == date(2024, 2, 29)
    assert parse_month("20.06.2025", end=True) == date(2025, 6, 20)  # a day stays that day
    assert month_end(date(2025, 12, 3)) == date(2025, 12, 31)
    for bad in ("2025-13-01", "31.02.2008", "2008", "0", "", "14.05.08", "1899-12-31"):
        with pytest.raises(ValueError):
            parse_date(bad)
    for bad_value in (0, 1199145600, 2008.5, True, None):
        with pytest.raises(ValueError):
            parse_date(bad_value)
    with pytest.raises(ValueError):
        parse_month("2025-00")


@pytest.mark.parametrize(
    ("body", "field", "words", "line", "col"),
    [
        (BASE + "birth_date: 0\n", "birth_date", ["not a date", "0"], 3, 13),
        (BASE + "birth_date: 1199145600\n", "birth_date", ["not a date"], 3, 13),
        (BASE + "birth_date: 2008-05\n", "birth_date", ["not a date"], 3, 13),  # a day is needed here
        (BASE + "birth_date: 14.05.08\n", "birth_date", ["two-digit year"], 3, 13),
        (BASE + "age: 17\nhistory:\n  - {event: contract_ended, kind: laerling, date: 06.2025}\n",
         "history[0].date", ["number", "2021-01"], 5, 51),
        (BASE + "age: 17\nqualifications:\n  - {kind: fagbrev, trade: kokkfaget, date: 2025-13}\n",
         "qualifications[0].date", ["not a month"], 5, 45),
    ],
)  # fmt: skip
def test_what_is_not_a_date_is_refused(
    tmp_path: Path, body: str, field: str, words: list[str], line: int, col: int
) -> None:
    path = write(tmp_path, body)
    error_line(plan(path), path, field, *words, line=line, col=col)


@pytest.mark.parametrize(("typed", "value"), [("ja", True), ("Ja", True), ("JA", True), ("nei", False), ("Nei", False)])
def test_ja_and_nei(tmp_path: Path, rules: RuleBook, typed: str, value: bool) -> None:
    body = BASE + f"age: 19\ngrunnskole: {typed}\napprenticeship_place: {typed}\nspecial_needs: {typed}\n"
    body += f"school:\n  - {{level: vg1, programme: restaurant-og-matfag, passed: {typed}}}\n"
    p = person(tmp_path, body, rules)
    assert p.grunnskole is value and p.apprenticeship_place is value and p.special_needs is value
    assert p.school[0][2] is value


def test_maybe_is_not_yes_or_no(tmp_path: Path) -> None:
    path = write(tmp_path, BASE + "age: 19\nspecial_needs: kanskje\n")
    error_line(plan(path), path, "special_needs", "true or false", line=4, col=16)


@pytest.mark.parametrize("typed", ["Vg1", "VG1", "vg1", "vG1"])
def test_level_in_any_case(tmp_path: Path, rules: RuleBook, typed: str) -> None:
    p = person(tmp_path, BASE + f"age: 17\nschool:\n  - {{level: {typed}, programme: restaurant-og-matfag}}\n", rules)
    assert p.school == (("vg1", "restaurant-og-matfag", True),)


# --- county names from before 2024 -------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "county"),
    [
        ("Vest-Agder", "agder"),
        ("aust-agder", "agder"),
        ("Hordaland", "vestland"),
        ("Sogn og Fjordane", "vestland"),
        ("Hedmark", "innlandet"),
        ("Sør-Trøndelag", "trondelag"),
        ("Akershus", "akershus"),  # a name in use again since 2024 is today's county
    ],
)
def test_former_county_names(tmp_path: Path, rules: RuleBook, typed: str, county: str) -> None:
    p = person(tmp_path, f"county: {typed}\ngoal: {{trade: kokkfaget}}\nage: 17\n", rules)
    assert p.county == county


@pytest.mark.parametrize(
    ("typed", "choices"),
    [
        ("Viken", ["Akershus", "Buskerud", "Østfold"]),
        ("Troms og Finnmark", ["Troms", "Finnmark"]),
        ("vestfold og telemark", ["Vestfold", "Telemark"]),
    ],
)
def test_a_divided_county_names_the_counties_to_choose_from(tmp_path: Path, typed: str, choices: list[str]) -> None:
    path = write(tmp_path, f"age: 17\ncounty: {typed}\ngoal: {{trade: kokkfaget}}\n")
    error_line(plan(path), path, "county", "2024", *choices, line=2, col=9)


def test_former_names_are_data_with_sources(rules: RuleBook) -> None:
    for eid in rules.ids("counties"):
        for former in rules.county(eid).former_names:
            assert former.source.startswith("https://") and former.checked and former.until.year in (2017, 2019, 2023)


# --- validation of the history keys ----------------------------------------------------------

HIST = BASE + "age: 19\n"

BAD = [
    ("elev without level", HIST + "current: {kind: elev, programme: restaurant-og-matfag}\n",
     "current.level", ["elev", "level"], 4, 10),
    ("elev without programme", HIST + "current: {kind: elev, level: vg1}\n",
     "current.programme", ["elev", "programme"], 4, 10),
    ("programme level mismatch", HIST + "current: {kind: elev, level: vg1, programme: kokk-og-servitorfag}\n",
     "current.level", ["vg2", "vg1"], 4, 30),
    ("unknown current kind", HIST + "current: {kind: student}\n", "current.kind", ["elev"], 4, 17),
    ("studiekompetanse with a trade", HIST + "qualifications:\n  - {kind: studiekompetanse, trade: kokkfaget}\n",
     "qualifications[0].trade", ["leave trade out"], 5, 37),
    ("fagbrev without trade", HIST + "qualifications:\n  - {kind: fagbrev, date: 2020-06}\n",
     "qualifications[0].trade", ["give its trade"], 5, 5),
    ("unknown qualification trade", HIST + "qualifications:\n  - {kind: fagbrev, trade: kokkfagt}\n",
     "qualifications[0].trade", ["unknown trade", "kokkfaget"], 5, 28),
    ("qualification in the future", HIST + "qualifications:\n  - {kind: fagbrev, trade: kokkfaget, date: 2027-06}\n",
     "qualifications[0].date", ["after the planning date"], 5, 45),
    ("contract_ended without kind", HIST + "history:\n  - {event: contract_ended, date: 2026-01}\n",
     "history[0].kind", ["contract_ended", "kind"], 5, 5),
    ("test_failed with a kind", HIST + "history:\n  - {event: test_failed, test: fagprove, kind: laerling}\n",
     "history[0].kind", ["not for event: test_failed"], 5, 48),
    ("unknown test", HIST + "history:\n  - {event: test_failed, test: eksamen}\n",
     "history[0].test", ["fagprove"], 5, 32),
    ("to before from", HIST + "work:\n  - {trade: kokkfaget, from: 2024-06, to: 2023-01}\n",
     "work[0].to", ["to is before from"], 5, 43),
    ("months beyond from-to", HIST + "work:\n  - {trade: kokkfaget, months: 30, from: 2024-01, to: 2024-12}\n",
     "work[0].months", ["30", "12 months"], 5, 32),
    ("neither months nor from-to", HIST + "work:\n  - {trade: kokkfaget, from: 2024-01}\n",
     "work[0].months", ["months", "from and to"], 5, 5),
    ("work after today", HIST + "work:\n  - {trade: kokkfaget, from: 2026-01, to: 2027-06}\n",
     "work[0].to", ["after the planning date", "employment"], 5, 43),
    ("bad country", HIST + "work:\n  - {trade: kokkfaget, months: 3, country: Sverige}\n",
     "work[0].country", ["country code"], 5, 44),
    ("missing and passed", HIST + "fellesfag: {missing: [norsk], passed: [engelsk, Norsk]}\n",
     "fellesfag.passed[1]", ["both", "missing", "passed"], 4, 49),
    ("unknown passed subject", HIST + "fellesfag: {passed: [historie]}\n",
     "fellesfag.passed[0]", ["unknown fellesfag"], 4, 22),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "field", "words", "line", "col"), [pytest.param(*case[1:], id=case[0]) for case in BAD]
)
def test_bad_history(tmp_path: Path, body: str, field: str, words: list[str], line: int, col: int) -> None:
    path = write(tmp_path, body)
    error_line(plan(path), path, field, *words, line=line, col=col)


def test_a_country_is_lower_case(tmp_path: Path, rules: RuleBook) -> None:
    for typed in ("NO", "no", '"No"', "Norge"):
        p = person(tmp_path, HIST + f"work:\n  - {{trade: kokkfaget, months: 3, country: {typed}}}\n", rules)
        assert p.work[0].country == "no"


# --- YAML an adviser gets wrong ------------------------------------------------------------------


def test_an_unquoted_comma_in_braces_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, HIST + "school:\n  - {level: vg1, programme: Salg, service og reiseliv}\n")
    line = error_line(plan(path), path, "school[0].service og reiseliv", "comma", line=5, col=35)
    assert '"Salg, service og reiseliv"' in line


def test_a_tab_for_indentation_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "age: 17\ncounty: agder\ngoal:\n\ttrade: kokkfaget\n")
    error_line(plan(path), path, "", "tab", "spaces", line=4, col=1)


@pytest.mark.parametrize(
    ("tail", "words", "line"),
    [
        ("age: !!float 18\n", ["!!float"], 3),
        ("age: !!str 18\n", ["!!str"], 3),
        ("id: !!binary aGVsbG8=\nage: 17\n", ["!!binary"], 3),
        ("extra: &x {a: 1}\n<<: {age: 17}\n", ["<<"], 4),
        ("age: " + "9" * 5000 + "\n", ["5000 digits"], 3),
    ],
)
def test_yaml_that_means_more_than_it_shows_is_refused(tmp_path: Path, tail: str, words: list[str], line: int) -> None:
    path = write(tmp_path, BASE + tail)
    error_line(plan(path), path, "", *words, line=line)


def test_a_key_with_a_line_break_or_an_escape_is_shown_escaped(tmp_path: Path) -> None:
    path = write(tmp_path, BASE + 'age: 17\n"a\\nb\\e[31m": 1\n')
    r = plan(path)
    assert r.exit_code == 2 and "\x1b" not in r.stderr
    line = error_line(r, path, "a\\nb\\x1b[31m", "unknown key", line=4, col=1)
    assert "\n" not in line


def test_an_id_with_a_terminal_escape_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, BASE + 'age: 17\nid: "k-1\\e[2J"\n')
    r = plan(path)
    error_line(r, path, "id", "control character", line=4, col=5)
    assert "\x1b" not in r.stdout + r.stderr


def test_json_with_surrogate_pair_escapes_is_accepted(tmp_path: Path, rules: RuleBook) -> None:
    data = {"id": "k-😀", "age": 17, "county": "agder", "goal": {"trade": "kokkfaget"}, "notes": "🙂 ok"}
    text = json.dumps(data)  # Python's default: ASCII with \ud83d\ude00
    assert "\\ud83d" in text
    p = person(tmp_path, text, rules, "cand.json")
    assert p.id == "k-😀"


def test_many_unknown_keys_take_linear_time(tmp_path: Path) -> None:
    body = BASE + "age: 17\n" + "".join(f"k{i}: 1\n" for i in range(20_000))
    path = write(tmp_path, body)
    start = time.perf_counter()
    r = plan(path)
    elapsed = time.perf_counter() - start
    assert r.exit_code == 2 and len(r.stderr.splitlines()) == 20_000
    assert elapsed < 20, elapsed


# --- national identity numbers ---------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ['"01019012345"', "010190-12345", "01.01.90 12345", "k-01019012345", "010190 12345", "abc-13097248022-x"],
)
def test_a_national_id_in_disguise_is_refused(tmp_path: Path, typed: str) -> None:
    path = write(tmp_path, BASE + f"age: 17\nid: {typed}\n")
    error_line(plan(path), path, "id", "national identity number", line=4, col=5)


def test_a_valid_number_inside_a_longer_id_is_caught_by_its_check_digits() -> None:
    from pathway.ids import looks_like_national_id

    # 13097248022 has valid check digits; inside a run of 14 digits only the check digits can tell.
    assert looks_like_national_id("x-99913097248022")
    assert not looks_like_national_id("x-99913097248023")
    for pseudonym in ("k-017", "k-2024-00017", "elev-12", "2025-06-01-12"):
        assert not looks_like_national_id(pseudonym)


def test_a_file_named_like_a_national_id_needs_an_id(tmp_path: Path) -> None:
    path = write(tmp_path, BASE + "age: 17\n", name="01019012345.yaml")
    # The error names the file with the number's digits masked: the folder and the line still find it.
    r = plan(path)
    assert "01019012345" not in r.stderr
    error_line(r, path.replace("01019012345", "*" * 11), "id", "file name", line=1, col=1)
    named = write(tmp_path, BASE + "age: 17\nid: k-9\n", name="13097248022.yaml")
    assert plan(named).exit_code == 0


# --- plausibility --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("school", "word"),
    [
        ("[{level: vg1, programme: restaurant-og-matfag}, {level: vg1, programme: restaurant-og-matfag}]", "twice"),
        ("[{level: vg2, programme: kokk-og-servitorfag}, {level: vg1, programme: restaurant-og-matfag}]", "before"),
        ("[{level: vg2, programme: kokk-og-servitorfag}]", "without"),
    ],
)
def test_implausible_school_years_are_planned_with_a_warning(
    tmp_path: Path, rules: RuleBook, school: str, word: str
) -> None:
    body = BASE + f"age: 19\nschool: {school}\n"
    p = person(tmp_path, body, rules)
    assert len(p.warnings) == 1 and word in p.warnings[0]
    data = run("plan", write(tmp_path, body), "--as-of", AS_OF, "--format", "json").json()
    assert p.warnings[0] in data["warnings"]


def test_a_repeated_year_that_was_not_passed_is_plausible(tmp_path: Path, rules: RuleBook) -> None:
    school = (
        "[{level: vg1, programme: restaurant-og-matfag, passed: nei}, {level: vg1, programme: restaurant-og-matfag}]"
    )
    assert person(tmp_path, BASE + f"age: 18\nschool: {school}\n", rules).warnings == ()


def test_more_work_than_working_age_is_planned_with_a_warning(tmp_path: Path, rules: RuleBook) -> None:
    # Born January 2008: 71 months from the 13th birthday (January 2021) to November 2026.
    p = person(tmp_path, BASE + "birth_date: 2008-01-10\nwork: [{trade: kokkfaget, months: 80}]\n", rules)
    assert len(p.warnings) == 1 and "80 months" in p.warnings[0] and "71" in p.warnings[0]
    fine = person(tmp_path, BASE + "birth_date: 2008-01-10\nwork: [{trade: kokkfaget, months: 71}]\n", rules)
    assert fine.warnings == ()


# --- the examples and the schema -----------------------------------------------------------------

HISTORY_EXAMPLES = [p for p in sorted((ROOT / "examples").glob("*.yaml")) if "history:" in p.read_text() or
                    "qualifications:" in p.read_text() or "current:" in p.read_text()]  # fmt: skip


def test_at_least_three_examples_have_a_history() -> None:
    assert len(HISTORY_EXAMPLES) >= 3


@pytest.mark.parametrize("example", HISTORY_EXAMPLES, ids=lambda p: p.stem)
def test_examples_with_a_history_plan(example: Path) -> None:
    r = run("plan", str(example), "--as-of", AS_OF)
    assert r.exit_code in (0, 1), r.stderr
    assert "Traceback" not in r.stderr


def test_the_schema_offers_the_rule_book_ids(rules: RuleBook) -> None:
    schema = json.loads((ROOT / "schemas" / "candidate.schema.json").read_text(encoding="utf-8"))
    defs = schema["$defs"]

    def offered(node: dict[str, object]) -> list[str]:
        branches = node.get("anyOf") or node.get("items", {}).get("anyOf")  # type: ignore[union-attr]
        return next(b["enum"] for b in branches if "enum" in b)  # type: ignore[union-attr,index]

    assert offered(schema["properties"]["county"]) == rules.ids("counties")
    assert offered(defs["Goal"]["properties"]["trade"]) == rules.ids("trades")
    assert offered(defs["Qualification"]["properties"]["trade"]) == rules.ids("trades")
    assert offered(defs["Current"]["properties"]["programme"]) == rules.ids("programmes")
    assert offered(defs["Fellesfag"]["properties"]["passed"]) == list(rules.subjects().fellesfag)
    assert "vg1" in json.dumps(defs["SchoolYear"]["properties"]["level"])
    assert {"qualifications", "current", "history", "special_needs"} <= set(schema["properties"])
    assert {"from", "to", "country"} <= set(defs["Work"]["properties"])


def test_load_person_raises_input_error_not_others(tmp_path: Path, rules: RuleBook) -> None:
    with pytest.raises(InputError):
        person(tmp_path, HIST + "current: {kind: elev}\n", rules)


def test_a_date_from_childhood_is_planned_with_a_warning(tmp_path: Path, rules: RuleBook) -> None:
    body = BASE + "birth_date: 2008-01-10\nqualifications: [{kind: praksisbrev, trade: kokkfaget, date: 2012-06}]\n"
    p = person(tmp_path, body, rules)
    assert len(p.warnings) == 1 and "2012-06-01" in p.warnings[0]


def test_being_an_elev_in_a_year_already_passed_or_without_the_year_below_warns(
    tmp_path: Path, rules: RuleBook
) -> None:
    done = BASE + "age: 17\nschool: [{level: vg1, programme: restaurant-og-matfag}]\n"
    p = person(tmp_path, done + "current: {kind: elev, level: vg1, programme: restaurant-og-matfag}\n", rules)
    assert len(p.warnings) == 1 and "Vg1" in p.warnings[0]
    gap = BASE + "age: 17\ncurrent: {kind: elev, level: vg2, programme: kokk-og-servitorfag}\n"
    assert len(person(tmp_path, gap, rules).warnings) == 1
    fine = done + "current: {kind: elev, level: vg2, programme: kokk-og-servitorfag}\n"
    assert person(tmp_path, fine, rules).warnings == ()


def test_a_spreadsheet_date_with_midnight_is_a_date() -> None:
    assert parse_date("2008-05-14 00:00:00") == parse_date("14.05.2008 00:00") == date(2008, 5, 14)
    with pytest.raises(ValueError):
        parse_date("2008-05-14 13:45")


def test_a_misspelt_from_suggests_from(tmp_path: Path) -> None:
    path = write(tmp_path, HIST + "work: [{trade: kokkfaget, form: 2024-01, to: 2024-06}]\n")
    error_line(plan(path), path, "work[0].form", "did you mean 'from'", line=4, col=27)


# docs/contract.md §2.1 as written (version 1.1), with the required keys added and long comments cut.
CONTRACT_21 = """\
id: k-999
age: 20
county: agder
goal: {trade: kokkfaget}
fellesfag:
  missing: [matematikk]
  passed: [norsk, engelsk, samfunnskunnskap]   # passed anywhere, on any programme; credited where the rules allow
qualifications:                    # what the person already holds
  - {kind: praksisbrev, trade: kokkfaget, date: 2025-06}
  - {kind: fagbrev, trade: industrimekanikerfaget, date: 2019-06}   # also svennebrev, kompetansebevis
  - {kind: studiekompetanse, date: 2020-06}                          # generell studiekompetanse (vitnemål)
current:                           # what the person is in now, if anything
  kind: laerekandidat              # elev | laerling | …
  trade: kokkfaget                 # for a contract
  level: vg2                       # for elev: the level and programme being taken now
  programme: kokk-og-servitorfag
  since: 2025-08                   # first month of the contract or school year
history:                           # what ended without the qualification
  - {event: contract_ended, kind: laerling, trade: kokkfaget, date: 2026-09}
  - {event: test_failed, test: fagprove, trade: kokkfaget, date: 2026-06}
special_needs: true                # a sakkyndig vurdering (PPT) or an individual plan; default unknown
work:
  - {trade: helsearbeiderfaget, months: 30, percent: 60, from: 2022-01, to: 2024-06, country: "no"}
"""


def test_the_contract_example_loads_as_written(tmp_path: Path, rules: RuleBook) -> None:
    p = person(tmp_path, CONTRACT_21, rules)
    assert p.current == Current("laerekandidat", "kokkfaget", "vg2", "kokk-og-servitorfag", date(2025, 8, 1))
    assert [h.kind for h in p.qualifications] == ["praksisbrev", "fagbrev", "studiekompetanse"]
    assert p.work[0] == WorkPeriod("helsearbeiderfaget", 30, 60, date(2022, 1, 1), date(2024, 6, 30), "no")
    assert p.special_needs is True and len(p.history) == 2
    assert plan(write(tmp_path, CONTRACT_21, "contract.yaml")).exit_code in (0, 1)


def test_a_contract_about_to_start_is_planned_with_a_warning(tmp_path: Path, rules: RuleBook) -> None:
    p = person(tmp_path, HIST + "current: {kind: laerling, since: 2027-01}\n", rules)
    assert p.current is not None and p.current.since == date(2027, 1, 1)
    assert len(p.warnings) == 1 and "2027-01-01" in p.warnings[0]


def test_many_unknown_keys_in_braces_take_linear_time(tmp_path: Path) -> None:
    body = "{county: agder, goal: {trade: kokkfaget}, age: 17, " + ", ".join(f"k{i}" for i in range(20_000)) + "}\n"
    path = write(tmp_path, body)
    start = time.perf_counter()
    r = plan(path)
    assert r.exit_code == 2 and len(r.stderr.splitlines()) == 20_000
    assert time.perf_counter() - start < 20


def test_check_shows_what_was_credited_and_a_goal_already_held(tmp_path: Path) -> None:
    from tests.helpers import run as run_cli

    rows = [
        {
            "id": "h-1",
            "birth_date": "1985-01-01",
            "county": "vestland",
            "goal": {"trade": "helsearbeiderfaget"},
            "work": [{"trade": "helsearbeiderfaget", "months": 100, "percent": 60}],
        },
        {
            "id": "h-2",
            "birth_date": "1990-01-01",
            "county": "oslo",
            "goal": {"trade": "kokkfaget"},
            "qualifications": [{"kind": "fagbrev", "trade": "kokkfaget", "date": "2015-06"}],
        },
    ]
    path = tmp_path / "cohort.ndjson"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = run_cli("check", str(path), "--format", "ndjson", "--as-of", "2026-12-01")
    assert result.exit_code == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert any("60 full-time months" in c for c in first["credited"])
    assert second["status"] == "ok" and second["holds_goal"] is True and second["schemes"] == []
    csv = run_cli("check", str(path), "--format", "csv", "--as-of", "2026-12-01").stdout.splitlines()
    assert csv[0].endswith(",error,credited") and "60 full-time months" in csv[1]


def test_compare_and_report_show_what_was_credited(tmp_path: Path) -> None:
    from tests.helpers import run as run_cli

    example = str(ROOT / "examples" / "laerekandidat-now-agder.yaml")
    data = run_cli("compare", example, "--format", "json", "--as-of", "2026-12-01").json()
    assert any("served since 2025-08" in c["message"] for c in data["credited"])
    table = run_cli("compare", example, "--as-of", "2026-12-01").stdout
    assert "Credited:" in table and "served since 2025-08" in table
    page = tmp_path / "k.html"
    assert run_cli("report", example, "-o", str(page), "--as-of", "2026-12-01").exit_code == 0
    assert "served since 2025-08" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("as_of", "start", "months"),
    [
        ("2027-05-10", "2027-06", 2),
        ("2027-06-10", "2027-06", 2),
        ("2027-07-10", "2027-07", 1),
        ("2026-12-07", "2027-01", 7),
    ],
)
def test_the_school_year_being_taken_runs_to_its_end_never_as_a_july_alone(
    tmp_path: Path, as_of: str, start: str, months: int
) -> None:
    """Planned in June, the rest of Vg1 is the June being taught and the summer that closes the year
    (June to July, as when planned in May), not "July 2027, 1 month" as if taught in the holidays."""
    body = (
        "id: k-201\nbirth_date: 2010-04-01\ncounty: vestland\ngoal: {trade: tomrerfaget}\n"
        "current: {kind: elev, level: vg1, programme: bygg-og-anleggsteknikk, since: 2026-08}\n"
    )
    r = run("plan", write(tmp_path, body), "--as-of", as_of, "--format", "json")
    first = json.loads(r.stdout)["routes"][0]["steps"][0]
    assert (first["start"], first["end"], first["months"]) == (start, "2027-07", months), first
