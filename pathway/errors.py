"""One error vocabulary for the whole program: exit codes and errors that name a place in a file."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


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
        where = f"{self.path}:{self.line}:{self.col}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class InputError(PathwayError):
    """Bad input: a candidate file, a rule file or an argument. Holds one or more problems."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def at(cls, path: str, line: int, col: int, field: str, message: str) -> InputError:
        return cls([Problem(path, line, col, field, message)])
