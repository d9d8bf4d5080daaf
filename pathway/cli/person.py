"""The commands for one candidate: plan, compare, report and whatif."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer

from pathway.cli.base import (
    AsOfOpt,
    FileArg,
    Format,
    LangOpt,
    OutputOpt,
    ReadingOpt,
    RulesOpt,
    TextFormat,
    TextFormatOpt,
    TopOpt,
    TracebackOpt,
    app,
    as_of_date,
    guarded,
    quiet,
    verbose,
)


def _on_readings(book: Any, raws: list[str] | None, day: date) -> tuple[Any, list[Any]]:
    """The rule book with the --reading options in place (the book itself when there are none)."""
    if not raws:
        return book, []
    from pathway.readings import on_readings, parse_readings

    given = parse_readings(raws, book, day)
    return on_readings(book, given, day), given


def _noted(result: Any, given: list[Any]) -> Any:
    if not given:
        return result
    from pathway.readings import noted

    return noted(result, given)


def plan_file(
    file: str,
    top: int,
    as_of: str | None,
    rules: str | None,
    unlocks: bool = False,
    reading: list[str] | None = None,
    readings: bool = False,
) -> tuple[Any, Any, Any, date]:
    """The plan of one candidate file: (result, person, rule book, date), the book checked and saved;
    with `unlocks` what would open a better route, with `readings` the other readings of the rules."""
    from pathway.candidate import load_person
    from pathway.planner import plan as make_plan
    from pathway.rulecheck import verify
    from pathway.ruleset import RuleBook, find_rules_dir

    real = RuleBook.cached(find_rules_dir(rules))
    day = real.plans_on(as_of_date(as_of))
    person = load_person(file, real, day)
    verify(real)
    book, given = _on_readings(real, reading, day)
    result = make_plan(person, book, day, top)
    if unlocks:
        from pathway.unlocks import find_unlocks, with_unlocks

        result = with_unlocks(result, find_unlocks(person, book, day, result, top))
    if readings:
        from pathway.readings import find_readings, with_readings

        result = with_readings(result, find_readings(person, book, day, result, top))
    real.save()
    return _noted(result, given), person, book, day


@app.command()
@guarded
def plan(
    file: FileArg,
    top: TopOpt = 5,
    fmt: Annotated[
        Format,
        typer.Option("--format", help="table for people, json for scripts, dot for the whole route graph (Graphviz)."),
    ] = Format.table,
    as_of: AsOfOpt = None,
    output: OutputOpt = None,
    unlocks: Annotated[
        bool,
        typer.Option("--unlocks/--no-unlocks", help="Also search what would open a better route (default on)."),
    ] = True,
    readings: Annotated[
        bool,
        typer.Option(
            "--readings/--no-readings",
            help="Also plan on each other reading the rule book keeps, and say what it changes (default on).",
        ),
    ] = True,
    reading: ReadingOpt = None,
    rules: RulesOpt = None,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """Plan the routes for one candidate, and say why each other scheme is out.

    Example: `pathway plan examples/elkem-kjemiprosess.yaml --as-of 2026-11-26`

    The candidate file (YAML or JSON; only county, goal and birth_date or age are required):

    \b
    id: k-017                 a pseudonym, never a name or a national id number
    birth_date: 2008-05-14    or 14.05.2008 (or, if not known, age:)
    age: 18                   when the birth date is not known
    county: agder             where the candidate lives (id, name or "42")
    grunnskole: true          lower secondary completed (default true)
    goal: {trade: kokkfaget}  the lærefag aimed at (pathway rules list trades)
    school: [{level: vg1, programme: restaurant-og-matfag}]  years completed
    fellesfag: {missing: \\[norsk]}  subjects of those years not passed
    work: [{trade: kokkfaget, months: 14, percent: 100}]  relevant work
    employment: {trade: kokkfaget, percent: 80}  the current job, if any
    apprenticeship_place: true  a company has offered a contract
    qualifications: [{kind: praksisbrev, trade: kokkfaget, date: 2025-06}]  held
    current: {kind: laerling, trade: kokkfaget, since: 2025-08}  now in
    history: [{event: test_failed, test: fagprove, trade: kokkfaget, date: 2026-06}]
    special_needs: true       a sakkyndig vurdering or an individual plan
    notes: "met 3 times"      free text, never shown in the output

    All keys: docs/candidate-file.md; in an editor, schemas/candidate.schema.json completes them.
    """
    from pathway import render
    from pathway.errors import ExitCode
    from pathway.output import destination, refuse_inputs

    refuse_inputs(output, [file])
    drawn = fmt is not Format.dot  # the route graph is drawn from the plan alone
    result, person, book, day = plan_file(
        file, top, as_of, rules, unlocks=unlocks and drawn, reading=reading, readings=readings and drawn
    )
    with destination(output) as out:
        if fmt is Format.dot:
            from pathway.render.dot import route_dot
            from pathway.routegraph import route_graph

            route_dot(route_graph(person, book, day, result), out)
        elif fmt is Format.json:
            render.write_json(result.to_dict(), out)
        else:
            render.plan_table(result, out, verbose=verbose(), quiet=quiet())
    if fmt is Format.table:
        render.plan_hint(verbose=verbose(), quiet=quiet())
    raise typer.Exit(int(ExitCode.OK if result.ok else ExitCode.NEGATIVE))


def _ranks(value: str | None) -> list[int] | None:
    if value is None:
        return None
    try:
        ranks = [int(part) for part in value.split(",") if part.strip()]
    except ValueError:
        from pathway.errors import InputError
        from pathway.messages import text

        raise InputError.at("--routes", 1, 1, "routes", text("compare.bad_routes", value=value)) from None
    return ranks


@app.command()
@guarded
def compare(
    file: FileArg,
    routes: Annotated[
        str | None, typer.Option("--routes", help="Which routes, e.g. 1,2,3 (default: the top 3).", metavar="N,N")
    ] = None,
    fmt: TextFormatOpt = TextFormat.table,
    output: OutputOpt = None,
    as_of: AsOfOpt = None,
    reading: ReadingOpt = None,
    rules: RulesOpt = None,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """Routes side by side: months, school and company, pay, grant, exams, who follows up, transitions.

    Example: `pathway compare examples/elkem-kjemiprosess.yaml --routes 1,3 --format markdown`
    """
    from pathway import render
    from pathway.compare import compare as make_comparison
    from pathway.output import destination, refuse_inputs

    refuse_inputs(output, [file])
    wanted = _ranks(routes)
    result, _, book, day = plan_file(file, max([5, *(wanted or [])]), as_of, rules, reading=reading)
    comparison = make_comparison(result, book, day, wanted)
    with destination(output) as out:
        if fmt is TextFormat.json:
            render.write_json(comparison.to_dict(), out)
        elif fmt is TextFormat.markdown:
            render.comparison_markdown(comparison, out)
        else:
            render.comparison_table(comparison, out)


@app.command()
@guarded
def report(
    file: FileArg,
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", help="The HTML file to write, whole or not at all (- for stdout).", metavar="FILE"
        ),
    ],
    top: TopOpt = 5,
    as_of: AsOfOpt = None,
    reading: ReadingOpt = None,
    rules: RulesOpt = None,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """A printable, self-contained HTML page (no scripts, nothing from the network) to print or send.

    Example: `pathway report examples/elkem-kjemiprosess.yaml --output k-017.html`
    """
    from pathway.compare import compare as make_comparison
    from pathway.output import destination, refuse_inputs
    from pathway.render.html import PAPER_ROUTES, report_html

    refuse_inputs(output, [file])
    result, _, book, day = plan_file(file, top, as_of, rules, unlocks=True, reading=reading)
    # Planned as `plan` plans (the same --top): the same routes with the same numbers and standing;
    # the paper shows the first few.
    shown = [r.rank for r in result.routes[:PAPER_ROUTES]]
    page = report_html(result, make_comparison(result, book, day, shown or None), book.index().documents)
    with destination(output) as out:
        out.write(page)


@app.command()
@guarded
def whatif(
    file: FileArg,
    sets: Annotated[
        list[str],
        typer.Option(
            "--set",
            help="KEY=VALUE: a key of the candidate file (dotted, e.g. fellesfag.missing) and its new value.",
            metavar="KEY=VALUE",
        ),
    ],
    fmt: TextFormatOpt = TextFormat.table,
    top: TopOpt = 5,
    as_of: AsOfOpt = None,
    then: Annotated[
        str | None,
        typer.Option(
            "--then", help="Plan the changed file as of this date (default: the --as-of date).", metavar="DATE"
        ),
    ] = None,
    output: OutputOpt = None,
    reading: ReadingOpt = None,
    rules: RulesOpt = None,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """The plan as the candidate file stands and with some of its keys changed, side by side, and what
    changed: routes gained and lost, months saved, the qualification reached.

    Example: `pathway whatif k.yaml --set county=vestfold --set fellesfag.missing=[] --set apprenticeship_place=true`
    """
    from pathway.candidate import load_document
    from pathway.errors import InputError
    from pathway.output import destination, refuse_inputs
    from pathway.render.whatif import whatif_json, whatif_markdown, whatif_table
    from pathway.ruleset import RuleBook, find_rules_dir
    from pathway.whatif import parse_change, what_if

    refuse_inputs(output, [file])
    day = as_of_date(as_of)
    later = as_of_date(then) if then is not None else day
    problems = []
    changes = []
    for raw in sets:
        try:
            changes.append(parse_change(raw))
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    real = RuleBook.cached(find_rules_dir(rules))
    real.plans_on(day)
    real.plans_on(later, "--then")
    book, given = _on_readings(real, reading, day)
    result = what_if(load_document(file), file, book, day, changes, later, top)
    if given:
        from dataclasses import replace

        result = replace(result, before=_noted(result.before, given), after=_noted(result.after, given))
    real.save()
    with destination(output) as out:
        draw = {"json": whatif_json, "markdown": whatif_markdown, "table": whatif_table}
        draw[fmt.value](result, out)
