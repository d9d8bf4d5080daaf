"""Work shared between candidates (conditions, sentences and steps made once per rule book, so that
a cohort plans fast) never carries one person's answer over to another: a plan made after many
others in the same process is the plan made alone."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from pathway.candidate import Person, load_person
from pathway.messages import set_language
from pathway.planner import plan, plan_brief
from pathway.ruleset import RuleBook, find_rules_dir
from tests.conftest import AS_OF
from tests.helpers import write

DAY = date.fromisoformat(AS_OF)
BASE = "birth_date: 2009-03-14\ncounty: rogaland\ngoal: {trade: kokkfaget}\n"
# Alike in county, trade and age; different in what the conditions read.
VARIANTS = {
    "place": "apprenticeship_place: true\n",
    "no_place": "apprenticeship_place: false\n",
    "no_grunnskole": "grunnskole: false\n",
    "vg1": "school: [{level: vg1, programme: restaurant-og-matfag}]\n",
    "vg1_vg2": (
        "school: [{level: vg1, programme: restaurant-og-matfag}, {level: vg2, programme: kokk-og-servitorfag}]\n"
    ),
    "praksisbrev_held": "qualifications: [{kind: praksisbrev, trade: kokkfaget, date: 2025-06}]\n",
    "other_county": "county_override",
    "plain": "",
    "studiekompetanse": "qualifications: [{kind: studiekompetanse, date: 2026-06}]\n",
}


def people(tmp_path: Path, rules: RuleBook) -> dict[str, Person]:
    out = {}
    for name, extra in VARIANTS.items():
        body = BASE.replace("rogaland", "oslo") if extra == "county_override" else BASE + extra
        person = load_person(write(tmp_path, "id: k-1\n" + body, f"{name}.yaml"), rules, DAY)
        out[name] = dataclasses.replace(person, warnings=())  # alike but for the one fact
    return out


def test_a_plan_after_others_is_the_plan_made_alone(tmp_path: Path) -> None:
    shared = RuleBook(find_rules_dir())
    everyone = people(tmp_path, shared)
    for lang in ("en", "nb"):
        set_language(lang)
        try:
            for person in everyone.values():  # fills what is shared, for both languages
                plan(person, shared, DAY)
            for name, person in reversed(list(everyone.items())):
                alone = RuleBook(find_rules_dir())
                assert plan(person, shared, DAY) == plan(person, alone, DAY), f"{name} ({lang})"
        finally:
            set_language("en")


def test_candidates_alike_but_for_one_fact_get_their_own_answer(tmp_path: Path) -> None:
    rules = RuleBook(find_rules_dir())
    everyone = people(tmp_path, rules)
    results = {name: plan(p, rules, DAY) for name, p in everyone.items()}
    failing = {name: {(sid, code) for sid, code, _ in r.failing_now} for name, r in results.items()}
    assert ("laerling", "grunnskole_missing") in failing["no_grunnskole"]
    assert ("laerling", "grunnskole_missing") not in failing["place"]
    assert ("vg3_skole", "has_apprenticeship_place") in failing["place"]
    assert ("vg3_skole", "has_apprenticeship_place") not in failing["no_place"]
    assert ("praksisbrev", "completed_vg2") in failing["vg1_vg2"]
    assert ("praksisbrev", "completed_vg2") not in failing["vg1"]
    assert ("praksisbrev", "already_held") in failing["praksisbrev_held"]
    assert ("praksisbrev", "not_offered_in_county") not in failing["other_county"]  # Oslo offers it
    assert ("praksisbrev", "has_studiekompetanse") in failing["studiekompetanse"]
    assert ("praksisbrev", "has_studiekompetanse") not in failing["plain"]
    # The bulk check's brief answer is the plan's first route, whatever was planned before.
    for name, person in everyone.items():
        brief = plan_brief(person, rules, DAY)
        routes = plan(person, rules, DAY).routes
        if not routes:
            assert brief.best is None, name
            continue
        first = routes[0]
        assert brief.best is not None, name
        assert (brief.best.schemes, brief.best.months, brief.best.finish) == (first.schemes, first.months, first.finish)


def test_every_memo_shared_between_candidates_is_named_with_what_its_key_reads() -> None:
    """A memo kept in the rule book and not named in pathway.memo.SHARED is refused when asked for, and
    no module keeps one in the rule book's memo but through `shared`."""
    import re

    import pytest

    from pathway.memo import SHARED, shared

    with pytest.raises(KeyError):
        shared({}, "a_memo_nobody_wrote_down")
    root = Path(__file__).resolve().parent.parent / "pathway"
    direct = re.compile(r"\b(rules|book|self)\.memo(\.setdefault|\[)")
    for path in root.rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if direct.search(line) and '"version"' not in line:
                raise AssertionError(f"{path.name}:{n}: a shared memo outside pathway.memo.shared: {line.strip()}")
    assert all(len(said) > 20 for said in SHARED.values())  # each says what its key is made of
