"""Planning the items of a batch into rows with one rule book: each planning profile once."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pathway.candidate import Person, resolve
from pathway.cohort.csvmap import csv_candidate
from pathway.cohort.documents import json_document
from pathway.cohort.item import Item
from pathway.cohort.row import Row, item_id, printable, redact_id
from pathway.errors import InputError, Problem
from pathway.ids import slug
from pathway.messages import text
from pathway.models.candidate import Candidate
from pathway.privacy import mask_national_ids
from pathway.results import PlanResult
from pathway.ruleset import RuleBook, validate
from pathway.yamlio import Document, parse

if TYPE_CHECKING:
    from pathway.planner import Brief


class Planner:
    """Plans items with one rule book; a profile (everything but the id) is planned once."""

    def __init__(self, rules: RuleBook, as_of: date, top: int = 5, redact_key: bytes | None = None) -> None:
        self.rules = rules
        self.as_of = as_of
        self.top = top
        self.redact_key = redact_key
        self.cache: dict[tuple[Person, int], PlanResult] = {}
        self.briefs: dict[tuple[Person, int], Brief] = {}
        self.unlocked: dict[tuple[Person, int], tuple[dict[str, Any], ...]] = {}
        self.with_unlocks = False  # `check --unlocks`: each row also has what would open a better route

    def person(self, item: Item) -> Person:
        if item.kind == "error":
            raise _ItemError(item.body)
        doc: Document
        if item.kind == "csv":
            doc = csv_candidate(item)
            _own_programmes(doc.data, self.rules)
        elif item.kind == "json":
            doc = json_document(item)
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

    def unlocks(self, person: Person) -> tuple[dict[str, Any], ...]:
        """What would open a better route than the best (pathway/unlocks.py), as the JSON holds it."""
        from pathway.unlocks import find_unlocks

        key = _profile(person, self.as_of)
        if key not in self.unlocked:
            _make_room(self.unlocked)
            anyone = dataclasses.replace(person, id="")
            result = self.plan_person(anyone)
            found = find_unlocks(anyone, self.rules, self.as_of, result, self.top)
            self.unlocked[key] = tuple(u.to_dict() for u in found.better)
        return self.unlocked[key]

    def row(self, item: Item, redact: bool = False) -> Row:
        try:
            person = self.person(item)
        except InputError as exc:
            error = str(exc) if isinstance(exc, _ItemError) else "; ".join(str(p) for p in exc.problems)
            return self._private(Row(id="", source=item.source, status="invalid", error=error), item_id(item), redact)
        except RecursionError:
            error = str(Problem(item.path, item.line, 1, "", text("yaml.too_deep")))
            return self._private(Row(id="", source=item.source, status="invalid", error=error), item_id(item), redact)
        except Exception as exc:  # noqa: BLE001 - one candidate never stops the batch
            error = str(Problem(item.path, item.line, 1, "", text("batch.unreadable", kind=type(exc).__name__)))
            return self._private(Row(id="", source=item.source, status="invalid", error=error), item_id(item), redact)
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
            unlocks=self.unlocks(person) if self.with_unlocks else None,
        )
        return self._private(row, person.id, redact) if redact else row

    def lost(self, item: Item, redact: bool = False) -> Row:
        """The row of a candidate whose planning ended a worker process each time it was tried."""
        error = str(Problem(item.path, item.line, 1, "", text("batch.worker_lost")))
        return self._private(Row(id="", source=item.source, status="invalid", error=error), item_id(item), redact)

    def _private(self, row: Row, ident: str, redact: bool) -> Row:
        """The row with its id and its source (a national identity number in a file name masked);
        redacted: the id's keyed hash, the source's file named by a keyed hash of its path, and
        both taken out of every other field."""
        error = printable(row.error) if row.error is not None else None
        where, _, line = row.source.rpartition(":")
        if not redact:
            source = mask_national_ids(row.source)
            return dataclasses.replace(row, id=printable(ident), source=source, error=error)
        hashed = redact_id(ident, self.redact_key)
        # A file named after the person (ola-nordmann.yaml, a folder per person) says who it is:
        # the source is the path's keyed hash, keeping the suffix and the line (`r-….yaml:3`).
        named = where if where == "<stdin>" else redact_id(where, self.redact_key) + Path(where).suffix
        source = f"{named}:{line}"

        def scrub(value: str) -> str:
            shown = str(Problem(where, 0, 0, "", "")).removesuffix(":0:0: ")  # the path as errors show it
            for form in sorted({where, shown, printable(where), printable(shown)}, key=len, reverse=True):
                if form and form != "<stdin>":
                    value = value.replace(form, named)
            for form in sorted({ident, printable(ident)}):
                if len(form) >= 3:
                    value = value.replace(form, hashed)
            return value

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


def rows(planner: Planner, items: Iterable[Item], redact: bool = False, unlocks: bool = False) -> Iterator[Row]:
    planner.with_unlocks = unlocks
    for item in items:
        yield planner.row(item, redact)
