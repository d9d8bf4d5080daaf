"""The only module that formats results for people (rich) or machines (json through the stdlib)."""

from __future__ import annotations

import json
import sys
from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from pathway.messages import FOLLOW_UP_NAMES, GRANT_NAMES, QUALIFICATION_NAMES, SCHEME_NAMES, join
from pathway.results import PlanResult, Route

BAR_WIDTH = 36


def write_json(data: Any, out: IO[str] | None = None) -> None:
    """Machine output never goes through rich: rich wraps long lines when piped."""
    (out or sys.stdout).write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def console(out: IO[str] | None = None) -> Console:
    return Console(file=out or sys.stdout, highlight=False, soft_wrap=False)


def candidate_line(result: PlanResult) -> Text:
    s = result.summary
    age = f"{s.age}" + (" (age given)" if s.age_estimated else "")
    parts = [
        result.candidate,
        f"{age} years",
        s.county_name,
        f"goal {s.trade_name} ({QUALIFICATION_NAMES[s.qualification]})",
    ]
    parts.append("school: " + (", ".join(s.school) if s.school else "none after grunnskole"))
    if s.missing:
        parts.append("missing: " + ", ".join(s.missing))
    if s.experience_months:
        parts.append(f"{s.experience_months} months relevant work")
    if s.employed:
        parts.append(f"employed: {s.employed}")
    place = {True: "yes", False: "no", None: "unknown"}[s.apprenticeship_place]
    parts.append(f"apprenticeship place: {place}")
    return Text(" · ".join(parts), style="bold")


def route_heading(route: Route) -> Text:
    schemes = " → ".join(SCHEME_NAMES.get(s, s).split(" (")[0] for s in route.schemes)
    qual = QUALIFICATION_NAMES[route.qualification]
    text = Text(f"{route.rank}. ", style="bold")
    text.append(
        f"{qual} in {route.months} months", style="bold green" if qual in ("fagbrev", "svennebrev") else "bold yellow"
    )
    text.append(f" ({route.finish}, age {route.age_at_finish}) via {schemes}")
    return text


def _bar(start: int, months: int, first: int, total: int, char: str) -> Text:
    scale = max(1.0, total / BAR_WIDTH)
    lead = round((start - first) / scale)
    size = max(1, round(months / scale))
    return Text(" " * lead + char * size)


def _month_no(label: str) -> int:
    year, month = label.split("-")
    return int(year) * 12 + int(month) - 1


def route_table(route: Route) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=False)
    for name, kw in (
        ("start", {}),
        ("end", {}),
        ("months", {"justify": "right"}),
        ("age", {"justify": "right"}),
        ("school d/wk", {"justify": "right"}),
        ("step", {"overflow": "fold"}),
        ("timeline", {}),
    ):
        table.add_column(name, **kw)  # type: ignore[arg-type]
    first = min(_month_no(s.start) for s in route.steps)
    last = max(_month_no(s.end) for s in route.steps)
    total = last - first + 1
    for step in route.steps:
        days = f"{step.school_days_per_week:g}"
        title = Text(("  + " if step.parallel else "") + step.title)
        char = "▒" if step.parallel else ("█" if step.in_school else "▆" if step.in_company else "▁")
        table.add_row(
            step.start,
            step.end,
            str(step.months),
            str(step.age_at_end),
            days,
            title,
            _bar(_month_no(step.start), step.months, first, total, char),
        )
    return table


def route_facts(route: Route) -> Text:
    grants = join([GRANT_NAMES[g] for g in route.grants]) or "none"
    who = join(sorted({FOLLOW_UP_NAMES[f] for s in route.steps for f in s.follow_up}))
    lines = [
        f"school {route.months_in_school} months · company {route.months_in_company} months · "
        f"paid {route.paid_months} months · company grant: {grants}",
        f"exams: {join(list(route.exams))}",
        f"followed up by: {who}",
    ]
    for w in route.waiting:
        lines.append(
            f"waiting {w.start} to {w.end} ({w.months} months): followed up by "
            f"{join([FOLLOW_UP_NAMES[f] for f in w.follow_up])}"
        )
    return Text("\n".join(lines), style="dim")


def plan_table(result: PlanResult, out: IO[str] | None = None) -> None:
    con = console(out)
    con.print(candidate_line(result))
    con.print(Text(f"planned {result.as_of} with rules {result.rules_version}", style="dim"))
    for w in result.warnings:
        con.print(Text(f"! {w}", style="yellow"))
    con.print()
    if not result.routes:
        con.print(Text("No route to a final qualification was found.", style="bold red"))
    for route in result.routes:
        con.print(route_heading(route))
        con.print(route_table(route))
        con.print(route_facts(route))
        for w in route.warnings:
            con.print(Text(f"! {w}", style="yellow"))
        con.print()
    if result.excluded:
        con.print(Text("Not in any route:", style="bold"))
        for ex in result.excluded:
            for reason in ex.reasons:
                line = Text(f"  {SCHEME_NAMES.get(ex.scheme, ex.scheme)}: ", style="bold")
                line.append(reason.message)
                line.append(f" [{reason.code}]", style="dim")
                con.print(line)
                if reason.sources:
                    con.print(Text(f"      {reason.sources[0]}", style="dim"))
    con.print(Text("The county decides: confirm every route with the county before it is promised.", style="dim"))
