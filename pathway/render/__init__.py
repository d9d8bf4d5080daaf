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

from pathway.messages import (
    common,
    condition_name,
    follow_up_name,
    grant_name,
    join,
    month,
    number,
    qualification_name,
    scheme_name,
    text,
)
from pathway.results import PlanResult, Route

DEFAULT_WIDTH = 100  # piped output without $COLUMNS
SETTINGS = {"quiet": False, "verbose": False}  # --quiet, --verbose: set once per command by the CLI
GAP = "  "


def write_json(data: Any, out: IO[str] | None = None) -> None:
    """Machine output never goes through rich: rich wraps long lines when piped."""
    (out or sys.stdout).write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _month_no(label: str) -> int:
    year, month = label.split("-")
    return int(year) * 12 + int(month) - 1


def _label(month_no: int) -> str:
    return f"{month_no // 12}-{month_no % 12 + 1:02d}"


def output_width(stream: IO[str]) -> int:
    """The terminal's width; piped, $COLUMNS or 100."""
    import shutil

    if stream.isatty():
        return max(40, shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns)
    try:
        return max(40, int(os.environ.get("COLUMNS", "")))
    except ValueError:
        return DEFAULT_WIDTH


def wrap(line: str, width: int, indent: str = "", first: str = "") -> list[str]:
    """Word-wrapped lines (never a break inside a word; a word longer than the line stands alone)."""
    import re
    import textwrap

    line = re.sub(r"(?<=\d) (?=\d{3}\b|%|kr\b)", "\u00a0", line)  # `80 %`, `183 093 kr` stay whole
    return [
        part.replace("\u00a0", " ")
        for part in textwrap.wrap(
            line,
            width=width,
            initial_indent=first or indent,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
    ] or [first.rstrip()]


def _capital(value: str) -> str:
    return value[:1].upper() + value[1:]


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
        text("view.school", years=", ".join(school)) if school else text("view.school.none"),
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
    head = text("view.route", qualification=qualification_name(route.qualification), months=route.months)
    tail = text("view.route_tail", finish=route.finish, age=route.age_at_finish, chain=route_chain(route))
    return _capital(head) + tail


def section_heading(title: str, width: int) -> list[Line]:
    """A heading between parts of the plan view (excluded schemes, more routes, and whatever groups come)."""
    return [[(line, "bold")] for line in wrap(title, width)]


class Scale:
    """One month axis for every route of a plan, so that a longer route is never drawn shorter."""

    def __init__(self, routes: list[Route] | tuple[Route, ...], width: int) -> None:
        months = [m for r in routes for m in _route_months(r)] or [0]
        self.first, last = min(months), max(months)
        self.per_cell = max(1, -(-(last - self.first + 1) // max(1, width)))
        self.cells = -(-(last - self.first + 1) // self.per_cell)

    def span(self, cell: int) -> range:
        return range(self.first + cell * self.per_cell, self.first + (cell + 1) * self.per_cell)

    def axis(self) -> str:
        axis = [" "] * (self.cells + 6)
        for cell in range(self.cells):
            for m in self.span(cell):
                if m % 12 == 0:  # a January: mark the year
                    if all(c == " " for c in axis[cell : cell + 5]):
                        axis[cell : cell + 4] = list(str(m // 12))
                    break
        return "".join(axis).rstrip()

    def bar(self, kinds: dict[int, str]) -> str:
        out = []
        for cell in range(self.cells):
            present = [kinds[m] for m in self.span(cell) if m in kinds]
            out.append(TIMELINE_CHARS[max(set(present), key=present.count)] if present else " ")
        return "".join(out).rstrip()


def _fellesfag_months(route: Route) -> dict[int, str]:
    return {m: "fellesfag" for s in route.steps if s.parallel for m in range(_month_no(s.start), _month_no(s.end) + 1)}


def route_timeline(route: Route, scale: Scale, indent: str = "   ") -> list[str]:
    lines = [indent + scale.axis(), indent + scale.bar(_route_months(route))]
    alongside = _fellesfag_months(route)
    if alongside:
        lines.append(indent + scale.bar(alongside))
    return lines


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


def route_block(route: Route, scale: Scale, width: int) -> list[Line]:
    """One route: its title, its timeline on the plan's scale, its steps, facts and warnings."""
    full = route.qualification in ("fagbrev", "svennebrev", "unknown")
    style = "bold green" if full else "bold yellow"
    lines: list[Line] = [[(line, style)] for line in wrap(route_title(route), width, "   ", f"{route.rank}. ")]
    if route.standing_reason:
        said = text(f"view.standing.{route.standing}", reason=route.standing_reason).strip()
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
    group = "routes"
    for route in result.routes:
        if route.group != group:
            group = route.group
            lines += section_heading(text(f"view.group.{group}"), width)
            lines.append([])
        lines += route_block(route, scale, width)
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
    if result.routes:
        lines += [[(line, "dim")] for line in wrap(text("timeline.legend"), width)]
    lines += [[(line, "dim")] for line in wrap(text("view.county_decides"), width)]
    if not verbose and not quiet:
        lines += [[(line, "dim")] for line in wrap(text("view.more_detail"), width)]
    return lines


def plan_table(result: PlanResult, out: IO[str] | None = None, verbose: bool = False, quiet: bool = False) -> None:
    """For a person at a terminal: rich styles. Piped: the same lines as plain text (no styling, and
    rich is not even loaded). Either way the lines fit the width (the terminal's, else $COLUMNS or 100)."""
    stream = out or sys.stdout
    lines = plan_lines(result, output_width(stream), verbose, quiet)
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
        con.print(rich_line, soft_wrap=True)  # already wrapped to the width


# --- many candidates -------------------------------------------------------------------------------
ROW_FIELDS = ("id", "source", "status", "schemes", "qualification", "months", "finish", "routes", "error", "credited")


def row_cells(row: Any) -> list[str]:
    d = row.to_dict()
    d["credited"] = "; ".join(d.get("credited") or [])  # sentences: joined as text, not as ids
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


def _schemes_shown(ids: str) -> str:
    return " → ".join(scheme_name(s, short=True) for s in ids.split("+") if s)


def people_cells(row: Any) -> list[str]:
    """A row for people: names instead of ids, months as words (CSV and JSON keep the ids)."""
    d = row.to_dict()
    cells = row_cells(row)
    names = {
        "status": lambda v: text("name.status." + v) if v else v,
        "schemes": lambda v: " → ".join(scheme_name(s, short=True) for s in d["schemes"] or []),
        "qualification": lambda v: qualification_name(v) if v else v,
        "finish": lambda v: month(v),
    }
    return [names[k](c) if k in names and c else c for k, c in zip(ROW_FIELDS, cells, strict=True)]


def rows_table(rows: list[Any], out: IO[str] | None = None) -> None:
    stream = out or sys.stdout
    s = summary(rows)
    status = ", ".join(f"{v} {text('name.status.' + k)}" for k, v in s["status"].items())
    best = ", ".join(
        f"{_schemes_shown(k)} ({v})" for k, v in sorted(s["best_route"].items(), key=lambda kv: (-kv[1], kv[0]))
    )
    closing = text("view.summary", rows=s["rows"], status=status, best=best or text("view.none"))
    if not (stream.isatty() or os.environ.get("FORCE_COLOR")):
        # piped: the same columns as plain text, fast for any number of rows (rich is not loaded)
        cells = [text("check.columns").split("|")] + [people_cells(row) for row in rows]
        widths = [max(len(line[i]) for line in cells) for i in range(len(cells[0]))]
        for line in cells:
            stream.write("".join(f" {cell.ljust(width)} " for cell, width in zip(line, widths, strict=True)) + "\n")
        stream.write(closing + "\n")
        return
    from rich.table import Table

    con = _wide_console(out)
    table = Table(box=None, header_style="bold")
    for name in text("check.columns").split("|"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*[_cell(c) for c in people_cells(row)])
    con.print(table)
    con.print(_cell(closing))


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
        avg = "" if d["months_saved_average"] is None else number(d["months_saved_average"])
        rows.append(
            [
                report.names.get(b.county, b.county),
                scheme_name(b.scheme, short=True),
                condition_name(b.code),
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


def _group(by: str) -> str:
    return text("name.group." + by.replace("-", "_"))


def barriers_markdown(report: Any, out: IO[str] | None = None) -> None:
    o = out or sys.stdout
    o.write(f"# {text('barriers.title')}\n\n")
    o.write(
        text("barriers.intro", candidates=report.candidates, invalid=report.invalid, no_route=report.no_route) + "\n\n"
    )
    o.write("| " + " | ".join(_barrier_columns()) + " |\n|" + "---|" * len(_barrier_columns()) + "\n")
    for row in _barrier_rows(report):
        o.write("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |\n")
    o.write(f"\n## {text('barriers.exclusions', by=_group(report.by))}\n\n")
    o.write(
        "| "
        + " | ".join(text("barriers.exclusion_columns", by=_group(report.by)).split("|"))
        + " |\n|---|---|---|---|\n"
    )
    for scheme, codes in sorted(report.exclusions.items()):
        for code, groups in sorted(codes.items()):
            for group, n in sorted(groups.items()):
                shown = report.names.get(group, group)
                shown = common(shown) if report.by == "trade" else shown
                o.write(f"| {scheme_name(scheme, short=True)} | {condition_name(code)} | {shown} | {n} |\n")
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
    if (total is not None and total <= 200) or not sys.stderr.isatty() or SETTINGS["quiet"]:
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


TIMELINE_CHARS = {"school": "█", "company": "▆", "other": "▁", "waiting": "·", "fellesfag": "▒"}


def timeline(routes: list[Route], width: int = 60, label_width: int = 3) -> list[str]:
    """Each route as a bar over the months, on one axis with the years marked."""
    if not routes:
        return []
    scale = Scale(routes, width)
    lines = [" " * (label_width + 1) + scale.axis()]
    for route in routes:
        lines.append(f"{str(route.rank).rjust(label_width)} " + scale.bar(_route_months(route)))
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
        (text("compare.row.finish"), per(lambda c: month(c.route.finish))),
        (text("compare.row.age"), per(lambda c: str(c.route.age_at_finish))),
        (
            text("compare.row.school_company"),
            per(lambda c: f"{c.route.months_in_school} / {c.route.months_in_company}"),
        ),
        (text("compare.row.days"), per(lambda c: number(c.route.school_days_per_week_max))),
        (text("compare.row.paid"), per(lambda c: f"{c.route.paid_months} / {c.unpaid_months}")),
        (text("compare.row.grant"), per(lambda c: grant_text(c.grant))),
        (text("compare.row.fellesfag"), per(lambda c: "\n".join(c.fellesfag) or text("view.none"))),
        (text("compare.row.exams"), per(lambda c: join(list(c.route.exams)))),
        (text("compare.row.follow_up"), per(lambda c: "\n".join(c.follow_up))),
        (
            text("compare.row.transitions"),
            per(lambda c: "\n".join(f"{month(t.month)}: {t.message}" for t in c.transitions)),
        ),
        (text("compare.row.warnings"), per(lambda c: "\n".join(c.route.warnings) or text("view.none"))),
    ]


def comparison_table(cmp: Any, out: IO[str] | None = None, width: int | None = None) -> None:
    """Routes side by side, at the terminal's width (piped: $COLUMNS, else 100); a label is never broken
    inside a word: its column is at least as wide as the longest word of any label."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    stream = out or sys.stdout
    con = Console(file=stream, highlight=False, width=None if stream.isatty() else width or output_width(stream))
    rows = comparison_rows(cmp)
    longest = max(len(word) for label, _ in rows for word in label.split())
    if not cmp.columns:
        con.print(Text(candidate_line(cmp.result), style="bold"))
        con.print(Text(text("view.no_route"), style="bold red"))
        return
    con.print(Text(candidate_line(cmp.result), style="bold"))
    con.print(Text(text("compare.title", candidate=cmp.result.candidate, as_of=cmp.result.as_of), style="dim"))
    for line in credited_lines(cmp.result):
        con.print(Text(line))
    table = Table(show_lines=True, header_style="bold", expand=True)
    table.add_column("", style="bold", width=max(15, longest), overflow="fold")
    for c in cmp.columns:
        table.add_column(text("compare.route", rank=c.route.rank), ratio=2, overflow="fold")
    for label, cells in rows:
        table.add_row(Text(label), *[Text(cell) for cell in cells])
    con.print(table)
    for line in timeline([c.route for c in cmp.columns], width=min(60, con.width - 8)):
        con.print(Text(line), soft_wrap=True)
    con.print(Text(text("view.county_decides"), style="dim"))


def credited_lines(result: PlanResult) -> list[str]:
    """What the person's history credits, and why: a heading and one line each (none: nothing)."""
    if not result.credited:
        return []
    return [text("view.credited"), *(f"- {c.message}" for c in result.credited)]


def comparison_markdown(cmp: Any, out: IO[str] | None = None) -> None:
    o = out or sys.stdout

    def cell(value: str) -> str:
        return value.replace("|", "\\|").replace("\n", "<br>")

    o.write(f"## {text('compare.title', candidate=cmp.result.candidate, as_of=cmp.result.as_of)}\n\n")
    o.write(candidate_line(cmp.result) + "\n\n")
    if cmp.result.credited:
        o.write("\n".join(credited_lines(cmp.result)) + "\n\n")
    heads = [text("compare.route", rank=c.route.rank) for c in cmp.columns]
    o.write("| | " + " | ".join(heads) + " |\n|---|" + "---|" * len(heads) + "\n")
    for label, cells in comparison_rows(cmp):
        o.write(f"| **{cell(label)}** | " + " | ".join(cell(c) for c in cells) + " |\n")
    o.write("\n```\n" + "\n".join(timeline([c.route for c in cmp.columns])) + "\n```\n\n")
    o.write(text("view.county_decides") + "\n")
