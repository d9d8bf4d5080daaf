"""The CSV columns of a cohort, and how one row becomes a candidate document (docs/contract.md §2, §2.1)."""

from __future__ import annotations

from typing import Any

from pathway.cohort.item import Item
from pathway.errors import InputError, Problem
from pathway.messages import text, withheld
from pathway.yamlio import Document

CSV_COLUMNS = (
    "id",
    "age",
    "birth_date",
    "county",
    "trade",
    "levels",
    "missing",
    "work_months",
    "work_percent",
    "employed",
    "apprenticeship_place",
    "grunnskole",
    # the candidate's history (docs/contract.md §2.1)
    "passed",
    "qualifications",
    "current",
    "current_trade",
    "current_level",
    "current_since",
    "history",
    "special_needs",
    "work_from",
    "work_to",
    "work_country",
)
CSV_REQUIRED = ("county", "trade")


class _CsvDocument(Document):
    """A CSV row seen as a candidate document: errors point at the row and the column of the field."""

    FIELD_COLUMN = {
        "goal": "trade",
        "school": "levels",
        "fellesfag": "missing",
        "work": "work_months",
        "employment": "employed",
        "qualifications": "qualifications",
        "current": "current",
        "history": "history",
    }

    def __init__(self, path: str, row: int, header: tuple[str, ...], data: Any) -> None:
        super().__init__(path, data, None)
        self.row = row
        self.header = header

    def _column(self, loc: Any) -> str:
        parts = [str(p) for p in loc if not isinstance(p, int)]
        name = parts[0] if parts else ""
        if name == "fellesfag" and "passed" in parts:
            return "passed"
        if name == "work" and len(parts) > 1 and parts[-1] in ("percent", "from", "to", "country"):
            return "work_" + parts[-1]
        if name == "current" and len(parts) > 1 and parts[-1] in ("trade", "level", "programme", "since"):
            return "current_level" if parts[-1] == "programme" else "current_" + parts[-1]
        return self.FIELD_COLUMN.get(name, name)

    def mark(self, loc: Any) -> tuple[int, int]:
        column = self._column(loc)
        return self.row, (self.header.index(column) + 1 if column in self.header else 1)

    def key_mark(self, loc: Any) -> tuple[int, int]:
        return self.mark(loc)


class _Cells:
    """The cells of one CSV row, read strictly: a cell that is not what its column holds is an error
    naming the cell (never a silent default)."""

    def __init__(self, item: Item) -> None:
        import json

        self.item = item
        raw = dict(zip(item.header, json.loads(item.body), strict=False))
        self.cells = {k: v.strip() for k, v in raw.items() if v is not None and v.strip() != ""}
        self.problems: list[Problem] = []

    def __contains__(self, key: str) -> bool:
        return key in self.cells

    def get(self, key: str, default: str = "") -> str:
        return self.cells.get(key, default)

    def fail(self, column: str, message: str) -> None:
        col = self.item.header.index(column) + 1 if column in self.item.header else 1
        self.problems.append(Problem(self.item.path, self.item.line, col, column, message))

    def integer(self, column: str, low: int, high: int) -> int | None:
        value = self.cells.get(column)
        if value is None:
            return None
        if not value.isascii() or not value.isdigit() or len(value) > 6:
            self.fail(column, text("batch.csv_integer", value=withheld(value)))
            return None
        number = int(value)
        if not low <= number <= high:
            self.fail(column, text("batch.csv_range", value=value, low=low, high=high))
            return None
        return number

    def boolean(self, column: str) -> bool | None:
        value = self.cells.get(column)
        if value is None:
            return None
        answer = _BOOLEAN.get(value.lower())
        if answer is None:
            self.fail(column, text("batch.csv_boolean", value=withheld(value)))
        return answer

    def entries(self, column: str, fields: tuple[str, ...], required: int) -> list[dict[str, str]]:
        """`a:b:c` entries separated by spaces or `|`: each split on `:` into `fields` (the first
        `required` must be there; empty ones are left out)."""
        out = []
        for part in _split(self.cells.get(column, "")):
            values = part.split(":")
            if len(values) > len(fields) or len(values) < required or not all(values[:required]):
                self.fail(column, text("batch.csv_entry", value=withheld(part), form=":".join(fields)))
                continue
            out.append({k: v for k, v in zip(fields, values, strict=False) if v})
        return out


