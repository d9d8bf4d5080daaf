"""An NDJSON line as a candidate document: read by the JSON parser, placed by the YAML reader."""

from __future__ import annotations

import dataclasses
from typing import Any

from pathway.cohort.item import Item
from pathway.errors import InputError, Problem
from pathway.messages import text
from pathway.yamlio import Document, parse


class _HugeNumber(ValueError):
    pass


class _NotJson(ValueError):
    pass


def _json_int(value: str) -> int:
    if len(value.lstrip("-")) > 18:
        raise _HugeNumber(value)
    return int(value)


def _json_constant(value: str) -> Any:
    raise _NotJson(value)  # NaN and Infinity are not JSON; the YAML reader says what they are


def _json_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _NotJson("duplicate key")  # the YAML reader names the duplicate and its place
    return out


def json_document(item: Item) -> Document:
    """An NDJSON line: read by the JSON parser (fast); the YAML reader only places errors, or reads
    what the JSON parser refuses (and says what is wrong, at the line's own line number)."""
    import json

    try:
        data = json.loads(item.body, object_pairs_hook=_json_pairs, parse_int=_json_int, parse_constant=_json_constant)
    except _HugeNumber as exc:
        digits = len(str(exc).lstrip("-"))
        col = item.body.find(str(exc)) + 1
        raise InputError.at(item.path, item.line, max(col, 1), "", text("batch.huge_number", digits=digits)) from None
    except (ValueError, RecursionError):
        data = _NOT_JSON
    if data is _NOT_JSON or not isinstance(data, dict):
        try:
            doc = parse(item.body, item.path)
        except InputError as exc:  # placed in the line, not in the cohort file: move it to the line
            raise InputError([_on_the_line(p, item) for p in exc.problems]) from None
        return _Shifted(doc, item.line - 1)
    return _LazyMarks(item, data)


_NOT_JSON = object()


def _on_the_line(problem: Problem, item: Item) -> Problem:
    """A problem the YAML reader placed in the line's text, placed in the cohort file. The reader marks
    what ends too early (an open brace, a truncated line) just past the text's last line ending, on a
    line of its own; for an NDJSON line that is the end of the same line, not the start of the next."""
    text_ = item.body.rstrip("\r\n")
    lines = text_.split("\n")
    line, col = problem.line, problem.col
    if line > len(lines):
        line, col = len(lines), len(lines[-1]) + 1
    return dataclasses.replace(problem, line=line + item.line - 1, col=col)


class _Shifted(Document):
    def __init__(self, doc: Document, offset: int) -> None:
        super().__init__(doc.path, doc.data, doc.root)
        self.offset = offset

    def mark(self, loc: Any) -> tuple[int, int]:
        line, col = super().mark(loc)
        return line + self.offset, col

    def key_mark(self, loc: Any) -> tuple[int, int]:
        line, col = super().key_mark(loc)
        return line + self.offset, col


class _LazyMarks(_Shifted):
    """Data from the JSON parser; the node tree (for line and column) is built only for an error."""

    def __init__(self, item: Item, data: Any) -> None:
        Document.__init__(self, item.path, data, None)
        self.offset = item.line - 1
        self.body = item.body
        self.parsed = False

    def _tree(self) -> None:
        if not self.parsed:
            self.parsed = True
            try:
                self.root = parse(self.body, self.path).root
            except Exception:  # noqa: BLE001 - without a tree, errors point at the line
                self.root = None

    def mark(self, loc: Any) -> tuple[int, int]:
        self._tree()
        return super().mark(loc)

    def key_mark(self, loc: Any) -> tuple[int, int]:
        self._tree()
        return super().key_mark(loc)
