"""Fagbrev på jobb (`fagbrev_paa_jobb`, rules/schemes/fagbrev_paa_jobb.yaml): a contract for someone
already employed in the trade, after enough practice, where the county's rules allow it. Where the
county's age rule admits younger people "unntaksvis", the earlier start is a route of its own that
needs the county's approval."""

from __future__ import annotations

import math

from pathway.checks import Check, Checker, failed
from pathway.messages import lower_name, text
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
        checks = conditions(b.chk, start, exp)
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
    standing = b.standing("fagbrev_paa_jobb", start)
    soft = [c for c in checks if c.key == "fpj.position.soft"]
    if soft:
        quote = str(dict(soft[0].values)["quote"])
        standing = b.special("approval", "standing.soft_rule", soft[0].sources, quote=quote)
    main = _edge(b, s, wait, exp, checks, standing, extra_warnings=warnings)
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
    credit, credit_sources = (
        b.school_credit() if ctx.param("fagbrev_paa_jobb", "school_credit").value is True else (0, ())
    )
    months = max(int(b.param("fagbrev_paa_jobb", "min_contract_months")), ctx.total_months - exp - credit)
    if not max_v.unknown and max_v.value is not None:
        months = min(months, int(max_v.value))
    steps: list[StepSpec] = []
    trade = lower_name(ctx.trade.name)
    if wait:
        steps.append(b.work_step("fagbrev_paa_jobb", s.t, wait, text("step.fpj.wait", trade=trade)))
    key = "step.fpj.exception" if variant else "step.fpj"
    steps.append(
        b.contract_step(
            "fagbrev_paa_jobb",
            text(key, trade=trade, county=ctx.county.name),
            start,
            months,
            b.trade_exams(True),
            standing,
            note=text("note.fpj"),
            warnings=(*b.warn(checks), *extra_warnings),
            variant=variant,
            grant=("bt2", ()),
            extra_sources=(*(src for c in checks for src in c.sources), *credit_sources),
        )
    )
    target = State(t=start + months, levels=s.levels, missing=s.missing, exp=exp, held=ctx.qualification)
    return Edge(tuple(steps), target)


def conditions(chk: Checker, start: int, exp: int) -> list[Check]:
    ctx, fpj, sid = chk.ctx, chk.ctx.county.fagbrev_paa_jobb, "fagbrev_paa_jobb"
    checks = [chk.offered(sid, ctx.value(fpj.offered), "what.fpj"), chk.grunnskole(sid)]
    emp = ctx.person.employment
    if not ctx.employed_in_trade:
        where = text("fpj.employed_in", other=ctx.rules.trade(emp.trade).name) if emp else text("fpj.jobless")
        checks.append(chk.mk(sid, "not_employed_in_trade", "fail", "fpj.no_job", where=where))
    else:
        assert emp is not None
        v = ctx.value(fpj.min_position_percent)
        if v.unknown:
            checks.append(chk.mk(sid, "position_too_small", "unknown", "fpj.position.unknown", v.sources))
        elif emp.percent < int(v.value) and v.soft:
            # A main rule with exceptions: the route stands, needs the county's approval and says so.
            checks.append(
                chk.mk(
                    sid,
                    "position_too_small",
                    "unknown",
                    "fpj.position.soft",
                    v.sources,
                    need=v.value,
                    have=emp.percent,
                    quote=v.quote,
                )  # fmt: skip
            )
        elif emp.percent < int(v.value):
            checks.append(
                chk.mk(sid, "position_too_small", "fail", "fpj.position.no", v.sources, need=v.value, have=emp.percent)
            )
    v = ctx.value(fpj.min_experience_months)
    national = ctx.param(sid, "min_experience_months")
    need = int(national.value) if v.unknown else int(v.value)
    if exp < need:
        checks.append(chk.mk(sid, "too_little_experience", "fail", "fpj.experience.no", v.sources, need=need, have=exp))
    elif v.unknown:
        checks.append(chk.mk(sid, "too_little_experience", "unknown", "fpj.experience.unknown", v.sources))
    checks.append(_age_rule(chk, start))
    v = ctx.value(fpj.redirect_to_praksiskandidat_above_months)
    if v.unknown:
        checks.append(chk.mk(sid, "experience_above_redirect", "unknown", "fpj.redirect.unknown", v.sources))
    elif v.value is not None and exp > int(v.value):
        checks.append(
            chk.mk(sid, "experience_above_redirect", "fail", "fpj.redirect.no", v.sources, limit=v.value, have=exp)
        )
    return checks


def _age_rule(chk: Checker, start: int) -> Check:
    ctx, sid = chk.ctx, "fagbrev_paa_jobb"
    v = ctx.value(ctx.county.fagbrev_paa_jobb.age_rule)
    if v.unknown:
        return chk.mk(sid, "age_rule", "unknown", "fpj.age.unknown", v.sources)
    rule = v.value
    age = ctx.age_at(start)
    if rule.kind == "min_age" and age < int(rule.age):
        extra = text("fpj.age.exceptions") if rule.exceptions else ""
        return chk.mk(sid, "age_rule", "fail", "fpj.age.min", v.sources, age=rule.age, exceptions=extra, have=age)
    if rule.kind == "year_turning" and ctx.calendar_year_age(start) < int(rule.age):
        return chk.mk(
            sid,
            "age_rule",
            "fail",
            "fpj.age.year",
            v.sources,
            age=rule.age,
            have=ctx.calendar_year_age(start),
            year=ctx.cal.year(start),
        )
    return chk.mk(sid, "age_rule", "ok", "", v.sources)


def current(b: Builder, s: State) -> list[Edge]:
    """A fagbrev på jobb contract now: the rest of it, counted from `current.since`."""
    ctx = b.ctx
    served = b.history.served()
    max_v = ctx.value(ctx.county.fagbrev_paa_jobb.contract_months_max)
    full = max(int(b.param("fagbrev_paa_jobb", "min_contract_months")), ctx.total_months - s.exp)
    if not max_v.unknown and max_v.value is not None:
        full = min(full, int(max_v.value))
    months = max(1, full - served)
    step = b.contract_step(
        "fagbrev_paa_jobb",
        text("step.fpj.current", trade=lower_name(ctx.trade.name), since=b.since_label()),
        s.t,
        months,
        b.trade_exams(True),
        Standing("ordinary", text("standing.current", county=ctx.county.name), b.sources("fagbrev_paa_jobb")),
        grant=("bt2", ()),
    )
    target = State(t=s.t + months, levels=s.levels, missing=s.missing, exp=s.exp, held=ctx.qualification)
    return [Edge((step,), target)]