_BOOLEAN = {"true": True, "yes": True, "ja": True, "1": True, "false": False, "no": False, "nei": False, "0": False}


def csv_candidate(item: Item) -> _CsvDocument:
    """The candidate of a CSV row, with the keys of docs/contract.md §2 and §2.1 (see README, "Many
    candidates at once", for the columns). An empty cell leaves its key out."""
    c = _Cells(item)
    data: dict[str, Any] = {}
    for key in ("id", "birth_date", "county"):
        if key in c:
            data[key] = c.get(key)
    if "age" in c:
        age = c.integer("age", 0, 150)
        if age is not None:
            data["age"] = age
    if "trade" in c:
        data["goal"] = {"trade": c.get("trade")}
    for key in ("apprenticeship_place", "grunnskole", "special_needs"):
        answer = c.boolean(key)
        if answer is not None:
            data[key] = answer
    if "levels" in c:
        data["school"] = [_level(part, c.get("trade")) for part in _split(c.get("levels"))]
    fellesfag: dict[str, list[str]] = {}
    if "missing" in c:
        fellesfag["missing"] = _split(c.get("missing"))
    if "passed" in c:
        fellesfag["passed"] = _split(c.get("passed"))
    if fellesfag:
        data["fellesfag"] = fellesfag
    percent = c.integer("work_percent", 1, 100)
    months = c.integer("work_months", 0, 720)
    employed = c.boolean("employed")
    if months is not None:
        work: dict[str, Any] = {"trade": c.get("trade"), "months": months, "percent": percent or 100}
        for key in ("from", "to", "country"):
            if f"work_{key}" in c:
                work[key] = c.get(f"work_{key}")
        data["work"] = [work]
    else:
        for key in ("percent", "from", "to", "country"):
            if f"work_{key}" in c and key != "percent":
                c.fail(f"work_{key}", text("batch.csv_needs", column="work_months"))
    if employed:
        data["employment"] = {"trade": c.get("trade"), "percent": percent or 100}
    if "qualifications" in c:
        data["qualifications"] = [_qualification(q) for q in c.entries("qualifications", ("kind", "trade", "date"), 1)]
    if "current" in c:
        current: dict[str, Any] = {"kind": c.get("current")}
        if "current_trade" in c:
            current["trade"] = c.get("current_trade")
        if "current_level" in c:
            year = _level(c.get("current_level"), c.get("trade"))
            current.update(level=year["level"], programme=year["programme"])
        if "current_since" in c:
            current["since"] = c.get("current_since")
        data["current"] = current
    else:
        for key in ("current_trade", "current_level", "current_since"):
            if key in c:
                c.fail(key, text("batch.csv_needs", column="current"))
    if "history" in c:
        data["history"] = [_history(h) for h in c.entries("history", ("event", "what", "trade", "date"), 2)]
    if c.problems:
        raise InputError(c.problems)
    return _CsvDocument(item.path, item.line, item.header, data)


def _qualification(entry: dict[str, str]) -> dict[str, str]:
    """`fagbrev:industrimekanikerfaget:2019-06`, or `studiekompetanse:2020-06` (a date in the trade's place)."""
    trade = entry.get("trade", "")
    if trade[:1].isdigit() and "date" not in entry:
        entry = {"kind": entry["kind"], "date": trade}
    return entry


def _history(entry: dict[str, str]) -> dict[str, str]:
    """`contract_ended:laerling:kokkfaget:2026-09` or `test_failed:fagprove:kokkfaget:2026-06`."""
    out = {"event": entry["event"]}
    out["test" if entry["event"] == "test_failed" else "kind"] = entry["what"]
    out.update({k: v for k, v in entry.items() if k in ("trade", "date")})
    return out


def _split(value: str) -> list[str]:
    return [p for p in value.replace("|", " ").replace(",", " ").split() if p]


def _level(part: str, trade: str) -> dict[str, str]:
    """`vg1` (the trade's own programme) or `vg1:teknologi-og-industrifag`."""
    level, _, programme = part.partition(":")
    return {"level": level.strip().lower(), "programme": programme.strip() or f"@{trade}"}


def csv_id(header: tuple[str, ...], cells: list[str]) -> str | None:
    if "id" in header:
        position = header.index("id")
        if position < len(cells) and cells[position].strip():
            return cells[position].strip()
    return None
