"""The readings an answer rests on: where sources disagree, the rule book keeps the reading it uses
as `value` and every other one under `alternatives`. For each route, the alternatives that would
change it (possible or not, months, standing), found by planning the person again on the other
reading with the same planner, never with a second copy of the rules.

A reading is named `ENTITY.KEY`, ENTITY a county, scheme or trade id (or `school`) and KEY the dotted
path of the fact in its rule file: `agder.praksisbrev.offered`, `praksisbrev.credit_toward_laerling_months`
(a scheme's `params.` may be left out), `kjemiprosessfaget.model`, `school.adult_services_from_age`.
`--reading KEY=VALUE` plans on another value (read as YAML, checked against the fact's type).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError

from pathway.candidate import Person
from pathway.errors import InputError
from pathway.messages import did_you_mean, text
from pathway.models.facts import Fact
from pathway.results import PlanResult, Route
from pathway.ruleset import SCHEME_IDS, RuleBook


@dataclass(frozen=True)
class Place:
    """Where a fact sits: the rule file (kind, id) and the path of attributes inside it."""

    kind: str  # counties | schemes | trades | .
    entity: str
    path: tuple[str, ...]

    @property
    def key(self) -> str:
        path = self.path[1:] if self.kind == "schemes" and self.path[:1] == ("params",) else self.path
        return ".".join((self.entity, *path))


@dataclass(frozen=True)
class Effect:
    """What another reading does to one route (or to a scheme in no route)."""

    key: str  # the reading's name: agder.praksisbrev.offered
    uses: Any  # the value the rule book uses
    reading: Any  # the other value
    sources: tuple[str, ...]  # the other reading's source
    checked: str
    note: str
    low_confidence: bool  # the value used is marked `confidence: low`
    feasible: bool
    months: int | None  # months to the qualification on the other reading
    months_change: int | None  # + longer, - shorter
    finish: str | None
    standing: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.key,
            "uses": plain(self.uses),
            "reading": plain(self.reading),
            "sources": list(self.sources),
            "checked": self.checked,
            "note": self.note,
            "low_confidence": self.low_confidence,
            "feasible": self.feasible,
            "months": self.months,
            "months_change": self.months_change,
            "finish": self.finish,
            "standing": self.standing,
        }


def plain(value: Any) -> Any:
    """A fact's value as JSON would hold it (an age rule is a small mapping)."""
    if isinstance(value, BaseModel):
        return value.model_dump(exclude_defaults=True)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _fact_on(node: Any, day: date) -> tuple[Fact, int | None] | None:
    if isinstance(node, Fact):
        return node, None
    if isinstance(node, list):
        for i, item in enumerate(node):
            if isinstance(item, Fact) and item.applies(day):
                return item, i
    return None


def _entity(rules: RuleBook, kind: str, eid: str) -> BaseModel:
    return rules.school() if kind == "." else rules.get(kind, eid)


def locate(rules: RuleBook, key: str, where: str) -> Place:
    """The place a reading's name points at; an unknown name is an InputError naming `where`."""
    first, _, rest = key.partition(".")
    kind = ""
    if first == "school":
        kind = "."
    elif first in SCHEME_IDS:
        kind = "schemes"
    elif first in rules.ids("counties"):
        kind = "counties"
    elif first in rules.ids("trades"):
        kind = "trades"
    if kind and not rest:
        raise InputError.at(where, 1, 1, "", text("reading.not_a_fact", key=first))
    if not kind:
        known = ["school", *SCHEME_IDS, *rules.ids("counties")]
        hint = did_you_mean(first, known)
        raise InputError.at(where, 1, 1, "", text("reading.bad_entity", name=first) + hint)
    path = tuple(rest.split("."))
    if kind == "schemes" and path[0] != "params":
        path = ("params", *path)
    node: Any = _entity(rules, kind, first)
    for i, part in enumerate(path):
        fields = type(node).model_fields if isinstance(node, BaseModel) else {}
        if part not in fields or getattr(node, part) is None:
            shown = ".".join(path[:i] if kind != "schemes" else path[1:i])
            names = [f for f in fields if getattr(node, f) is not None]
            hint = did_you_mean(part, names)
            raise InputError.at(
                where, 1, 1, "", text("reading.bad_key", key=".".join(x for x in (first, shown) if x), part=part) + hint
            )
        node = getattr(node, part)
    if _fact_on(node, date.min) is None and not (isinstance(node, list) and node and isinstance(node[0], Fact)):
        raise InputError.at(where, 1, 1, "", text("reading.not_a_fact", key=key))
    return Place(kind, first, path)


