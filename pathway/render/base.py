"""What every view shares: the width of the output, word wrapping, JSON through the stdlib, and the
consoles (rich is imported only when a person's view is drawn)."""

from __future__ import annotations

import json
import os
import sys
from typing import IO, Any

DEFAULT_WIDTH = 100  # piped output without $COLUMNS
MIN_WIDTH = 40  # narrower (COLUMNS=0, a 10-column terminal) is drawn at 40: the same lines on every run
MAX_WIDTH = 240  # wider (COLUMNS=1000000) is drawn at 240: a table padded to a million columns helps nobody


def _bounded(width: int) -> int:
    return max(MIN_WIDTH, min(MAX_WIDTH, width))


SETTINGS = {"quiet": False, "verbose": False}  # --quiet, --verbose: set once per command by the CLI


GAP = "  "


def write_json(data: Any, out: IO[str] | None = None) -> None:
    """Machine output never goes through rich: rich wraps long lines when piped."""
    (out or sys.stdout).write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def output_width(stream: IO[str]) -> int:
    """The terminal's width; piped, $COLUMNS or 100."""
    import shutil

    if stream.isatty():
        return _bounded(shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns)
    try:
        return _bounded(int(os.environ.get("COLUMNS", "")))
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


def _cell(value: str) -> Any:
    """Data as a rich Text (never markup: brackets in names survive); rich is imported lazily."""
    from rich.text import Text

    return Text(value)


def table_width(stream: IO[str]) -> int:
    """The width tables fit: the terminal's; piped, $COLUMNS or 160."""
    if stream.isatty():
        return output_width(stream)
    try:
        return _bounded(int(os.environ.get("COLUMNS", "")))
    except ValueError:
        return 160


def console(stream: IO[str], width: int | None = None) -> Any:
    """The one place a rich console is made: always at an explicit width within MIN_WIDTH..MAX_WIDTH
    (`width`, else output_width), so rich never reads $COLUMNS itself (COLUMNS=0 made it print
    nothing; COLUMNS=1000000 padded tables to a million columns)."""
    from rich.console import Console

    return Console(file=stream, highlight=False, width=_bounded(width or output_width(stream)))


def _wide_console(out: IO[str] | None) -> Any:
    """A console for tables, at table_width."""
    stream = out or sys.stdout
    return console(stream, table_width(stream))


def _stderr_console() -> Any:
    return console(sys.stderr)
