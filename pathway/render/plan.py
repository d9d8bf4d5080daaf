"""The plan view for one candidate: lines of styled segments, plain when piped, rich at a terminal."""

from __future__ import annotations

import os
import sys
from typing import IO, Any

from pathway.messages import (
    common,
    follow_up_name,
    grant_name,
    join,
    month,
    number,
    plural,
    qualification_name,
    scheme_name,
    text,
)
from pathway.render.base import DEFAULT_WIDTH, GAP, _capital, console, output_width, wrap
from pathway.render.readings import excluded_reading_lines, route_reading_lines
from pathway.render.timeline import Scale, route_timeline
from pathway.render.unlocks import unlock_lines
from pathway.results import PlanResult, Route


def candidate_line(result: PlanResult) -> str:
    s = result.summary
    age = text("view.age_given", age=s.age) if s.age_estimated else text("view.years", age=s.age)
    school = [f"{level} {common(name)}" for level, name in s.school_names] or list(s.school)
    missing = [common(name) for name in s.missing_names] or list(s.missing)
    parts = [
        result.candidate,
        age,
        s.county_name,
        text("view.goal", trade=s.trade_name, qualification=qualification_name(s.qualification)),
        text("view.school", years=", ".join(school))
        if school
        else text("view.school.none" if s.grunnskole else "view.school.no_grunnskole"),
    ]
    if missing:
        parts.append(text("view.missing", subjects=join(missing)))
    if s.experience_months:
        parts.append(text("view.experience", months=s.experience_months))
    if s.employed:
        parts.append(text("view.employed", job=common(s.employed_name or s.employed)))
    place = {True: "view.yes", False: "view.no", None: "view.unknown"}[s.apprenticeship_place]
    parts.append(text("view.place", answer=text(place)))
    return " · ".join(parts)


Segment = tuple[str, str]  # (text, rich style); a line of the plan view is a list of segments


Line = list[Segment]


def route_chain(route: Route) -> str:
    """How the route goes, in words: `Vg1 og Vg2 i skole, deretter Vg3 fagopplæring i skole`."""
    parts = []
    for sid in route.schemes:
        if sid == "fellesfag":
            continue
        if sid == "skole":
            levels = [s.title.split(" ")[0] for s in route.steps if s.scheme == "skole"]
            parts.append(text("name.via.skole", levels=join(levels)))
        else:
            parts.append(text("name.via." + sid))
    chain = text("word.then").join(parts)
    if "fellesfag" in route.schemes:
        chain += text("word.alongside") + text("name.via.fellesfag")
    return chain


def route_title(route: Route) -> str:
    """`Fagbrev etter 43 måneder (juli 2030, 21 år): Vg1 og Vg2 i skole, deretter …`"""
    months = plural("n.months", route.months)
    head = text("view.route", qualification=qualification_name(route.qualification), months=months)
    tail = text("view.route_tail", finish=route.finish, age=route.age_at_finish, chain=route_chain(route))
    return _capital(head) + tail


def section_heading(title: str, width: int) -> list[Line]:
    """A heading between parts of the plan view (excluded schemes, more routes, and whatever groups come)."""
    return [[(line, "bold")] for line in wrap(title, width)]


def step_table(route: Route, width: int, indent: str = "   ") -> list[Line]:
    """The steps as a table whose last column (the step) wraps at word boundaries within `width`."""
    heads = [h.split("\n") for h in text("view.columns").split("|")]
    rows = [
        [
            month(s.start, short=True),
            month(s.end, short=True),
            str(s.months),
            str(s.age_at_end),
            number(s.school_days_per_week),
        ]
        for s in route.steps
    ]
    widths = [max(*(len(h) for h in heads[i]), *(len(r[i]) for r in rows)) for i in range(5)]
    depth = max(len(h) for h in heads)
    left = len(indent) + sum(widths) + len(GAP) * 5
    room = width - left
    stacked = room < 24  # too narrow for a step column: the step goes under its row

    def cells(values: list[str]) -> str:
        return GAP.join(
            v.ljust(w) if i < 2 else v.rjust(w) for i, (v, w) in enumerate(zip(values, widths, strict=True))
        )

    out: list[Line] = []
    for n in range(depth):
        row = [h[n - (depth - len(h))] if n >= depth - len(h) else "" for h in heads]
        line = indent + cells(row[:5]) + ("" if stacked else GAP + row[5])
        out.append([(line.rstrip(), "bold")])
    for step, row in zip(route.steps, rows, strict=True):
        title = ("+ " if step.parallel else "") + step.title
        if stacked:
            out.append([(indent + cells(row), "")])
            out += [[(line, "")] for line in wrap(title, width, indent + "    ")]
        else:
            pad = " " * left
            body = wrap(title, width - left)
            out.append([(indent + cells(row) + GAP + body[0], "")])
            out += [[(pad + line, "")] for line in body[1:]]
    return out


def route_facts(route: Route) -> list[str]:
    named = [g for g in route.grants if g != "none"] or list(route.grants)  # "basistilskudd I", not "… and none"
    grants = join([grant_name(g) for g in named]) or text("view.none")
    who = join(sorted({follow_up_name(f) for s in route.steps for f in s.follow_up}))
    lines = [
        text(
            "view.facts",
            school=route.months_in_school,
            company=route.months_in_company,
            paid=route.paid_months,
            grants=grants,
        ),
        text("view.exams", exams=join(list(route.exams))),
        text("view.followed", who=who),
    ]
    for w in route.waiting:
        lines.append(
            text(
                "view.waiting.place" if w.why == "place" else "view.waiting",
                start=w.start,
                end=w.end,
                months=plural("n.months", w.months),
                who=join([follow_up_name(f) for f in w.follow_up]),
            )
        )
    return lines


