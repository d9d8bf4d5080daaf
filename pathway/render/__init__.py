"""The only module that formats results: rich text for people, JSON through the stdlib for machines.

Rich is imported only when a person's view is drawn, so that `--format json` never pays for it.
Names from the rule book and the candidate go into `Text` objects, never into markup, so square
brackets in data survive.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any

from pathway.messages import follow_up_name, grant_name, join, qualification_name, scheme_name, text
from pathway.results import PlanResult, Route, Step

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
        text("view.goal", trade=s.trade_name, qualification=qualification_name(s.qualification)),
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


Segment = tuple[str, str]  # (text, rich style); a line of the plan view is a list of segments


def route_heading(route: Route) -> list[Segment]:
    schemes = " → ".join(scheme_name(s, short=True) for s in route.schemes)
    qual = qualification_name(route.qualification)
    full = route.qualification in ("fagbrev", "svennebrev", "unknown")
    return [
        (f"{route.rank}. ", "bold"),
        (text("view.route", qualification=qual, months=route.months), "bold green" if full else "bold yellow"),
        (text("view.route_tail", finish=route.finish, age=route.age_at_finish, schemes=schemes), ""),
    ]


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
    grants = join([grant_name(g) for g in route.grants]) or text("view.none")
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
                "view.waiting",
                start=w.start,
                end=w.end,
                months=w.months,
                who=join([follow_up_name(f) for f in w.follow_up]),
            )
        )
    return lines


def plan_lines(result: PlanResult) -> list[list[Segment]]:
    """The plan view as lines of styled segments: the same words with or without a terminal."""
    lines: list[list[Segment]] = [
        [(candidate_line(result), "bold")],
        [(text("view.planned", as_of=result.as_of, version=result.rules_version), "dim")],
    ]
    lines += [[(f"! {w}", "yellow")] for w in result.warnings]
    if result.credited:
        lines.append([(text("view.credited"), "bold")])
        lines += [[(f"  {c.message}", "")] for c in result.credited]
    lines.append([])
    if result.holds_goal:
        lines.append([(result.holds_goal, "bold green")])
    elif not result.routes:
        lines.append([(text("view.no_route"), "bold red")])
    group = "routes"
    for route in result.routes:
        if route.group != group:
            group = route.group
            lines.append([(text(f"view.group.{group}"), "bold underline")])
            lines.append([])
        lines.append(route_heading(route))
        if route.standing_reason:
            lines.append([(text(f"view.standing.{route.standing}", reason=route.standing_reason), "italic")])
        lines += [[(line, "")] for line in timeline([route], width=60)[:-1]]
        lines += [[(line, "")] for line in route_lines(route)]
        lines += [[(line, "dim")] for line in route_facts(route)]
        lines += [[(f"! {w}", "yellow")] for w in route.warnings]
        lines.append([])
    more = [ex for ex in result.excluded if any(r.code == "ranked_lower" for r in ex.reasons)]
    out = [ex for ex in result.excluded if ex not in more]
    if more:
        lines.append([(text("view.more_routes", top=len(result.routes) + len(more)), "bold")])
        lines.append([("  " + join([scheme_name(ex.scheme) for ex in more]), "")])
        lines.append([])
    if out:
        lines.append([(text("view.excluded"), "bold")])
        for ex in out:
            for reason in ex.reasons:
                lines.append(
                    [(f"  {scheme_name(ex.scheme)}: ", "bold"), (reason.message, ""), (f" [{reason.code}]", "dim")]
                )
                if reason.sources:
                    lines.append([(f"      {reason.sources[0]}", "dim")])
    lines.append([(text("timeline.legend"), "dim")])
    lines.append([(text("view.county_decides"), "dim")])
    return lines


def plan_table(result: PlanResult, out: IO[str] | None = None) -> None:
    """For a person at a terminal: rich styles. Piped: the same lines as plain text (no styling,
    no wrapping, and rich is not even loaded)."""
    stream = out or sys.stdout
    lines = plan_lines(result)
    if not (stream.isatty() or os.environ.get("FORCE_COLOR")):
        stream.write("".join("".join(t for t, _ in line) + "\n" for line in lines))
        return
    from rich.console import Console
    from rich.text import Text

    con = Console(file=stream, highlight=False)
    for line in lines:
        rich_line = Text()
        for segment, style in line:
            rich_line.append(segment, style=style or None)
        con.print(rich_line, soft_wrap=True)  # the terminal wraps; the step table keeps its columns


# --- many candidates -------------------------------------------------------------------------------
ROW_FIELDS = ("id", "source", "status", "schemes", "qualification", "months", "finish", "routes", "error")


def row_cells(row: Any) -> list[str]:
    d = row.to_dict()
    return ["" if d[k] is None else "+".join(d[k]) if isinstance(d[k], list) else str(d[k]) for k in ROW_FIELDS]


def csv_cell(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (OWASP CSV injection): a cell
    starting with = + - @ tab or carriage return gets a leading apostrophe; a line break inside a
    cell becomes a visible space, so no row is ever split."""
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        value = "'" + value
    return value.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")


