"""Remembering what was worked out once: the planner asks for the same sentences, sources and
conditions many times per plan and for many candidates alike.

Work shared between candidates lives in the rule book's `memo`, one dict per name of `SHARED`, for as
long as the rule book: every candidate planned with the book reads it. It is the one place where one
person's answer could reach another's, so every shared memo is named here, with what its key is made
of and which facts of a person it depends on (a fact it reads must be in its key).
tests/test_shared_work.py plans people alike but for one fact after one another and alone.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, MutableMapping
from typing import Any, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

SHARED: dict[str, str] = {
    # Facts of the rule book only: no fact of a person.
    "values": "(id of a rule value, the plan date) -> the value in force on that date",
    "params": "(plan date, scheme, parameter) -> the scheme parameter's value then; (plan date, 'full_time', "
    "county) -> the position counted as full time in practice there (PlanContext.full_time)",
    "condition_sources": "(scheme, condition code) -> the source of the condition",
    "check_sources": "(scheme, condition code, extra sources) -> a check's sources",
    "level_subjects": "level -> the LK20 fellesfag of that level",
    "finder": "kind -> the lookup index of ids, names, aliases and codes",
    "is_id": "(kind, key) -> whether a rule file of that id exists",
    "version": "the rule book's version (a string, read once)",
    # Facts of a person: the keys are made in pathway/schemes/base.py (Builder, "shared keys").
    "conditions": "(scheme, levels passed, early contract or not) + Builder.alike: the language, the plan date, "
    "the county, the trade, the person's id (named in messages), grunnskole, the læreplass, a praksisbrev "
    "held in the trade, generell studiekompetanse held, the barriers lifted -> a scheme's conditions that "
    "read no age, date or work",
    "standings": "Builder.standing_key: (language, scheme, target group, a school year or not, who the "
    "person is today: young | young_adult | adult | special_needs, the county) -> the standing of a step",
    "catchup_steps": "Builder.catchup_key: (language, plan date, county, fellesfag missing, how they are "
    "taken, the county's fellesfag variant) -> the fellesfag step beside a contract (dates set per person)",
}


def shared(memo: MutableMapping[str, Any], name: str) -> Any:
    """The shared memo `name` (one of SHARED) of a rule book's `memo`."""
    if name not in SHARED:
        raise KeyError(f"{name}: a memo shared between candidates must be named in pathway.memo.SHARED")
    return memo.setdefault(name, {})


def remembered(memo: dict[K, V], key: K, make: Callable[[], V], limit: int = 0) -> V:
    """memo[key], made by `make` the first time it is asked for. With a `limit`, a memo that has
    grown to it starts again: memory stays bounded however long a cohort is."""
    found = memo.get(key)
    if found is None:
        if limit and len(memo) >= limit:
            memo.clear()
        found = memo[key] = make()
    return found
