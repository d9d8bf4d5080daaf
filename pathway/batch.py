"""Many candidates at once: reading cohorts (files, folders, NDJSON, CSV, stdin) and planning each.

One bad candidate never stops the batch: it becomes an `invalid` row that names its file, line and
field. Work items are plain strings, so they can be sent to worker processes; each process keeps its
own rule book and plans each planning profile once.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import hashlib
import itertools
import os
import re
import signal
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from pathway.candidate import Person, resolve
from pathway.errors import InputError, Problem
from pathway.ids import slug
from pathway.messages import text
from pathway.models.candidate import Candidate
from pathway.results import PlanResult

if TYPE_CHECKING:
    from pathway.planner import Brief
from pathway.ruleset import RuleBook, validate
from pathway.yamlio import MAX_BYTES, Document, decode, parse

CANDIDATE_SUFFIXES = (".yaml", ".yml", ".json")
NDJSON_SUFFIXES = (".ndjson", ".jsonl")
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
    # the candidate's history (CONTRACT.md §2.1)
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


@dataclass(frozen=True)
class Row:
    id: str
    source: str
    status: str  # ok | no_route | invalid
    schemes: tuple[str, ...] = ()
    qualification: str | None = None
    months: int | None = None
    finish: str | None = None
    routes: int = 0
    error: str | None = None
    county: str | None = None
    trade: str | None = None
    age: int | None = None
    credited: tuple[str, ...] = ()  # what was credited and why (the candidate's history)
    holds_goal: bool = False  # the goal's qualification is held already: ok, nothing to plan

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "status": self.status,
            "schemes": list(self.schemes),
            "qualification": self.qualification,
            "months": self.months,
            "finish": self.finish,
            "routes": self.routes,
            "error": self.error,
            "holds_goal": self.holds_goal,
            "credited": list(self.credited),
        }


# --- reading -----------------------------------------------------------------------------------
# Cohorts are streamed: files are read one at a time and NDJSON/CSV line by line, so a cohort of
# millions of rows takes bounded memory. The size cap (yamlio.MAX_BYTES) is per candidate: per YAML
# file, per NDJSON line, per CSV row. An input that cannot be read (not UTF-8, too big, a dangling
# link, a loop of folders) becomes one `error` item, and so one `invalid` row: the rest are planned.
# What makes a whole argument unusable (a missing file, a CSV header without the required columns)
# is found before the first row is written, and stops the run with exit code 2.


def collect(args: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Every candidate named by the arguments, in order. Raises InputError for unusable arguments
    (checked before the first item is returned) and when there is no candidate at all."""
    sources = [_source(arg, stdin) for arg in args]
    return _items(sources, ",".join("<stdin>" if a == "-" else a for a in args) or "<stdin>")


def _items(sources: list[Iterator[Item]], shown: str) -> Iterator[Item]:
    count = 0
    for source in sources:
        for item in source:
            count += 1
            yield item
    if not count:
        raise InputError.at(shown, 1, 1, "", text("batch.empty"))


def _source(arg: str, stdin: BinaryIO | None) -> Iterator[Item]:
    if arg == "-":
        return _from_stdin(stdin)
    path = Path(arg)
    if path.is_dir():
        files = _walk(path)
        if not files:
            raise InputError.at(arg, 1, 1, "", text("batch.no_candidates"))
        return _from_files(files)
    if not os.path.lexists(arg):
        raise InputError.at(arg, 1, 1, "", text("file.missing"))
    if arg.lower().endswith(".csv"):
        return _csv_source(arg)
    return _from_files([(arg, None)])


def _walk(root: Path) -> list[tuple[str, str | None]]:
    """(file, None) for each candidate file under root, sorted; (folder, message) for a folder that
    cannot be read or was already read (a loop of symbolic links)."""
    seen: set[str] = set()
    out: list[tuple[str, str | None]] = []

    def failed(exc: OSError) -> None:
        out.append((str(exc.filename or root), text("file.unreadable", reason=exc.strerror)))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=failed):
        real = os.path.realpath(dirpath)
        if real in seen:
            out.append((dirpath, text("batch.symlink_loop")))
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(CANDIDATE_SUFFIXES + NDJSON_SUFFIXES):
                out.append((str(Path(dirpath) / name), None))
    return out