class RowWriter:
    """Streams rows as NDJSON or CSV (every row is complete when written), or collects them for JSON
    and the table."""

    def __init__(self, out: IO[str], fmt: str, excel: bool = False) -> None:
        import csv

        self.out, self.fmt = out, fmt
        self.rows: list[Any] = []
        self.csv = csv.writer(out, delimiter=";" if excel else ",", lineterminator="\n") if fmt == "csv" else None
        if self.csv is not None:
            if excel:
                out.write("\ufeff")
            self.csv.writerow(ROW_FIELDS)

    def write(self, row: Any) -> None:
        if self.fmt == "ndjson":
            self.out.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
            self.out.flush()
        elif self.csv is not None:
            self.csv.writerow([csv_cell(c) for c in row_cells(row)])
            self.out.flush()
        else:
            self.rows.append(row)

    def close(self) -> None:
        if self.fmt == "json":
            write_json(
                {
                    "pathway_result_version": "1",
                    "rows": [r.to_dict() for r in self.rows],
                    "summary": summary(self.rows),
                },
                self.out,
            )
        elif self.fmt == "table":
            rows_table(self.rows, self.out)


def summary(rows: list[Any]) -> dict[str, Any]:
    status = Counter(r.status for r in rows)
    best = Counter("+".join(r.schemes) for r in rows if r.status == "ok")
    return {"rows": len(rows), "status": dict(sorted(status.items())), "best_route": dict(sorted(best.items()))}


def _wide_console(out: IO[str] | None) -> Any:
    """A console for tables: the terminal's width, or 160 columns when the output is piped."""
    from rich.console import Console

    stream = out or sys.stdout
    return Console(file=stream, highlight=False, width=None if stream.isatty() else 160)


def rows_table(rows: list[Any], out: IO[str] | None = None) -> None:
    stream = out or sys.stdout
    if not (stream.isatty() or os.environ.get("FORCE_COLOR")):
        _plain_rows_table(rows, stream)  # piped: the same columns as text, fast for any number of rows
        return
    from rich.table import Table

    con = _wide_console(out)
    table = Table(box=None, header_style="bold")
    for name in ROW_FIELDS:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*[_cell(c) for c in row_cells(row)])
    con.print(table)
    s = summary(rows)
    status = ", ".join(f"{k} {v}" for k, v in s["status"].items())
    best = ", ".join(f"{k} {v}" for k, v in sorted(s["best_route"].items(), key=lambda kv: (-kv[1], kv[0])))
    con.print(_cell(text("view.summary", rows=s["rows"], status=status, best=best or text("view.none"))))


def _plain_rows_table(rows: list[Any], out: IO[str]) -> None:
    cells = [list(ROW_FIELDS)] + [row_cells(row) for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(ROW_FIELDS))]
    for line in cells:
        out.write("".join(f" {cell.ljust(width)} " for cell, width in zip(line, widths, strict=True)) + "\n")
    s = summary(rows)
    status = ", ".join(f"{k} {v}" for k, v in s["status"].items())
    best = ", ".join(f"{k} {v}" for k, v in sorted(s["best_route"].items(), key=lambda kv: (-kv[1], kv[0])))
    out.write(text("view.summary", rows=s["rows"], status=status, best=best or text("view.none")) + "\n")


def _cell(value: str) -> Any:
    """Data as a rich Text (never markup: brackets in names survive); rich is imported lazily."""
    from rich.text import Text

    return Text(value)


# --- barriers --------------------------------------------------------------------------------------
def barriers_json(report: Any, out: IO[str] | None = None) -> None:
    write_json(report.to_dict(), out)


