"""Lærekandidat (`laerekandidat`, rules/schemes/laerekandidat.yaml): an opplæringskontrakt towards
the kompetanseprøve, and its change to a lærekontrakt with the county's consent."""

from __future__ import annotations

from pathway.checks import Check, Checker, failed
from pathway.messages import text
from pathway.schemes import laerling
from pathway.schemes.base import Builder
from pathway.state import Edge, Standing, State, StepSpec


def edges(b: Builder, s: State) -> list[Edge]:
    ctx = b.ctx
    checks = b.note("laerekandidat", conditions(b.chk, ), s)
    if failed(checks):
        return []
    start = b.contract_start(s)
    done = len(s.levels & ctx.required_levels())
    months = max(
        int(b.param("laerekandidat", "min_company_months")),
        int(b.param("laerekandidat", "total_months")) - 12 * done,
    )
    grant, grant_sources, _ = ctx.grant_for(start)
    standing = b.standing("laerekandidat", start)

    def step(m: int, title: str, exams: tuple[str, ...]) -> StepSpec:
        return StepSpec(
            scheme="laerekandidat",
            kind="contract",
            title=title,
            start=start,
            months=m,
            in_company=True,
            paid=True,
            grant=grant,
            exams=exams,
            follow_up=tuple(ctx.schemes["laerekandidat"].follow_up),
            sources=b.sources("laerekandidat", *grant_sources),
            warnings=b.warn(checks),
            standing=standing,
        )

    trade = ctx.trade.name.lower()
    full = step(months, text("step.laerekandidat", trade=trade), (text("exam.kompetanseprove"),))
    out = [
        Edge((full,), State(t=start + months, levels=s.levels, missing=s.missing, exp=s.exp, held="kompetansebevis"))
    ]
    first = int(b.param("laerekandidat", "upgrade_after_months"))
    # The changed contract is an ordinary læretid after the school years, or (after grunnskole or Vg1)
    # the rest of a løp in the company, as for a contract right after grunnskole or Vg1.
    upgradable = ctx.required_levels() <= s.levels or done <= 1
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
            title=text("step.laerling.upgrade", trade=ctx.trade.name.lower()),
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
