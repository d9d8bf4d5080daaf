"""One error vocabulary for the whole program: exit codes and errors that name a place in a file."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from pathway.privacy import mask_national_ids


class ExitCode(IntEnum):
    OK = 0  # done, and every candidate has at least one route
    NEGATIVE = 1  # done, but at least one candidate has no route
    INVALID = 2  # bad input or bad rules: nothing was planned for that input
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)


class PathwayError(Exception):
    """An expected error: shown as one line on stderr, never as a traceback."""

    exit_code: ExitCode = ExitCode.INVALID


@dataclass(frozen=True)
class Problem:
    """One error at a place: `PATH:LINE:COL: field: message`."""

    path: str
    line: int
    col: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{_shown(self.path)}:{self.line}:{self.col}"
        message = _shown(self.message)
        return f"{where}: {_shown(self.field)}: {message}" if self.field else f"{where}: {message}"


def _shown(value: str) -> str:
    """Control characters and terminal escapes (from keys, ids, file names) escaped, never raw; the
    digits of a national identity number (a file named by one, a key, a value) masked, never shown."""
    value = mask_national_ids(value)
    if value.isprintable():
        return value
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in value)


class InputError(PathwayError):
    """Bad input: a candidate file, a rule file or an argument. Holds one or more problems."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def at(cls, path: str, line: int, col: int, field: str, message: str) -> InputError:
        return cls([Problem(path, line, col, field, message)])