def _barrier_rows(report: Any) -> list[list[str]]:
    rows = []
    for b in report.sorted_barriers():
        d = b.to_dict()
        avg = "" if d["months_saved_average"] is None else f"{d['months_saved_average']:g}"
        rows.append(
            [
                b.county,
                b.scheme,
                b.code,
                str(b.affected),
                str(b.excluded),
                str(b.improved),
                str(b.upgraded),
                str(b.months_saved),
                avg,
            ]
        )
    return rows


def _barrier_columns() -> list[str]:
    return text("barriers.columns").split("|")


def barriers_markdown(report: Any, out: IO[str] | None = None) -> None:
    o = out or sys.stdout
    o.write(f"# {text('barriers.title')}\n\n")
    o.write(
        text("barriers.intro", candidates=report.candidates, invalid=report.invalid, no_route=report.no_route) + "\n\n"
    )
    o.write("| " + " | ".join(_barrier_columns()) + " |\n|" + "---|" * len(_barrier_columns()) + "\n")
    for row in _barrier_rows(report):
        o.write("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |\n")
    o.write(f"\n## {text('barriers.exclusions', by=report.by)}\n\n")
    o.write("| scheme | reason | " + text("barriers.group", by=report.by) + " | candidates |\n|---|---|---|---|\n")
    for scheme, codes in sorted(report.exclusions.items()):
        for code, groups in sorted(codes.items()):
            for group, n in sorted(groups.items()):
                o.write(f"| {scheme} | {code} | {group} | {n} |\n")
    sources = sorted({b.source for b in report.barriers.values() if b.source})
    if sources:
        o.write(f"\n{text('barriers.sources')}\n\n")
        for src in sources:
            o.write(f"- {src}\n")
    o.write("\n" + text("view.county_decides") + "\n")


def barriers_table(report: Any, out: IO[str] | None = None) -> None:
    from rich.table import Table

    con = _wide_console(out)
    con.print(
        _cell(text("barriers.intro", candidates=report.candidates, invalid=report.invalid, no_route=report.no_route))
    )
    table = Table(box=None, header_style="bold")
    for name in _barrier_columns():
        table.add_column(name, overflow="fold")
    for row in _barrier_rows(report):
        table.add_row(*[_cell(c) for c in row])
    con.print(table)


def progress(items: Iterator[Any], total: int | None) -> Iterator[Any]:
    """A progress bar on stderr, only for a person at a terminal and more than 200 candidates (or an
    unknown number: a streamed cohort)."""
    if (total is not None and total <= 200) or not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import Progress

    with Progress(console=_stderr_console(), transient=True) as bar:
        task = bar.add_task(text("view.progress"), total=total)
        for item in items:
            yield item
            bar.advance(task)


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


# --- timelines -------------------------------------------------------------------------------------
def _route_months(route: Route) -> dict[int, str]:
    """month number → what the person does then: school, company, other (exam, work) or waiting."""
    kinds: dict[int, str] = {}
    for w in route.waiting:
        for m in range(_month_no(w.start), _month_no(w.end) + 1):
            kinds[m] = "waiting"
    for s in route.steps:
        if s.parallel:
            continue
        kind = "school" if s.in_school else "company" if s.in_company and s.kind != "exam" else "other"
        for m in range(_month_no(s.start), _month_no(s.end) + 1):
            kinds[m] = kind
    return kinds


TIMELINE_CHARS = {"school": "█", "company": "▆", "other": "▁", "waiting": "·"}