def _set(data: Any, path: tuple[str, ...], index: int | None, value: Any) -> None:
    node = data
    for part in path:
        node = node[part]
    fact = node if index is None else node[index]
    fact["value"] = value


def replaced(rules: RuleBook, place: Place, value: Any, day: date) -> BaseModel:
    """The rule file's entity with the fact at `place` (the one valid on `day`) set to `value`,
    validated as the rule book is (a value of the wrong type raises ValueError with the reason)."""
    entity = _entity(rules, place.kind, place.entity)
    node: Any = entity
    for part in place.path:
        node = getattr(node, part)
    found = _fact_on(node, day)
    if found is None:
        raise ValueError(text("reading.no_fact_on", day=day.isoformat()))
    data = entity.model_dump()
    _set(data, place.path, found[1], plain(value))
    try:
        return type(entity).model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        message = str(err.get("msg", exc)).removeprefix("Value error, ")
        at = list((err.get("ctx") or {}).get("at") or []) if err["type"] == "dated_value" else []
        inside = at[at.index("value") + 1 :] if "value" in at else []
        if inside:  # the place inside the value given (`agee` of `{kind: min_age, agee: 3}`)
            from pathway.yamlio import dotted

            message = f"{dotted(inside)}: {message}"
        raise ValueError(message) from None


def overlay(rules: RuleBook, changed: dict[tuple[str, str], BaseModel]) -> RuleBook:
    """A rule book that holds `changed` in place of those files and shares everything else with
    `rules` (what it loaded, and its cache on disk); its own memo, as the facts differ."""
    for kind in ("counties", "trades", "programmes", "schemes"):
        rules.ids(kind)
    book = RuleBook(rules.root, _cache=dict(rules._cache), docs=rules.docs, _ids=rules._ids)
    book.stored = rules.stored
    book.memo["version"] = rules.version()
    for (kind, eid), entity in changed.items():
        book._cache[(kind, eid if kind != "." else "school")] = entity
    return book


# --- --reading KEY=VALUE ---------------------------------------------------------------------


@dataclass(frozen=True)
class Given:
    raw: str
    place: Place
    value: Any
    uses: Any


def parse_readings(raws: list[str], rules: RuleBook, day: date) -> list[Given]:
    """`--reading KEY=VALUE` options, checked against the rule book; all problems at once."""
    from pathway.yamlio import parse

    problems = []
    out: list[Given] = []
    for raw in raws:
        where = f"--reading {raw}"
        key, eq, value = raw.partition("=")
        try:
            if not eq or not key.strip() or not value.strip():
                raise InputError.at(where, 1, 1, "", text("reading.bad_form", value=raw))
            place = locate(rules, key.strip(), where)
            doc = parse(value, where)
            if doc.data == "unknown" and place.kind != "counties":  # the planner reads a value here
                raise InputError.at(where, 1, 1, place.key, text("reading.unknown_county_only"))
            try:
                replaced(rules, place, doc.data, day)
            except ValueError as exc:
                raise InputError.at(where, 1, 1, place.key, str(exc)) from None
            node: Any = _entity(rules, place.kind, place.entity)
            for part in place.path:
                node = getattr(node, part)
            found = _fact_on(node, day)
            out.append(Given(raw, place, doc.data, found[0].value if found else None))
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    return out


def on_readings(rules: RuleBook, given: list[Given], day: date) -> RuleBook:
    """The rule book with every given reading in place (several in one file are all made)."""
    if not given:
        return rules
    changed: dict[tuple[str, str], BaseModel] = {}
    for g in given:
        base = overlay(rules, changed) if changed else rules
        changed[(g.place.kind, g.place.entity)] = replaced(base, g.place, g.value, day)
    return overlay(rules, changed)


def noted(result: PlanResult, given: list[Given]) -> PlanResult:
    """The plan with a warning for each reading it was planned on."""
    if not given:
        return result
    notes = tuple(text("reading.planned_on", key=g.place.key, value=shown(g.value), uses=shown(g.uses)) for g in given)
    used = tuple((g.place.key, plain(g.value), plain(g.uses)) for g in given)
    return replace(result, warnings=notes + result.warnings, readings_used=used)


