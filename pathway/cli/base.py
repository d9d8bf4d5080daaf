"""What every command shares: the app, the options defined once, the start, errors and exit codes.

A command is a function under `@app.command()` and `@guarded`: its options are the aliases below
(`file: FileArg`, `as_of: AsOfOpt = None`, ...), and its body imports the core it needs and writes its
output; `guarded` chooses the language and turns every error into one line and an exit code.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from contextlib import suppress
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from pathway import __version__
from pathway.cli.help import Group

app = typer.Typer(
    name="pathway",
    cls=Group,
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
    """For compare, barriers, whatif and rules stale: people, scripts, or a report to paste into."""

    table = "table"
    json = "json"
    markdown = "markdown"


# --- the options, each defined once ---------------------------------------------------------------

FileArg = Annotated[str, typer.Argument(help="Candidate file (YAML or JSON), or - for stdin.", metavar="FILE|-")]
PathsArg = Annotated[
    list[str],
    typer.Argument(help="Candidate files, folders, NDJSON or CSV files, or - for stdin.", metavar="PATH..."),
]
TopOpt = Annotated[int, typer.Option("--top", min=1, max=50, help="How many routes to show.")]
TextFormatOpt = Annotated[TextFormat, typer.Option("--format", help="table, json or markdown.")]
AsOfOpt = Annotated[
    str | None, typer.Option("--as-of", help="Plan as of this date (YYYY-MM-DD); default today.", metavar="DATE")
]
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, max=64, help="Worker processes (default: every core, for big inputs)."),
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

F = TypeVar("F", bound=Callable[..., Any])


def guarded(command: F) -> F:
    """The frame of every command: the language and --traceback first, then the body; an error
    becomes one line on stderr and its exit code (see `fail`), an exit code asked for stands."""

    @functools.wraps(command)
    def run(**options: Any) -> Any:
        start(options.get("lang"), bool(options.get("traceback")))
        try:
            return command(**options)
        except typer.Exit:
            raise
        except BaseException as exc:  # noqa: BLE001 - every error becomes one line (see fail)
            fail(exc)

    return run  # type: ignore[return-value]


def start(lang: Lang | None, traceback: bool) -> None:
    """What every command does first: choose the language, note --traceback."""
    language(lang)
    _state["traceback"] = bool(_state["traceback"]) or traceback
    from pathway.render import SETTINGS

    SETTINGS.update(quiet=bool(_state["quiet"]), verbose=bool(_state["verbose"]))


def language(lang: Lang | None) -> None:
    from pathway.messages import set_language

    set_language(lang.value if lang else _state.get("lang") or None)  # type: ignore[arg-type]


def fail(exc: BaseException) -> NoReturn:
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


def as_of_date(value: str | None) -> date:
    if value is None:
        return date.today()
    from pathway.dates import parse_date

    try:
        return parse_date(value, any_year=True)  # as in candidate files: 2027-08-01 or 01.08.2027; the rule
        # book's planning_years bound it (pathway.ruleset.plans_on)
    except ValueError as exc:
        from pathway.errors import InputError

        raise InputError.at("--as-of", 1, 1, "as_of", str(exc)) from None


def verbose() -> bool:
    return bool(_state["verbose"])


def quiet() -> bool:
    return bool(_state["quiet"])


def write(text: str) -> None:
    """stdout for the short commands: a closed pipe ends quietly (exit 141), a closed stdout is one line."""
    from pathway.output import stdout

    out = stdout()
    out.write(text)
    out.flush()


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


def hold_closed_streams() -> None:
    """For a program started with a standard stream closed (`<&-`, `>&-`, `2>&-`): its descriptor is
    held by /dev/null, so that no file opened later takes it (and nothing meant for the terminal
    lands in that file). Closed stdin and stdout stay None to Python (`-` and writing say so in one
    line); with stderr closed the error lines go nowhere and the exit codes stay what they are."""
    for fd in (0, 1, 2):  # in this order, os.open gives the lowest free descriptor: fd itself
        try:
            os.fstat(fd)
        except OSError:
            try:
                null = os.open(os.devnull, os.O_RDWR)
            except OSError:
                continue
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
    if sys.stderr is None:
        with suppress(OSError):
            sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the whole run


def main(prog_name: str = "pathway") -> None:
    # pathway uses no pydantic plugins: skip their discovery, a scan of every installed package.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    hold_closed_streams()
    from pathway.output import EXIT_PIPE, EXIT_TERM, PipeClosed, Terminated, handle_signals, quiet_stdout

    handle_signals()
    try:
        app(prog_name=prog_name)
    except PipeClosed:
        quiet_stdout()
        sys.exit(EXIT_PIPE)
    except Exception as exc:  # a PathwayError from writing the output of a short command (a closed stdout)
        from pathway.errors import PathwayError  # loaded here: --help never needs it

        if _state["traceback"] or not isinstance(exc, PathwayError):
            raise
        sys.stderr.write(f"{exc}\n")
        sys.exit(2)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    except Terminated:
        sys.stderr.write("interrupted\n")
        sys.exit(EXIT_TERM)
