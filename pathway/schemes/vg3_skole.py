"""Vg3 i skole (`vg3_skole`, rules/schemes/vg3_skole.yaml): the county's offer when no læreplass is found.

The county must make the offer by `offer_by` (1 October under the new Act, 1 September under the
old): planned in the autumn for a person who has Vg2 and no place, it starts in that school year.
"""

from __future__ import annotations

from pathway.checks import Check, Checker, failed
from pathway.messages import lower_name, text
from pathway.schemes import laerling
from pathway.schemes.base import Builder
from pathway.state import Edge, Standing, State, StepSpec


def edges(b: Builder, s: State) -> list[Edge]:
    ctx = b.ctx
    checks = b.note("vg3_skole", b.cached(("vg3_skole", s.levels), lambda: conditions(b.chk, s), alike=True), s)
    if failed(checks):
        return []
    start, offer_sources = _start(b, s)
    months = int(b.param("vg3_skole", "months"))
    step = StepSpec(
        scheme="vg3_skole",
        kind="school",
        title=text("step.vg3_skole", trade=lower_name(ctx.trade.name)),
        start=start,
        months=months,
        school_days=b.param("vg3_skole", "school_days_per_week"),
        in_school=True,
        paid=False,
        exams=b.trade_exams(b.trade_vg3_exam()),
        follow_up=tuple(ctx.schemes["vg3_skole"].follow_up),
        sources=b.sources("vg3_skole", *offer_sources),
        warnings=b.warn(checks),
        standing=b.standing("vg3_skole", start),
    )
    steps = [step]
    if s.missing:
        steps.append(
            b.catchup_step(
                "vg3_skole",
                step,
                s.missing,
                "step.fellesfag.vg3",
                ctx.param("vg3_skole", "max_fellesfag_missing_at_test").sources,
            )
        )
    target = State(t=start + months, levels=s.levels, missing=frozenset(), exp=s.exp, held=ctx.qualification)
    return [Edge(tuple(steps), target)]


def _start(b: Builder, s: State) -> tuple[int, tuple[str, ...]]:
    """The school year's start; in the autumn, for a person who already has the school years, the
    county's offer deadline of this school year (or now, when it has passed)."""
    ctx = b.ctx
    year_start = int(ctx.value(ctx.school.year_start_month).value)
    autumn = ctx.as_of.month >= year_start
    if s == b.origin and autumn and not b.school_starts_now():
        offer = ctx.param("vg3_skole", "offer_by")
        if not offer.unknown:
            month = int(str(offer.value).split("-")[0])
            deadline = ctx.cal.next_month(0, month) if ctx.as_of.month <= month else 0
            return max(s.t, deadline), offer.sources
    return b.august(s.t), ()


def conditions(chk: Checker, state: State) -> list[Check]:
    checks = []
    if chk.ctx.school_years >= 3:
        checks.append(chk.mk("vg3_skole", "vg3_already_in_school", "fail", "vg3_in_school.no", model=chk.ctx.model))
    elif chk.ctx.school_years == 1:
        checks.append(chk.mk("vg3_skole", "sarlop_no_vg2", "fail", "vg3_sarlop.no", model=chk.ctx.model))
    elif not chk.ctx.required_levels() <= state.levels:
        checks.append(chk.levels_missing("vg3_skole", state))
    if chk.ctx.person.apprenticeship_place is True:
        checks.append(chk.mk("vg3_skole", "has_apprenticeship_place", "fail", "vg3_place.no"))
    else:
        checks.append(chk.mk("vg3_skole", "has_apprenticeship_place", "unknown", "vg3_place.unknown"))
    return checks


def current(b: Builder, s: State) -> list[Edge]:
    """In Vg3 i skole now: the rest of the school year's 12 months."""
    ctx = b.ctx
    served = b.history.served()
    months = max(1, int(b.param("vg3_skole", "months")) - served)
    step = StepSpec(
        scheme="vg3_skole",
        kind="school",
        title=text("step.vg3_skole.current", trade=lower_name(ctx.trade.name), since=b.since_label()),
        start=s.t,
        months=months,
        school_days=b.param("vg3_skole", "school_days_per_week"),
        in_school=True,
        exams=b.trade_exams(b.trade_vg3_exam()),
        follow_up=tuple(ctx.schemes["vg3_skole"].follow_up),
        sources=b.sources("vg3_skole"),
        standing=Standing("ordinary", text("standing.current", county=ctx.county.name), b.sources("vg3_skole")),
    )
    target = State(t=s.t + months, levels=s.levels, missing=frozenset(), exp=s.exp, held=ctx.qualification)
    return [Edge((step,), target), *switch(b, s, served)]


def switch(b: Builder, s: State, served: int) -> list[Edge]:
    """From Vg3 i skole now to a lærekontrakt during the year, when a company takes the pupil
    (Udir-2-2021 on § 6A-9: "starte med opplæring i skole for å tegne en lærekontrakt senere"): the
    trade's læretid less the credit for the time in school (`switch_credit_factor` a month)."""
    ctx = b.ctx
    if ("vg3_skole", "laerling") not in b.continues:
        return []
    start = b.contract_start(s)
    factor = ctx.param("vg3_skole", "switch_credit_factor")
    at_switch = served + (start - s.t)
    credit = int(at_switch * float(factor.value))
    months = max(1, ctx.company_months - credit)
    if start - s.t >= int(b.param("vg3_skole", "months")) - served:
        return []  # the school year ends first
    title = text("step.laerling.from_vg3", trade=lower_name(ctx.trade.name), months=at_switch, credit=credit)
    edge = laerling.contract_edge(
        b,
        s,
        start,
        months,
        s.missing,
        title=title,
        warnings=b.warn(b.cached(("vg3_switch",), lambda: [b.chk.place("laerling")])),
        with_vg3=b.trade_vg3_exam(),
        standing=b.standing("laerling", start),
        extra_sources=factor.sources,
    )
    if start == s.t:
        return [edge]
    school = StepSpec(  # in school until the company takes the pupil
        scheme="vg3_skole",
        kind="school",
        title=text("step.vg3_skole.until_switch", trade=lower_name(ctx.trade.name), since=b.since_label()),
        start=s.t,
        months=start - s.t,
        school_days=b.param("vg3_skole", "school_days_per_week"),
        in_school=True,
        follow_up=tuple(ctx.schemes["vg3_skole"].follow_up),
        sources=b.sources("vg3_skole"),
        standing=Standing("ordinary", text("standing.current", county=ctx.county.name), b.sources("vg3_skole")),
    )
    return [Edge((school, *edge.steps), edge.target)]
