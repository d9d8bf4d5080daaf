"""Lærekandidat (`laerekandidat`, rules/schemes/laerekandidat.yaml): an opplæringskontrakt towards
the kompetanseprøve, and its change to a lærekontrakt with the county's consent."""

from __future__ import annotations

from pathway.checks import Check, Checker, failed
from pathway.messages import lower_name, text
from pathway.schemes import laerling
from pathway.schemes.base import Builder
from pathway.state import Edge, Standing, State, StepSpec


def edges(b: Builder, s: State) -> list[Edge]:
    ctx = b.ctx
    checks = b.note("laerekandidat", b.cached(("laerekandidat",), lambda: conditions(b.chk), alike=True), s)
    if failed(checks):
        return []
    start = b.contract_start(s)
    done = len(s.levels & ctx.required_levels())
    months = max(
        int(b.param("laerekandidat", "min_company_months")),
        int(b.param("laerekandidat", "total_months")) - 12 * done,
    )
    standing = b.standing("laerekandidat", start)

    def step(m: int, title: str, exams: tuple[str, ...]) -> StepSpec:
        note = _special_needs_note(b)
        return b.contract_step("laerekandidat", title, start, m, exams, standing, warnings=b.warn(checks), note=note)

    trade = lower_name(ctx.trade.name)
    full = step(months, text("step.laerekandidat", trade=trade), (text("exam.kompetanseprove"),))
    out = [
        Edge((full,), State(t=start + months, levels=s.levels, missing=s.missing, exp=s.exp, held="kompetansebevis"))
    ]
    first = int(b.param("laerekandidat", "upgrade_after_months"))
    # The changed contract is an ordinary læretid after the school years, or (after grunnskole or Vg1)
    # the rest of a løp in the company, as for a contract right after grunnskole or Vg1.
    # Not where the trade's school years cannot be taken in a company (its rule file says so).
    in_company = b.chk.school_in_company("laerling", "what.early_contract") is None
    upgradable = ctx.required_levels() <= s.levels or (done <= 1 and in_company)
    if ("laerekandidat", "laerling") in b.continues and months > first and upgradable:
        part = step(first, text("step.laerekandidat.first", trade=trade), ())
        out.append(
            Edge((part,), State(t=start + first, levels=s.levels, missing=s.missing, exp=s.exp, phase="laerekandidat"))
        )
    return out


def upgrade(b: Builder, s: State) -> list[Edge]:
    """The opplæringskontrakt changed to a lærekontrakt: the lærling's theory rules apply from then."""
    ctx = b.ctx
    first = int(b.param("laerekandidat", "upgrade_after_months"))
    warn = (text("warn.upgrade", county=ctx.county.name),)
    if ctx.required_levels() <= s.levels:
        months = ctx.company_months
        missing, days, with_vg3 = s.missing, 0.0, b.trade_vg3_exam()
    else:
        done = len(s.levels & ctx.required_levels())
        months = ctx.total_months - 12 * done
        missing = (b.all_fellesfag - b.passed_fellesfag(s)) | s.missing
        days, with_vg3 = b.param("laerling", "early_contract_school_days_per_week"), True
    remaining = max(12, months - first)
    source = next(c.source for c in ctx.schemes["laerekandidat"].continuations if c.to == "laerling")
    standing = Standing("approval", text("standing.upgrade", county=ctx.county.name), (source,))
    return [
        laerling.contract_edge(
            b,
            s,
            s.t,
            remaining,
            frozenset(missing),
            title=text("step.laerling.upgrade", trade=lower_name(ctx.trade.name)),
            warnings=warn,
            with_vg3=with_vg3,
            standing=standing,
            school_days=days,
        )
    ]


def conditions(chk: Checker) -> list[Check]:
    v = chk.ctx.value(chk.ctx.county.laerekandidat.offered)
    return [
        chk.grunnskole("laerekandidat"),
        chk.offered("laerekandidat", v, "what.laerekandidat"),
        chk.place("laerekandidat"),
    ]


def current(b: Builder, s: State) -> list[Edge]:
    """A lærekandidat now: the rest of the opplæringskontrakt, or a lærekontrakt with the county's
    consent and the served time credited after an individual assessment (ol. § 7-2, ofo. § 6-9)."""
    ctx = b.ctx
    served = b.history.served()
    done = len(s.levels & ctx.required_levels())
    total = max(
        int(b.param("laerekandidat", "min_company_months")),
        int(b.param("laerekandidat", "total_months")) - 12 * done,
    )
    trade = lower_name(ctx.trade.name)
    since = b.since_label()
    rest = max(1, total - served)
    step = b.contract_step(
        "laerekandidat",
        text("step.laerekandidat.current", trade=trade, since=since, served=served),
        s.t,
        rest,
        (text("exam.kompetanseprove"),),
        b.standing("laerekandidat", s.t),
        note=_special_needs_note(b),
    )
    out = [Edge((step,), State(t=s.t + rest, levels=s.levels, missing=s.missing, exp=s.exp, held="kompetansebevis"))]
    ordinary = ctx.required_levels() <= s.levels
    full = ctx.company_months if ordinary else ctx.total_months - 12 * done
    missing = s.missing if ordinary else (b.all_fellesfag - b.passed_fellesfag(s)) | s.missing
    source = next(c.source for c in ctx.schemes["laerekandidat"].continuations if c.to == "laerling")
    credit = ctx.param("laerling", "served_time_credit")
    out.append(
        laerling.contract_edge(
            b,
            s,
            s.t,
            max(1, full - served),
            frozenset(missing),
            title=text("step.laerling.from_laerekandidat", trade=trade, served=served),
            warnings=(text("warn.upgrade", county=ctx.county.name),),
            with_vg3=b.trade_vg3_exam() if ordinary else True,
            standing=Standing("approval", text("standing.upgrade", county=ctx.county.name), (source,)),
            extra_sources=credit.sources,
        )
    )
    return out


def after_failed_test(b: Builder, s: State) -> list[Edge]:
    """After a fag-/svenneprøve not passed: a lærekandidat contract towards a kompetanseprøve, with the
    county's consent to change the contract."""
    ctx = b.ctx
    if failed(b.cached(("laerekandidat",), lambda: conditions(b.chk), alike=True)):
        return []
    months = int(b.param("laerekandidat", "after_failed_test_months"))
    source = ctx.condition_source("laerekandidat", "not_offered_in_county")
    _, grant_sources, _ = ctx.grant_for(s.t)
    step = b.contract_step(
        "laerekandidat",
        text("step.laerekandidat.after_failed", trade=lower_name(ctx.trade.name)),
        s.t,
        months,
        (text("exam.kompetanseprove"),),
        Standing("approval", text("standing.change_contract", county=ctx.county.name), (source,)),
        sources=(*ctx.param("laerekandidat", "after_failed_test_months").sources, source, *grant_sources),
    )
    return [Edge((step,), State(t=s.t + months, levels=s.levels, missing=s.missing, exp=s.exp, held="kompetansebevis"))]


def _special_needs_note(b: Builder) -> str:
    if b.ctx.person.special_needs is not True:
        return ""
    extra = b.ctx.param("laerekandidat", "special_needs_extra_months")
    return text("note.special_needs_extra", months=int(extra.value))
