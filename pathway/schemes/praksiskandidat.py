"""Praksiskandidat (`praksiskandidat`, rules/schemes/praksiskandidat.yaml): the fag-/svenneprøve on
documented practice; passed school years of the trade are credited as practice (godskriving)."""

from __future__ import annotations

import math

from pathway.checks import Check, Checker, failed
from pathway.messages import lower_name, text
from pathway.schemes.base import Builder
from pathway.state import Edge, State, StepSpec


def required_months(b: Builder) -> tuple[int, int, tuple[str, ...]]:
    """(months of practice still required, months credited for school years, sources)."""
    ctx = b.ctx
    v = ctx.value(ctx.trade.praksiskandidat_months)
    required, sources = int(v.value), v.sources
    if ctx.total_months == 54:
        county = ctx.value(ctx.county.praksiskandidat.months_54)
        if not county.unknown:
            required, sources = int(county.value), county.sources
    school, school_sources = b.school_credit()
    credited = min(required, school)
    if credited:
        sources = (*sources, *school_sources)
    return required - credited, credited, sources


def norway_gap(b: Builder) -> tuple[int, int, tuple[str, ...]]:
    """(months of practice still to gather in Norway, the county's minimum, sources): a county rule on
    where the practice counts (Agder: "minst to år av praksisen" from Norway) decides the timing."""
    fact = b.ctx.county.praksiskandidat.min_months_in_norway
    if fact is None:
        return 0, 0, ()
    v = b.ctx.value(fact)
    if v.unknown:
        return 0, 0, ()
    need = int(v.value)
    return max(0, need - b.history.norway), need, v.sources


def edges(b: Builder, s: State) -> list[Edge]:
    ctx = b.ctx
    if s.t != 1:
        return []
    required, credited, req_sources = required_months(b)
    gap, need_norway, norway_sources = norway_gap(b)
    checks = b.note("praksiskandidat", conditions(b.chk, s.exp, required, gap, need_norway), s)
    if failed(checks):
        return []
    steps: list[StepSpec] = []
    start = s.t
    trade = lower_name(ctx.trade.name)
    warnings: tuple[str, ...] = ()
    if gap:
        warnings = (text("praksiskandidat.norway", county=ctx.county.name, need=need_norway, have=b.history.norway),)
        req_sources = (*req_sources, *norway_sources)
    if s.exp < required or gap:
        work = math.ceil(max(required - s.exp, gap) / ctx.accrual_per_month())
        steps.append(
            b.work_step(
                "praksiskandidat",
                start,
                work,
                text("step.praksiskandidat.wait_norway", trade=trade, months=need_norway)
                if gap > required - s.exp
                else text("step.praksiskandidat.wait", trade=trade, months=required),
            )
        )
        start += work
    months = int(b.param("praksiskandidat", "registration_to_test_months"))
    note = text("note.praksiskandidat")
    if credited:
        note += " " + text("note.praksiskandidat_credit", months=credited, required=required + credited)
    steps.append(
        StepSpec(
            scheme="praksiskandidat",
            kind="exam",
            title=text("step.praksiskandidat", trade=trade, prove=b.trade_exams(False)[0]),
            start=start,
            months=months,
            in_company=ctx.employed_in_trade,
            paid=ctx.employed_in_trade,
            exams=b.trade_exams(True),
            follow_up=tuple(ctx.schemes["praksiskandidat"].follow_up),
            sources=b.sources("praksiskandidat", *req_sources),
            note=note,
            warnings=warnings,
            standing=b.standing("praksiskandidat", start),
        )
    )
    target = State(
        t=start + months, levels=s.levels, missing=s.missing, exp=max(s.exp, required), held=ctx.qualification
    )
    return [Edge(tuple(steps), target)]


def conditions(chk: Checker, exp: int, required: int, gap: int = 0, need_norway: int = 0) -> list[Check]:
    if (exp >= required and not gap) or chk.ctx.employed_in_trade:
        return [chk.mk("praksiskandidat", "practice_too_short", "ok")]
    if exp >= required:
        have = need_norway - gap
        return [
            chk.mk(
                "praksiskandidat",
                "practice_too_short",
                "fail",
                "praksiskandidat.norway_no",
                need=need_norway,
                have=have,
            )
        ]
    return [chk.mk("praksiskandidat", "practice_too_short", "fail", "praksiskandidat.no", need=required, have=exp)]
