"""The order reads as advice in every county: the ordinary route first for a young person from
grunnskole, praksiskandidat or fagbrev på jobb first for an adult with the practice, never lærekandidat
as the ordinary route without special needs, and the groups in a fixed order."""

from __future__ import annotations

from datetime import date

import pytest

from pathway.candidate import Person
from pathway.planner import plan
from pathway.ruleset import RuleBook
from tests.conftest import ROOT
from tests.helpers import a_person

AS_OF = date(2026, 12, 1)
COUNTIES = sorted(p.stem for p in (ROOT / "rules" / "counties").glob("*.yaml") if p.stem != "index")
GROUPS = ["routes", "approval", "fallback", "partial"]


def _person(county: str, age: int, trade: str = "kokkfaget", work: int = 0, employed: bool = False) -> Person:
    return a_person(f"p-{county}-{age}", date(AS_OF.year - age, 3, 1), county, trade, work=work, employed=employed)


@pytest.fixture(scope="module")
def rules() -> RuleBook:
    return RuleBook(ROOT / "rules")


@pytest.mark.parametrize("county", COUNTIES)
def test_a_young_person_is_told_the_ordinary_route_first_in_every_county(rules: RuleBook, county: str) -> None:
    result = plan(_person(county, 16), rules, AS_OF)
    first = result.routes[0]
    assert first.schemes == ("skole", "laerling") and first.standing == "ordinary", county
    assert first.steps[0].start == "2027-08"
    groups = [r.group for r in result.routes]
    assert groups == sorted(groups, key=GROUPS.index), "the groups come in a fixed order"
    assert not any(r.standing == "ordinary" and "laerekandidat" in r.schemes for r in result.routes)
    assert any(r.qualification == "kompetansebevis" for r in result.routes), "lærekandidat is in the default list"


@pytest.mark.parametrize("county", COUNTIES)
def test_an_adult_with_the_practice_is_told_the_adult_routes_first(rules: RuleBook, county: str) -> None:
    result = plan(_person(county, 40, work=96, employed=True), rules, AS_OF)
    first = result.routes[0]
    assert first.schemes in {("praksiskandidat",), ("fagbrev_paa_jobb",)} and first.standing == "ordinary"
    for route in result.routes:
        if "skole" in route.schemes:
            assert route.standing != "ordinary", "a youth school year is not an adult's ordinary route"
        assert "right after grunnskole" not in " ".join(s.title for s in route.steps)


def test_every_route_says_which_criterion_of_the_ranking_puts_it_after_the_one_above(rules: RuleBook) -> None:
    """The order follows rules/ranking.yaml: each route names the first criterion on which it differs
    from the route above, and the criteria before it (qualification, standing) are equal."""
    order = {"ordinary": 0, "alternative": 1, "approval": 2, "fallback": 3}
    full = ("fagbrev", "svennebrev")
    bases = set()
    for county in COUNTIES:
        routes = plan(_person(county, 16), rules, AS_OF, top=12).routes
        assert [r.rank for r in routes] == list(range(1, len(routes) + 1))
        assert routes[0].rank_reason.startswith("first: ")
        for above, route in zip(routes, routes[1:], strict=False):
            basis = route.rank_basis
            bases.add(basis)
            assert route.rank_reason.startswith(f"after route {above.rank}: "), route.rank_reason
            if basis == "qualification":
                assert above.qualification in full and route.qualification not in full
                continue
            assert (above.qualification in full) == (route.qualification in full), county
            if basis == "standing":
                assert order[above.standing] <= order[route.standing], county
                continue
            if basis in ("months", "in_county", "certainty", "school_days", "steps"):
                assert above.standing == route.standing, county
            if basis == "months":
                assert above.months < route.months, county
    assert {"qualification", "standing", "months"} <= bases


def test_the_search_for_a_place_is_said_as_such(rules: RuleBook) -> None:
    """Without an offer, a contract from today starts after the search for a place
    (rules/school.yaml place_search_months); the waiting months say so (`why: place`)."""
    person = _person("rogaland", 18)
    routes = plan(person, rules, AS_OF, top=8).routes
    route = next(r for r in routes if r.schemes == ("laerling", "fellesfag"))
    assert route.steps[0].start == "2027-04"  # planned in December: January to March searching
    assert [(w.start, w.end, w.why) for w in route.waiting] == [("2027-01", "2027-03", "place")]
    assert route.to_dict()["waiting"][0]["why"] == "place"
    school = next(r for r in routes if r.schemes == ("skole", "laerling"))
    assert [w.why for w in school.waiting] == [""] and "why" not in school.to_dict()["waiting"][0]
    mfy = next(r for r in routes if r.schemes == ("mfy",))
    assert [w.why for w in mfy.waiting] == [""], "MFY waits for its start, not for a læreplass"
