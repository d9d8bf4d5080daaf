"""Every lærefag of the LK20 offer structure: the rule book covers it, a candidate can name it, and
the planner gives each trade's young person the route its model implies (issue 9)."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from pathway.candidate import Person
from pathway.models.facts import fact_at
from pathway.planner import plan
from pathway.results import Route
from pathway.ruleset import RuleBook, find_rules_dir
from tests.helpers import a_person, run, write

AS_OF = date(2027, 3, 1)  # before the school year: a young person starts Vg1 in August 2027
TOP = 20  # every route, not only the five best: the ordinary one must be among them
MODELS = {"2+2", "1+3", "2+2.5", "2+3", "3+1", "3+1.5", "3+2"}


@cache
def book() -> RuleBook:
    return RuleBook(find_rules_dir())


TRADES = book().ids("trades")
COUNTIES = book().ids("counties")


def _model(tid: str) -> tuple[str, int, int]:
    """(model, years in school, months in the company) as the rule book states the trade's model."""
    found = fact_at(book().trade(tid).model, AS_OF)
    assert found is not None
    school, company = str(found.value).split("+")
    return str(found.value), int(school), round(float(company) * 12)


def _person(tid: str, age: int, county: str, school: tuple[tuple[str, str, bool], ...] = (), work: int = 0) -> Person:
    return a_person(f"{tid}-{age}", date(AS_OF.year - age, 1, 15), county, tid, school, work)


def _month(text: str) -> int:
    year, month = text.split("-")
    return int(year) * 12 + int(month) - 1


def _apprenticeships(routes: tuple[Route, ...] | list[Route], school_months: int) -> list[Route]:
    """Routes of school years and then an ordinary lærekontrakt (fellesfag may run beside them), with
    `school_months` in school first: the trade's ordinary route, not an early contract."""
    return [
        r
        for r in routes
        if set(r.schemes) - {"skole", "fellesfag"} == {"laerling"}
        and sum(s.months for s in r.steps if s.kind == "school") == school_months
    ]


def test_the_rule_book_has_every_laerefag_and_vg2_programme_area() -> None:
    assert len(TRADES) == 191
    vg2 = [
        pid
        for pid in book().ids("programmes")
        if book().programme(pid).level == "vg2" and book().programme(pid).kind == "yrkesfag"
    ]
    assert len(vg2) == 52  # the yrkesfag Vg2 programme areas (studiespesialisering has its own Vg2 entry)
    assert all(book().programme(pid).code for pid in vg2)
    yrkesfag_vg1 = [
        pid
        for pid in book().ids("programmes")
        if book().programme(pid).level == "vg1" and book().programme(pid).kind == "yrkesfag"
    ]
    assert len(yrkesfag_vg1) == 10
    assert sorted(p for v1 in yrkesfag_vg1 for p in book().programme(v1).leads_to) == sorted(vg2)


@pytest.mark.parametrize("tid", TRADES)
def test_the_model_fits_the_programmes(tid: str) -> None:
    trade = book().trade(tid)
    model, school, _ = _model(tid)
    assert model in MODELS
    assert (trade.programmes.vg2 is None) == (model == "1+3"), "a særløp and only a særløp has no Vg2"
    assert (trade.programmes.vg3 is not None) == (school == 3), "Vg3 in school exactly for the 3+x models"
    for route in (trade.programmes, *trade.routes):
        for level, pid in route.levels():
            assert book().programme(pid).level == level


