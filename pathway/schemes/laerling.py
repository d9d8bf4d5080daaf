"""The apprenticeship (`laerling`, rules/schemes/laerling.yaml): the ordinary læretid after the school
years, a contract right after grunnskole or Vg1 (0+4, 1+3), and a lærekontrakt as an adult.

`contract_edge` builds every lærling step, also those that continue another scheme (after a
praksisbrev, or a lærekandidat contract changed to a lærekontrakt)."""

from __future__ import annotations

from pathway.checks import Check, Checker, failed, unknowns
from pathway.memo import remembered, shared
from pathway.messages import join, lower_name, text
from pathway.schemes.base import Builder
from pathway.state import Edge, Standing, State, StepSpec


def edges(b: Builder, s: State) -> list[Edge]:
    return ordinary(b, s) + early(b, s)


def ordinary(b: Builder, s: State) -> list[Edge]:
    ctx = b.ctx
    checks = b.note(
        "laerling", b.cached(("laerling", s.levels, False), lambda: conditions(b.chk, s, early=False), alike=True), s
    )
    if not ctx.required_levels() <= s.levels or failed(checks):
        return []
    start = b.contract_start(s)
    sarlop = ctx.school_years == 1 and b.ctx.param("laerling", "sarlop_exam").value is True
    missing = s.missing
    title = text("step.laerling", trade=lower_name(ctx.trade.name), model=ctx.model)
    extra_exams: tuple[str, ...] = ()
    if sarlop:
        # Særløp: the Vg2 fellesfag and the programfag are taught in the læretid, with an obligatory exam.
        missing = (b.all_fellesfag - b.passed_fellesfag(s)) | s.missing
        title = text("step.laerling.sarlop", trade=lower_name(ctx.trade.name), model=ctx.model)
        extra_exams = (text("exam.sarlop"),)
    return [
        contract_edge(
            b,
            s,
            start,
            ctx.company_months,
            frozenset(missing),
            title=title,
            warnings=b.warn(checks),
            with_vg3=b.trade_vg3_exam() and not sarlop,  # særløp: the obligatory exam is the written exam
            standing=b.standing("laerling", start),
            extra_exams=extra_exams,
            how="step.fellesfag.sarlop" if sarlop else "",
        )
    ]


def early(b: Builder, s: State) -> list[Edge]:
    """A lærekontrakt right after grunnskole (0+4) or Vg1 (1+3) where the county approves the model;
    for an adult without the school years, a lærekontrakt as an adult (ol. § 18-6)."""
    ctx = b.ctx
    done = len(s.levels & ctx.required_levels())
    if done >= ctx.school_years or done > 1:  # only right after grunnskole (0+4) or Vg1 (1+3)
        return []
    checks = b.note(
        "laerling", b.cached(("laerling", s.levels, True), lambda: conditions(b.chk, s, early=True), alike=True), s
    )
    if failed(checks):
        return []
    start = b.contract_start(s)
    months = ctx.total_months - 12 * done
    model = f"{done}+{months / 12:g}"
    missing = (b.all_fellesfag - b.passed_fellesfag(s)) | s.missing
    exempt = ctx.county.early_contract.kroppsoving_exempt
    warnings = list(b.warn(checks))
    sources: tuple[str, ...] = ()
    if done == 0 and exempt is not None and ctx.value(exempt).value is True:
        missing -= {"kroppsoving"}
        sources = ctx.value(exempt).sources
    adult = b.who(start) == "adult" and ctx.param("laerling", "adult_contract").value is True
    cond = ctx.condition_source("laerling", "early_contract_not_offered")
    if adult:
        adult_src = ctx.param("laerling", "adult_contract").sources
        title = text("step.laerling.adult", trade=lower_name(ctx.trade.name), model=model)
        standing = Standing("approval", text("standing.adult_contract", county=ctx.county.name), (*adult_src, cond))
        warnings = [c.message for c in unknowns(checks) if c.code != "early_contract_not_offered"]
    else:
        other = _other_school(b)
        fresh = not ctx.person.school and not ctx.person.qualifications and not ctx.person.work
        if done:
            after = text("step.after.vg1")
        elif other:
            after = text("step.after.other_school", level=other[0].capitalize(), programme=other[1])
        elif fresh:
            after = text("step.after.grunnskole")
        else:
            after = ""
        key = "step.laerling.early" if after else "step.laerling.early_no_school"
        title = text(key, trade=lower_name(ctx.trade.name), after=after, model=model)
        standing = Standing("approval", text("standing.early", county=ctx.county.name, model=model), (cond,))
    return [
        contract_edge(
            b,
            s,
            start,
            months,
            frozenset(missing),
            title=title,
            warnings=tuple(warnings),
            with_vg3=True,
            school_days=b.param("laerling", "early_contract_school_days_per_week"),
            variant="early",
            standing=standing,
            extra_sources=sources,
        )
    ]


def _other_school(b: Builder) -> tuple[str, str] | None:
    """The last school year the person passed on a programme that is not the trade's own: (level, name)."""
    programmes = b.ctx.trade.programmes
    other = [(lvl, pid) for lvl, pid, ok in b.ctx.person.school if ok and getattr(programmes, lvl, None) != pid]
    if not other:
        return None
    level, pid = max(other)
    return level, lower_name(b.ctx.rules.programme(pid).name)


