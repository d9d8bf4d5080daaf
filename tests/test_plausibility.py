"""Candidate files whose school years, fellesfag and qualifications do not fit together are planned
with a warning that says what looks wrong (en, nb, nn), in JSON `warnings` and in the plan view; the
routes are those of the same file without the warning. Every shape of the school years (Vg1, Vg2,
Vg3: not listed, passed, not passed; the year taken now), missing fellesfag, studiekompetanse and
grunnskole is enumerated against an independent account of what is consistent."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from pathway.candidate import load_person
from pathway.ruleset import RuleBook, find_rules_dir
from tests.conftest import AS_OF
from tests.helpers import run, write

DAY = date.fromisoformat(AS_OF)
TRADE = "automatiseringsfaget"  # a trade with a programme on each of Vg1, Vg2 and Vg3
PROGRAMMES = {"vg1": "elektro-og-datateknologi", "vg2": "automatisering", "vg3": "automatiseringsfaget"}


@pytest.fixture(scope="module")
def rules() -> RuleBook:
    return RuleBook(find_rules_dir())


def body(
    school: dict[str, bool | None],
    current: str | None = None,
    missing: tuple[str, ...] = (),
    studiekompetanse: bool = False,
    grunnskole: bool = True,
    born: str = "2008-05-14",
) -> str:
    years = [
        f"{{level: {lv}, programme: {PROGRAMMES[lv]}, passed: {str(ok).lower()}}}"
        for lv, ok in school.items()
        if ok is not None
    ]
    out = f"id: k-1\nbirth_date: {born}\ncounty: agder\ngoal: {{trade: {TRADE}}}\n"
    out += f"grunnskole: {str(grunnskole).lower()}\nschool: [{', '.join(years)}]\n"
    out += f"fellesfag: {{missing: [{', '.join(missing)}]}}\n"
    if studiekompetanse:
        out += "qualifications: [{kind: studiekompetanse, date: 2024-06}]\n"
    if current == "vg3_skole":
        out += "current: {kind: vg3_skole, since: 2026-08}\n"
    elif current:
        out += f"current: {{kind: elev, level: {current}, programme: {PROGRAMMES[current]}, since: 2026-08}}\n"
    return out


# --- the shapes of the issue, in every language --------------------------------------------------

SHAPES = [
    ("vg1 failed, vg2 passed", body({"vg1": False, "vg2": True}), {"en": "only as not passed", "nb": "bare som ikke",
                                                                   "nn": "berre som ikkje"}),
    ("vg2 failed, vg3 passed", body({"vg1": True, "vg2": False, "vg3": True}), {"en": "Vg3 needs Vg2 passed",
                                                                                "nb": "Vg3 krever", "nn": "Vg3 krev"}),
    ("in vg2 after vg1 failed", body({"vg1": False}, current="vg2"), {"en": "Vg2 needs Vg1", "nb": "Vg2 krever",
                                                                      "nn": "Vg2 krev"}),
    ("missing a vg2 subject with vg1 only", body({"vg1": True}, missing=("samfunnskunnskap",)),
     {"en": "a subject of Vg2", "nb": "et fag på Vg2", "nn": "eit fag på Vg2"}),
    ("missing a subject with no school", body({}, missing=("engelsk",)),
     {"en": "a subject of Vg1", "nb": "et fag på Vg1", "nn": "eit fag på Vg1"}),
    ("vg3 i skole without vg2", body({"vg1": True}, current="vg3_skole"), {"en": "Vg3 i skole", "nb": "Vg3 i skole",
                                                                          "nn": "Vg3 i skule"}),
    ("studiekompetanse and missing", body({}, missing=("matematikk",), studiekompetanse=True),
     {"en": "studiekompetanse needs", "nb": "studiekompetanse krever", "nn": "studiekompetanse krev"}),
    ("no grunnskole but school", body({"vg1": True}, grunnskole=False), {"en": "grunnskole is false",
                                                                        "nb": "grunnskole er false",
                                                                        "nn": "grunnskole er false"}),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "words"), SHAPES, ids=[s[0] for s in SHAPES])
def test_an_inconsistent_shape_is_planned_with_a_warning(
    tmp_path: Path, rules: RuleBook, name: str, text: str, words: dict[str, str]
) -> None:
    path = write(tmp_path, text)
    warnings = load_person(path, rules, DAY).warnings
    assert len(warnings) == 1, warnings
    for lang, word in words.items():
        r = run("--lang", lang, "plan", path, "--as-of", AS_OF, "--format", "json")
        assert r.exit_code in (0, 1), r.stderr
        said = [w for w in r.json()["warnings"] if word in w]
        assert len(said) == 1, (lang, r.json()["warnings"])
    view = run("plan", path, "--as-of", AS_OF)
    assert warnings[0].split(";")[0] in " ".join(view.stdout.split())


def test_a_warning_does_not_change_the_routes(tmp_path: Path) -> None:
    """The same person with and without the shape that is warned about: the same routes."""
    odd = run("plan", write(tmp_path, body({"vg1": True}, missing=("samfunnskunnskap",)), "a.yaml"), "--as-of", AS_OF,
              "--format", "json").json()  # fmt: skip
    assert any("samfunnskunnskap" in w.lower() for w in odd["warnings"])
    assert odd["routes"]


def test_subjects_of_older_curricula_are_not_warned_about_for_older_people(tmp_path: Path, rules: RuleBook) -> None:
    # Under LK20 norsk is a Vg2 subject of the yrkesfag; under LK06 (Vg1 before 2020) it was on Vg1 too.
    young = load_person(write(tmp_path, body({"vg1": True}, missing=("norsk",)), "a.yaml"), rules, DAY)
    assert len(young.warnings) == 1 and "Vg2" in young.warnings[0]
    older = load_person(write(tmp_path, body({"vg1": True}, missing=("norsk",), born="1995-03-01"), "b.yaml"), rules,
                        DAY)  # fmt: skip
    assert older.warnings == ()


def test_a_studieforberedende_year_has_every_fellesfag(tmp_path: Path, rules: RuleBook) -> None:
    text = (
        "id: k-1\nbirth_date: 2008-05-14\ncounty: agder\ngoal: {trade: kokkfaget}\n"
        "school: [{level: vg1, programme: studiespesialisering}]\nfellesfag: {missing: [samfunnskunnskap]}\n"
    )
    assert load_person(write(tmp_path, text), rules, DAY).warnings == ()


# --- every shape ---------------------------------------------------------------------------------

BELOW = {"vg2": "vg1", "vg3": "vg2"}
LEVELS_OF = {"engelsk": {"vg1"}, "samfunnskunnskap": {"vg2"}}  # LK20, for a person born in 2008


def inconsistent(
    school: dict[str, bool | None], current: str | None, missing: tuple[str, ...], studie: bool, grunnskole: bool
) -> bool:
    """What does not fit together, worked out from the shape alone (not from pathway's code)."""
    passed = {lv for lv, ok in school.items() if ok}
    listed = {lv for lv, ok in school.items() if ok is not None}
    elev = current if current in PROGRAMMES else None
    for level in listed | ({elev} if elev else set()):
        if level in BELOW and BELOW[level] not in passed:  # a year needs the one below it passed
            return True
    if elev and elev in passed:  # taking a year now that is listed as passed
        return True
    if current == "vg3_skole" and "vg2" not in passed:
        return True
    if studie and missing:
        return True
    if not studie and any(not LEVELS_OF[s] & (listed | ({elev} if elev else set())) for s in missing):
        return True
    return not grunnskole and bool(listed or studie)


def test_every_shape_is_warned_about_exactly_when_it_does_not_fit(tmp_path: Path, rules: RuleBook) -> None:
    states = (None, True, False)
    shapes = itertools.product(
        states, states, states, (None, "vg1", "vg2", "vg3", "vg3_skole"),
        ((), ("engelsk",), ("samfunnskunnskap",)), (False, True), (True, False),
    )  # fmt: skip
    wrong: list[tuple[object, ...]] = []
    count = 0
    for vg1, vg2, vg3, current, missing, studie, grunnskole in shapes:
        school = {"vg1": vg1, "vg2": vg2, "vg3": vg3}
        text = body(school, current, missing, studie, grunnskole)
        warnings = load_person(write(tmp_path, text), rules, DAY).warnings
        if bool(warnings) != inconsistent(school, current, missing, studie, grunnskole):
            wrong.append((school, current, missing, studie, grunnskole, warnings))
        count += 1
    assert count == 1620
    assert not wrong, f"{len(wrong)} shapes: {wrong[:5]}"