@pytest.mark.parametrize("tid", TRADES)
def test_every_trade_plans_for_three_candidates(tid: str) -> None:
    rules = book()
    county = COUNTIES[TRADES.index(tid) % len(COUNTIES)]
    model, school, company = _model(tid)
    qualification = str(rules.trade(tid).qualification.value)  # type: ignore[union-attr]
    total = school * 12 + company

    # 16, fresh from grunnskole: Vg1 in August, the fag-/svennebrev when the model's years are over.
    young = plan(_person(tid, 16, county), rules, AS_OF, top=TOP)
    ordinary = _apprenticeships(young.routes, school * 12)
    assert ordinary, f"{tid}: no {model} route for a 16-year-old"
    route = ordinary[0]
    assert route.steps[0].start == "2027-08"
    assert _month(route.finish) - _month(route.steps[0].start) + 1 == total, f"{tid} {model}"
    assert route.qualification == qualification
    # ...and it is the first route: what a young person from grunnskole is told first.
    first = young.routes[0]
    assert first.standing == "ordinary" and set(first.schemes) - {"skole", "fellesfag"} == {"laerling"}, tid

    # 20, Vg1 and Vg2 of the trade passed: the læretid follows without those school years again.
    p = rules.trade(tid).programmes
    passed = tuple((level, pid, True) for level, pid in (("vg1", p.vg1), ("vg2", p.vg2)) if pid)
    adult = plan(_person(tid, 20, county, passed), rules, AS_OF, top=TOP)
    ordinary = _apprenticeships(adult.routes, (school - len(passed)) * 12)
    assert ordinary, f"{tid}: no apprenticeship after the trade's own school years"
    assert ordinary[0].qualification == qualification

    # 35, eight years of full-time practice in the trade: praksiskandidat.
    practised = plan(_person(tid, 35, county, work=96), rules, AS_OF)
    assert any(r.schemes == ("praksiskandidat",) and r.qualification == qualification for r in practised.routes)
    assert practised.routes[0].schemes == ("praksiskandidat",) and practised.routes[0].standing == "ordinary", tid


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("bakerfaget", "bakerfaget"),
        ("TØMRERFAGET", "tomrerfaget"),
        ("Bilfaget, lette kjøretøy", "bilfaget-lette-kjoretoy"),
        ("KOK3004", "kokkfaget"),
        ("RMKOK3", "kokkfaget"),
        ("rmkok3----", "kokkfaget"),
        ("kokk", "kokkfaget"),
        ("elektriker", "elektrikerfaget"),
        ("helsefagarbeider", "helsearbeiderfaget"),
        ("baker", "bakerfaget"),
        ("aluminiumkonstruksjonsfaget", "aluminiumskonstruksjonsfaget"),
        ("Bunadstilvirkerfaget", "bunadtilvirkerfaget"),
        ("feier", "brannforebyggerfaget"),
    ],
)
def test_a_trade_is_found_by_what_people_write(given: str, expected: str) -> None:
    assert book().find("trades", given) == expected


def test_old_programme_ids_resolve_to_the_new_ones() -> None:
    assert book().find("programmes", "salg-og-reiseliv") == "salg-service-og-reiseliv-vg2"
    assert book().find("programmes", "Service, sikkerhet og administrasjon") == "salg-service-og-reiseliv-vg2"
    assert book().find("programmes", "TPPIN2") == "industriteknologi"


@pytest.mark.parametrize("tid", TRADES)
def test_every_name_alias_and_code_of_a_trade_finds_that_trade(tid: str) -> None:
    trade = book().trade(tid)
    codes = [c.strip() for value in trade.codes.model_dump(exclude_none=True).values() for c in value.split(",")]
    for key in [trade.name, trade.name.upper(), *trade.aliases, *codes]:
        shared = [other for other in TRADES if other != tid and key in str(book().trade(other).codes)]
        # A code several trades share (Vg3 flytekniske fag, ELFLY3) names none of them.
        assert book().find("trades", key) == (None if shared else tid), key


def test_a_kryssloep_counts_as_a_level_of_the_trade() -> None:
    trade = book().trade("portorfaget")
    assert trade.level_of("helsearbeiderfag") == ("vg2", None)
    assert trade.level_of("ambulansefag") == ("vg2", "kryssloep")
    assert trade.level_of("kokk-og-servitorfag") is None
    assert book().trade("rorleggerfaget").level_of("klima-energi-og-miljoteknikk") == ("vg2", "grep_only")
    assert book().trade("bilfaget-lette-kjoretoy").level_of("elektro-og-datateknologi") == ("vg1", "kryssloep")


def test_an_unknown_trade_names_the_nearest_and_the_list(tmp_path: Path) -> None:
    path = write(tmp_path, "age: 17\ncounty: oslo\ngoal: {trade: bakker}\n")
    result = run("plan", path)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "goal.trade" in lines[0] and "bakerfaget" in lines[0] and "pathway rules list trades" in lines[0]


