"""The only module that formats results: rich text for people, JSON through the stdlib for machines.

Rich is imported only when a person's view is drawn, so that `--format json` never pays for it.
Names from the rule book and the candidate go into `Text` objects, never into markup, so square
brackets in data survive.
"""

from __future__ import annotations

import json
import sys
from typing import IO, TYPE_CHECKING, Any

from pathway.messages import FOLLOW_UP_NAMES, GRANT_NAMES, QUALIFICATION_NAMES, SCHEME_NAMES, join, text
from pathway.results import PlanResult, Route, Step

if TYPE_CHECKING:
    from rich.text import Text

BAR_WIDTH = 36


def write_json(data: Any, out: IO[str] | None = None) -> None:
    """Machine output never goes through rich: rich wraps long lines when piped."""
    (out or sys.stdout).write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _month_no(label: str) -> int:
    year, month = label.split("-")
    return int(year) * 12 + int(month) - 1


def candidate_line(result: PlanResult) -> str:
    s = result.summary
    age = text("view.age_given", age=s.age) if s.age_estimated else str(s.age)
    parts = [
        result.candidate,
        text("view.years", age=age),
        s.county_name,
        text("view.goal", trade=s.trade_name, qualification=QUALIFICATION_NAMES[s.qualification]),
        text("view.school", years=", ".join(s.school)) if s.school else text("view.school.none"),
    ]
    if s.missing:
        parts.append(text("view.missing", subjects=", ".join(s.missing)))
    if s.experience_months:
        parts.append(text("view.experience", months=s.experience_months))
    if s.employed:
        parts.append(text("view.employed", job=s.employed))
    place = {True: "view.yes", False: "view.no", None: "view.unknown"}[s.apprenticeship_place]
    parts.append(text("view.place", answer=text(place)))
    return " · ".join(parts)


def timeline_bar(step: Step, first: int, total: int) -> str:
    """The step as a bar on the route's month axis: █ school, ▆ company, ▁ other, ▒ alongside."""
    scale = max(1.0, total / BAR_WIDTH)
    lead = round((_month_no(step.start) - first) / scale)
    size = max(1, round(step.months / scale))
    char = "▒" if step.parallel else ("█" if step.in_school else "▆" if step.in_company else "▁")
    return (" " * lead + char * size).ljust(BAR_WIDTH)


def route_heading(route: Route) -> Text:
    from rich.text import Text

    schemes = " → ".join(SCHEME_NAMES.get(s, s).split(" (")[0] for s in route.schemes)
    qual = QUALIFICATION_NAMES[route.qualification]
    heading = Text(f"{route.rank}. ", style="bold")
    full = route.qualification in ("fagbrev", "svennebrev")
    heading.append(
        text("view.route", qualification=qual, months=route.months), style="bold green" if full else "bold yellow"
    )
    heading.append(text("view.route_tail", finish=route.finish, age=route.age_at_finish, schemes=schemes))
    return heading


def route_lines(route: Route) -> list[str]:
    first = min(_month_no(s.start) for s in route.steps)
    total = max(_month_no(s.end) for s in route.steps) - first + 1
    cols = text("view.columns").split("|")
    rows = [[s.start, s.end, str(s.months), str(s.age_at_end), f"{s.school_days_per_week:g}"] for s in route.steps]
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(cols[:5])]
    head = "  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(cols[:5], widths, strict=True)))
    lines = [f"{head}  {cols[6].ljust(BAR_WIDTH)}  {cols[5]}"]
    for step, row in zip(route.steps, rows, strict=True):
        cells = "  ".join(v.ljust(w) if i < 2 else v.rjust(w) for i, (v, w) in enumerate(zip(row, widths, strict=True)))
        title = ("+ " if step.parallel else "") + step.title
        lines.append(f"{cells}  {timeline_bar(step, first, total)}  {title}")
    return lines


def route_facts(route: Route) -> list[str]:
    grants = join([GRANT_NAMES[g] for g in route.grants]) or text("view.none")
    who = join(sorted({FOLLOW_UP_NAMES[f] for s in route.steps for f in s.follow_up}))
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
                "view.waiting",
                start=w.start,
                end=w.end,
                months=w.months,
                who=join([FOLLOW_UP_NAMES[f] for f in w.follow_up]),
            )
        )
    return lines


def plan_table(result: PlanResult, out: IO[str] | None = None) -> None:
    from rich.console import Console
    from rich.text import Text

    con = Console(file=out or sys.stdout, highlight=False)
    con.print(Text(candidate_line(result), style="bold"))
    con.print(Text(text("view.planned", as_of=result.as_of, version=result.rules_version), style="dim"))
    for w in result.warnings:
        con.print(Text(f"! {w}", style="yellow"))
    con.print()
    if not result.routes:
        con.print(Text(text("view.no_route"), style="bold red"))
    for route in result.routes:
        con.print(route_heading(route))
        for line in route_lines(route):
            con.print(Text(line), soft_wrap=True)
        for line in route_facts(route):
            con.print(Text(line, style="dim"))
        for w in route.warnings:
            con.print(Text(f"! {w}", style="yellow"))
        con.print()
    if result.excluded:
        con.print(Text(text("view.excluded"), style="bold"))
        for ex in result.excluded:
            for reason in ex.reasons:
                out_line = Text(f"  {SCHEME_NAMES.get(ex.scheme, ex.scheme)}: ", style="bold")
                out_line.append(reason.message)
                out_line.append(f" [{reason.code}]", style="dim")
                con.print(out_line)
                if reason.sources:
                    con.print(Text(f"      {reason.sources[0]}", style="dim"), soft_wrap=True)
    con.print(Text(text("view.county_decides"), style="dim"))
