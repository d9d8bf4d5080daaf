"""Routes side by side: the rows people read, as a rich table or as markdown."""

from __future__ import annotations

import sys
from typing import IO, Any

from pathway.messages import (
    join,
    month,
    number,
    qualification_name,
    scheme_name,
    text,
)
from pathway.render.base import console
from pathway.render.plan import candidate_line
from pathway.render.readings import reading_notes
from pathway.render.timeline import timeline
from pathway.results import PlanResult


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
        (text("compare.row.standing"), per(lambda c: text(f"rank.standing.{c.route.standing}"))),
        (text("compare.row.place"), per(lambda c: c.route.rank_reason)),
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
    from rich.table import Table
    from rich.text import Text

    stream = out or sys.stdout
    con = console(stream, None if stream.isatty() else width)
    rows = comparison_rows(cmp)
    longest = max(len(word) for label, _ in rows for word in label.split())
    if not cmp.columns:
        con.print(Text(candidate_line(cmp.result), style="bold"))
        con.print(Text(text("view.no_route"), style="bold red"))
        return
    con.print(Text(candidate_line(cmp.result), style="bold"))
    con.print(Text(text("compare.title", candidate=cmp.result.candidate, as_of=cmp.result.as_of), style="dim"))
    for line in reading_notes(cmp.result):
        con.print(Text(line, style="yellow"))
    for line in credited_lines(cmp.result):
        con.print(Text(line))
    from pathway.render.fit import fit, say_left_out

    # No column narrower than its longest word: in a narrow terminal the last routes are left out (a hint
    # says which), never a word broken.
    heads = ["", *(text("compare.route", rank=c.route.rank) for c in cmp.columns)]
    body = [[label, *cells] for label, cells in rows]
    drop = tuple(range(len(heads) - 1, 1, -1))
    shown, widths, body, heads = fit(heads, body, con.width, per_column=3, fixed=1, drop=drop)
    say_left_out(heads, shown, con.width, fmt="markdown")
    widths[0] = max(widths[0], min(15, longest))
    table = Table(show_lines=True, header_style="bold")
    for i in shown:
        table.add_column(heads[i], style="bold" if i == 0 else None, width=widths[i], overflow="fold")
    for row in body:
        table.add_row(*[Text(row[i]) for i in shown])
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
    for line in reading_notes(cmp.result):
        o.write(f"> {line}\n\n")
    if cmp.result.credited:
        o.write("\n".join(credited_lines(cmp.result)) + "\n\n")
    heads = [text("compare.route", rank=c.route.rank) for c in cmp.columns]
    o.write("| | " + " | ".join(heads) + " |\n|---|" + "---|" * len(heads) + "\n")
    for label, cells in comparison_rows(cmp):
        o.write(f"| **{cell(label)}** | " + " | ".join(cell(c) for c in cells) + " |\n")
    o.write("\n```\n" + "\n".join(timeline([c.route for c in cmp.columns])) + "\n```\n\n")
    o.write(text("view.county_decides") + "\n")
