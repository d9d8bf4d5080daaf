"""The school years Vg1, Vg2 (and Vg3 where the trade has it) on the trade's programmes (`skole`).

Reads rules/school.yaml: when a school year starts, and who a youth school year is for.
"""

from __future__ import annotations

from pathway.messages import text
from pathway.schemes.base import MAX_WAIT, Builder
from pathway.state import Edge, State, StepSpec


def edges(b: Builder, s: State) -> list[Edge]:
    ctx = b.ctx
    if not ctx.person.grunnskole:
        return []
    start = b.august(s.t)
    if start - s.t > MAX_WAIT:
        return []
    months = int(ctx.value(ctx.school.year_months).value)
    programmes = ctx.trade.programmes
    levels = set(s.levels)
    if "vg1" not in levels and "vg1_sf" in levels and programmes.vg2:
        level, pid, title_key = "vg2", programmes.vg2, "step.school.opphenting"
        levels |= {"vg1", "vg2"}
        sources: tuple[str, ...] = (ctx.value(ctx.school.opphenting_from).sources[0],)
    else:
        for level in ("vg1", "vg2", "vg3"):
            if level not in levels:
                break
        else:
            return []
        if int(level[2]) > ctx.school_years:
            return []
        pid = getattr(programmes, level)
        if pid is None:
            return []
        title_key = "step.school"
        levels.add(level)
        sources = ()
    prog = ctx.rules.programme(pid)
    standing = b.standing("skole", start, ctx.school.youth_school_years)
    if standing.kind != "ordinary":
        title_key = {"step.school": "step.school.adult", "step.school.opphenting": "step.school.opphenting.adult"}[
            title_key
        ]
    warnings: tuple[str, ...] = ()
    year_start = int(ctx.value(ctx.school.year_start_month).value)
    if s == b.origin and ctx.as_of.month == year_start and start > 0:
        warnings = (text("warn.late_admission", county=ctx.county.name),)
    notice = None
    offer_sources: tuple[str, ...] = ()
    if level == "vg2":
        missing_offer = ctx.vg2_not_offered(pid)
        if missing_offer is not None:
            nearest, offer_sources = missing_offer
            where = ctx.rules.county(nearest).name if nearest else ""
            key = "warn.vg2_not_offered" if nearest else "warn.vg2_not_offered_anywhere"
            message = text(key, programme=prog.name, county=ctx.county.name, nearest=where)
            warnings += (message,)
            notice = ("vg2_not_offered", pid, ctx.person.county, nearest or "", message, offer_sources)
    step = StepSpec(
        scheme="skole",
        kind="school",
        title=text(title_key, level=level.capitalize(), programme=prog.name),
        start=start,
        months=months,
        school_days=5.0,
        in_school=True,
        follow_up=("school",),
        sources=(prog.source, *sources, *ctx.value(ctx.school.first_school_day).sources, *offer_sources),
        warnings=warnings,
        standing=standing,
        notice=notice,
    )
    target = State(t=start + months, levels=frozenset(levels), missing=s.missing, exp=s.exp)
    return [Edge((step,), target)]


def current(b: Builder, s: State) -> list[Edge]:
    """An elev now: the school year being taken ends in July; the routes go on from there."""
    ctx = b.ctx
    cur = b.history.current
    assert cur is not None and cur.level is not None and cur.programme is not None
    year_start = int(ctx.value(ctx.school.year_start_month).value)
    end = ctx.cal.next_month(s.t, year_start) - 1  # the July that closes this school year
    start = s.t
    if end <= s.t and s.t > 0:
        # Planned in June or July: what is left of the year is the plan month and the summer; the
        # step shows the year from the plan month to its end, not a July alone as if taught then.
        start, end = s.t - 1, max(end, s.t - 1)
    levels = set(s.levels)
    programmes = ctx.trade.programmes
    if getattr(programmes, cur.level, None) == cur.programme:
        levels.add(cur.level)
    elif cur.level == "vg1" and cur.programme in set(ctx.value(ctx.school.opphenting_from).value):
        levels.add("vg1_sf")
    prog = ctx.rules.programme(cur.programme)
    step = StepSpec(
        scheme="skole",
        kind="school",
        title=text("step.school.current", level=cur.level.capitalize(), programme=prog.name),
        start=start,
        months=end - start + 1,
        school_days=5.0,
        in_school=True,
        follow_up=("school",),
        sources=(prog.source,),
        standing=b.standing("skole", s.t, ctx.school.youth_school_years),
    )
    return [Edge((step,), State(t=end + 1, levels=frozenset(levels), missing=s.missing, exp=s.exp))]
