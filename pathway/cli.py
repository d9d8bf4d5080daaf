"""The command line: options, input, exit codes. The only module that knows typer.

Module-level imports stay light (typer and the stdlib) so that `pathway --help` and TAB completion
never load pydantic or networkx; each command imports the core when it runs.
"""

from __future__ import annotations

import gc
import os
import sys

# A command makes a few hundred thousand objects while it starts (typer, pydantic, the rule book) and
# frees almost none: with the default thresholds Python scans them all two or three times on the way,
# about a tenth of a plan's time. Young objects are still collected, less often.
gc.set_threshold(100_000, 20, 20)

from datetime import date
from enum import StrEnum
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from pathway import __version__

# Options that may stand anywhere on the command line (`pathway plan k.yaml --quiet`): they belong to
# the main command, so they are moved in front of the subcommand before parsing.
GLOBAL_FLAGS = {"-q", "--quiet", "--no-color", "-v", "--verbose"}


class _Group(TyperGroup):
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if ctx.parent is None:
            lang = _language_in(args)
            # Help and usage words in Norwegian; in English typer's own words stand, and a plain run
            # does not pay for loading typer's rich help module.
            if lang != "en" or not args or "--help" in args or "-h" in args:
                _localise_help(self, lang)
        if "--" in args:
            cut = args.index("--")
            head, tail = args[:cut], args[cut:]
        else:
            head, tail = args, []
        flags = [a for a in head if a in GLOBAL_FLAGS]
        rest = [a for a in head if a not in GLOBAL_FLAGS]
        return super().parse_args(ctx, flags + rest + tail)


def _language_in(args: list[str]) -> str:
    """The language asked for on the command line (`--lang nn`, `--lang=nn`), else from $LANG."""
    from pathway.messages import language_from_env

    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return language_from_env()


_TYPER_WORDS: dict[str, dict[str, str]] = {}


def _localise_help(group: Any, lang: str) -> None:
    """--help in the reader's language: the catalogue's `help.*` sentences replace the English ones of
    the commands and options (`help.<command>`, `help.<command>.<option>`, else `help.option.<option>`),
    and typer's own words (Usage, Options, [default: …]) are replaced too. English stays as written here."""
    from typer import rich_utils

    from pathway.messages import catalogue, set_language, text

    lang = set_language(lang)
    words = ("ARGUMENTS_PANEL_TITLE", "OPTIONS_PANEL_TITLE", "COMMANDS_PANEL_TITLE", "DEFAULT_STRING")
    english = _TYPER_WORDS.setdefault(
        "en", {name: getattr(rich_utils, name) for name in (*words, "REQUIRED_LONG_STRING")}
    )
    if lang == "en":
        for name, value in english.items():
            setattr(rich_utils, name, value)
        return
    said = catalogue(lang)
    rich_utils.ARGUMENTS_PANEL_TITLE = text("help.arguments")
    rich_utils.OPTIONS_PANEL_TITLE = text("help.options")
    rich_utils.COMMANDS_PANEL_TITLE = text("help.commands")
    rich_utils.DEFAULT_STRING = text("help.default", value="{}")
    rich_utils.REQUIRED_LONG_STRING = text("help.required")

    def walk(command: Any, path: str) -> None:
        command.help = said.get(f"help.{path}", command.help)
        command.short_help = None
        command.options_metavar = said["help.options_metavar"]
        if hasattr(command, "subcommand_metavar"):
            command.subcommand_metavar = said["help.subcommand_metavar"]
        for param in command.params:
            for key in (f"help.{path}.{param.name}", f"help.option.{param.name}"):
                if key in said:
                    param.help = said[key]
                    break
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            walk(sub, name if path == "pathway" else f"{path}_{name}")

    walk(group, "pathway")


def _help_words() -> None:
    """`Usage:` and the help option's sentence in the current language (typer writes them in English)."""
    from typer import _click
    from typer.core import TyperCommand

    write_usage = _click.formatting.HelpFormatter.write_usage

    def usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        from pathway.messages import current_language, text

        if prefix is None and current_language() != "en":
            prefix = text("help.usage")
        write_usage(self, prog, args, prefix)

    _click.formatting.HelpFormatter.write_usage = usage  # type: ignore[method-assign]

    for cls in (TyperCommand, TyperGroup):
        get_help_option = cls.get_help_option

        def help_option(self: Any, ctx: Any, _get: Any = get_help_option) -> Any:
            from pathway.messages import current_language, text

            option = _get(self, ctx)
            if option is not None and current_language() != "en":
                option.help = text("help.option.help")
            return option

        cls.get_help_option = help_option  # type: ignore[method-assign]


