"""The commands for many candidates at once: check and barriers."""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

import typer

from pathway.cli.base import (
    AsOfOpt,
    JobsOpt,
    LangOpt,
    OutputOpt,
    PathsArg,
    RowFormat,
    RulesOpt,
    TextFormat,
    TextFormatOpt,
    TracebackOpt,
    app,
    as_of_date,
    guarded,
    quiet,
)


class GroupBy(StrEnum):
    county = "county"
    trade = "trade"
    age_band = "age-band"


def _count(paths: list[str]) -> int | None:
    """How many candidates, for the progress bar; only counted when a person watches it."""
    if not sys.stderr.isatty() or quiet():
        return None
    from pathway.cohort.sources import count

    return count(paths)


def _cohort(paths: list[str], as_of: str | None, rules: str | None, output: str | None) -> tuple[Any, Any, date]:
    """The candidates named by PATH... (streamed; stdin for -), the rule book folder and the date;
    an --output file that is one of the inputs is refused here, before anything is read."""
    from pathway.cohort.pool import share
    from pathway.cohort.sources import collect
    from pathway.errors import InputError
    from pathway.messages import text
    from pathway.rulecheck import verify
    from pathway.ruleset import RuleBook, find_rules_dir

    root = find_rules_dir(rules)
    book = RuleBook.cached(root)
    day = book.plans_on(as_of_date(as_of))
    verify(book)  # the whole rule book is checked before the first row
    share(book)  # and loaded once, for every worker
    book.save()
    stdin = None
    if "-" in paths:
        if sys.stdin is None:  # started with stdin closed (`<&-`)
            raise InputError.at("<stdin>", 1, 1, "", text("input.stdin_closed"))
        if sys.stdin.isatty():
            raise InputError.at("<stdin>", 1, 1, "", text("input.stdin_terminal"))
        stdin = getattr(sys.stdin, "buffer", None)
    return collect(paths, stdin, output), root, day


@app.command()
@guarded
def check(
    paths: PathsArg,
    fmt: Annotated[
        RowFormat, typer.Option("--format", help="table, ndjson (streamed), csv or json.")
    ] = RowFormat.table,
    output: OutputOpt = None,
    excel: Annotated[
        bool, typer.Option("--excel", help="CSV for spreadsheets: UTF-8 with BOM and ; separators.")
    ] = False,
    jobs: JobsOpt = None,
    redact: Annotated[bool, typer.Option("--redact", help="Replace ids by a stable short hash.")] = False,
    as_of: AsOfOpt = None,
    unlocks: Annotated[
        bool, typer.Option("--unlocks", help="Also what would open a better route, in each row (slower).")
    ] = False,
    rules: RulesOpt = None,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """Plan many candidates: one row each (id, source, status, best route), in input order.

    CSV columns: `id, age, birth_date, county, trade, levels, missing, work_months, work_percent,
    employed, apprenticeship_place, grunnskole` (levels like `vg1 vg2`, or `vg1:teknologi-og-industrifag`;
    lists separated by spaces or `|`; `;`-separated files with a BOM from Excel are read too).

    Example: `pathway check cohort.csv --format ndjson --jobs 2 --output rows.ndjson`
    """
    from pathway import render
    from pathway.cohort.pool import run_rows, with_default_jobs
    from pathway.errors import ExitCode
    from pathway.output import destination

    items, root, day = _cohort(paths, as_of, rules, output)
    items, jobs = with_default_jobs(items, jobs)
    statuses: set[str] = set()
    with destination(output) as out:
        writer = render.RowWriter(out, fmt.value, excel, unlocks)
        for row in render.progress(run_rows(items, root, day, jobs, redact, unlocks=unlocks), _count(paths)):
            statuses.add(row.status)
            writer.write(row)
        writer.close()
    code = ExitCode.INVALID if "invalid" in statuses else ExitCode.NEGATIVE if "no_route" in statuses else ExitCode.OK
    raise typer.Exit(int(code))


@app.command()
@guarded
def barriers(
    paths: PathsArg,
    fmt: TextFormatOpt = TextFormat.table,
    by: Annotated[
        GroupBy, typer.Option("--by", help="Group the exclusions by county, trade or age band.")
    ] = GroupBy.county,
    jobs: JobsOpt = None,
    output: OutputOpt = None,
    as_of: AsOfOpt = None,
    rules: RulesOpt = None,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """The cohort's system barriers: for each scheme, who is excluded and why; for each county rule,
    how many would get a better route if it were lifted (by re-planning them without it).

    Example: `pathway barriers cohort.csv --format markdown > barriers.md`
    """
    from pathway import render
    from pathway.barriers import Report, run_outcomes
    from pathway.cohort.pool import with_default_jobs
    from pathway.output import destination

    items, root, day = _cohort(paths, as_of, rules, output)
    items, jobs = with_default_jobs(items, jobs)
    report = Report(by.value)
    for outcome in render.progress(run_outcomes(items, root, day, jobs), _count(paths)):
        report.add(outcome)
    with destination(output) as out:
        draw = {"json": render.barriers_json, "markdown": render.barriers_markdown, "table": render.barriers_table}
        draw[fmt.value](report, out)