def contract_edge(
    b: Builder,
    s: State,
    start: int,
    months: int,
    missing: frozenset[str],
    title: str,
    warnings: tuple[str, ...],
    with_vg3: bool,
    standing: Standing,
    school_days: float = 0.0,
    variant: str = "",
    extra_exams: tuple[str, ...] = (),
    extra_sources: tuple[str, ...] = (),
    how: str = "",
) -> Edge:
    """One lærekontrakt of `months` from `start`, with the missing fellesfag caught up alongside."""
    ctx = b.ctx
    days = school_days
    warn = list(warnings)
    if missing:
        days = max(days, b.param("laerling", "catchup_school_days_per_week"))
    grant, grant_sources, grant_unknown = ctx.grant_for(start)
    if ctx.school_years >= 3:
        grant, grant_sources, grant_unknown = _vg3_in_school_grant(b, grant, grant_sources)
        if grant_unknown:
            warn.append(text("warn.vg3_in_school_grant", county=ctx.county.name))
    elif grant_unknown:
        warn.append(text("warn.bt2_unknown", county=ctx.county.name))
    exams = (*extra_exams, *b.trade_exams(with_vg3))
    step = b.contract_step(
        "laerling",
        title,
        start,
        months,
        exams,
        standing,
        school_days=days,
        warnings=tuple(warn),
        variant=variant,
        grant=(grant, grant_sources),
        extra_sources=extra_sources,
    )
    steps = [step]
    if missing:
        steps.append(_catchup(b, step, missing, how or "step.fellesfag.school_day"))
    target = State(
        t=start + months,
        levels=s.levels | ctx.required_levels(),
        missing=frozenset(),
        exp=s.exp,
        held=ctx.qualification,
    )
    return Edge(tuple(steps), target)


def _catchup(b: Builder, step: StepSpec, missing: frozenset[str], how: str) -> StepSpec:
    """The fellesfag beside the læretid: at most `max_fellesfag_missing_at_test` may be missing at the
    prøve (to be passed within two years); with more, the route passes the rest before it."""
    ctx = b.ctx
    # The same fellesfag in the same county read the same whatever the step's dates: made once.
    key = b.catchup_key(missing, how)
    memo: dict[tuple[object, ...], StepSpec] = shared(ctx.rules.memo, "catchup_steps")
    found = remembered(memo, key, lambda: _catchup_made(b, missing, how), 20_000)
    return found._replace(start=step.start, months=step.months)


def _catchup_made(b: Builder, missing: frozenset[str], how: str) -> StepSpec:
    ctx = b.ctx
    limit_v = ctx.param("laerling", "max_fellesfag_missing_at_test")
    deadline = int(b.param("laerling", "fellesfag_deadline_months"))
    extend = ctx.param("laerling", "catchup_extension_factor")
    sources = tuple(
        dict.fromkeys(
            (
                *ctx.param("laerling", "catchup_school_days_per_week").sources,
                *limit_v.sources,
                *extend.sources,
            )
        )
    )
    catchup = b.catchup_step("laerling", StepSpec("", "", "", 0, 0), missing, how, sources)
    names = ctx.rules.subjects().names
    exams = b.exam_subjects(missing)
    limit = int(limit_v.value)
    if len(exams) > limit:
        note = text("note.fellesfag_before_test", need=len(exams) - limit, limit=limit, months=deadline)
    elif exams:
        note = text("note.fellesfag_after_test", subjects=join([lower_name(names[x]) for x in exams]), months=deadline)
    else:
        note = ""
    parts = [p for p in (catchup.note, note, text("note.extension_option")) if p]
    variant = ctx.variant_fellesfag & (b.all_fellesfag - missing)
    if variant:
        parts.append(
            text(
                "note.fellesfag_variant",
                subjects=join([lower_name(names[x]) for x in sorted(variant)]),
                county=ctx.county.name,
            )
        )
    return catchup._replace(note=" ".join(parts))


def _vg3_in_school_grant(b: Builder, grant: str, sources: tuple[str, ...]) -> tuple[str, tuple[str, ...], bool]:
    """Trades with Vg3 in school (3+1.5): the county's own grant rule (Agder BT2 level, Rogaland none)."""
    fact = b.ctx.county.grants.vg3_in_school_trades
    if fact is None:
        return "unknown", sources, True
    exempt = b.ctx.county.grants.vg3_in_school_exempt_trades
    if exempt is not None:
        e = b.ctx.value(exempt)
        if isinstance(e.value, list) and b.ctx.person.trade in e.value:  # the county's own exception
            return grant, (*sources, *e.sources), False
    v = b.ctx.value(fact)
    if v.unknown:
        return "unknown", (*sources, *v.sources), True
    return str(v.value), v.sources, False


