"""What if: the plan for a candidate file as it stands and with some of its keys changed, and what changed.

A change is `KEY=VALUE` with KEY a dotted path of the candidate file (`county`, `fellesfag.missing`,
`work[0].months`) and VALUE read as a YAML 1.2 scalar or flow collection by the same loader as the
file (`[]`, `true`, `vestfold`, `{trade: kokkfaget, months: 12}`); an empty VALUE (or `null`) removes
the key. The changed file goes through the same validation as any candidate file, so a wrong key or
value is one line naming the `--set` and the field.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pathway.candidate import Person, person_from
from pathway.errors import InputError, Problem
from pathway.messages import text
from pathway.results import PlanResult, Route
from pathway.ruleset import RuleBook
from pathway.yamlio import Document, dotted, parse

_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@dataclass(frozen=True)
class Change:
    raw: str  # as given: county=vestfold
    loc: tuple[str | int, ...]
    value: Any  # None: remove the key

    @property
    def key(self) -> str:
        return dotted(self.loc)

    def where(self) -> str:
        return f"--set {self.raw}"


def parse_change(raw: str) -> Change:
    """`KEY=VALUE` as a change; a malformed one is an InputError naming it."""
    key, eq, value = raw.partition("=")
    key = key.strip()
    loc: list[str | int] = []
    pos = 0
    ok = bool(eq) and bool(key)
    while ok and pos < len(key):
        if key[pos] == "." and loc and pos + 1 < len(key):
            pos += 1
        m = _PART.match(key, pos)
        if m is None:
            ok = False
            break
        loc.append(m.group(1) if m.group(1) is not None else int(m.group(2)))
        pos = m.end()
    if not ok or not loc or not isinstance(loc[0], str):
        raise InputError.at(f"--set {raw}", 1, 1, "", text("whatif.bad_set", value=raw))
    doc = parse(value, f"--set {raw}") if value.strip() else None  # a YAML error names the --set
    return Change(raw, tuple(loc), None if doc is None else doc.data)


def apply_changes(data: Any, changes: list[Change]) -> Any:
    """A copy of the file's data with the changes made (a missing mapping on the way is made)."""
    out = copy.deepcopy(data) if isinstance(data, dict) else {}
    for change in changes:
        node: Any = out
        for i, part in enumerate(change.loc[:-1]):
            nxt = change.loc[i + 1]
            if isinstance(node, dict) and isinstance(part, str):
                if not isinstance(node.get(part), dict | list):
                    node[part] = [] if isinstance(nxt, int) else {}
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
            else:
                raise InputError.at(change.where(), 1, 1, change.key, text("whatif.no_such_place"))
        last = change.loc[-1]
        if isinstance(node, dict) and isinstance(last, str):
            if change.value is None:
                node.pop(last, None)
            else:
                node[last] = change.value
                # The file gives a birth date or an age, never both: the one set replaces the other.
                if node is out and last in ("age", "birth_date"):
                    node.pop("birth_date" if last == "age" else "age", None)
        elif isinstance(node, list) and isinstance(last, int) and last <= len(node):
            if change.value is None:
                if last < len(node):
                    node.pop(last)
            elif last == len(node):
                node.append(change.value)
            else:
                node[last] = change.value
        else:
            raise InputError.at(change.where(), 1, 1, change.key, text("whatif.no_such_place"))
    return out


def _value_at(data: Any, loc: tuple[str | int, ...]) -> Any:
    node = data
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            return None
    return node


def changed_person(doc: Document, arg: str, rules: RuleBook, as_of: date, changes: list[Change]) -> Person:
    """The person of the file with the changes made, validated as a candidate file. A problem in a
    changed key is reported at its `--set`; others at their place in the file."""
    data = apply_changes(doc.data, changes)
    try:
        return person_from(Document(doc.path, data, doc.root), arg, rules, as_of)
    except InputError as exc:
        problems: list[Problem] = []
        for p in exc.problems:
            owner = next(
                (
                    c
                    for c in reversed(changes)
                    if _overlap(p.field, c.key)
                    or (c.loc[0] in ("age", "birth_date") and p.field in ("age", "birth_date"))
                ),
                None,
            )
            if owner is not None:
                problems.append(Problem(owner.where(), 1, len(owner.raw.partition("=")[0]) + 2, p.field, p.message))
            else:
                problems.append(p)
        raise InputError(problems) from None


def _overlap(field_name: str, key: str) -> bool:
    """The field is the changed key, inside it, or a key the change made on the way (`fellesfg`)."""
    if not field_name:
        return False
    return any(a == b or a.startswith((b + ".", b + "[")) for a, b in ((field_name, key), (key, field_name)))


# --- what changed ----------------------------------------------------------------------------


def _month_no(label: str) -> int:
    year, month = label.split("-")
    return int(year) * 12 + int(month) - 1


