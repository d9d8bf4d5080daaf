"""Many candidates at once: reading cohorts (files, folders, NDJSON, CSV, stdin) and planning each.

One bad candidate never stops the batch: it becomes an `invalid` row that names its file, line and
field. Work items are plain strings, so they can be sent to worker processes; each process keeps its
own rule book and plans each planning profile once.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pathway.candidate import Person, resolve
from pathway.errors import InputError
from pathway.ids import slug
from pathway.messages import text
from pathway.models.candidate import Candidate
from pathway.results import PlanResult

if TYPE_CHECKING:
    from pathway.planner import Brief
from pathway.ruleset import RuleBook, validate
from pathway.yamlio import Document, decode, parse

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
)
CSV_REQUIRED = ("county", "trade")


@dataclass(frozen=True)
class Item:
    """One candidate to plan: where it comes from and its text (YAML, JSON or a CSV row as JSON)."""

    kind: str  # yaml | csv
    path: str  # the file as the user named it
    line: int  # 1-based line (or CSV row) of the candidate in the file
    body: str  # the document text; for csv, the row's cells as JSON
    header: tuple[str, ...] = ()  # csv only: the column names, to name the column of an error

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
        }


# --- reading -----------------------------------------------------------------------------------
def collect(args: Iterable[str], stdin_text: str | None = None) -> list[Item]:
    """Every candidate named by the arguments, in order. Raises InputError for unusable input."""
    items: list[Item] = []
    for arg in args:
        if arg == "-":
            items.extend(_from_text("<stdin>", stdin_text or "", ndjson=None))
            continue
        path = Path(arg)
        if path.is_dir():
            files = _walk(path)
            if not files:
                raise InputError.at(arg, 1, 1, "", text("batch.no_candidates"))
            for f in files:
                items.extend(_from_file(str(f)))
        else:
            items.extend(_from_file(arg))
    if not items:
        raise InputError.at(",".join(args) or "-", 1, 1, "", text("batch.empty"))
    return items


def _walk(root: Path) -> list[Path]:
    seen: set[str] = set()
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen:
            raise InputError.at(dirpath, 1, 1, "", text("batch.symlink_loop"))
        seen.add(real)
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(CANDIDATE_SUFFIXES + NDJSON_SUFFIXES):
                out.append(Path(dirpath) / name)
    return out


def _read(path: str) -> str:
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        raise InputError.at(path, 1, 1, "", text("file.missing")) from None
    except OSError as exc:
        raise InputError.at(path, 1, 1, "", text("file.unreadable", reason=exc.strerror)) from None
    return decode(raw, path)


def _from_file(path: str) -> list[Item]:
    body = _read(path)
    lower = path.lower()
    if lower.endswith(".csv"):
        return _from_csv(path, body)
    if lower.endswith(NDJSON_SUFFIXES):
        return _from_text(path, body, ndjson=True)
    return [Item("yaml", path, 1, body)]


def _from_text(path: str, body: str, ndjson: bool | None) -> list[Item]:
    lines = body.splitlines()
    filled = [(i, line) for i, line in enumerate(lines, 1) if line.strip()]
    if ndjson is None:  # stdin: NDJSON when every non-empty line is a JSON object, else one YAML document
        ndjson = len(filled) > 1 and all(line.lstrip().startswith("{") for _, line in filled)
    if not ndjson:
        if not filled:
            raise InputError.at(path, 1, 1, "", text("batch.empty"))
        return [Item("yaml", path, 1, body)]
    if not filled:
        raise InputError.at(path, 1, 1, "", text("batch.empty"))
    return [Item("yaml", path, i, line) for i, line in filled]


def _from_csv(path: str, body: str) -> list[Item]:
    import json

    sample = body[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(body), delimiter=delimiter)
    try:
        header = tuple(h.strip().lower() for h in next(reader))
    except StopIteration:
        raise InputError.at(path, 1, 1, "", text("batch.empty")) from None
    missing = [c for c in CSV_REQUIRED if c not in header]
    if "age" not in header and "birth_date" not in header:
        missing.append("age")
    if missing:
        raise InputError.at(
            path, 1, 1, "", text("batch.csv_columns", missing=", ".join(missing), allowed=", ".join(CSV_COLUMNS))
        )
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if unknown:
        raise InputError.at(
            path,
            1,
            header.index(unknown[0]) + 1,
            unknown[0],
            text("batch.csv_unknown_column", allowed=", ".join(CSV_COLUMNS)),
        )
    items = []
    for row_no, cells in enumerate(reader, 2):
        if not any(c.strip() for c in cells):
            continue
        items.append(Item("csv", path, row_no, json.dumps(cells, ensure_ascii=False), header))
    if not items:
        raise InputError.at(path, 1, 1, "", text("batch.empty"))
    return items


class _CsvDocument(Document):
    """A CSV row seen as a candidate document: errors point at the row and the column of the field."""

    FIELD_COLUMN = {
        "goal": "trade",
        "school": "levels",
        "fellesfag": "missing",
        "work": "work_months",
        "employment": "employed",
    }

    def __init__(self, path: str, row: int, header: tuple[str, ...], data: Any) -> None:
        super().__init__(path, data, None)
        self.row = row
        self.header = header

    def mark(self, loc: Any) -> tuple[int, int]:
        name = str(loc[0]) if loc else ""
        column = self.FIELD_COLUMN.get(name, name)
        return self.row, (self.header.index(column) + 1 if column in self.header else 1)

    def key_mark(self, loc: Any) -> tuple[int, int]:
        return self.mark(loc)


def _csv_candidate(item: Item) -> _CsvDocument:
    import json

    cells = dict(zip(item.header, json.loads(item.body), strict=False))
    cells = {k: v.strip() for k, v in cells.items() if v is not None and v.strip() != ""}
    data: dict[str, Any] = {}
    for key in ("id", "birth_date", "county"):
        if key in cells:
            data[key] = cells[key]
    if "age" in cells:
        data["age"] = int(cells["age"]) if cells["age"].isdigit() else cells["age"]
    if "trade" in cells:
        data["goal"] = {"trade": cells["trade"]}
    for key in ("apprenticeship_place", "grunnskole"):
        if key in cells:
            data[key] = _boolean(cells[key])
    if "levels" in cells:
        data["school"] = [_level(part, cells.get("trade", "")) for part in _split(cells["levels"])]
    if "missing" in cells:
        data["fellesfag"] = {"missing": _split(cells["missing"])}
    percent = int(cells["work_percent"]) if cells.get("work_percent", "").isdigit() else 100
    if "work_months" in cells:
        months = int(cells["work_months"]) if cells["work_months"].isdigit() else cells["work_months"]
        data["work"] = [{"trade": cells.get("trade", ""), "months": months, "percent": percent}]
    if _boolean(cells.get("employed", "false")) is True:
        data["employment"] = {"trade": cells.get("trade", ""), "percent": percent}
    return _CsvDocument(item.path, item.line, item.header, data)


def _split(value: str) -> list[str]:
    return [p for p in value.replace("|", " ").replace(",", " ").split() if p]


def _boolean(value: str) -> bool | str:
    return {
        "true": True,
        "yes": True,
        "ja": True,
        "1": True,
        "false": False,
        "no": False,
        "nei": False,
        "0": False,
    }.get(value.strip().lower(), value)


def _level(part: str, trade: str) -> dict[str, str]:
    """`vg1` (the trade's own programme) or `vg1:teknologi-og-industrifag`."""
    level, _, programme = part.partition(":")
    return {"level": level.strip().lower(), "programme": programme.strip() or f"@{trade}"}


# --- planning ----------------------------------------------------------------------------------
class Planner:
    """Plans items with one rule book; a profile (everything but the id) is planned once."""

    def __init__(self, rules: RuleBook, as_of: date, top: int = 5) -> None:
        self.rules = rules
        self.as_of = as_of
        self.top = top
        self.cache: dict[tuple[Person, int], PlanResult] = {}
        self.briefs: dict[tuple[Person, int], Brief] = {}

    def person(self, item: Item) -> Person:
        if item.kind == "csv":
            doc: Document = _csv_candidate(item)
            _own_programmes(doc.data, self.rules)
        else:
            doc = parse(item.body, item.path)
            if item.line > 1:  # one NDJSON line: errors name the line in the file
                doc = _Shifted(doc, item.line - 1)
        if doc.data is None:
            raise InputError.at(item.path, item.line, 1, "", text("candidate.empty"))
        cand = validate(Candidate, doc)
        default = slug(Path(item.path).stem) or "candidate"
        if item.line > 1 or item.kind == "csv":
            default = f"{default}-{item.line}"
        return resolve(cand, doc, self.rules, self.as_of, default)

    def plan_person(self, person: Person, lifted: frozenset[tuple[str, str]] = frozenset()) -> PlanResult:
        from pathway.planner import plan

        if lifted:
            return plan(person, self.rules, self.as_of, self.top, lifted)
        key = _profile(person, self.as_of)
        if key not in self.cache:
            self.cache[key] = plan(dataclasses.replace(person, id=""), self.rules, self.as_of, self.top)
        return self.cache[key]

    def row(self, item: Item, redact: bool = False) -> Row:
        try:
            person = self.person(item)
        except InputError as exc:
            return Row(
                id=_item_id(item, redact),
                source=item.source,
                status="invalid",
                error="; ".join(str(p) for p in exc.problems),
            )
        brief = self.brief(person)
        ident = redact_id(person.id) if redact else person.id
        best = brief.best
        if best is None:
            return Row(
                id=ident, source=item.source, status="no_route", county=person.county, trade=person.trade, age=brief.age
            )
        return Row(
            id=ident,
            source=item.source,
            status="ok",
            schemes=best.schemes,
            qualification=best.qualification,
            months=best.months,
            finish=best.finish,
            routes=brief.routes,
            county=person.county,
            trade=person.trade,
            age=brief.age,
        )

    def brief(self, person: Person) -> Brief:
        from pathway.planner import plan_brief

        key = _profile(person, self.as_of)
        if key not in self.briefs:
            self.briefs[key] = plan_brief(dataclasses.replace(person, id=""), self.rules, self.as_of, self.top)
        return self.briefs[key]


def _profile(person: Person, as_of: date) -> tuple[Person, int]:
    """Everything the plan depends on. Ages are taken on the first day of each month (and on the
    planning date), so the birth day matters only as 'the 1st' or 'later in the month'."""
    b = person.birth_date
    age = as_of.year - b.year - ((as_of.month, as_of.day) < (b.month, b.day))
    day = 1 if b.day == 1 else 2
    return dataclasses.replace(person, id="", birth_date=b.replace(day=day)), age


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


def _own_programmes(data: Any, rules: RuleBook) -> None:
    """A CSV level without a programme means the programme of the goal trade at that level."""
    for year in data.get("school", []) if isinstance(data, dict) else []:
        if str(year.get("programme", "")).startswith("@"):
            trade_id = rules.find("trades", year["programme"][1:])  # an id, a name, a code or a short name
            programme = None
            if trade_id is not None:
                programme = getattr(rules.trade(trade_id).programmes, year.get("level", ""), None)
            year["programme"] = programme or year["programme"][1:]


def _item_id(item: Item, redact: bool) -> str:
    """The id of a candidate that could not be read: its own id where one can be seen, else file-line."""
    ident = f"{slug(Path(item.path).stem) or 'candidate'}-{item.line}"
    if item.kind == "csv" and "id" in item.header:
        import json

        cells = json.loads(item.body)
        position = item.header.index("id")
        if position < len(cells) and cells[position].strip():
            ident = cells[position].strip()
    return redact_id(ident) if redact else ident


def redact_id(ident: str) -> str:
    """A stable short hash in place of an id (the same id gives the same hash in every output)."""
    return "r-" + hashlib.sha256(ident.encode("utf-8")).hexdigest()[:10]


def rows(planner: Planner, items: Iterable[Item], redact: bool = False) -> Iterator[Row]:
    for item in items:
        yield planner.row(item, redact)


# --- running in one or several processes ---------------------------------------------------------
_WORKER: dict[str, Any] = {}


def _init_worker(rules_root: str, as_of: str, top: int) -> None:
    _WORKER["planner"] = Planner(RuleBook(Path(rules_root)), date.fromisoformat(as_of), top)


def _row_worker(job: tuple[Item, bool]) -> Row:
    planner: Planner = _WORKER["planner"]
    return planner.row(job[0], job[1])


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
    items: list[Item], rules_root: Path, as_of: date, jobs: int = 1, redact: bool = False, top: int = 5
) -> Iterator[Row]:
    """Rows in input order. With jobs > 1 the items are spread over processes; the output is the same."""
    if jobs <= 1 or len(items) < 2:
        planner = Planner(RuleBook(rules_root), as_of, top)
        yield from rows(planner, items, redact)
        return
    yield from pooled(_row_worker, [(item, redact) for item in items], rules_root, as_of, jobs, top)


def pooled(fn: Any, jobs_in: list[Any], rules_root: Path, as_of: date, jobs: int, top: int) -> Iterator[Any]:
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    chunk = max(1, min(256, len(jobs_in) // (jobs * 8) or 1))
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(str(rules_root), as_of.isoformat(), top)) as pool:
        yield from pool.imap(fn, jobs_in, chunksize=chunk)