_help_words()


def _no_bool_metavar() -> None:
    """typer shows `<bool>` beside every on/off flag in --help; a flag takes no value, so show none."""
    from typer.core import TyperOption

    shown = TyperOption.display_type_rich

    def display_type_rich(self: TyperOption, ctx: Any) -> str | None:
        return None if self.is_flag and self.metavar is None else shown(self, ctx)

    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_no_bool_metavar()

app = typer.Typer(
    name="pathway",
    cls=_Group,
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Routes to a Norwegian vocational qualification (fagbrev, svennebrev, kompetansebevis, "
    "praksisbrev), planned from the YAML rule book.",
)
rules_app = typer.Typer(
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Check, list and show the rule book.",
)
app.add_typer(rules_app, name="rules")

_state: dict[str, object] = {"traceback": False, "lang": None, "quiet": False, "verbose": False}


class Format(StrEnum):
    table = "table"
    json = "json"
    dot = "dot"


class Lang(StrEnum):
    en = "en"
    nb = "nb"
    nn = "nn"


class RowFormat(StrEnum):
    table = "table"
    ndjson = "ndjson"
    csv = "csv"
    json = "json"


class TextFormat(StrEnum):
    """For compare and barriers: people, scripts, or a report to paste into."""

    table = "table"
    json = "json"
    markdown = "markdown"


class GroupBy(StrEnum):
    county = "county"
    trade = "trade"
    age_band = "age-band"


class Kind(StrEnum):
    schemes = "schemes"
    counties = "counties"
    trades = "trades"
    programmes = "programmes"


RulesOpt = Annotated[
    str | None,
    typer.Option(
        "--rules", help="Rule book folder (default: $PATHWAY_RULES, then the installed rules).", metavar="DIR"
    ),
]
TracebackOpt = Annotated[bool, typer.Option("--traceback", help="Show the Python traceback on errors.")]
LangOpt = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        help="Language of the output: en (English), nb (bokmål) or nn (nynorsk); default from $LANG "
        "(nb_NO, nn_NO), else en.",
    ),
]
OutputOpt = Annotated[
    str | None,
    typer.Option("--output", "-o", help="Write to FILE, whole or not at all (- for stdout).", metavar="FILE"),
]


ReadingOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--reading",
        help="COUNTY_OR_SCHEME.KEY=VALUE: plan on another reading of a rule (e.g. agder.praksisbrev.offered=true).",
        metavar="KEY=VALUE",
    ),
]


def _start(lang: Lang | None, traceback: bool) -> None:
    """What every command does first: choose the language, note --traceback."""
    _language(lang)
    _state["traceback"] = bool(_state["traceback"]) or traceback
    from pathway.render import SETTINGS

    SETTINGS.update(quiet=bool(_state["quiet"]), verbose=bool(_state["verbose"]))


def _cohort(paths: list[str], as_of: str | None, rules: str | None) -> tuple[Any, Any, date]:
    """The candidates named by PATH... (streamed; stdin for -), the rule book folder and the date."""
    from pathway.cohort.pool import share
    from pathway.cohort.sources import collect
    from pathway.errors import InputError
    from pathway.messages import text
    from pathway.rulecheck import verify
    from pathway.ruleset import RuleBook, find_rules_dir

    day = _as_of(as_of)
    root = find_rules_dir(rules)
    book = RuleBook.cached(root)
    verify(book)  # the whole rule book is checked before the first row
    share(book)  # and loaded once, for every worker
    book.save()
    stdin = None
    if "-" in paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise InputError.at("<stdin>", 1, 1, "", text("input.stdin_terminal"))
        stdin = getattr(sys.stdin, "buffer", None)
    return collect(paths, stdin), root, day


def _language(lang: Lang | None) -> None:
    from pathway.messages import set_language

    set_language(lang.value if lang else _state.get("lang") or None)  # type: ignore[arg-type]


