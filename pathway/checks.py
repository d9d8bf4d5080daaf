"""Conditions: the `Check` each evaluation gives, and the `Checker` primitives every scheme uses.

A check is ok, failed (the scheme is out, with a reason) or unknown (the route is possible, with a
warning to confirm with the county). Each scheme's own conditions live in its module
(`pathway/schemes/<id>.py`, function `conditions`); their codes are the `conditions[].code` of the
scheme's rule file, so every reason carries that rule's source.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from pathway.context import PlanContext, Value
from pathway.memo import remembered, shared
from pathway.messages import current_language, join, text
from pathway.state import State

Status = Literal["ok", "fail", "unknown"]


class Check(NamedTuple):  # made for every condition of every plan: cheaper than a frozen dataclass
    scheme: str
    code: str
    status: Status
    key: str  # the message in the catalogue, filled in only when someone reads it
    values: tuple[tuple[str, object], ...]
    sources: tuple[str, ...]

    @property
    def message(self) -> str:
        return text(self.key, **dict(self.values)) if self.key else ""


class Checker:
    def __init__(self, ctx: PlanContext) -> None:
        self.ctx = ctx
        self.names = {"county": ctx.county.name, "trade": ctx.trade.name, "person": ctx.person.id}
        # A check's sources, made once per rule book (the extra sources are facts of the book too).
        self.sources: dict[tuple[str, str, tuple[str, ...]], tuple[str, ...]] = shared(
            ctx.rules.memo, "check_sources"
        )

    def mk(
        self, scheme: str, code: str, status: Status, key: str = "", extra: tuple[str, ...] = (), **values: object
    ) -> Check:
        sources = remembered(
            self.sources,
            (scheme, code, extra),
            lambda: tuple(dict.fromkeys((*extra, self.ctx.condition_source(scheme, code)))),
        )
        if status == "fail" and (scheme, code) in self.ctx.lifted:
            return Check(scheme, code, "ok", "", (), sources)  # a barrier lifted for a counterfactual plan
        if status == "ok":
            return Check(scheme, code, status, "", (), sources)
        return Check(scheme, code, status, key, (*self.names.items(), *values.items()), sources)

    def near_without(self, part: str) -> str:
        """The neighbouring counties whose known rule says no where this county's is unknown: `part`
        is the county's section (praksisbrev, early_contract, …) whose `offered` is read. Unknown is
        never read as permissive: the user hears what the counties around say."""
        ctx = self.ctx
        names = []
        for cid in ctx.county.neighbours:
            county = ctx.rules.county(cid)
            v = ctx.value(getattr(county, part).offered)
            if not v.unknown and v.value is False:
                names.append(county.name)
        return join(names)

    def offered(self, scheme: str, v: Value, what: str) -> Check:
        code = "not_offered_in_county"
        if v.unknown:
            near = self.near_without(scheme)
            if near:
                return self.mk(scheme, code, "unknown", "offered.unknown_near", v.sources, what=text(what), near=near)
            return self.mk(scheme, code, "unknown", "offered.unknown", v.sources, what=text(what))
        if v.value is False:
            return self.mk(scheme, code, "fail", "offered.no", v.sources, what=text(what))
        if v.low:  # a yes that rests on a lead, not on the county's page: the route says to confirm it
            return self.mk(scheme, code, "unknown", "offered.low", v.sources, what=text(what))
        return self.mk(scheme, code, "ok", "", v.sources)

    def school_in_company(self, scheme: str, what: str) -> Check | None:
        """A fail when the trade's own rule file says its school years cannot be taken in a company
        (`company_instead_of_school: false`); None where the trade's sources are silent."""
        fact = self.ctx.trade.company_instead_of_school
        if fact is None:
            return None
        v = self.ctx.value(fact)
        if v.unknown or v.value is not False:
            return None
        return self.mk(scheme, "trade_needs_school", "fail", "trade_needs_school.no", v.sources, what=text(what))

    def trade_listed(self, scheme: str, v: Value, what: str) -> Check:
        code = "trade_not_offered_in_county"
        if v.unknown:
            return self.mk(scheme, code, "unknown", "trade_listed.unknown", v.sources, what=text(what))
        if self.ctx.person.trade not in list(v.value or []):
            return self.mk(scheme, code, "fail", "trade_listed.no", v.sources, what=text(what))
        if v.low:
            return self.mk(scheme, code, "unknown", "trade_listed.low", v.sources, what=text(what))
        return self.mk(scheme, code, "ok", "", v.sources)

    def grunnskole(self, scheme: str) -> Check:
        if not self.ctx.person.grunnskole:
            return self.mk(scheme, "grunnskole_missing", "fail", "grunnskole.no", name=text(f"short.scheme.{scheme}"))
        return self.mk(scheme, "grunnskole_missing", "ok")

    def place(self, scheme: str) -> Check:
        place = self.ctx.person.apprenticeship_place
        contract = text(f"contract.{scheme}")
        if place is None:
            return self.mk(scheme, "no_apprenticeship_place", "unknown", "place.unknown", contract=contract)
        if place is False:
            return self.mk(scheme, "no_apprenticeship_place", "unknown", "place.no", contract=contract)
        return self.mk(scheme, "no_apprenticeship_place", "ok")

    def levels_missing(self, scheme: str, state: State) -> Check:
        need = self.ctx.required_levels()
        have = levels_text(state.levels & need)
        return self.mk(
            scheme,
            "school_levels_missing",
            "fail",
            "levels.no" if have else "levels.no_none",
            name=text(f"short.scheme.{scheme}"),
            need=levels_text(need),
            have=have,
        )


def levels_text(levels: frozenset[str]) -> str:
    return remembered(_LEVELS, (current_language(), levels), lambda: join([x.capitalize() for x in sorted(levels)]))


_LEVELS: dict[tuple[str, frozenset[str]], str] = {}  # `Vg1 and Vg2`: few sets of levels, asked for often


def failed(checks: list[Check]) -> list[Check]:
    return [c for c in checks if c.status == "fail"]


def unknowns(checks: list[Check]) -> list[Check]:
    return [c for c in checks if c.status == "unknown"]