def _error_item(path: str, line: int, col: int, message: str, ident: str | None = None) -> Item:
    return Item("error", path, line, str(Problem(path, line, col, "", message)), ident=ident)


def _from_files(files: list[tuple[str, str | None]]) -> Iterator[Item]:
    for path, problem in files:
        if problem is not None:
            yield _error_item(path, 1, 1, problem)
        elif path.lower().endswith(NDJSON_SUFFIXES):
            try:
                with open(path, "rb") as fh:
                    yield from _ndjson(path, fh)
            except OSError as exc:
                yield _open_error(path, exc)
        else:
            yield _document(path)


def _open_error(path: str, exc: OSError) -> Item:
    if isinstance(exc, FileNotFoundError):
        return _error_item(path, 1, 1, text("batch.dangling_link" if os.path.islink(path) else "file.missing"))
    if isinstance(exc, IsADirectoryError):
        return _error_item(path, 1, 1, text("file.is_folder"))
    return _error_item(path, 1, 1, text("file.unreadable", reason=exc.strerror))


def _document(path: str) -> Item:
    """One candidate file (YAML or JSON): read whole, within the size cap."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
        body = decode(raw, path)
    except OSError as exc:
        return _open_error(path, exc)
    except InputError as exc:
        p = exc.problems[0]
        ident = _YAML_ID.search(raw[:4096].decode("utf-8", "replace")) if p.line > 1 or p.col > 1 else None
        found = next(g for g in ident.groups() if g is not None) if ident else None
        return _error_item(path, p.line, p.col, p.message, found)
    return Item("yaml", path, 1, body)


def _lines(fh: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line, split on \\n only; None for a line over the size cap
    (read past without keeping it)."""
    number = 0
    while True:
        line = fh.readline(MAX_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while True:
                more = fh.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def _decode_line(path: str, number: int, raw: bytes) -> str | Item:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        col = len(raw[: exc.start].decode("utf-8", "replace")) + 1
        return _error_item(path, number, col, text("file.not_utf8"))


def _ndjson(path: str, fh: BinaryIO, lines: Iterable[tuple[int, bytes | None]] | None = None) -> Iterator[Item]:
    for number, raw in lines if lines is not None else _lines(fh):
        if raw is None:
            yield _error_item(path, number, 1, text("batch.line_too_big", limit=MAX_BYTES))
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        line = _decode_line(path, number, raw)
        yield line if isinstance(line, Item) else Item("json", path, number, line)


def _from_stdin(stdin: BinaryIO | None) -> Iterator[Item]:
    """NDJSON when the first line with text is a JSON object on its own, else one YAML document."""
    if stdin is None:
        return
    lines = _lines(stdin)
    head: list[tuple[int, bytes | None]] = []
    for number, raw in lines:
        head.append((number, raw))
        if raw is None or raw.strip():
            break
    first = head[-1][1] if head else None
    if first is not None and _json_object_line(first):
        yield from _ndjson("<stdin>", stdin, itertools.chain(head, lines))
        return
    if any(raw is None for _, raw in head):
        yield _error_item("<stdin>", 1, 1, text("file.too_big", limit=MAX_BYTES))
        return
    rest = stdin.read(MAX_BYTES + 1)
    raw_doc = b"".join(raw for _, raw in head if raw is not None) + rest
    if not raw_doc.strip():
        return
    try:
        body = decode(raw_doc, "<stdin>")
    except InputError as exc:
        p = exc.problems[0]
        yield _error_item("<stdin>", p.line, p.col, p.message)
        return
    yield Item("yaml", "<stdin>", 1, body)


def _json_object_line(raw: bytes) -> bool:
    line = raw.strip().lstrip(b"\xef\xbb\xbf")
    return line.startswith(b"{") and line.endswith(b"}")


def _csv_source(path: str) -> Iterator[Item]:
    """Opens the file and reads the header now (a missing column stops the run before any output);
    the rows are read as they are planned."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed by _csv_rows
    except OSError as exc:
        return iter([_open_error(path, exc)])
    bad: dict[int, str] = {}
    decoded = _csv_lines(_lines(fh), bad)
    first = next(decoded, None)
    if first is None or not first.strip():
        fh.close()
        raise InputError.at(path, 1, 1, "", text("batch.empty"))
    delimiter = ";" if first.count(";") > first.count(",") else ","
    header = tuple(h.strip().lower() for h in next(csv.reader([first], delimiter=delimiter), []))
    missing = [c for c in CSV_REQUIRED if c not in header]
    if "age" not in header and "birth_date" not in header:
        missing.append("age")
    allowed = ", ".join(CSV_COLUMNS)
    if missing:
        fh.close()
        raise InputError.at(path, 1, 1, "", text("batch.csv_columns", missing=", ".join(missing), allowed=allowed))
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if unknown:
        fh.close()
        raise InputError.at(
            path, 1, header.index(unknown[0]) + 1, unknown[0], text("batch.csv_unknown_column", allowed=allowed)
        )
    return _csv_rows(path, fh, decoded, bad, header, delimiter)


def _csv_lines(lines: Iterator[tuple[int, bytes | None]], bad: dict[int, str]) -> Iterator[str]:
    """Text lines for the csv module; a line that is not UTF-8 or too long is noted in `bad` with
    its problem (and given as an empty line, so the line count stays right)."""
    for number, raw in lines:
        if number == 1 and raw is not None and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if raw is None:
            bad[number] = text("batch.line_too_big", limit=MAX_BYTES)
            yield "\n"
            continue
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            bad[number] = text("file.not_utf8")
            yield "\n"


def _csv_rows(
    path: str, fh: BinaryIO, decoded: Iterator[str], bad: dict[int, str], header: tuple[str, ...], delimiter: str
) -> Iterator[Item]:
    import json

    reader = csv.reader(decoded, delimiter=delimiter)
    last = 1  # the line the previous row ended on: a row starts on the next one
    try:
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield _error_item(path, last + 1, 1, text("batch.csv_syntax", problem=str(exc)))
                last = reader.line_num + 1  # the header was read before the reader
                continue
            start, last = last + 1, reader.line_num + 1
            problems = [bad[n] for n in range(start, last + 1) if n in bad]
            if problems:
                yield _error_item(path, start, 1, problems[0], _csv_id(header, cells))
                continue
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                message = text("batch.csv_extra_cells", columns=len(header))
                yield _error_item(path, start, len(header) + 1, message, _csv_id(header, cells))
                continue
            if not any(c.strip() for c in cells):
                continue
            yield Item("csv", path, start, json.dumps(cells, ensure_ascii=False), header)
    finally:
        fh.close()


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
            self.fail(column, text("batch.csv_integer", value=value))
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
            self.fail(column, text("batch.csv_boolean", value=value))
        return answer

    def entries(self, column: str, fields: tuple[str, ...], required: int) -> list[dict[str, str]]:
        """`a:b:c` entries separated by spaces or `|`: each split on `:` into `fields` (the first
        `required` must be there; empty ones are left out)."""
        out = []
        for part in _split(self.cells.get(column, "")):
            values = part.split(":")
            if len(values) > len(fields) or len(values) < required or not all(values[:required]):
                self.fail(column, text("batch.csv_entry", value=part, form=":".join(fields)))
                continue
            out.append({k: v for k, v in zip(fields, values, strict=False) if v})
        return out


_BOOLEAN = {"true": True, "yes": True, "ja": True, "1": True, "false": False, "no": False, "nei": False, "0": False}


def _csv_candidate(item: Item) -> _CsvDocument:
    """The candidate of a CSV row, with the keys of CONTRACT.md §2 and §2.1 (see README, "Many
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


# --- planning ----------------------------------------------------------------------------------
class Planner:
    """Plans items with one rule book; a profile (everything but the id) is planned once."""

    def __init__(self, rules: RuleBook, as_of: date, top: int = 5, redact_key: bytes | None = None) -> None:
        self.rules = rules
        self.as_of = as_of
        self.top = top
        self.redact_key = redact_key
        self.cache: dict[tuple[Person, int], PlanResult] = {}
        self.briefs: dict[tuple[Person, int], Brief] = {}

    def person(self, item: Item) -> Person:
        if item.kind == "error":
            raise _ItemError(item.body)
        doc: Document
        if item.kind == "csv":
            doc = _csv_candidate(item)
            _own_programmes(doc.data, self.rules)
        elif item.kind == "json":
            doc = _json_document(item)
        else:
            doc = parse(item.body, item.path)
        if doc.data is None:
            raise InputError.at(item.path, item.line, 1, "", text("candidate.empty"))
        cand = validate(Candidate, doc)
        default = slug(Path(item.path).stem) or "candidate"
        if item.line > 1 or item.kind in ("csv", "json"):
            default = f"{default}-{item.line}"
        return resolve(cand, doc, self.rules, self.as_of, default)

    def plan_person(self, person: Person, lifted: frozenset[tuple[str, str]] = frozenset()) -> PlanResult:
        from pathway.planner import plan

        if lifted:
            return plan(person, self.rules, self.as_of, self.top, lifted)
        key = _profile(person, self.as_of)
        if key not in self.cache:
            _make_room(self.cache)
            self.cache[key] = plan(dataclasses.replace(person, id=""), self.rules, self.as_of, self.top)
        return self.cache[key]

    def row(self, item: Item, redact: bool = False) -> Row:
        try:
            person = self.person(item)
        except InputError as exc:
            error = str(exc) if isinstance(exc, _ItemError) else "; ".join(str(p) for p in exc.problems)
            return self._private(Row(id="", source=item.source, status="invalid", error=error), _item_id(item), redact)
        except RecursionError:
            error = str(Problem(item.path, item.line, 1, "", text("yaml.too_deep")))
            return self._private(Row(id="", source=item.source, status="invalid", error=error), _item_id(item), redact)
        except Exception as exc:  # noqa: BLE001 - one candidate never stops the batch
            error = str(Problem(item.path, item.line, 1, "", text("batch.unreadable", kind=type(exc).__name__)))
            return self._private(Row(id="", source=item.source, status="invalid", error=error), _item_id(item), redact)
        brief = self.brief(person)
        best = brief.best
        ident = "" if redact else printable(person.id)  # redacted: set by _private
        row = Row(
            id=ident,
            source=item.source,
            status="ok" if best is not None or brief.holds_goal else "no_route",
            schemes=best.schemes if best else (),
            qualification=best.qualification if best else None,
            months=best.months if best else None,
            finish=best.finish if best else None,
            routes=brief.routes,
            county=person.county,
            trade=person.trade,
            age=brief.age,
            credited=brief.credited,
            holds_goal=brief.holds_goal,
        )
        return self._private(row, person.id, redact) if redact else row

    def _private(self, row: Row, ident: str, redact: bool) -> Row:
        """The row with its id; redacted: the id's keyed hash, and the id taken out of every field."""
        error = printable(row.error) if row.error is not None else None
        if not redact:
            return dataclasses.replace(row, id=printable(ident), error=error)
        hashed = redact_id(ident, self.redact_key)
        source, error = row.source, error

        def scrub(value: str) -> str:
            for form in {ident, printable(ident)}:
                if len(form) >= 3 or Path(row.source.rsplit(":", 1)[0]).stem == form:
                    value = value.replace(form, hashed)
            return value

        source = scrub(source)
        error = scrub(error) if error is not None else None
        return dataclasses.replace(row, id=hashed, source=source, error=error)

    def brief(self, person: Person) -> Brief:
        from pathway.planner import plan_brief

        key = _profile(person, self.as_of)
        if key not in self.briefs:
            _make_room(self.briefs)
            self.briefs[key] = plan_brief(dataclasses.replace(person, id=""), self.rules, self.as_of, self.top)
        return self.briefs[key]


PROFILES_KEPT = 20_000  # plans kept for reuse: bounded, so a cohort of millions stays in bounded memory


def _make_room(cache: dict[Any, Any]) -> None:
    """Forget the oldest plan when the cache is full (dicts keep insertion order)."""
    if len(cache) >= PROFILES_KEPT:
        del cache[next(iter(cache))]


class _ItemError(InputError):
    """An input that could not be read; its one problem line is ready."""

    def __init__(self, line: str) -> None:
        Exception.__init__(self, line)
        self.problems = []


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


def _json_document(item: Item) -> Document:
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
            shifted = [dataclasses.replace(p, line=p.line + item.line - 1) for p in exc.problems]
            raise InputError(shifted) from None
        return _Shifted(doc, item.line - 1)
    return _LazyMarks(item, data)


_NOT_JSON = object()


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


def _profile(person: Person, as_of: date) -> tuple[Person, int]:
    """Everything the plan depends on. Ages are taken on the first day of each month (and on the
    planning date), so the birth day matters only as 'the 1st' or 'later in the month'."""
    b = person.birth_date
    age = as_of.year - b.year - ((as_of.month, as_of.day) < (b.month, b.day))
    day = 1 if b.day == 1 else 2
    return dataclasses.replace(person, id="", birth_date=b.replace(day=day)), age


def _own_programmes(data: Any, rules: RuleBook) -> None:
    """A CSV level without a programme means the programme of the goal trade at that level."""
    years = list(data.get("school", [])) if isinstance(data, dict) else []
    current = data.get("current") if isinstance(data, dict) else None
    if isinstance(current, dict) and "programme" in current:
        years.append(current)
    for year in years:
        if str(year.get("programme", "")).startswith("@"):
            trade_id = rules.find("trades", year["programme"][1:])  # an id, a name, a code or a short name
            programme = None
            if trade_id is not None:
                programme = getattr(rules.trade(trade_id).programmes, year.get("level", ""), None)
            year["programme"] = programme or year["programme"][1:]


_JSON_ID = re.compile(r'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?[0-9]+)')
_YAML_ID = re.compile(r"^id:[ \t]*(?:\"([^\"\n]*)\"|'([^'\n]*)'|([^\s#'\"][^#\n]*?))[ \t]*(?:#.*)?$", re.MULTILINE)


def _item_id(item: Item) -> str:
    """The id of a candidate that could not be read: its own id wherever it can be seen (a CSV cell,
    an `id` in the text), else file-line."""
    ident = f"{slug(Path(item.path).stem) or 'candidate'}-{item.line}"
    found: str | None = item.ident
    if item.kind == "csv":
        import json

        found = _csv_id(item.header, json.loads(item.body))
    elif item.kind == "json":
        match = _JSON_ID.search(item.body)
        if match:
            import json

            try:
                found = str(json.loads(match.group(1)))
            except ValueError:
                found = None
    elif item.kind == "yaml":
        ymatch = _YAML_ID.search(item.body)
        if ymatch:
            found = next(g for g in ymatch.groups() if g is not None)
    if item.kind == "yaml" or (item.kind == "error" and not item.path.lower().endswith(NDJSON_SUFFIXES + (".csv",))):
        ident = slug(Path(item.path).stem) or "candidate"  # a whole file: named like a file without an id
    return found.strip() if found and found.strip() and len(found) <= 200 else ident


def _csv_id(header: tuple[str, ...], cells: list[str]) -> str | None:
    if "id" in header:
        position = header.index("id")
        if position < len(cells) and cells[position].strip():
            return cells[position].strip()
    return None


def printable(value: str) -> str:
    """Text safe for a terminal, a CSV cell and UTF-8: control characters (escape sequences, carriage
    returns) and lone surrogates are shown as escapes, never sent raw."""
    if value.isprintable():
        return value
    return "".join(
        ch if ch.isprintable() else f"\\u{ord(ch):04x}" if ord(ch) > 0xFF else f"\\x{ord(ch):02x}" for ch in value
    )


def redact_key() -> bytes:
    """The key of the id hashes: $PATHWAY_REDACT_KEY (stable hashes across runs), else a new secret
    for each run (the hashes cannot be matched to ids by hashing a list of candidate ids)."""
    import secrets

    env = os.environ.get("PATHWAY_REDACT_KEY")
    return env.encode("utf-8") if env else secrets.token_bytes(32)


def redact_id(ident: str, key: bytes | None = None) -> str:
    """A short keyed hash in place of an id (the same id gives the same hash within a run, and across
    runs with the same $PATHWAY_REDACT_KEY)."""
    import hmac

    digest = hmac.new(key or redact_key(), ident.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
    return "r-" + digest[:12]


def rows(planner: Planner, items: Iterable[Item], redact: bool = False) -> Iterator[Row]:
    for item in items:
        yield planner.row(item, redact)


# --- running in one or several processes ---------------------------------------------------------
_BOOKS: dict[Path, RuleBook] = {}  # rule books loaded whole in this process: forked workers find them


def share(book: RuleBook) -> None:
    """Load every file of `book` now, once, so that this run and its worker processes (started by
    fork) plan with it instead of each reading the rule book again."""
    book.load_all()
    _BOOKS[book.root] = book


def book_for(root: Path) -> RuleBook:
    """The rule book of `root`: the one shared in this process, else a new one (loaded as needed)."""
    return _BOOKS.get(root) or RuleBook(root)


_WORKER: dict[str, Any] = {}
CHUNK = 64  # items sent to a worker at a time
IN_FLIGHT = 4  # chunks per worker on their way: bounds memory, whatever the cohort's size


def _init_worker(rules_root: str, as_of: str, top: int, key: bytes | None = None) -> None:
    from pathway.output import worker_signals

    worker_signals()
    _WORKER["planner"] = Planner(book_for(Path(rules_root)), date.fromisoformat(as_of), top, key)
    import gc

    gc.freeze()  # what the parent made (the rule book) is never garbage: not scanned again, not copied


def _row_worker(job: tuple[Item, bool]) -> Row:
    planner: Planner = _WORKER["planner"]
    return planner.row(job[0], job[1])


def with_default_jobs(items: Iterable[Item], jobs: int | None) -> tuple[Iterable[Item], int]:
    """The items (still streamed) and the worker count: as given, or, when not given, from how many
    items there are, looking ahead no further than it takes to decide."""
    if jobs:
        return items, jobs
    it = iter(items)
    head = list(itertools.islice(it, MIN_ITEMS_PER_JOB * 2))
    count = len(head) if len(head) < MIN_ITEMS_PER_JOB * 2 else 10**9
    return itertools.chain(head, it), default_jobs(count)


def default_jobs(count: int) -> int:
    """Worker processes when --jobs is not given: every core this process may use, for inputs big
    enough to pay for starting the workers (the output is the same either way)."""
    import os

    if count < MIN_ITEMS_PER_JOB * 2:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, count // MIN_ITEMS_PER_JOB))


MIN_ITEMS_PER_JOB = 200


def run_rows(
    items: Iterable[Item], rules_root: Path, as_of: date, jobs: int = 1, redact: bool = False, top: int = 5
) -> Iterator[Row]:
    """Rows in input order. With jobs > 1 the items are spread over processes; the output is the same."""
    key = redact_key() if redact else None
    if jobs <= 1:
        planner = Planner(book_for(rules_root), as_of, top, key)
        yield from rows(planner, items, redact)
        return
    yield from pooled(_row_worker, ((item, redact) for item in items), rules_root, as_of, jobs, top, key)


def pooled(
    fn: Any, jobs_in: Iterable[Any], rules_root: Path, as_of: date, jobs: int, top: int, key: bytes | None = None
) -> Iterator[Any]:
    """fn over jobs_in in `jobs` worker processes, results in input order, with a bounded number of
    chunks on their way (memory stays bounded whatever the cohort's size).

    Each worker has its own pair of pipes (no lock shared between processes, so a worker killed by
    SIGTERM cannot leave the others waiting on it); chunks go round robin and come back in the same
    order. On any error, Ctrl-C or SIGTERM the workers are killed before the error goes on."""
    import multiprocessing
    from collections import deque

    source = iter(jobs_in)
    first = list(itertools.islice(source, CHUNK))
    if len(first) < 2:  # not worth a process
        _init_local(rules_root, as_of, top, key)
        for job in first:
            yield fn(job)
        return
    ctx = multiprocessing.get_context("fork")
    initargs = (str(rules_root), as_of.isoformat(), top, key)
    workers: list[tuple[Any, Any, Any]] = []
    try:
        with _signals_held():  # a worker starts with Ctrl-C and SIGTERM held until it has its own handlers
            for _ in range(jobs):
                task_out, task_in = ctx.Pipe(duplex=False)
                result_out, result_in = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_serve, args=(task_out, result_in, fn, initargs), daemon=True)
                workers.append((proc, task_in, result_out))
                proc.start()
                task_out.close()
                result_in.close()
        pending: deque[int] = deque()
        chunk, sent = first, 0
        while chunk or pending:
            while chunk and len(pending) < jobs * IN_FLIGHT:
                w = sent % jobs
                workers[w][1].send(chunk)
                pending.append(w)
                sent += 1
                chunk = list(itertools.islice(source, CHUNK))
            try:
                status, payload = workers[pending.popleft()][2].recv()
            except EOFError:
                raise RuntimeError("a worker process ended unexpectedly") from None
            if status != "ok":
                raise RuntimeError(payload)
            yield from payload
        for _, task_in, _ in workers:
            task_in.send(None)
    finally:
        _stop(workers)


_HELD = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Signals that arrive meanwhile are delivered after (in this process: once every worker is known)."""
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    except (AttributeError, OSError, ValueError):  # not on this platform or thread
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)


def _stop(workers: list[tuple[Any, Any, Any]]) -> None:
    for _proc, task_in, result_out in workers:
        for conn in (task_in, result_out):
            with contextlib.suppress(OSError):
                conn.close()
    for proc, _, _ in workers:
        proc.join(timeout=2)
        if proc.is_alive():
            proc.kill()
            proc.join()


def _serve(tasks: Any, results: Any, fn: Any, initargs: tuple[Any, ...]) -> None:
    """A worker: a thread takes chunks off the pipe as they come (so the parent never waits to send),
    the main thread plans them in order and sends the rows back."""
    import queue
    import threading

    from pathway.output import worker_signals

    worker_signals()
    with contextlib.suppress(AttributeError, OSError, ValueError):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)  # held by the parent while it started the workers
    _init_worker(*initargs)
    inbox: queue.Queue[Any] = queue.Queue()

    def receive() -> None:
        while True:
            try:
                chunk = tasks.recv()
            except (EOFError, OSError):
                chunk = None
            inbox.put(chunk)
            if chunk is None:
                return

    threading.Thread(target=receive, daemon=True).start()
    while True:
        chunk = inbox.get()
        if chunk is None:
            return
        out: tuple[str, Any]
        try:
            out = ("ok", [fn(job) for job in chunk])
        except Exception as exc:  # noqa: BLE001 - the parent reports it
            out = ("error", f"{type(exc).__name__}: {exc}")
        try:
            results.send(out)
        except (OSError, EOFError):
            return


def _init_local(rules_root: Path, as_of: date, top: int, key: bytes | None) -> None:
    """For a cohort too small for a pool: the worker's planner, in this process."""
    _WORKER["planner"] = Planner(book_for(rules_root), as_of, top, key)