def shown(value: Any) -> str:
    import json

    value = plain(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


# --- the alternatives a plan rests on ------------------------------------------------------------


@dataclass(frozen=True)
class Alt:
    place: Place
    fact: Fact
    index: int  # which alternative
    value: Any
    source: str
    checked: str
    note: str


def _applies(alt: Any, day: date) -> bool:
    return (alt.valid_from is None or alt.valid_from <= day) and (alt.valid_to is None or day <= alt.valid_to)


def _walk(node: Any, path: tuple[str, ...], kind: str, eid: str, day: date, out: list[Alt]) -> None:
    if not isinstance(node, BaseModel):
        return
    for name in type(node).model_fields:
        child = getattr(node, name)
        found = _fact_on(child, day) if isinstance(child, Fact | list) else None
        if found is not None:
            fact = found[0]
            for i, alt in enumerate(fact.alternatives):
                if alt.value == "unknown" or plain(alt.value) == plain(fact.value) or not _applies(alt, day):
                    continue
                place = Place(kind, eid, (*path, name))
                checked = alt.checked.isoformat() if alt.checked else ""
                out.append(
                    Alt(place, fact, i, alt.value, alt.source or "", checked, " ".join((alt.note or "").split()))
                )
        elif isinstance(child, BaseModel):
            _walk(child, (*path, name), kind, eid, day, out)


def alternatives(person: Person, rules: RuleBook, day: date) -> list[Alt]:
    """Every other reading of the facts this person's plan can read, valid on `day`: the county's,
    the schemes', the trade's and the school year's (in that order)."""
    out: list[Alt] = []
    entities = [("counties", person.county)] + [("schemes", s) for s in SCHEME_IDS]
    entities += [("trades", person.trade), (".", "school")]
    for kind, eid in entities:
        _walk(_entity(rules, kind, eid), (), kind, eid, day, out)
    return out


def _key(route: Route) -> tuple[tuple[str, ...], str]:
    return (tuple(s for s in route.schemes if s != "fellesfag"), route.qualification)


def _match(route: Route, routes: tuple[Route, ...]) -> Route | None:
    same = [r for r in routes if _key(r) == _key(route)]
    return next((r for r in same if r.group == route.group), same[0] if same else None)


@dataclass(frozen=True)
class Readings:
    routes: dict[int, tuple[Effect, ...]]  # rank -> what other readings do to it
    excluded: dict[str, tuple[Effect, ...]]  # scheme -> the other readings that put it in a route
    plans: int


def _effect(alt: Alt, found: Route | None, before: Route | None) -> Effect:
    return Effect(
        key=alt.place.key,
        uses=alt.fact.value,
        reading=alt.value,
        sources=(alt.source,) if alt.source else (),
        checked=alt.checked,
        note=alt.note,
        low_confidence=alt.fact.confidence == "low",
        feasible=found is not None,
        months=found.months if found else None,
        months_change=(found.months - before.months) if found and before else None,
        finish=found.finish if found else None,
        standing=found.standing if found else None,
    )


def find_readings(person: Person, rules: RuleBook, day: date, base: PlanResult, top: int = 5) -> Readings:
    """For each route of `base`, the other readings that change it, and by how much; for each scheme
    in no route, the other readings under which it is in one."""
    from pathway.planner import plan

    routes: dict[int, list[Effect]] = {r.rank: [] for r in base.routes}
    excluded: dict[str, list[Effect]] = {e.scheme: [] for e in base.excluded}
    plans = 0
    if base.holds_goal is not None:
        return Readings({}, {}, 0)
    wide = max(top, 12)
    shown = {sid for r in plan(person, rules, day, wide, explain=False).routes for sid in r.schemes}
    out = [
        e.scheme
        for e in base.excluded
        if e.scheme not in shown and not any(rr.code in ("goal_held", "ranked_lower") for rr in e.reasons)
    ]
    for alt in alternatives(person, rules, day):
        try:
            entity = replaced(rules, alt.place, alt.value, day)
        except ValueError:
            continue  # checked by `pathway rules check`; never the reason a plan fails
        other = plan(person, overlay(rules, {(alt.place.kind, alt.place.entity): entity}), day, wide, explain=False)
        plans += 1

        for r in base.routes:
            found = _match(r, other.routes)
            if found is None or found.months != r.months or found.standing != r.standing:
                routes[r.rank].append(_effect(alt, found, r))
        for sid in out:
            opened = next((r for r in other.routes if sid in r.schemes), None)
            if opened is not None:
                excluded[sid].append(_effect(alt, opened, None))
    return Readings({k: tuple(v) for k, v in routes.items()}, {k: tuple(v) for k, v in excluded.items()}, plans)


def with_readings(result: PlanResult, found: Readings) -> PlanResult:
    """The plan with each route's and each excluded scheme's readings in place (for the JSON)."""
    routes = tuple(replace(r, readings=found.routes.get(r.rank, ())) for r in result.routes)
    excluded = tuple(replace(e, readings=found.excluded.get(e.scheme, ())) for e in result.excluded)
    return replace(result, routes=routes, excluded=excluded)