def _route_key(route: Route) -> tuple[tuple[str, ...], str]:
    """A route's identity across the two plans: its schemes and qualification. The fellesfag catch-up
    beside a contract is a part of the route, not another route: a route that needs none after the
    change is the same route (ending sooner or not)."""
    return (tuple(s for s in route.schemes if s != "fellesfag"), route.qualification)


def _brief(route: Route | None) -> dict[str, Any] | None:
    if route is None:
        return None
    return {
        "schemes": list(route.schemes),
        "qualification": route.qualification,
        "standing": route.standing,
        "finish": route.finish,
        "months": route.months,
    }


@dataclass(frozen=True)
class RouteChange:
    schemes: tuple[str, ...]
    qualification: str
    finish_before: str
    finish_after: str

    @property
    def months_saved(self) -> int:
        return _month_no(self.finish_before) - _month_no(self.finish_after)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schemes": list(self.schemes),
            "qualification": self.qualification,
            "finish_before": self.finish_before,
            "finish_after": self.finish_after,
            "months_saved": self.months_saved,
        }


@dataclass(frozen=True)
class WhatIf:
    candidate: str
    changes: tuple[tuple[Change, Any], ...]  # each change with the value the file had
    before: PlanResult
    after: PlanResult
    gained: tuple[Route, ...] = field(default=())
    lost: tuple[Route, ...] = field(default=())
    moved: tuple[RouteChange, ...] = field(default=())

    @property
    def best_before(self) -> Route | None:
        return self.before.routes[0] if self.before.routes else None

    @property
    def best_after(self) -> Route | None:
        return self.after.routes[0] if self.after.routes else None

    @property
    def months_saved(self) -> int | None:
        """Calendar months by which the best route ends sooner (negative: later); None without both."""
        a, b = self.best_before, self.best_after
        if a is None or b is None:
            return None
        return _month_no(a.finish) - _month_no(b.finish)

    @property
    def schemes_opened(self) -> tuple[str, ...]:
        before = {s for r in self.before.routes for s in r.schemes}
        return tuple(sorted({s for r in self.after.routes for s in r.schemes} - before))

    @property
    def schemes_closed(self) -> tuple[str, ...]:
        after = {s for r in self.after.routes for s in r.schemes}
        return tuple(sorted({s for r in self.before.routes for s in r.schemes} - after))

    def to_dict(self) -> dict[str, Any]:
        a, b = self.best_before, self.best_after
        return {
            "pathway_result_version": "1",
            "candidate": self.candidate,
            "as_of": self.before.as_of,
            "then": self.after.as_of,
            "changes": [{"key": c.key, "from": old, "to": c.value} for c, old in self.changes],
            "diff": {
                "best_before": _brief(a),
                "best_after": _brief(b),
                "months_saved": self.months_saved,
                "qualification_before": a.qualification if a else None,
                "qualification_after": b.qualification if b else None,
                "routes_gained": [_brief(r) for r in self.gained],
                "routes_lost": [_brief(r) for r in self.lost],
                "routes_moved": [m.to_dict() for m in self.moved],
                "schemes_opened": list(self.schemes_opened),
                "schemes_closed": list(self.schemes_closed),
            },
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
        }


def compare_plans(doc_data: Any, changes: list[Change], before: PlanResult, after: PlanResult) -> WhatIf:
    old: dict[tuple[tuple[str, ...], str], Route] = {}
    new: dict[tuple[tuple[str, ...], str], Route] = {}
    for plan_routes, into in ((before.routes, old), (after.routes, new)):
        for r in plan_routes:
            into.setdefault(_route_key(r), r)  # the best-ranked of routes alike
    gained = tuple(r for k, r in new.items() if k not in old)
    lost = tuple(r for k, r in old.items() if k not in new)
    moved = tuple(
        RouteChange(r.schemes, r.qualification, old[k].finish, r.finish)
        for k, r in new.items()
        if k in old and old[k].finish != r.finish
    )
    return WhatIf(
        candidate=after.candidate,
        changes=tuple((c, _value_at(doc_data, c.loc)) for c in changes),
        before=before,
        after=after,
        gained=gained,
        lost=lost,
        moved=moved,
    )


def what_if(
    doc: Document, arg: str, rules: RuleBook, as_of: date, changes: list[Change], then: date | None = None, top: int = 5
) -> WhatIf:
    """Plan the file as it stands (on `as_of`) and with the changes made (on `then`, default the same day)."""
    from pathway.planner import plan
    from pathway.rulecheck import verify

    then = then or as_of
    person = person_from(doc, arg, rules, as_of)
    changed = changed_person(doc, arg, rules, then, changes)
    verify(rules)
    before = plan(person, rules, as_of, top)
    after = plan(changed, rules, then, top)
    return compare_plans(doc.data, changes, before, after)