def timeline(routes: list[Route], width: int = 60, label_width: int = 3) -> list[str]:
    """Each route as a bar over the months, on one axis with the years marked."""
    if not routes:
        return []
    months = [_route_months(r) for r in routes]
    first = min(min(m) for m in months if m)
    last = max(max(m) for m in months if m)
    per_cell = max(1, -(-(last - first + 1) // width))
    cells = -(-(last - first + 1) // per_cell)
    axis = [" "] * (cells + 6)
    for cell in range(cells):
        for m in range(first + cell * per_cell, first + (cell + 1) * per_cell):
            if m % 12 == 0:  # a January: mark the year
                year = str(m // 12)
                if all(c == " " for c in axis[cell : cell + 5]):
                    axis[cell : cell + 4] = list(year)
                break
    lines = [" " * (label_width + 1) + "".join(axis).rstrip()]
    for route, kinds in zip(routes, months, strict=True):
        bar = []
        for cell in range(cells):
            span = [kinds.get(m) for m in range(first + cell * per_cell, first + (cell + 1) * per_cell)]
            present = [k for k in span if k]
            bar.append(TIMELINE_CHARS[max(set(present), key=present.count)] if present else " ")
        lines.append(f"{str(route.rank).rjust(label_width)} " + "".join(bar).rstrip())
    lines.append(" " * (label_width + 1) + text("timeline.legend"))
    return lines


# --- routes side by side ----------------------------------------------------------------------------
def comparison_rows(cmp: Any) -> list[tuple[str, list[str]]]:
    """(label, one cell per route) in the order people read them; cells may hold several lines."""
    from pathway.compare import grant_text

    def per(fn: Any) -> list[str]:
        return [fn(c) for c in cmp.columns]

    return [
        (text("compare.row.schemes"), per(lambda c: " → ".join(scheme_name(s, short=True) for s in c.route.schemes))),
        (text("compare.row.qualification"), per(lambda c: qualification_name(c.route.qualification))),
        (text("compare.row.months"), per(lambda c: str(c.route.months))),
        (text("compare.row.finish"), per(lambda c: c.route.finish)),
        (text("compare.row.age"), per(lambda c: str(c.route.age_at_finish))),
        (
            text("compare.row.school_company"),
            per(lambda c: f"{c.route.months_in_school} / {c.route.months_in_company}"),
        ),
        (text("compare.row.days"), per(lambda c: f"{c.route.school_days_per_week_max:g}")),
        (text("compare.row.paid"), per(lambda c: f"{c.route.paid_months} / {c.unpaid_months}")),
        (text("compare.row.grant"), per(lambda c: grant_text(c.grant))),
        (text("compare.row.fellesfag"), per(lambda c: "\n".join(c.fellesfag) or text("view.none"))),
        (text("compare.row.exams"), per(lambda c: join(list(c.route.exams)))),
        (text("compare.row.follow_up"), per(lambda c: "\n".join(c.follow_up))),
        (text("compare.row.transitions"), per(lambda c: "\n".join(f"{t.month}: {t.message}" for t in c.transitions))),
        (text("compare.row.warnings"), per(lambda c: "\n".join(c.route.warnings) or text("view.none"))),
    ]


def comparison_table(cmp: Any, out: IO[str] | None = None, width: int = 100) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    stream = out or sys.stdout
    con = Console(file=stream, highlight=False, width=None if stream.isatty() else width)
    con.print(Text(candidate_line(cmp.result), style="bold"))
    con.print(Text(text("compare.title", candidate=cmp.result.candidate, as_of=cmp.result.as_of), style="dim"))
    table = Table(show_lines=True, header_style="bold", expand=True)
    table.add_column("", style="bold", ratio=1, min_width=15, overflow="fold")
    for c in cmp.columns:
        table.add_column(text("compare.route", rank=c.route.rank), ratio=2, overflow="fold")
    for label, cells in comparison_rows(cmp):
        table.add_row(Text(label), *[Text(cell) for cell in cells])
    con.print(table)
    for line in timeline([c.route for c in cmp.columns], width=min(60, (con.width or width) - 8)):
        con.print(Text(line), soft_wrap=True)
    con.print(Text(text("view.county_decides"), style="dim"))


def comparison_markdown(cmp: Any, out: IO[str] | None = None) -> None:
    o = out or sys.stdout

    def cell(value: str) -> str:
        return value.replace("|", "\\|").replace("\n", "<br>")

    o.write(f"## {text('compare.title', candidate=cmp.result.candidate, as_of=cmp.result.as_of)}\n\n")
    o.write(candidate_line(cmp.result) + "\n\n")
    heads = [text("compare.route", rank=c.route.rank) for c in cmp.columns]
    o.write("| | " + " | ".join(heads) + " |\n|---|" + "---|" * len(heads) + "\n")
    for label, cells in comparison_rows(cmp):
        o.write(f"| **{cell(label)}** | " + " | ".join(cell(c) for c in cells) + " |\n")
    o.write("\n```\n" + "\n".join(timeline([c.route for c in cmp.columns])) + "\n```\n\n")
    o.write(text("view.county_decides") + "\n")