def test_rules_list_trades_filters_by_programme_and_shows_the_model() -> None:
    listed = run("rules", "list", "trades", "--vg1", "Restaurant- og matfag")
    assert listed.exit_code == 0, listed.stderr
    rows = {line.split()[0]: line for line in listed.stdout.splitlines()}
    assert "kokkfaget" in rows and "bakerfaget" in rows and "tomrerfaget" not in rows
    assert " 2+2 " in rows["kokkfaget"]
    assert "kryssløp" in rows["fiske-og-fangst"]  # Vg1 restaurant- og matfag → Vg2 fiske og fangst
    flyfag = run("rules", "list", "trades", "--vg2", "flyfag")
    assert sorted(line.split()[0] for line in flyfag.stdout.splitlines()) == [
        "avionikerfaget",
        "flymotormekanikerfaget",
        "flystrukturmekanikerfaget",
        "flysystemmekanikerfaget",
    ]
    assert all(" 3+2 " in line for line in flyfag.stdout.splitlines())
    assert run("rules", "list", "trades", "--vg2", "no-such-programme").exit_code == 2


def test_rules_show_resolves_aliases() -> None:
    shown = run("rules", "show", "aluminiumkonstruksjonsfaget")
    assert shown.exit_code == 0
    assert "trades/aluminiumskonstruksjonsfaget.yaml" in shown.stdout.splitlines()[0]
    assert "programmes/salg-service-og-reiseliv-vg2.yaml" in run("rules", "show", "salg-og-reiseliv").stdout


def test_rules_check_reports_a_route_to_no_programme_and_a_shared_alias(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parent.parent / "rules", rules)
    path = rules / "trades" / "portorfaget.yaml"
    text = path.read_text(encoding="utf-8").replace("vg2: ambulansefag,", "vg2: ambulansefagg,")
    path.write_text(text.replace("aliases: []", 'aliases: ["kokk"]'), encoding="utf-8")
    result = run("rules", "check", str(rules))
    assert result.exit_code == 2
    problems = [line for line in result.stderr.splitlines() if "portorfaget.yaml" in line]
    assert any("routes[0].vg2" in line and "ambulansefagg" in line and "'ambulansefag'" in line for line in problems)
    assert any(":4:" in line and "aliases[0]" in line and "kokkfaget" in line for line in problems)


def test_every_rule_file_reads_the_same_without_libyaml() -> None:
    """libyaml accepts `?` inside a plain scalar in a flow mapping; PyYAML's own parser does not. A
    machine without libyaml must read the same rule book."""
    import yaml

    root = Path(__file__).resolve().parent.parent / "rules"
    for path in sorted(root.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=yaml.CSafeLoader), path


def test_a_csv_row_may_name_the_trade_by_short_name_or_code(tmp_path: Path) -> None:
    path = tmp_path / "cohort.csv"
    path.write_text("id,age,county,trade,levels\nc1,18,oslo,kokk,vg1 vg2\nc2,18,oslo,KOK3004,vg1\n", encoding="utf-8")
    result = run("check", str(path), "--format", "csv", "--as-of", "2026-11-26")
    assert result.exit_code == 0, result.stdout + result.stderr
    rows = result.stdout.splitlines()[1:]
    assert len(rows) == 2 and all(",ok," in row for row in rows)


def test_check_uses_every_core_by_default_with_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pathway.cohort import pool

    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    assert pool.default_jobs(10) == 1  # a small input: one process is quicker than starting workers
    assert pool.default_jobs(10_000) == 2
    people = [
        {"id": f"c-{i}", "age": 16 + i % 3, "county": COUNTIES[i % 3], "goal": {"trade": TRADES[i % 5]}}
        for i in range(2 * pool.MIN_ITEMS_PER_JOB)
    ]
    path = tmp_path / "cohort.ndjson"
    path.write_text("".join(json.dumps(p) + "\n" for p in people), encoding="utf-8")
    default = run("check", str(path), "--format", "ndjson", "--as-of", "2026-11-26")
    single = run("check", str(path), "--format", "ndjson", "--as-of", "2026-11-26", "--jobs", "1")
    assert default.exit_code == single.exit_code == 0
    assert default.stdout == single.stdout and len(default.stdout.splitlines()) == len(people)
