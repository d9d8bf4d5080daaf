"""Rule values to read again: every sourced value whose `checked` date is older than a limit.

The rule book is read as YAML, not through the models: any mapping with a `checked:` date is a read
source (a fact, an alternative reading, a trade's programmes or routes, a programme file), so a new
kind of fact is listed without a change here. Values are grouped by the file they live in (a
county, a scheme, a trade, a programme, the book's own files) so that whoever owns that file knows
what to read again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pathway.errors import InputError
from pathway.messages import text
from pathway.yamlio import dotted, load_file

KIND_ORDER = ("counties", "schemes", "trades", "programmes", "book")
_AGE = re.compile(r"^\s*(\d{1,5})\s*([dwmy]?)\s*$")


@dataclass(frozen=True)
class StaleValue:
    kind: str  # counties | schemes | trades | programmes | book (index.yaml, subjects.yaml, …)
    entity: str  # the file stem: the id
    key: str  # the dotted place in the file, e.g. fagbrev_paa_jobb.age_rule.alternatives[0]
    value: Any
    source: str | None
    checked: str  # YYYY-MM-DD
    age_days: int
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "value": self.value,
            "source": self.source,
            "checked": self.checked,
            "age_days": self.age_days,
            "line": self.line,
        }


@dataclass(frozen=True)
class StaleReport:
    as_of: str
    older_than_days: int
    cutoff: str  # values checked before this day are listed
    values: tuple[StaleValue, ...]
    files: int  # rule files read

    def groups(self) -> list[tuple[str, str, list[StaleValue]]]:
        """(kind, entity, values) in the order county, scheme, trade, programme, book; ids sorted."""
        out: dict[tuple[str, str], list[StaleValue]] = {}
        for v in self.values:
            out.setdefault((v.kind, v.entity), []).append(v)
        order = {k: i for i, k in enumerate(KIND_ORDER)}
        return [(k, e, vals) for (k, e), vals in sorted(out.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))]

    def to_dict(self) -> dict[str, Any]:
        groups: dict[str, dict[str, list[dict[str, Any]]]] = {k: {} for k in KIND_ORDER}
        for kind, entity, vals in self.groups():
            groups[kind][entity] = [v.to_dict() for v in vals]
        return {
            "pathway_result_version": "1",
            "as_of": self.as_of,
            "older_than_days": self.older_than_days,
            "cutoff": self.cutoff,
            "count": len(self.values),
            "files": self.files,
            "stale": groups,
        }


def parse_age(value: str) -> int:
    """`180d`, `26w`, `6m`, `1y` or `180` (days) as a number of days (a month is 30 days, a year 365)."""
    match = _AGE.match(value)
    if not match:
        raise InputError.at("--older-than", 1, 1, "older_than", text("stale.bad_age", value=value))
    number, unit = int(match.group(1)), match.group(2) or "d"
    return number * {"d": 1, "w": 7, "m": 30, "y": 365}[unit]


def _files(root: Path) -> list[tuple[str, str, Path]]:
    out: list[tuple[str, str, Path]] = []
    for path in sorted(root.glob("*.yaml")):
        out.append(("book", path.stem, path))
    for kind in KIND_ORDER[:-1]:
        for path in sorted((root / kind).glob("*.yaml")):
            out.append((kind, path.stem, path))  # a folder's index.yaml describes it: listed as `index`
    return out


def _walk(node: Any, loc: tuple[str | int, ...], found: list[tuple[tuple[str | int, ...], dict[str, Any]]]) -> None:
    if isinstance(node, dict):
        if "checked" in node:
            found.append((loc, node))
        for key, child in node.items():
            if key != "alternatives" or not isinstance(child, list):
                _walk(child, (*loc, str(key)), found)
            else:
                for i, alt in enumerate(child):
                    _walk(alt, (*loc, "alternatives", i), found)
    elif isinstance(node, list):
        for i, child in enumerate(node):
            _walk(child, (*loc, i), found)


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None  # `pathway rules check` reports a bad date; here it is simply not listed


def stale(root: Path, as_of: date, older_than_days: int) -> StaleReport:
    """Every value in the rule book at `root` checked more than `older_than_days` before `as_of`."""
    cutoff = as_of - timedelta(days=older_than_days)
    values: list[StaleValue] = []
    files = _files(root)
    for kind, entity, path in files:
        doc = load_file(str(path))
        found: list[tuple[tuple[str | int, ...], dict[str, Any]]] = []
        _walk(doc.data, (), found)
        for loc, node in found:
            day = _day(node.get("checked"))
            if day is None or day >= cutoff:
                continue
            line, _ = doc.mark(loc)
            values.append(
                StaleValue(
                    kind=kind,
                    entity=entity,
                    key=dotted(loc) or "(file)",
                    value=node.get("value", node.get("name")),
                    source=node.get("source"),
                    checked=day.isoformat(),
                    age_days=(as_of - day).days,
                    line=line,
                )
            )
    return StaleReport(as_of.isoformat(), older_than_days, cutoff.isoformat(), tuple(values), len(files))


# --- how much of the book rests on a guess ------------------------------------------------------


@dataclass(frozen=True)
class ConfidenceRow:
    kind: str  # counties | schemes | trades | programmes | book
    field: str  # the dotted place without list positions (`model`, `praksisbrev.offered`), "" for the kind
    values: int  # values in use that carry a source and a checked date (alternative readings not counted)
    low: int  # of those, `confidence: low`
    unknown: int  # `value: unknown` (with or without a source)

    @property
    def share(self) -> float:
        return self.low / self.values if self.values else 0.0


def _field(loc: tuple[str | int, ...]) -> str:
    return ".".join(str(p) for p in loc if isinstance(p, str)) or "(file)"


def confidence_summary(root: Path) -> list[ConfidenceRow]:
    """Per kind of rule file, then per field: the values in use and how many are `confidence: low`
    or `unknown` (the kind's own row has field ""). Alternative readings are not values in use."""
    counts: dict[tuple[str, str], list[int]] = {}
    for kind, entity, path in _files(root):
        if entity == "index":
            continue
        found: list[tuple[tuple[str | int, ...], dict[str, Any]]] = []
        data = load_file(str(path)).data
        _walk(data, (), found)
        _unknowns(data, (), found)
        for loc, node in found:
            if "alternatives" in loc:
                continue
            sourced = "checked" in node
            low = sourced and node.get("confidence") == "low"
            unknown = node.get("value") == "unknown"
            for key in ((kind, ""), (kind, _field(loc))):
                row = counts.setdefault(key, [0, 0, 0])
                row[0] += sourced
                row[1] += low
                row[2] += unknown
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    return [
        ConfidenceRow(kind, field, *row)
        for (kind, field), row in sorted(counts.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))
    ]


