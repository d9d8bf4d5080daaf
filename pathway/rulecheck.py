"""`pathway rules check`: every file of the rule book against its schema, cross references between
files, and the planner's expectations (condition codes, parameters). Collects every problem."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from pathway.errors import InputError, Problem
from pathway.ids import slug
from pathway.messages import did_you_mean, text
from pathway.models.facts import fact_at
from pathway.models.ranking import Ranking
from pathway.models.rules import (
    County,
    FolderIndex,
    GrantRates,
    Programme,
    RuleIndex,
    Scheme,
    School,
    Subjects,
    Trade,
)
from pathway.ruleset import KINDS, SCHEME_IDS, RuleBook, validate
from pathway.vocabulary import CONDITION_CODES
from pathway.yamlio import Document, dotted, load_file

REQUIRED_PARAMS = {
    "laerling": [
        "max_fellesfag_missing_at_test",
        "catchup_school_days_per_week",
        "catchup_extension_factor",
        "early_contract_school_days_per_week",
    ],
    "vg3_skole": ["months", "school_days_per_week", "max_fellesfag_missing_at_test"],
    "laerekandidat": ["total_months", "min_company_months", "upgrade_after_months"],
    "praksisbrev": [
        "months",
        "school_days_per_week",
        "fellesfag",
        "credit_toward_laerling_months",
        "total_months_to_fagbrev",
    ],
    "fagbrev_paa_jobb": ["min_contract_months", "min_experience_months"],
    "mfy": ["min_age_school_year"],
    "praksiskandidat": ["full_time_percent", "registration_to_test_months", "school_credit_months_per_year"],
}
# Parameters planned, where the national rule is unknown, on the reading all their alternatives
# (the counties that state one) agree on: unknown needs alternatives that agree.
AGREEING_WHEN_UNKNOWN = {"praksiskandidat": ("full_time_percent",)}
COUNTY_COUNT = 15
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class _Collector:
    def __init__(self, book: RuleBook) -> None:
        self.book = book
        self.problems: list[Problem] = []
        self.files = 0

    def load(self, kind: str, eid: str, model: type[BaseModel]) -> BaseModel | None:
        self.files += 1
        try:
            return self.book._load(kind, eid, model)
        except InputError as exc:
            self.problems.extend(exc.problems)
            return None

    def add(self, kind: str, eid: str, loc: tuple[str | int, ...], message: str) -> None:
        doc = self.book.docs.get((kind, eid))
        path = str(self.book.root / kind / f"{eid}.yaml") if kind != "." else str(self.book.root / f"{eid}.yaml")
        line, col = doc.mark(loc) if doc else (1, 1)
        self.problems.append(Problem(path, line, col, dotted(loc), message))


def _walk(data: Any, loc: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any, Any]]:
    if isinstance(data, dict):
        for k, v in data.items():
            yield (*loc, k), k, v
            yield from _walk(v, (*loc, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _walk(v, (*loc, i))


def verify(book: RuleBook) -> None:
    """Raise InputError with every problem `pathway rules check` finds in `book`, unless this exact
    rule book (by content) was checked today. Loading the book does not need this; the commands
    that plan call it once, before the first plan."""
    stamp = book.check_stamp()
    if book.was_checked(stamp):
        return
    problems, _ = check_rules(book.root)
    if problems:
        raise InputError(problems)
    book.mark_checked(stamp)


def check_rules(root: Path) -> tuple[list[Problem], int]:
    book = RuleBook(root)
    c = _Collector(book)
    index = c.load(".", "index", RuleIndex)
    c.load(".", "school", School)
    c.load(".", "subjects", Subjects)
    c.load(".", "grants", GrantRates)
    c.load(".", "ranking", Ranking)
    for kind in KINDS:
        folder = root / kind
        if not (folder / "index.yaml").is_file():
            c.problems.append(Problem(str(folder / "index.yaml"), 1, 1, "", text("rules.no_folder_index")))
        else:
            c.files += 1
            try:
                validate(FolderIndex, load_file(str(folder / "index.yaml")))
            except InputError as exc:
                c.problems.extend(exc.problems)
    loaded: dict[str, dict[str, Any]] = {}
    for kind, model in KINDS.items():
        loaded[kind] = {}
        for eid in book.ids(kind):
            if not _ID.match(eid):
                c.problems.append(Problem(str(book.path(kind, eid)), 1, 1, "", text("rules.file_name", id=slug(eid))))
            entity = c.load(kind, eid, model)
            if entity is not None:
                loaded[kind][eid] = entity
    _cross_references(c, loaded)
    _more_references(c, loaded)
    documents = set(index.documents) if isinstance(index, RuleIndex) else None  # None: the index is broken
    today = date.today().isoformat()
    for (kind, eid), doc in sorted(book.docs.items()):
        _sources_and_dates(c, kind, eid, doc, documents, today)
    return c.problems, c.files


def _is_day(value: str) -> bool:
    """A checked date that is a real day: one that is not was already reported as not a date."""
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _sources_and_dates(
    c: _Collector, kind: str, eid: str, doc: Document, documents: set[str] | None, today: str
) -> None:
    for loc, key, value in _walk(doc.data):
        unknown = documents is not None and isinstance(value, str) and value[4:] not in documents
        if key == "source" and unknown and str(value).startswith("doc:"):
            c.add(kind, eid, loc, text("rules.unknown_document", source=value))
        if key == "checked" and isinstance(value, str) and _is_day(value) and value > today:
            c.add(kind, eid, loc, text("rules.checked_future", day=value))


def _cross_references(c: _Collector, loaded: dict[str, dict[str, Any]]) -> None:
    trades, programmes = loaded["trades"], loaded["programmes"]
    schemes, counties = loaded["schemes"], loaded["counties"]
    for tid, trade in sorted(trades.items()):
        assert isinstance(trade, Trade)
        places: list[tuple[tuple[str | int, ...], Any]] = [(("programmes",), trade.programmes)]
        places += [(("routes", i), route) for i, route in enumerate(trade.routes)]
        for where, route in places:
            for level, pid in route.levels():
                prog = programmes.get(pid)
                if prog is None:
                    c.add(
                        "trades",
                        tid,
                        (*where, level),
                        text("rules.no_programme", programme=pid, hint=did_you_mean(pid, sorted(programmes))),
                    )
                elif isinstance(prog, Programme) and prog.level != level:
                    message = text("rules.programme_level", programme=pid, level=prog.level, expected=level)
                    c.add("trades", tid, (*where, level), message)
    _lookup_keys(c, "trades", trades)
    _lookup_keys(c, "programmes", programmes)
    for pid, prog in sorted(programmes.items()):
        assert isinstance(prog, Programme)
        for i, target in enumerate(prog.leads_to):
            if target not in programmes:
                c.add(
                    "programmes",
                    pid,
                    ("leads_to", i),
                    text("rules.unknown_programme", programme=target, hint=did_you_mean(target, sorted(programmes))),
                )
    numbers: dict[str, str] = {}
    for cid, county in sorted(counties.items()):
        assert isinstance(county, County)
        if county.number in numbers:
            c.add(
                "counties",
                cid,
                ("number",),
                text("rules.duplicate_number", number=county.number, county=numbers[county.number]),
            )
        numbers[county.number] = cid
        for section in ("praksisbrev", "mfy"):
            facts = getattr(county, section).trades
            for j, fact in enumerate(facts if isinstance(facts, list) else [facts]):
                if isinstance(fact.value, list):
                    for i, tid in enumerate(fact.value):
                        if tid not in trades:
                            loc: tuple[str | int, ...] = (section, "trades") + ((j,) if isinstance(facts, list) else ())
                            c.add(
                                "counties",
                                cid,
                                (*loc, "value", i),
                                text("rules.no_trade", trade=tid, hint=did_you_mean(tid, sorted(trades))),
                            )
        for other in county.neighbours:
            if other not in counties or other == cid:
                c.add("counties", cid, ("neighbours",), text("rules.no_county", county=other))
        for pid in county.vg2_offer:
            prog = programmes.get(pid)
            if not isinstance(prog, Programme) or prog.level != "vg2":
                c.add("counties", cid, ("vg2_offer", pid), text("rules.not_vg2", programme=pid))
        exempt = county.grants.vg3_in_school_exempt_trades
        for j, fact in enumerate(exempt if isinstance(exempt, list) else [exempt] if exempt else []):
            for i, tid in enumerate(fact.value if isinstance(fact.value, list) else []):
                if tid not in trades:
                    exempt_loc: tuple[str | int, ...] = ("grants", "vg3_in_school_exempt_trades")
                    exempt_loc += (j,) if isinstance(exempt, list) else ()
                    c.add(
                        "counties",
                        cid,
                        (*exempt_loc, "value", i),
                        text("rules.no_trade", trade=tid, hint=did_you_mean(tid, sorted(trades))),
                    )
    if len(c.book.ids("counties")) != COUNTY_COUNT:
        message = text("rules.county_count", expected=COUNTY_COUNT, found=len(counties))
        c.problems.append(Problem(str(c.book.root / "counties"), 1, 1, "", message))
    for sid in SCHEME_IDS:
        if sid not in schemes and not (c.book.root / "schemes" / f"{sid}.yaml").is_file():
            c.problems.append(
                Problem(str(c.book.root / "schemes" / f"{sid}.yaml"), 1, 1, "", text("rules.no_scheme_file"))
            )
    for sid, scheme in sorted(schemes.items()):
        assert isinstance(scheme, Scheme)
        if sid not in SCHEME_IDS:
            c.add("schemes", sid, (), text("rules.unknown_scheme", scheme=sid, schemes=", ".join(SCHEME_IDS)))
            continue
        refs = {*scheme.legal.new, *scheme.legal.new_unverified, *scheme.legal.old}
        for ref in sorted(set(scheme.legal.links) - refs):
            c.add("schemes", sid, ("legal", "links", ref), text("rules.link_no_reference", ref=ref))
        known = CONDITION_CODES[sid]
        for i, cond in enumerate(scheme.conditions):
            if cond.code not in known:
                c.add(
                    "schemes",
                    sid,
                    ("conditions", i, "code"),
                    text("rules.unknown_condition", code=cond.code, hint=did_you_mean(cond.code, sorted(known))),
                )
        missing_codes = known - {cond.code for cond in scheme.conditions}
        for code in sorted(missing_codes):
            c.add(
                "schemes",
                sid,
                ("conditions",),
                text("rules.condition_missing", code=code),
            )
        for name in REQUIRED_PARAMS[sid]:
            if name not in scheme.params:
                c.add("schemes", sid, ("params",), text("rules.param_missing", name=name))
        for name in AGREEING_WHEN_UNKNOWN.get(sid, ()):
            facts = getattr(scheme.params, name, None)
            for i, fact in enumerate(facts if isinstance(facts, list) else [facts] if facts else []):
                if fact.unknown and len({alt.value for alt in fact.alternatives}) != 1:
                    at: tuple[str | int, ...] = ("params", name) + ((i,) if isinstance(facts, list) else ())
                    c.add("schemes", sid, at, text("rules.unknown_alternatives_disagree", name=name))
        for i, cont in enumerate(scheme.continuations):
            if cont.to not in SCHEME_IDS:
                c.add(
                    "schemes",
                    sid,
                    ("continuations", i, "to"),
                    text("rules.no_scheme", scheme=cont.to, hint=did_you_mean(cont.to, list(SCHEME_IDS))),
                )


def _lookup_keys(c: _Collector, kind: str, loaded: dict[str, Any]) -> None:
    """A name, alias or code that two entities share finds neither: say so, unless it is a code of a
    school year that several trades share (Vg3 flytekniske fag)."""
    owners: dict[str, list[str]] = {}
    for eid, entity in loaded.items():
        keys = {slug(entity.name)} | {slug(a) for a in entity.aliases}
        for key in keys:
            owners.setdefault(key, []).append(eid)
    for eid, entity in sorted(loaded.items()):
        for i, alias in enumerate(entity.aliases):
            key = slug(alias)
            others = [o for o in owners.get(key, []) if o != eid] + ([key] if key in loaded and key != eid else [])
            if others:
                message = text("rules.shared_name", name=alias, other=", ".join(sorted(set(others))))
                c.add(kind, eid, ("aliases", i), message)


def _more_references(c: _Collector, loaded: dict[str, dict[str, Any]]) -> None:
    """Cross references the first pass does not see: subjects, aliases, programme levels, conditions."""
    subjects = c.book.docs.get((".", "subjects"))
    known: list[str] = []
    if subjects is not None:
        try:
            subj = c.book.subjects()
        except InputError:
            subj = None
        if subj is not None:
            known = list(subj.fellesfag)
            for name in subj.fellesfag:
                if name not in subj.names:
                    c.add(".", "subjects", ("names",), text("rules.subject_name", subject=name))
            for alias, target in sorted(subj.aliases.items()):
                if target not in subj.fellesfag:
                    c.add(".", "subjects", ("aliases", alias), _no_subject(target, known))
            for table in ("lk20", "lk06"):
                facts = getattr(subj, table)
                for j, fact in enumerate(facts if isinstance(facts, list) else [facts]):
                    if not isinstance(fact.value, dict):
                        continue
                    where: tuple[str | int, ...] = (table,) + ((j,) if isinstance(facts, list) else ())
                    for level, hours in sorted(fact.value.items()):
                        for name in sorted(hours):
                            if name not in subj.fellesfag:
                                c.add(".", "subjects", (*where, "value", level, name), _no_subject(name, known))
    praksisbrev = loaded["schemes"].get("praksisbrev")
    if known and isinstance(praksisbrev, Scheme) and "fellesfag" in praksisbrev.params:
        facts = praksisbrev.params["fellesfag"]
        for j, fact in enumerate(facts if isinstance(facts, list) else [facts]):
            for i, name in enumerate(fact.value if isinstance(fact.value, list) else []):
                if name not in known:
                    loc: tuple[str | int, ...] = ("params", "fellesfag") + ((j,) if isinstance(facts, list) else ())
                    c.add("schemes", "praksisbrev", (*loc, "value", i), _no_subject(name, known))
    programmes = loaded["programmes"]
    try:
        school = c.book.school()
    except InputError:
        school = None
    if school is not None:
        facts = school.opphenting_from
        for j, fact in enumerate(facts if isinstance(facts, list) else [facts]):
            for i, pid in enumerate(fact.value if isinstance(fact.value, list) else []):
                if pid not in programmes:
                    where = ("opphenting_from",) + ((j,) if isinstance(facts, list) else ())
                    hint = did_you_mean(pid, sorted(programmes))
                    c.add(
                        ".", "school", (*where, "value", i), text("rules.unknown_programme", programme=pid, hint=hint)
                    )
    levels = {"vg1": "vg2", "vg2": "vg3"}
    for pid, prog in sorted(programmes.items()):
        assert isinstance(prog, Programme)
        for i, target in enumerate(prog.leads_to):
            other = programmes.get(target)
            if isinstance(other, Programme) and other.level != levels.get(prog.level):
                message = text(
                    "rules.leads_to_level",
                    programme=target,
                    level=other.level,
                    from_level=prog.level,
                    expected=levels.get(prog.level, "-"),
                )
                c.add("programmes", pid, ("leads_to", i), message)
    for sid, scheme in sorted(loaded["schemes"].items()):
        assert isinstance(scheme, Scheme)
        seen: set[str] = set()
        for i, cond in enumerate(scheme.conditions):
            if cond.code in seen:
                c.add("schemes", sid, ("conditions", i, "code"), text("rules.duplicate_condition", code=cond.code))
            seen.add(cond.code)
        for i, cont in enumerate(scheme.continuations):
            if cont.to == sid:
                c.add("schemes", sid, ("continuations", i, "to"), text("rules.continuation_self"))


def _no_subject(name: str, known: list[str]) -> str:
    return text("rules.unknown_subject", subject=name, hint=did_you_mean(name, known))


def show_entity(book: RuleBook, entity: str) -> str:
    """The file of a scheme, county, trade or programme, found by id, name, alias or code, with its path."""
    key = slug(entity)
    matches = [(kind, key) for kind in KINDS if key in book.ids(kind)]
    if not matches:
        for kind in KINDS:
            found = book.find(kind, entity)
            if found is not None:
                matches.append((kind, found))
    if not matches:
        everything = sorted({eid for kind in KINDS for eid in book.ids(kind)})
        raise InputError.at(
            "rules", 1, 1, "", text("rules.no_entity", entity=entity, hint=did_you_mean(key, everything))
        )
    out = []
    for kind, eid in matches:
        path = book.path(kind, eid)
        book.get(kind, eid)  # validates the file
        out.append(f"# {path}\n" + path.read_text(encoding="utf-8"))
    return "\n".join(out)


def trade_rows(book: RuleBook, vg1: str | None = None, vg2: str | None = None) -> list[tuple[str, ...]]:
    """(id, name, model, route) for every trade, or for those reached from a Vg1 programme and/or a
    Vg2 programme area (on any route; a kryssløp is labelled). Unknown programmes are input errors."""
    wanted: dict[str, str] = {}
    for level, given in (("vg1", vg1), ("vg2", vg2)):
        if given is None:
            continue
        pid = book.find("programmes", given)
        if pid is None or book.programme(pid).level != level:
            same_level = [p for p in book.ids("programmes") if book.programme(p).level == level]
            hint = did_you_mean(slug(given), same_level)
            raise InputError.at("--" + level, 1, 1, "", text("input.unknown_programme", value=given, hint=hint))
        wanted[level] = pid
    day = date.today()
    rows: list[tuple[str, ...]] = []
    for tid in book.ids("trades"):
        trade = book.trade(tid)
        matched = [r for r in (trade.programmes, *trade.routes) if all(getattr(r, lv) == p for lv, p in wanted.items())]
        if not matched:
            continue
        found = fact_at(trade.model, day)
        model = str(found.value) if found is not None else "unknown"
        ordinary = [r for r in matched if r.label is None]
        route = (ordinary or matched)[0]
        route_text = " / ".join(pid for _, pid in route.levels())
        label = route.label
        if label is not None:
            route_text += " (" + text("name.route." + label) + ")"
        rows.append((tid, trade.name, model, route_text))
    return rows


def offer_rows(book: RuleBook, county: str) -> list[tuple[str, ...]]:
    """(id, name, offered | not offered | unknown, source) for every Vg2 programme area in `county`
    (rules/counties/<id>.yaml `vg2_offer`; a programme area not listed is unknown)."""
    cid = book.find("counties", county)
    if cid is None:
        hint = did_you_mean(slug(county), book.ids("counties"))
        raise InputError.at("--county", 1, 1, "", text("input.unknown_county", value=county, hint=hint))
    offer = book.county(cid).vg2_offer
    day = date.today()
    label = {True: text("offer.yes"), False: text("offer.no")}
    rows: list[tuple[str, ...]] = []
    for pid in book.ids("programmes"):
        prog = book.programme(pid)
        if prog.level != "vg2":
            continue
        fact = fact_at(offer[pid], day) if pid in offer else None
        if fact is None or fact.unknown:
            rows.append((pid, prog.name, text("offer.unknown"), text("offer.confirm")))
        else:
            low = " (" + text("offer.low") + ")" if fact.confidence == "low" else ""
            rows.append((pid, prog.name, label[bool(fact.value)] + low, fact.source or ""))
    return rows
