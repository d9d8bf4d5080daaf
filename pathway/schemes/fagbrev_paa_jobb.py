"""Fagbrev på jobb (`fagbrev_paa_jobb`, rules/schemes/fagbrev_paa_jobb.yaml): a contract for someone
already employed in the trade, after enough practice, where the county's rules allow it. Where the
county's age rule admits younger people "unntaksvis", the earlier start is a route of its own that
needs the county's approval."""

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
    exception: Edge | None = None
    for wait in range(0, MAX_WAIT + 1):
        exp = s.exp + math.floor(wait * per_month)
        start = s.t + wait
        checks = b.chk.fagbrev_paa_jobb(start, exp)
        if first is None:
            first = b.note("fagbrev_paa_jobb", checks, s)
        bad = failed(checks)
        if not bad:
            break
        if exception is None and all(c.code == "age_rule" for c in bad) and _exceptions(b):
            rule = ctx.value(ctx.county.fagbrev_paa_jobb.age_rule)
            standing = Standing("approval", text("standing.fpj_exception", county=ctx.county.name), rule.sources)
            exception = _edge(b, s, wait, exp, checks, standing, variant="exception")
        if per_month == 0 or any(c.code in _FINAL for c in bad):
            return [exception] if exception else []
    else:
        return [exception] if exception else []
    warnings: tuple[str, ...] = ()
    if wait and first is not None and any(c.code == "age_rule" for c in failed(first)) and _exceptions(b):
        warnings = (text("warn.fpj_exceptions", county=ctx.county.name),)
    main = _edge(b, s, wait, exp, checks, b.standing("fagbrev_paa_jobb", start), extra_warnings=warnings)
    return [main, exception] if exception else [main]


def _exceptions(b: Builder) -> bool:
    rule = b.ctx.value(b.ctx.county.fagbrev_paa_jobb.age_rule)
    return not rule.unknown and bool(getattr(rule.value, "exceptions", False))


def _edge(
    b: Builder,
    s: State,
    wait: int,
    exp: int,
    checks: list[Check],
    standing: Standing,
    extra_warnings: tuple[str, ...] = (),
    variant: str = "",
) -> Edge:
    ctx = b.ctx
    start = s.t + wait
    max_v = ctx.value(ctx.county.fagbrev_paa_jobb.contract_months_max)
    months = max(int(b.param("fagbrev_paa_jobb", "min_contract_months")), ctx.total_months - exp)
    if not max_v.unknown and max_v.value is not None:
        months = min(months, int(max_v.value))
    steps: list[StepSpec] = []
    trade = ctx.trade.name.lower()
    if wait:
        steps.append(b.work_step("fagbrev_paa_jobb", s.t, wait, text("step.fpj.wait", trade=trade)))
    key = "step.fpj.exception" if variant else "step.fpj"
    steps.append(
        StepSpec(
            scheme="fagbrev_paa_jobb",
            kind="contract",
            title=text(key, trade=trade, county=ctx.county.name),
            start=start,
            months=months,
            in_company=True,
            paid=True,
            grant="bt2",
            exams=b.trade_exams(True),
            follow_up=tuple(ctx.schemes["fagbrev_paa_jobb"].follow_up),
            sources=b.sources("fagbrev_paa_jobb", *[src for c in checks for src in c.sources]),
            note=text("note.fpj"),
            warnings=(*b.warn(checks), *extra_warnings),
            variant=variant,
            standing=standing,
        )
    )
    target = State(t=start + months, levels=s.levels, missing=s.missing, exp=exp, held=ctx.qualification)
    return Edge(tuple(steps), target)
