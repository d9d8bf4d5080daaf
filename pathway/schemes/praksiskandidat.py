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
    credit = ctx.param("praksiskandidat", "school_credit_months_per_year")
    years = len(b.origin_levels & ctx.required_levels() & {"vg1", "vg2"})
    credited = 0
    if years and not credit.unknown:
        credited = min(required, years * int(credit.value))
        sources = (*sources, *credit.sources)
    return required - credited, credited, sources


def edges(b: Builder, s: State) -> list[Edge]:
    ctx = b.ctx
    if s.t != 1:
        return []
    required, credited, req_sources = required_months(b)
    checks = b.note("praksiskandidat", conditions(b.chk, s.exp, required), s)
    if failed(checks):
        return []
    steps: list[StepSpec] = []
    start = s.t
    trade = lower_name(ctx.trade.name)
    if s.exp < required:
        work = math.ceil((required - s.exp) / ctx.accrual_per_month())
        steps.append(
            b.work_step("praksiskandidat", start, work, text("step.praksiskandidat.wait", trade=trade, months=required))
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
            standing=b.standing("praksiskandidat", start),
        )
    )
    target = State(
        t=start + months, levels=s.levels, missing=s.missing, exp=max(s.exp, required), held=ctx.qualification
    )
    return [Edge(tuple(steps), target)]


def conditions(chk: Checker, exp: int, required: int) -> list[Check]:
    if exp >= required or chk.ctx.employed_in_trade:
        return [chk.mk("praksiskandidat", "practice_too_short", "ok")]
    return [chk.mk("praksiskandidat", "practice_too_short", "fail", "praksiskandidat.no", need=required, have=exp)]
