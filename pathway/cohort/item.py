"""One candidate to plan, as read: where it comes from and its text."""

from __future__ import annotations

from dataclasses import dataclass

from pathway.errors import Problem

CANDIDATE_SUFFIXES = (".yaml", ".yml", ".json")
NDJSON_SUFFIXES = (".ndjson", ".jsonl")


@dataclass(frozen=True)
class Item:
    """One candidate to plan: where it comes from and its text (YAML, JSON or a CSV row as JSON)."""

    kind: str  # yaml (a file) | json (an NDJSON line) | csv (a row) | error (input that could not be read)
    path: str  # the file as the user named it
    line: int  # 1-based line of the candidate in the file (for csv: the first line of the row)
    body: str  # the document text; for csv, the row's cells as JSON; for error, the problem
    header: tuple[str, ...] = ()  # csv only: the column names, to name the column of an error
    ident: str | None = None  # error only: the candidate's own id, when it could be read

    @property
    def source(self) -> str:
        return f"{self.path}:{self.line}"


def error_item(path: str, line: int, col: int, message: str, ident: str | None = None) -> Item:
    return Item("error", path, line, str(Problem(path, line, col, "", message)), ident=ident)
