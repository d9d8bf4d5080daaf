"""The commands about the rule book: rules check, list, show and stale; schema."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from typing import Annotated

import typer

from pathway.cli.base import (
    LangOpt,
    OutputOpt,
    RulesOpt,
    TextFormat,
    TextFormatOpt,
    TracebackOpt,
    app,
    as_of_date,
    guarded,
    quiet,
    rules_app,
    write,
)


class Kind(StrEnum):
    schemes = "schemes"
    counties = "counties"
    trades = "trades"
    programmes = "programmes"


class ListFormat(StrEnum):
    table = "table"
    json = "json"


@rules_app.command("check")
@guarded
def rules_check(
    folder: Annotated[
        str | None, typer.Argument(help="Rule book folder (default: the rules in use).", metavar="DIR")
    ] = None,
    summary: Annotated[
        bool,
        typer.Option("--summary", help="Also the share of low-confidence values, by kind of rule file and field."),
    ] = False,
    rules: RulesOpt = None,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """Check the rule book: schema, cross references, sources and dates.

    Every error is printed as `FILE:LINE:COL: message`. Example: `pathway rules check rules/`
    """
    from pathway.errors import ExitCode
    from pathway.messages import plural, text
    from pathway.rulecheck import check_rules
    from pathway.ruleset import find_rules_dir

    if folder is not None and rules is not None and os.path.realpath(folder) != os.path.realpath(rules):
        from pathway.errors import InputError

        raise InputError.at("--rules", 1, 1, "", text("rules.two_folders", folder=folder, rules=rules))
    root = find_rules_dir(folder if folder is not None else rules)
    problems, files = check_rules(root)
    for problem in problems:
        sys.stderr.write(str(problem) + "\n")
    if problems:
        if not quiet():
            sys.stderr.write(text("rules.problems", count=plural("n.problems", len(problems)), root=root) + "\n")
        raise typer.Exit(int(ExitCode.INVALID))
    if not quiet():
        write(text("rules.ok", files=files, root=root) + "\n")
    if summary:
        from pathway.stale import confidence_summary, summary_lines

        write("".join(line + "\n" for line in summary_lines(confidence_summary(root))))


@rules_app.command("list")
@guarded
def rules_list(
    kind: Annotated[Kind, typer.Argument(help="What to list.")],
    vg1: Annotated[
        str | None, typer.Option("--vg1", help="Trades only: those reached from this Vg1 programme.", metavar="PROG")
    ] = None,
    vg2: Annotated[
        str | None,
        typer.Option("--vg2", help="Trades only: those reached from this Vg2 programme area.", metavar="PROG"),
    ] = None,
    county: Annotated[
        str | None,
        typer.Option(
            "--county",
            help="Programmes only: the Vg2 programme areas and whether the county offers each.",
            metavar="ID",
        ),
    ] = None,
    fmt: Annotated[ListFormat, typer.Option("--format", help="table for people, json for scripts.")] = ListFormat.table,
    rules: RulesOpt = None,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """List the ids and names of schemes, counties, trades or programmes; trades with their model
    (years in school + years in the company) and their Vg1 / Vg2 programmes.

    Example: `pathway rules list trades --vg1 restaurant-og-matfag`; `pathway rules list programmes --county agder`
    """
    from pathway.ruleset import RuleBook, find_rules_dir

    book = RuleBook(find_rules_dir(rules))
    if county is not None and kind is not Kind.programmes:
        from pathway.errors import InputError
        from pathway.messages import text

        raise InputError.at("--county", 1, 1, "", text("input.county_programmes_only"))
    if kind is Kind.trades:
        from pathway.rulecheck import trade_rows

        rows = trade_rows(book, vg1, vg2)
    elif county is not None:
        from pathway.rulecheck import offer_rows

        rows = offer_rows(book, county)
    else:
        rows = list(book.names(kind.value).items())
    if fmt is ListFormat.json:
        import json

        keys = (
            ("id", "name", "model", "route")
            if kind is Kind.trades
            else ("id", "name", "offered", "source")
            if county is not None
            else ("id", "name")
        )
        listed = {"kind": kind.value, "items": [dict(zip(keys, row, strict=True)) for row in rows]}
        write(json.dumps(listed, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        return
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(len(rows[0]) if rows else 0)]
    write(
        "".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n" for row in rows)
    )


@rules_app.command("show")
@guarded
def rules_show(
    entity: Annotated[
        str, typer.Argument(help="An id (or name) of a scheme, county, trade or programme.", metavar="ID")
    ],
    rules: RulesOpt = None,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """Show one rule file as it is loaded (YAML), with its path.

    Example: `pathway rules show praksisbrev`
    """
    from pathway.rulecheck import show_entity
    from pathway.ruleset import RuleBook, find_rules_dir

    write(show_entity(RuleBook(find_rules_dir(rules)), entity))


@rules_app.command("stale")
@guarded
def rules_stale(
    older_than: Annotated[
        str,
        typer.Option(
            "--older-than", help="How old a check may be: days (180d), weeks (26w), months (6m) or years (1y)."
        ),
    ] = "180d",
    fmt: TextFormatOpt = TextFormat.table,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Count from this date (YYYY-MM-DD); default today.", metavar="DATE")
    ] = None,
    output: OutputOpt = None,
    rules: RulesOpt = None,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """The rule values whose source was last read more than a given time ago, by county, scheme, trade
    and programme: what to read again.

    Example: `pathway rules stale --older-than 180d --format markdown`
    """
    from pathway.output import destination
    from pathway.render.stale import stale_json, stale_markdown, stale_table
    from pathway.ruleset import find_rules_dir
    from pathway.stale import parse_age, stale

    report = stale(find_rules_dir(rules), as_of_date(as_of), parse_age(older_than))
    with destination(output) as out:
        draw = {"json": stale_json, "markdown": stale_markdown, "table": stale_table}
        draw[fmt.value](report, out)


@app.command()
@guarded
def schema(
    what: Annotated[str, typer.Argument(help="candidate, county, trade, programme or scheme.")] = "candidate",
    lang: LangOpt = None,
) -> None:
    """Print the JSON Schema of the candidate file or a rule file (for editors).

    Example: `pathway schema candidate > schemas/candidate.schema.json`
    """
    from pathway.schema import schema_text

    write(schema_text(what))
