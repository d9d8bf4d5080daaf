"""MFY (`mfy`, rules/schemes/mfy.yaml): modular training organised for adults, from the school year
the person turns 19 under the new Act; never a young person's ordinary route."""

from __future__ import annotations

from pathway.checks import Check, Checker, failed
from pathway.context import Value
from pathway.messages import lower_name, text
from pathway.schemes.base import MAX_WAIT, Builder
from pathway.state import Edge, State, StepSpec


def edges(b: Builder, s: State) -> list[Edge]:
    ctx = b.ctx
    if s.levels != b.origin_levels:
        return []  # training organised for adults is not planned after youth school years in the same plan
    start = b.august(s.t)
    checks: list[Check] = []
    while start - s.t <= MAX_WAIT:
        checks = b.cached(("mfy", start), lambda at=start: conditions(b.chk, at))  # type: ignore[misc]
        b.note("mfy", checks, s)
        bad = failed(checks)
        if not bad:
            break
        if any(c.code != "too_young" for c in bad):
            return []
        start = ctx.cal.next_month(start + 1, int(ctx.value(ctx.school.year_start_month).value))
    else:
        return []
    done = len(s.levels & ctx.required_levels())
    months = max(ctx.company_months, ctx.total_months - 12 * done - s.exp)
    warnings = (*b.warn(checks), text("warn.mfy_length", county=ctx.county.name, months=months))
    step = StepSpec(
        scheme="mfy",
        kind="contract",
        title=text("step.mfy", trade=lower_name(ctx.trade.name)),
        start=start,
        months=months,
        in_company=True,
        paid=ctx.employed_in_trade,
        grant="unknown",
        exams=(text("exam.modules"), b.trade_exams(False)[0]),
        follow_up=tuple(ctx.schemes["mfy"].follow_up),
        sources=b.sources("mfy"),
        warnings=warnings,
        standing=b.standing("mfy", start),
    )
    target = State(t=start + months, levels=s.levels, missing=s.missing, exp=s.exp, held=ctx.qualification)
    return [Edge((step,), target)]


def conditions(chk: Checker, start: int) -> list[Check]:
    ctx = chk.ctx
    checks = [chk.offered("mfy", ctx.value(ctx.county.mfy.offered), "what.mfy")]
    v = ctx.value(ctx.trade.mfy)
    if v.unknown:
        checks.append(chk.mk("mfy", "no_modular_curriculum", "unknown", "mfy.curriculum.unknown", v.sources))
    elif v.value is False:
        checks.append(chk.mk("mfy", "no_modular_curriculum", "fail", "mfy.curriculum.no", v.sources))
    if all(c.status != "fail" for c in checks):
        checks.append(chk.trade_listed("mfy", ctx.value(ctx.county.mfy.trades), "what.mfy_trades"))
    checks.append(chk.grunnskole("mfy"))
    age_v = Value.of(ctx.schemes["mfy"].params["min_age_school_year"], ctx.cal.first_day(start))
    turns = ctx.school_year_age(start)
    if age_v.value is not None and turns < int(age_v.value):
        august = ctx.cal.next_month(start - 11, 8)
        checks.append(
            chk.mk(
                "mfy",
                "too_young",
                "fail",
                "mfy.too_young",
                age_v.sources,
                age=age_v.value,
                have=turns,
                start=ctx.cal.label(august),
                opens=ctx.cal.label(august + 12 * (int(age_v.value) - turns)),
            )
        )
    return checks