def _version(value: bool) -> None:
    if value:
        from pathway.ruleset import RuleBook, find_rules_dir

        try:
            rules = find_rules_dir(None)
            typer.echo(f"pathway {__version__} (rules {RuleBook(rules).version()})")
        except Exception:
            typer.echo(f"pathway {__version__} (no rule book found)")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the program and rule book versions."
        ),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="Only the results: no hints, no progress bar, no `ok` line."),
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v", help="Also the condition codes and the source of each reason."),
    ] = False,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="No colours (as with the NO_COLOR environment variable).")
    ] = False,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """Options that may also stand after the command: -q/--quiet, -v/--verbose, --no-color."""
    _state["traceback"] = traceback
    _state["lang"] = lang.value if lang else None
    _state["quiet"] = quiet
    _state["verbose"] = verbose
    if no_color:
        os.environ["NO_COLOR"] = "1"  # rich reads it for every console it makes


def _fail(exc: BaseException) -> NoReturn:
    """Expected errors: one line each on stderr and exit 2; others too, unless --traceback.
    Ctrl-C exits 130, SIGTERM 143, a closed pipe 141 quietly (see pathway/output.py)."""
    from pathway.errors import ExitCode, PathwayError
    from pathway.output import EXIT_PIPE, EXIT_TERM, PipeClosed, Terminated, quiet_stdout

    if isinstance(exc, PipeClosed):
        quiet_stdout()
        raise typer.Exit(EXIT_PIPE)
    if isinstance(exc, KeyboardInterrupt | Terminated):
        sys.stderr.write("interrupted\n")
        raise typer.Exit(int(ExitCode.INTERRUPTED) if isinstance(exc, KeyboardInterrupt) else EXIT_TERM)
    if _state["traceback"]:
        raise exc
    if isinstance(exc, PathwayError):
        sys.stderr.write(str(exc) + "\n")
    else:
        sys.stderr.write(f"pathway: internal error: {type(exc).__name__}: {exc} (run with --traceback)\n")
    raise typer.Exit(int(ExitCode.INVALID))


