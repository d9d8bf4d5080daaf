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

    def offered(self, scheme: str, v: Value, what: str) -> Check:
        code = "not_offered_in_county"
        if v.unknown:
            return self.mk(scheme, code, "unknown", "offered.unknown", v.sources, what=text(what))
        if v.value is False:
            return self.mk(scheme, code, "fail", "offered.no", v.sources, what=text(what))
        return self.mk(scheme, code, "ok", "", v.sources)

    def trade_listed(self, scheme: str, v: Value, what: str) -> Check:
        code = "trade_not_offered_in_county"
        if v.unknown:
            return self.mk(scheme, code, "unknown", "trade_listed.unknown", v.sources, what=text(what))
        if self.ctx.person.trade not in list(v.value or []):
            return self.mk(scheme, code, "fail", "trade_listed.no", v.sources, what=text(what))
        return self.mk(scheme, code, "ok", "", v.sources)

    def grunnskole(self, scheme: str) -> Check:
        if not self.ctx.person.grunnskole:
            return self.mk(scheme, "grunnskole_missing", "fail", "grunnskole.no", name=self.ctx.schemes[scheme].name)
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
        have = levels_text(state.levels & need) or text("levels.none")
        return self.mk(
            scheme,
            "school_levels_missing",
            "fail",
            "levels.no",
            name=self.ctx.schemes[scheme].name,
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
