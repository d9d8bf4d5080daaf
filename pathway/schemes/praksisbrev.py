"""Praksisbrev (`praksisbrev`, rules/schemes/praksisbrev.yaml): a two-year contract towards the
praksisbrevprøve, and the lærekontrakt that may follow it."""

from __future__ import annotations

from pathway.checks import Check, Checker, failed, levels_text
from pathway.messages import lower_name, text
from pathway.schemes import laerling
from pathway.schemes.base import Builder
from pathway.state import Edge, Standing, State


def edges(b: Builder, s: State) -> list[Edge]:
    ctx = b.ctx
    checks = b.note("praksisbrev", b.cached(("praksisbrev", s.levels), lambda: conditions(b.chk, s), alike=True), s)
    if failed(checks):
        return []
    warnings = list(b.warn(checks))
    if ctx.school_year_age(s.t) >= int(ctx.value(ctx.school.adult_from_school_year_age).value):
        warnings.append(text("warn.praksisbrev_adult"))
    start = b.contract_start(s)
    months = int(b.param("praksisbrev", "months"))
    taught = frozenset(ctx.param("praksisbrev", "fellesfag").value)
    step = b.contract_step(
        "praksisbrev",
        text("step.praksisbrev", trade=lower_name(ctx.trade.name)),
        start,
        months,
        (text("exam.praksisbrevprove"),),
        b.standing("praksisbrev", start),
        school_days=b.param("praksisbrev", "school_days_per_week"),
        warnings=tuple(warnings),
    )
    passed = b.passed_fellesfag(s)
    steps = [step]
    if taught - passed:
        src = ctx.param("praksisbrev", "fellesfag").sources
        steps.append(b.catchup_step("praksisbrev", step, taught - passed, "step.fellesfag.praksisbrev", src))
    missing = b.all_fellesfag - passed - taught
    target = State(t=start + months, levels=s.levels, missing=frozenset(missing), exp=s.exp, held="praksisbrev")
    return [Edge(tuple(steps), target)]


def after(b: Builder, s: State) -> list[Edge]:
    """A lærekontrakt after the praksisbrev: the rest of the trade's løp, less the credited time."""
    ctx = b.ctx
    if ("praksisbrev", "laerling") not in b.continues:
        return []
    credit = ctx.param("praksisbrev", "credit_toward_laerling_months")
    months = max(12, ctx.total_months - int(credit.value))
    warn = (text("warn.praksisbrev_credit", county=ctx.county.name, months=int(credit.value)),)
    held = s == b.origin  # held already (the history): a new lærekontrakt, when a company is found
    start = b.contract_start(s) if held else s.t
    key = "step.laerling.praksisbrev_held" if held else "step.laerling.after_praksisbrev"
    return [
        laerling.contract_edge(
            b,
            s,
            start,
            months,
            s.missing,
            title=text(key, trade=lower_name(ctx.trade.name), months=months),
            warnings=warn,
            with_vg3=True,
            standing=b.standing("laerling", s.t),
            extra_sources=credit.sources,
        )
    ]


def conditions(chk: Checker, state: State) -> list[Check]:
    goal = chk.ctx.person.trade
    if any(q.kind == "praksisbrev" and q.trade == goal for q in chk.ctx.person.qualifications):
        return [chk.mk("praksisbrev", "already_held", "fail", "praksisbrev_held.no")]
    county = chk.ctx.county.praksisbrev
    checks = [chk.offered("praksisbrev", chk.ctx.value(county.offered), "what.praksisbrev")]
    if checks[0].status != "fail":
        checks.append(chk.trade_listed("praksisbrev", chk.ctx.value(county.trades), "what.praksisbrev"))
    checks.append(chk.grunnskole("praksisbrev"))
    needs_school = chk.school_in_company("praksisbrev", "what.praksisbrev")
    if needs_school is not None:
        checks.append(needs_school)
    school = chk.ctx.required_levels() & {"vg1", "vg2"}
    if school <= state.levels:
        checks.append(chk.mk("praksisbrev", "completed_vg2", "fail", "completed_vg2.no", levels=levels_text(school)))
    if any(q.kind == "studiekompetanse" for q in chk.ctx.person.qualifications):
        checks.append(chk.mk("praksisbrev", "has_studiekompetanse", "fail", "studiekompetanse.no"))
    checks.append(chk.place("praksisbrev"))
    return checks


def current(b: Builder, s: State) -> list[Edge]:
    """A praksisbrevkandidat now: the rest of the two years, then the praksisbrev (and on to a lærling)."""
    ctx = b.ctx
    served = b.history.served()
    months = max(1, int(b.param("praksisbrev", "months")) - served)
    step = b.contract_step(
        "praksisbrev",
        text("step.praksisbrev.current", trade=lower_name(ctx.trade.name), since=b.since_label()),
        s.t,
        months,
        (text("exam.praksisbrevprove"),),
        Standing("ordinary", text("standing.current", county=ctx.county.name), b.sources("praksisbrev")),
        school_days=b.param("praksisbrev", "school_days_per_week"),
    )
    missing = b.all_fellesfag - b.passed_fellesfag(s) - frozenset(ctx.param("praksisbrev", "fellesfag").value)
    target = State(t=s.t + months, levels=s.levels, missing=frozenset(missing), exp=s.exp, held="praksisbrev")
    return [Edge((step,), target)]