def _as_of(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        from pathway.errors import InputError

        raise InputError.at("--as-of", 1, 1, "as_of", f"not a date: {value!r}; write it as YYYY-MM-DD") from None


@app.command()
def plan(
    file: Annotated[str, typer.Argument(help="Candidate file (YAML or JSON), or - for stdin.", metavar="FILE|-")],
    top: Annotated[int, typer.Option("--top", min=1, max=50, help="How many routes to show.")] = 5,
    fmt: Annotated[
        Format,
        typer.Option("--format", help="table for people, json for scripts, dot for the whole route graph (Graphviz)."),
    ] = Format.table,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Plan as of this date (YYYY-MM-DD); default today.", metavar="DATE")
    ] = None,
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
    _start(lang, traceback)
    try:
        from pathway import render
        from pathway.candidate import load_person
        from pathway.errors import ExitCode
        from pathway.output import destination
        from pathway.planner import plan as make_plan
        from pathway.rulecheck import verify
        from pathway.ruleset import RuleBook, find_rules_dir

        day = _as_of(as_of)
        real = RuleBook.cached(find_rules_dir(rules))
        person = load_person(file, real, day)
        verify(real)
        book, given = _on_readings(real, reading, day)
        result = make_plan(person, book, day, top)
        if unlocks and fmt is not Format.dot:
            from pathway.unlocks import find_unlocks, with_unlocks

            result = with_unlocks(result, find_unlocks(person, book, day, result, top))
        if readings and fmt is not Format.dot:
            from pathway.readings import find_readings, with_readings

            result = with_readings(result, find_readings(person, book, day, result, top))
        result = _noted(result, given)
        real.save()
        with destination(output) as out:
            if fmt is Format.dot:
                from pathway.render.dot import route_dot
                from pathway.routegraph import route_graph

                route_dot(route_graph(person, book, day, result), out)
            elif fmt is Format.json:
                render.write_json(result.to_dict(), out)
            else:
                render.plan_table(result, out, verbose=bool(_state["verbose"]), quiet=bool(_state["quiet"]))
    except BaseException as exc:  # noqa: BLE001 - every error becomes one line (see _fail)
        _fail(exc)
    raise typer.Exit(int(ExitCode.OK if result.ok else ExitCode.NEGATIVE))


@app.command()
def check(
    paths: Annotated[
        list[str],
        typer.Argument(help="Candidate files, folders, NDJSON or CSV files, or - for stdin.", metavar="PATH..."),
    ],
    fmt: Annotated[
        RowFormat, typer.Option("--format", help="table, ndjson (streamed), csv or json.")
    ] = RowFormat.table,
    output: OutputOpt = None,
    excel: Annotated[
        bool, typer.Option("--excel", help="CSV for spreadsheets: UTF-8 with BOM and ; separators.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, max=64, help="Worker processes (default: every core, for big inputs)."),
    ] = None,
    redact: Annotated[bool, typer.Option("--redact", help="Replace ids by a stable short hash.")] = False,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Plan as of this date (YYYY-MM-DD).", metavar="DATE")
    ] = None,
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
    _start(lang, traceback)
    try:
        from pathway import render
        from pathway.cohort.pool import run_rows, with_default_jobs
        from pathway.errors import ExitCode
        from pathway.output import destination

        items, root, day = _cohort(paths, as_of, rules)
        items, jobs = with_default_jobs(items, jobs)
        statuses: set[str] = set()
        with destination(output) as out:
            writer = render.RowWriter(out, fmt.value, excel, unlocks)
            for row in render.progress(run_rows(items, root, day, jobs, redact, unlocks=unlocks), None):
                statuses.add(row.status)
                writer.write(row)
            writer.close()
    except BaseException as exc:  # noqa: BLE001
        _fail(exc)
    code = ExitCode.INVALID if "invalid" in statuses else ExitCode.NEGATIVE if "no_route" in statuses else ExitCode.OK
    raise typer.Exit(int(code))


@app.command()
def barriers(
    paths: Annotated[
        list[str],
        typer.Argument(help="Candidate files, folders, NDJSON or CSV files, or - for stdin.", metavar="PATH..."),
    ],
    fmt: Annotated[TextFormat, typer.Option("--format", help="table, json or markdown.")] = TextFormat.table,
    by: Annotated[
        GroupBy, typer.Option("--by", help="Group the exclusions by county, trade or age band.")
    ] = GroupBy.county,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, max=64, help="Worker processes (default: every core, for big inputs)."),
    ] = None,
    output: OutputOpt = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Plan as of this date (YYYY-MM-DD).", metavar="DATE")
    ] = None,
    rules: RulesOpt = None,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """The cohort's system barriers: for each scheme, who is excluded and why; for each county rule,
    how many would get a better route if it were lifted (by re-planning them without it).

    Example: `pathway barriers cohort.csv --format markdown > barriers.md`
    """
    _start(lang, traceback)
    try:
        from pathway import render
        from pathway.barriers import Report, run_outcomes
        from pathway.cohort.pool import with_default_jobs
        from pathway.output import destination

        items, root, day = _cohort(paths, as_of, rules)
        items, jobs = with_default_jobs(items, jobs)
        report = Report(by.value)
        for outcome in render.progress(run_outcomes(items, root, day, jobs), None):
            report.add(outcome)
        with destination(output) as out:
            draw = {"json": render.barriers_json, "markdown": render.barriers_markdown, "table": render.barriers_table}
            draw[fmt.value](report, out)
    except BaseException as exc:  # noqa: BLE001
        _fail(exc)


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