def conditions(chk: Checker, state: State, early: bool) -> list[Check]:
    checks = [chk.grunnskole("laerling"), chk.place("laerling")]
    if not early and not chk.ctx.required_levels() <= state.levels:
        checks.append(chk.levels_missing("laerling", state))
    if early:
        needs_school = chk.school_in_company("laerling", "what.early_contract")
        if needs_school is not None:
            checks.append(needs_school)
        v = chk.ctx.value(chk.ctx.county.early_contract.offered)
        if v.unknown:
            near = chk.near_without("early_contract")
            key, extra = ("early.unknown_near", {"near": near}) if near else ("early.unknown", {})
            checks.append(chk.mk("laerling", "early_contract_not_offered", "unknown", key, v.sources, **extra))
        elif v.value is False:
            checks.append(chk.mk("laerling", "early_contract_not_offered", "fail", "early.no", v.sources))
        elif v.low:
            checks.append(chk.mk("laerling", "early_contract_not_offered", "unknown", "early.low", v.sources))
    return checks


# --- the person's history: a contract now, a prøve not passed -----------------------------------
def current(b: Builder, s: State) -> list[Edge]:
    """A lærling now: the rest of the lærekontrakt, counted from `current.since`."""
    ctx = b.ctx
    served = b.history.served()
    done = len(s.levels & ctx.required_levels())
    ordinary = ctx.required_levels() <= s.levels
    full = ctx.company_months if ordinary else ctx.total_months - 12 * done
    months = max(1, full - served)
    credit = ctx.param("laerling", "served_time_credit")
    since = b.since_label()
    missing = s.missing if ordinary else (b.all_fellesfag - b.passed_fellesfag(s)) | s.missing
    sarlop = ordinary and ctx.school_years == 1 and ctx.param("laerling", "sarlop_exam").value is True
    extra_exams: tuple[str, ...] = ()
    if sarlop:  # særløp: the Vg2 fellesfag and the obligatory exam belong to the læretid (Udir, særløp)
        missing = (b.all_fellesfag - b.passed_fellesfag(s)) | s.missing
        extra_exams = (text("exam.sarlop"),)
    standing = Standing("ordinary", text("standing.current", county=ctx.county.name), credit.sources)
    trade = lower_name(ctx.trade.name)
    title = text("step.laerling.current", trade=trade, since=since, served=served)
    warnings: tuple[str, ...] = ()
    if served > full:  # the læretid of the contract is over by its length: the prøve is what is left
        ended = ctx.cal.label(full - served)  # the last month of the læretid, counted from `since`
        title = text("step.laerling.overdue", trade=trade, since=since, full=full, ended=ended)
        warnings = (text("warn.laerling.overdue", full=full, ended=ended, county=ctx.county.name),)
    return [
        contract_edge(
            b,
            s,
            s.t,
            months,
            frozenset(missing),
            title=title,
            warnings=warnings,
            with_vg3=b.trade_vg3_exam() if ordinary else True,
            standing=standing,
            extra_exams=extra_exams,
            extra_sources=credit.sources,
            how="step.fellesfag.sarlop" if sarlop else "",
        )
    ]


def after_failed_test(b: Builder, s: State) -> list[Edge]:
    """A fag-/svenneprøve not passed: a new prøve, a longer contract with more training (not a right,
    not in særløp), or a lærekandidat contract towards a kompetanseprøve."""
    ctx = b.ctx
    trade = lower_name(ctx.trade.name)
    prove = b.trade_exams(False)[0]
    attempts = ctx.param("laerling", "test_attempts_paid")
    new_v = ctx.param("laerling", "new_test_months")
    target = State(t=s.t + int(new_v.value), levels=s.levels, missing=s.missing, exp=s.exp, held=ctx.qualification)
    retake = StepSpec(
        scheme="laerling",
        kind="exam",
        title=text("step.retake", trade=trade, prove=prove, attempts=int(attempts.value)),
        start=s.t,
        months=int(new_v.value),
        in_company=ctx.person.employment is not None,
        exams=(prove,),
        follow_up=tuple(ctx.schemes["laerling"].follow_up),
        sources=(*attempts.sources, *new_v.sources),
        warnings=(text("warn.retake_time", county=ctx.county.name),),
        variant="retake",
        standing=Standing("ordinary", text("standing.retake", attempts=int(attempts.value)), attempts.sources),
    )
    out = [Edge((retake,), target)]
    if ctx.school_years != 1:  # særløp: the læretid already holds the whole løp after Vg1
        ext = ctx.param("laerling", "extension_after_failed_test")
        months = int(ext.value) + int(new_v.value)
        grant, grant_sources, _ = ctx.grant_for(s.t)
        longer = b.contract_step(
            "laerling",
            text("step.retake.extended", trade=trade, months=int(ext.value), prove=prove),
            s.t,
            months,
            (prove,),
            Standing("approval", text("standing.extension", county=ctx.county.name), ext.sources),
            warnings=(text("warn.extension_not_right", county=ctx.county.name),),
            variant="extended",
            grant=(grant, grant_sources),
            sources=(*ext.sources, *grant_sources),
        )
        end = State(t=s.t + months, levels=s.levels, missing=s.missing, exp=s.exp, held=ctx.qualification)
        out.append(Edge((longer,), end))
    return out
