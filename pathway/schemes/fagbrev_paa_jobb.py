"""Fagbrev på jobb (`fagbrev_paa_jobb`, rules/schemes/fagbrev_paa_jobb.yaml): a contract for someone
already employed in the trade, after enough practice, where the county's rules allow it."""

from __future__ import annotations

import math

from pathway.checks import Check, failed
from pathway.messages import text
from pathway.schemes.base import MAX_WAIT, Builder
from pathway.state import Edge, Standing, State, StepSpec

# Conditions that waiting for more practice or a birthday cannot change.
_FINAL = {
    "not_offered_in_county",
    "grunnskole_missing",
    "not_employed_in_trade",
    "position_too_small",
    "experience_above_redirect",
}


def edges(b: Builder, s: State) -> list[Edge]:
    ctx = b.ctx
    if s.t != 1:
        return []
    per_month = ctx.accrual_per_month()
    first: list[Check] | None = None
    for wait in range(0, MAX_WAIT + 1):
        exp = s.exp + math.floor(wait * per_month)
        start = s.t + wait
        checks = b.chk.fagbrev_paa_jobb(start, exp)
        if first is None:
            first = b.note("fagbrev_paa_jobb", checks, s)
        bad = failed(checks)
        if not bad:
            break
        if per_month == 0 or any(c.code in _FINAL for c in bad):
            return []
    else:
        return []
    max_v = ctx.value(ctx.county.fagbrev_paa_jobb.contract_months_max)
    months = max(int(b.param("fagbrev_paa_jobb", "min_contract_months")), ctx.total_months - exp)
    if not max_v.unknown and max_v.value is not None:
        months = min(months, int(max_v.value))
    steps: list[StepSpec] = []
    warnings = b.warn(checks)
    standing = b.standing("fagbrev_paa_jobb", start)
    if wait and first is not None and any(c.code == "age_rule" for c in failed(first)):
        rule_v = ctx.value(ctx.county.fagbrev_paa_jobb.age_rule)
        if getattr(rule_v.value, "exceptions", False):
            warnings = (*warnings, text("warn.fpj_exceptions", county=ctx.county.name))
            standing = Standing("approval", text("standing.fpj_exception", county=ctx.county.name), rule_v.sources)
    trade = ctx.trade.name.lower()
    if wait:
        steps.append(b.work_step("fagbrev_paa_jobb", s.t, wait, text("step.fpj.wait", trade=trade)))
    fpj_sources = b.sources("fagbrev_paa_jobb", *[src for c in checks for src in c.sources])
    steps.append(
        StepSpec(
            scheme="fagbrev_paa_jobb",
            kind="contract",
            title=text("step.fpj", trade=trade),
            start=start,
            months=months,
            in_company=True,
            paid=True,
            grant="bt2",
            exams=b.trade_exams(True),
            follow_up=tuple(ctx.schemes["fagbrev_paa_jobb"].follow_up),
            sources=fpj_sources,
            note=text("note.fpj"),
            warnings=warnings,
            standing=standing,
        )
    )
    target = State(t=start + months, levels=s.levels, missing=s.missing, exp=exp, held=ctx.qualification)
    return [Edge(tuple(steps), target)]