def _plan_file(
    file: str,
    top: int,
    as_of: str | None,
    rules: str | None,
    unlocks: bool = False,
    reading: list[str] | None = None,
) -> tuple[object, object, date]:
    from pathway.candidate import load_person
    from pathway.planner import plan as make_plan
    from pathway.rulecheck import verify
    from pathway.ruleset import RuleBook, find_rules_dir

    day = _as_of(as_of)
    real = RuleBook.cached(find_rules_dir(rules))
    person = load_person(file, real, day)
    verify(real)
    book, given = _on_readings(real, reading, day)
    result = make_plan(person, book, day, top)
    if unlocks:
        from pathway.unlocks import find_unlocks, with_unlocks

        result = with_unlocks(result, find_unlocks(person, book, day, result, top))
    real.save()
    return _noted(result, given), book, day


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
def compare(
    file: Annotated[str, typer.Argument(help="Candidate file (YAML or JSON), or - for stdin.", metavar="FILE|-")],
    routes: Annotated[
        str | None, typer.Option("--routes", help="Which routes, e.g. 1,2,3 (default: the top 3).", metavar="N,N")
    ] = None,
    fmt: Annotated[TextFormat, typer.Option("--format", help="table, json or markdown.")] = TextFormat.table,
    output: OutputOpt = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Plan as of this date (YYYY-MM-DD).", metavar="DATE")
    ] = None,
    reading: ReadingOpt = None,
    rules: RulesOpt = None,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """Routes side by side: months, school and company, pay, grant, exams, who follows up, transitions.

    Example: `pathway compare examples/elkem-kjemiprosess.yaml --routes 1,3 --format markdown`
    """
    _start(lang, traceback)
    try:
        from pathway import render
        from pathway.compare import compare as make_comparison
        from pathway.output import destination

        wanted = _ranks(routes)
        top = max([5, *(wanted or [])])
        result, book, day = _plan_file(file, top, as_of, rules, reading=reading)
        comparison = make_comparison(result, book, day, wanted)  # type: ignore[arg-type]
        with destination(output) as out:
            if fmt is TextFormat.json:
                render.write_json(comparison.to_dict(), out)
            elif fmt is TextFormat.markdown:
                render.comparison_markdown(comparison, out)
            else:
                render.comparison_table(comparison, out)
    except BaseException as exc:  # noqa: BLE001
        _fail(exc)


@app.command()
def report(
    file: Annotated[str, typer.Argument(help="Candidate file (YAML or JSON), or - for stdin.", metavar="FILE|-")],
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", help="The HTML file to write, whole or not at all (- for stdout).", metavar="FILE"
        ),
    ],
    top: Annotated[int, typer.Option("--top", min=1, max=50, help="How many routes to show.")] = 3,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Plan as of this date (YYYY-MM-DD).", metavar="DATE")
    ] = None,
    reading: ReadingOpt = None,
    rules: RulesOpt = None,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """A printable, self-contained HTML page (no scripts, nothing from the network) to print or send.

    Example: `pathway report examples/elkem-kjemiprosess.yaml --output k-017.html`
    """
    _start(lang, traceback)
    try:
        from pathway.compare import compare as make_comparison
        from pathway.output import destination
        from pathway.render.html import report_html

        result, book, day = _plan_file(file, top, as_of, rules, unlocks=True, reading=reading)
        documents = book.index().documents  # type: ignore[attr-defined]
        page = report_html(result, make_comparison(result, book, day), documents)  # type: ignore[arg-type]
        with destination(output) as out:
            out.write(page)
    except BaseException as exc:  # noqa: BLE001
        _fail(exc)


@app.command()
def whatif(
    file: Annotated[str, typer.Argument(help="Candidate file (YAML or JSON), or - for stdin.", metavar="FILE|-")],
    sets: Annotated[
        list[str],
        typer.Option(
            "--set",
            help="KEY=VALUE: a key of the candidate file (dotted, e.g. fellesfag.missing) and its new value.",
            metavar="KEY=VALUE",
        ),
    ],
    fmt: Annotated[TextFormat, typer.Option("--format", help="table, json or markdown.")] = TextFormat.table,
    top: Annotated[int, typer.Option("--top", min=1, max=50, help="How many routes to show.")] = 5,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Plan as of this date (YYYY-MM-DD).", metavar="DATE")
    ] = None,
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
    _start(lang, traceback)
    try:
        from pathway.candidate import load_document
        from pathway.errors import InputError
        from pathway.output import destination
        from pathway.render.whatif import whatif_json, whatif_markdown, whatif_table
        from pathway.ruleset import RuleBook, find_rules_dir
        from pathway.whatif import parse_change, what_if

        day = _as_of(as_of)
        later = _as_of(then) if then is not None else day
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
        book, given = _on_readings(real, reading, day)
        result = what_if(load_document(file), file, book, day, changes, later, top)
        if given:
            from dataclasses import replace

            result = replace(result, before=_noted(result.before, given), after=_noted(result.after, given))
        real.save()
        with destination(output) as out:
            draw = {"json": whatif_json, "markdown": whatif_markdown, "table": whatif_table}
            draw[fmt.value](result, out)
    except BaseException as exc:  # noqa: BLE001
        _fail(exc)