def _unknowns(node: Any, loc: tuple[str | int, ...], found: list[tuple[tuple[str | int, ...], dict[str, Any]]]) -> None:
    """Unknown values without a source (`{value: unknown, source: null}`): not read anywhere, still values."""
    if isinstance(node, dict):
        if node.get("value") == "unknown" and "checked" not in node:
            found.append((loc, node))
        for key, child in node.items():
            _unknowns(child, (*loc, str(key)), found)
    elif isinstance(node, list):
        for i, child in enumerate(node):
            _unknowns(child, (*loc, i), found)


_KIND_LABEL = {
    "counties": "summary.kind.counties",
    "schemes": "summary.kind.schemes",
    "trades": "summary.kind.trades",
    "programmes": "summary.kind.programmes",
    "book": "summary.kind.book",
}


def summary_lines(rows: list[ConfidenceRow]) -> list[str]:
    """The summary as aligned text lines: one per kind, the whole book, then one per field."""
    from pathway.messages import number

    def pct(row: ConfidenceRow) -> str:
        return number(round(100 * row.share, 1)) + " %"

    kinds = [r for r in rows if not r.field]
    total = ConfidenceRow("", "", *(sum(getattr(r, a) for r in kinds) for a in ("values", "low", "unknown")))
    head = text("summary.columns").split("|")
    table = [[text(_KIND_LABEL[r.kind]), str(r.values), str(r.low), pct(r), str(r.unknown)] for r in kinds]
    table.append([text("summary.all"), str(total.values), str(total.low), pct(total), str(total.unknown)])
    fields = [[f"{r.kind}.{r.field}", str(r.values), str(r.low), pct(r), str(r.unknown)] for r in rows if r.field]
    width = max(len(x[0]) for x in [head, *table, *fields])

    def line(cells: list[str]) -> str:
        return cells[0].ljust(width) + "".join(c.rjust(9) for c in cells[1:])

    out = [text("summary.title"), line(head), *(line(r) for r in table), "", text("summary.by_field"), line(head)]
    return [*out, *(line(r) for r in fields)]
