"""Routes side by side: the same facts for each chosen route, and the hand-overs on the way.

The Ung Start model stresses that everyone knows who does what at each step, and that young people
fall between services at the transitions (leaving school, signing a contract, leaving OT). Each route
therefore lists its critical transitions: who follows the person up before and after.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pathway.errors import InputError
from pathway.messages import follow_up_name, grant_name, join, text
from pathway.models.facts import fact_at
from pathway.results import PlanResult, Route, Step
from pathway.ruleset import RuleBook


@dataclass(frozen=True)
class GrantInfo:
    kind: str  # bt1 | bt2 | none | unknown
    per_year: int | None
    rate_year: int | None
    source: str | None
    unknown_on: str | None = None  # bt1/bt2 without a rate for the planning date (ISO day): the amount is unknown

    def to_dict(self) -> dict[str, Any]:
        out = {"type": self.kind, "per_year_nok": self.per_year, "rate_year": self.rate_year, "source": self.source}
        if self.kind in ("bt1", "bt2"):
            out["rate_known"] = self.unknown_on is None
        return out


@dataclass(frozen=True)
class Transition:
    month: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"month": self.month, "message": self.message}


@dataclass(frozen=True)
class Column:
    route: Route
    unpaid_months: int
    grant: GrantInfo
    fellesfag: tuple[str, ...]  # "Norsk and Samfunnskunnskap by 2029-05 (at school one day a week …)"
    follow_up: tuple[str, ...]  # "2026-12 to 2029-05: company, training office and county"
    transitions: tuple[Transition, ...]

    def to_dict(self) -> dict[str, Any]:
        r = self.route
        return {
            "rank": r.rank,
            "standing": r.standing,
            "rank_basis": r.rank_basis,
            "rank_reason": r.rank_reason,
            "schemes": list(r.schemes),
            "qualification": r.qualification,
            "months": r.months,
            "finish": r.finish,
            "age_at_finish": r.age_at_finish,
            "months_in_school": r.months_in_school,
            "months_in_company": r.months_in_company,
            "school_days_per_week_max": r.school_days_per_week_max,
            "paid_months": r.paid_months,
            "unpaid_months": self.unpaid_months,
            "grant": self.grant.to_dict(),
            "fellesfag": list(self.fellesfag),
            "exams": list(r.exams),
            "follow_up": list(self.follow_up),
            "transitions": [t.to_dict() for t in self.transitions],
            "warnings": list(r.warnings),
        }


@dataclass(frozen=True)
class Comparison:
    result: PlanResult
    columns: tuple[Column, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "pathway_result_version": "1",
            "candidate": self.result.candidate,
            "as_of": self.result.as_of,
            "rules_version": self.result.rules_version,
            "routes": [c.to_dict() for c in self.columns],
            "holds_goal": self.result.holds_goal,
            "credited": [c.to_dict() for c in self.result.credited],
        }


def compare(result: PlanResult, rules: RuleBook, as_of: date, ranks: list[int] | None = None) -> Comparison:
    available = [r.rank for r in result.routes]
    wanted = ranks or available[:3]
    for rank in wanted:
        if rank not in available:
            shown = ", ".join(str(r) for r in available) or text("view.none")
            raise InputError.at("--routes", 1, 1, "routes", text("compare.no_such_route", rank=rank, routes=shown))
    by_rank = {r.rank: r for r in result.routes}
    return Comparison(result, tuple(_column(by_rank[rank], rules, as_of) for rank in wanted))


def _column(route: Route, rules: RuleBook, as_of: date) -> Column:
    main = [s for s in route.steps if not s.parallel]
    months = {s.start for s in main}
    return Column(
        route=route,
        unpaid_months=route.months - route.paid_months,
        grant=_grant(route, rules, as_of),
        fellesfag=tuple(
            text("compare.fellesfag", subjects=s.title, by=s.end) for s in route.steps if s.scheme == "fellesfag"
        ),
        follow_up=tuple(
            text("compare.follow_up", start=s.start, end=s.end, who=join([follow_up_name(f) for f in s.follow_up]))
            for s in main
        )
        + tuple(
            text("compare.follow_up", start=w.start, end=w.end, who=join([follow_up_name(f) for f in w.follow_up]))
            for w in route.waiting
            if w.start not in months
        ),
        transitions=_transitions(route),
    )


def _grant(route: Route, rules: RuleBook, as_of: date) -> GrantInfo:
    kind = route.grants[0] if route.grants else "none"
    if kind not in ("bt1", "bt2"):
        return GrantInfo(kind, None, None, None)
    rates = rules.grants()
    fact = rates.bt1_per_training_year if kind == "bt1" else rates.bt2_per_month
    found = fact_at(fact, as_of)
    if found is None or found.unknown:  # no rate for that year: said, never dropped or guessed
        return GrantInfo(kind, None, None, None, unknown_on=as_of.isoformat())
    year = found.valid_from.year if found.valid_from else None
    per_year = int(found.value) if kind == "bt1" else int(found.value) * 12
    return GrantInfo(kind, per_year, year, found.source)


def grant_text(g: GrantInfo) -> str:
    if g.unknown_on is not None:
        return text("compare.grant_unknown", name=grant_name(g.kind), day=g.unknown_on)
    if g.per_year is None:
        return grant_name(g.kind)
    key = "compare.grant_bt1" if g.kind == "bt1" else "compare.grant_bt2"
    host = (g.source or "").split("://", 1)[-1].split("/", 1)[0].removeprefix("www.")
    amount = f"{g.per_year:,}".replace(",", " ")
    return text(key, name=grant_name(g.kind), amount=amount, year=g.rate_year, source=host)


def _transitions(route: Route) -> tuple[Transition, ...]:
    """Where the responsibility for the person changes hands, in order."""
    out: list[Transition] = []
    main: list[Step] = [s for s in route.steps if not s.parallel]
    waiting = {w.start: w for w in route.waiting}
    previous: Step | None = None
    for step in main:
        before = next(
            (w for start, w in waiting.items() if w.end < step.start and (previous is None or start > previous.end)),
            None,
        )
        if before is not None:
            who = join([follow_up_name(f) for f in before.follow_up])
            key = "transition.school_ends" if previous is not None and previous.in_school else "transition.waiting"
            out.append(Transition(before.start, text(key, who=who, start=step.start)))
        if step.kind == "contract" and (previous is None or previous.kind != "contract"):
            out.append(Transition(step.start, text("transition.contract_signed")))
        elif step.kind == "contract" and previous is not None and previous.scheme != step.scheme:
            out.append(Transition(step.start, text("transition.contract_changed")))
        elif step.in_school and (previous is None or not previous.in_school):
            out.append(Transition(step.start, text("transition.school_starts")))
        previous = step
    if previous is not None:
        out.append(Transition(route.finish, text("transition.qualification")))
    return tuple(out)