@rules_app.command("check")
def rules_check(
    folder: Annotated[
        str | None, typer.Argument(help="Rule book folder (default: the rules in use).", metavar="DIR")
    ] = None,
    summary: Annotated[
        bool,
        typer.Option("--summary", help="Also the share of low-confidence values, by kind of rule file and field."),
    ] = False,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """Check the rule book: schema, cross references, sources and dates.

    Every error is printed as `FILE:LINE:COL: message`. Example: `pathway rules check rules/`
    """
    _start(lang, traceback)
    try:
        from pathway.errors import ExitCode
        from pathway.rulecheck import check_rules
        from pathway.ruleset import find_rules_dir

        root = find_rules_dir(folder)
        problems, files = check_rules(root)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    from pathway.messages import text

    for problem in problems:
        sys.stderr.write(str(problem) + "\n")
    if problems:
        if not _state["quiet"]:
            sys.stderr.write(text("rules.problems", count=len(problems), root=root) + "\n")
        raise typer.Exit(int(ExitCode.INVALID))
    if not _state["quiet"]:
        _write(text("rules.ok", files=files, root=root) + "\n")
    if summary:
        from pathway.stale import confidence_summary, summary_lines

        _write("".join(line + "\n" for line in summary_lines(confidence_summary(root))))


@rules_app.command("list")
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
    rules: RulesOpt = None,
    traceback: TracebackOpt = False,
    lang: LangOpt = None,
) -> None:
    """List the ids and names of schemes, counties, trades or programmes; trades with their model
    (years in school + years in the company) and their Vg1 / Vg2 programmes.

    Example: `pathway rules list trades --vg1 restaurant-og-matfag`; `pathway rules list programmes --county agder`
    """
    _start(lang, traceback)
    try:
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
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(len(rows[0]) if rows else 0)]
    for row in rows:
        _write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n")


@rules_app.command("show")
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
    _start(lang, traceback)
    try:
        from pathway.rulecheck import show_entity
        from pathway.ruleset import RuleBook, find_rules_dir

        text = show_entity(RuleBook(find_rules_dir(rules)), entity)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    _write(text)


@rules_app.command("stale")
def rules_stale(
    older_than: Annotated[
        str,
        typer.Option(
            "--older-than", help="How old a check may be: days (180d), weeks (26w), months (6m) or years (1y)."
        ),
    ] = "180d",
    fmt: Annotated[TextFormat, typer.Option("--format", help="table, json or markdown.")] = TextFormat.table,
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
    _start(lang, traceback)
    try:
        from pathway.output import destination
        from pathway.render.stale import stale_json, stale_markdown, stale_table
        from pathway.ruleset import find_rules_dir
        from pathway.stale import parse_age, stale

        days = parse_age(older_than)
        report = stale(find_rules_dir(rules), _as_of(as_of), days)
        with destination(output) as out:
            draw = {"json": stale_json, "markdown": stale_markdown, "table": stale_table}
            draw[fmt.value](report, out)
    except BaseException as exc:  # noqa: BLE001
        _fail(exc)


@app.command()
def schema(
    what: Annotated[str, typer.Argument(help="candidate, county, trade, programme or scheme.")] = "candidate",
    lang: LangOpt = None,
) -> None:
    """Print the JSON Schema of the candidate file or a rule file (for editors).

    Example: `pathway schema candidate > schemas/candidate.schema.json`
    """
    _language(lang)
    try:
        from pathway.schema import schema_text

        text = schema_text(what)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    _write(text)


def _write(text: str) -> None:
    """stdout for the short commands: a closed pipe ends quietly (exit 141), a closed stdout is one line."""
    from pathway.output import stdout

    out = stdout()
    out.write(text)
    out.flush()


def main(prog_name: str = "pathway") -> None:
    # pathway uses no pydantic plugins: skip their discovery, a scan of every installed package.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from pathway.errors import PathwayError
    from pathway.output import EXIT_PIPE, EXIT_TERM, PipeClosed, Terminated, handle_signals, quiet_stdout

    handle_signals()
    try:
        app(prog_name=prog_name)
    except PipeClosed:
        quiet_stdout()
        sys.exit(EXIT_PIPE)
    except PathwayError as exc:  # from writing the output of a short command (a closed stdout)
        if _state["traceback"]:
            raise
        sys.stderr.write(f"{exc}\n")
        sys.exit(2)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    except Terminated:
        sys.stderr.write("interrupted\n")
        sys.exit(EXIT_TERM)