GROUP_ORDER = ("routes", "approval", "fallback", "partial")


def route_block(route: Route, scale: Scale, width: int, verbose: bool = False) -> list[Line]:
    """One route: its title, its timeline on the plan's scale, its steps, facts and warnings."""
    full = route.qualification in ("fagbrev", "svennebrev", "unknown")
    style = "bold green" if full else "bold yellow"
    lines: list[Line] = [[(line, style)] for line in wrap(route_title(route), width, "   ", f"{route.rank}. ")]
    if route.standing_reason:
        said = text(f"view.standing.{route.standing}", reason=route.standing_reason).strip()
        lines += [[(line, "italic")] for line in wrap(said, width, "     ", "   ")]
    if verbose and route.rank_reason:
        said = text("view.rank", reason=route.rank_reason).strip()
        lines += [[(line, "italic")] for line in wrap(said, width, "     ", "   ")]
    lines += [[(line, "")] for line in route_timeline(route, scale)]
    lines += step_table(route, width)
    for fact in route_facts(route):
        lines += [[(line, "dim")] for line in wrap(fact, width, "     ", "   ")]
    for w in route.warnings:
        lines += [[(line, "yellow")] for line in wrap(w, width, "     ", "   ! ")]
    lines.append([])
    return lines


def exclusion_lines(ex: Any, width: int, verbose: bool) -> list[Line]:
    lines: list[Line] = []
    for reason in ex.reasons:
        said = f"{scheme_name(ex.scheme)}: {_capital(reason.message)}" + (f" [{reason.code}]" if verbose else "")
        lines += [[(line, "")] for line in wrap(said, width, "      ", "  ")]
        if verbose:
            lines += [[(f"      {text('view.source', source=src)}", "dim")] for src in reason.sources[:1]]
    return lines


def plan_lines(
    result: PlanResult, width: int = DEFAULT_WIDTH, verbose: bool = False, quiet: bool = False
) -> list[Line]:
    """The plan view as lines of styled segments: the same words with or without a terminal, each line
    at most `width` columns (a source address in --verbose may be longer: it cannot be broken)."""
    lines: list[Line] = [[(line, "bold")] for line in wrap(candidate_line(result), width, "  ")]
    lines += [
        [(line, "dim")] for line in wrap(text("view.planned", as_of=result.as_of, version=result.rules_version), width)
    ]
    for w in result.warnings:
        lines += [[(line, "yellow")] for line in wrap(w, width, "  ", "! ")]
    if result.credited:
        lines += section_heading(text("view.credited"), width)
        for c in result.credited:
            lines += [[(line, "")] for line in wrap(c.message, width, "    ", "  ")]
    lines.append([])
    if result.holds_goal:
        lines += [[(line, "bold green")] for line in wrap(result.holds_goal, width)]
    elif not result.routes:
        lines.append([(text("view.no_route"), "bold red")])
    scale = Scale(result.routes, width - 4)
    # Headings only when the ranking keeps each group together (an offer in hand may put a route that
    # needs approval first; then each route's standing line says it).
    order = [GROUP_ORDER.index(r.group) for r in result.routes if r.group in GROUP_ORDER]
    headed = order == sorted(order)
    group = "routes"
    for route in result.routes:
        if headed and route.group != group:
            group = route.group
            lines += section_heading(text(f"view.group.{group}"), width)
            lines.append([])
        block = route_block(route, scale, width, verbose)
        if verbose:  # the other readings it rests on, before the blank line that ends the route
            block = block[:-1] + route_reading_lines(route, width) + block[-1:]
        lines += block
    lines += unlock_lines(result, width, verbose)
    more = [ex for ex in result.excluded if any(r.code == "ranked_lower" for r in ex.reasons)]
    out = [ex for ex in result.excluded if ex not in more]
    if more:
        lines += section_heading(text("view.more_routes", top=len(result.routes) + len(more)), width)
        lines += [[(line, "")] for line in wrap(join([scheme_name(ex.scheme) for ex in more]), width, "  ")]
        lines.append([])
    if out:
        lines += section_heading(text("view.excluded"), width)
        for ex in out:
            lines += exclusion_lines(ex, width, verbose)
            if verbose:
                lines += excluded_reading_lines(ex, width)
    if result.routes:
        lines += [[(line, "dim")] for line in wrap(text("timeline.legend"), width)]
    lines += [[(line, "dim")] for line in wrap(text("view.county_decides"), width)]
    return lines


def plan_hint(verbose: bool = False, quiet: bool = False) -> None:
    """Where to find more (--verbose, pathway report): a hint, not data, so on stderr as every hint;
    written once the plan is out."""
    if not verbose and not quiet:
        sys.stderr.write("".join(line + "\n" for line in wrap(text("view.more_detail"), output_width(sys.stderr))))


def plan_table(result: PlanResult, out: IO[str] | None = None, verbose: bool = False, quiet: bool = False) -> None:
    """For a person at a terminal: rich styles. Piped: the same lines as plain text (no styling, and
    rich is not even loaded). Either way the lines fit the width (the terminal's, else $COLUMNS or 100)."""
    stream = out or sys.stdout
    lines = plan_lines(result, output_width(stream), verbose, quiet)
    if not (stream.isatty() or os.environ.get("FORCE_COLOR")):
        stream.write("".join("".join(t for t, _ in line) + "\n" for line in lines))
        return
    from rich.text import Text

    con = console(stream)
    for line in lines:
        rich_line = Text()
        for segment, style in line:
            rich_line.append(segment, style=style or None)
        con.print(rich_line, soft_wrap=True)  # already wrapped to the width
