"""Reading a candidate file: parse, validate, resolve ids against the rule book, check plausibility."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from pathway.errors import InputError, Problem
from pathway.ids import foreign_character, looks_like_national_id, malformed_county_number, nearest, slug
from pathway.messages import did_you_mean, join, text
from pathway.models.candidate import Candidate
from pathway.models.facts import Fact, fact_at
from pathway.privacy import private_kind
from pathway.ruleset import RuleBook, validate
from pathway.yamlio import MAX_BYTES, Document, decode, load_file, parse


@dataclass(frozen=True)
class WorkPeriod:
    trade: str
    months: int
    percent: int
    start: date | None = None  # `from` (first day of the month for YYYY-MM)
    end: date | None = None  # `to` (last day of the month for YYYY-MM)
    country: str | None = None  # lower-case ISO code, e.g. "no"


@dataclass(frozen=True)
class Held:
    """A qualification the person already holds (`qualifications[]`)."""

    kind: str  # fagbrev | svennebrev | kompetansebevis | praksisbrev | studiekompetanse
    trade: str | None  # resolved trade id (None for studiekompetanse)
    date: date | None  # first day of the month for YYYY-MM


@dataclass(frozen=True)
class Current:
    """What the person is in now (`current`)."""

    kind: str  # elev | laerling | laerekandidat | praksisbrevkandidat | fagbrev_paa_jobb | vg3_skole
    trade: str | None
    level: str | None  # vg1|vg2|vg3, for elev
    programme: str | None  # resolved programme id, for elev
    since: date | None


@dataclass(frozen=True)
class Event:
    """Something that ended without the qualification (`history[]`)."""

    event: str  # contract_ended | test_failed
    kind: str | None  # for contract_ended: laerling | laerekandidat | praksisbrevkandidat | fagbrev_paa_jobb
    test: str | None  # for test_failed: fagprove | svenneprove | kompetanseprove | praksisbrevprove
    trade: str | None
    date: date | None


@dataclass(frozen=True)
class Person:
    """A candidate with every id resolved; what the planner works on."""

    id: str
    birth_date: date
    birth_date_estimated: bool
    county: str
    grunnskole: bool
    trade: str
    school: tuple[tuple[str, str, bool], ...]  # (level, programme id, passed)
    missing: frozenset[str]
    work: tuple[WorkPeriod, ...]
    employment: WorkPeriod | None  # months unused
    apprenticeship_place: bool | None
    passed: frozenset[str] = frozenset()  # fellesfag.passed, resolved ids
    qualifications: tuple[Held, ...] = ()
    current: Current | None = None
    history: tuple[Event, ...] = ()
    special_needs: bool | None = None
    warnings: tuple[str, ...] = ()  # implausibility warnings (messages for people)


def load_document(arg: str) -> Document:
    """Parse a candidate file, or stdin for `-` (shown as `<stdin>` in errors)."""
    if arg == "-":
        stdin = sys.stdin
        if stdin is None:  # started with stdin closed (`<&-`)
            raise InputError.at("<stdin>", 1, 1, "", text("input.stdin_closed"))
        if stdin.isatty():
            raise InputError.at("<stdin>", 1, 1, "", text("input.stdin_terminal"))
        try:
            raw = getattr(stdin, "buffer", stdin).read(MAX_BYTES + 1)
        except (OSError, ValueError) as exc:  # a descriptor closed or not readable
            reason = getattr(exc, "strerror", None) or str(exc)
            raise InputError.at("<stdin>", 1, 1, "", text("file.unreadable", reason=reason)) from None
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        return parse(decode(raw, "<stdin>"), "<stdin>")
    return load_file(arg)


def load_person(arg: str, rules: RuleBook, as_of: date) -> Person:
    return person_from(load_document(arg), arg, rules, as_of)


def person_from(doc: Document, arg: str, rules: RuleBook, as_of: date) -> Person:
    """Validate and resolve a parsed candidate file (`arg` as given on the command line names it)."""
    if doc.data is None:
        raise InputError.at(doc.path, 1, 1, "", text("input.empty_candidate"))
    cand = validate(Candidate, doc)
    default_id = "stdin" if arg == "-" else slug(arg.rsplit("/", 1)[-1].rsplit(".", 1)[0]) or "candidate"
    return resolve(cand, doc, rules, as_of, default_id)


class _Resolver:
    def __init__(self, doc: Document, rules: RuleBook) -> None:
        self.doc = doc
        self.rules = rules
        self.problems: list[Problem] = []

    def fail(self, loc: tuple[str | int, ...], message: str) -> None:
        from pathway.yamlio import dotted

        line, col = self.doc.mark(loc)
        self.problems.append(Problem(self.doc.path, line, col, dotted(loc), message))

    def entity(self, kind: str, value: str | int, loc: tuple[str | int, ...], unknown: str) -> str | None:
        """The id `value` names, or None after recording `unknown` (a message key) as a problem."""
        if self.foreign(kind, value, loc):
            return None
        found = self.rules.find(kind, value)
        if found is not None:
            return found
        given, key = str(value), slug(str(value))
        if self.private(kind, value, loc, lambda: bool(self.rules.nearest(kind, value, 1, cutoff=_TYPO))):
            return None
        hint = did_you_mean(key, self.rules.ids(kind))
        if kind == "trades":
            names = ", ".join(repr(eid) for eid in self.rules.nearest(kind, value))
            hint = text("hint.nearest_trades", names=names) if names else text("hint.list_trades")
        if isinstance(value, bool):
            hint = text("input.yes_no_hint")
        self.fail(loc, text(unknown, value=given, hint=hint))
        return None

    def foreign(self, kind: str, value: object, loc: tuple[str | int, ...]) -> bool:
        """Whether `value` holds a character that no id or name has (ids.foreign_character), recorded
        as a problem that names the character, not the value; a national identity number, whatever
        separates its digits (010190:12345), is said to be one."""
        if isinstance(value, str | int) and looks_like_national_id(str(value)):
            return self.private(kind, value, loc, lambda: False)
        char = foreign_character(value) if isinstance(value, str) else None
        if char is not None:
            self.fail(loc, text("input.foreign_character", char=char, example=_EXAMPLES[kind]))
        return char is not None

    def private(self, kind: str, value: object, loc: tuple[str | int, ...], typo: Callable[[], bool]) -> bool:
        """Whether an unknown `value` looks like a national identity number or a person's name
        (pathway.privacy), recorded as a problem that says what is wrong without repeating the value.
        A value shaped like a name that is a near spelling of a name of the rule book (`typo()`:
        "Møre og Romsdl") is a typo, not a name: it is shown with its hint as any other."""
        found = private_kind(value)
        if found is None or (found == "name" and typo()):
            return False
        like = text("privacy.national_id") if found == "national_id" else text("privacy.name")
        self.fail(loc, text(_PRIVATE[kind], like=like))
        return True

    def county(self, value: str | int) -> str | None:
        """The county `value` names; a name from before 2024 (rules/counties: former_names) too."""
        if self.foreign("counties", value, ("county",)):
            return None
        if malformed_county_number(str(value)) and not looks_like_national_id(str(value)):
            # Without letters, a county is its number: "-3" is no county (slug() would read Oslo's 3).
            self.fail(("county",), text("input.county_number", value=str(value)))
            return None
        key = slug(str(value))
        if isinstance(value, str) and key not in self.rules.ids("counties"):
            owners = [
                eid
                for eid in self.rules.ids("counties")
                if any(slug(f.name) == key for f in getattr(self.rules.get("counties", eid), "former_names", []))
            ]
            if len(owners) == 1:
                return owners[0]
            if owners:
                names = self.rules.names("counties")
                # The name people know, and the id where it is spelt differently (Østfold: ostfold).
                choices = ", ".join(
                    names[eid] if names[eid] == eid.capitalize() else f"{names[eid]} ({eid})" for eid in owners
                )
                self.fail(("county",), text("input.county_split", value=value, choices=choices))
                return None
        return self.entity("counties", value, ("county",), "input.unknown_county")

    def subjects(self, names: list[str], loc: tuple[str | int, ...]) -> set[str]:
        """Fellesfag ids of `names` (ids, names or aliases); an unknown one is a problem."""
        subjects = self.rules.subjects()
        known = [*subjects.fellesfag, *subjects.aliases]
        found: set[str] = set()
        for i, name in enumerate(names):
            if self.foreign("fellesfag", name, (*loc, i)):
                continue
            key = slug(name)
            key = subjects.aliases.get(key, key)
            if key in subjects.fellesfag:
                found.add(key)
            elif not self.private("fellesfag", name, (*loc, i), partial(_close, key, known)):
                hint = did_you_mean(key, subjects.fellesfag)
                self.fail((*loc, i), text("input.unknown_fellesfag", value=name, hint=hint))
        return found

    def past(self, day: date | None, loc: tuple[str | int, ...], as_of: date) -> None:
        """A date of what already happened must not be after the planning date (a month: not after its month)."""
        if day is not None and _month_of(day) > _month_of(as_of):
            self.fail(loc, text("input.date_future", day=day.isoformat(), as_of=as_of.isoformat()))


# A value shaped like a person's name is a typo of a name of the rule book when it is at least this
# close to one (difflib's ratio): "Møre og Romsdl" is, "Ola Nordmann" (0.6 from Nordland) is not.
_TYPO = 0.8
_EXAMPLES = {"counties": "agder", "trades": "kokkfaget", "programmes": "restaurant-og-matfag", "fellesfag": "norsk"}
_PRIVATE = {
    "counties": "input.private_county",
    "trades": "input.private_trade",
    "programmes": "input.private_programme",
    "fellesfag": "input.private_fellesfag",
}


def _close(key: str, known: list[str]) -> bool:
    return nearest(key, known, _TYPO) is not None


def resolve(cand: Candidate, doc: Document, rules: RuleBook, as_of: date, default_id: str) -> Person:
    r = _Resolver(doc, rules)
    county = r.county(cand.county)
    trade = r.entity("trades", cand.goal.trade, ("goal", "trade"), "input.unknown_trade")
    school: list[tuple[str, str, bool]] = []
    for i, year in enumerate(cand.school):
        pid = r.entity("programmes", year.programme, ("school", i, "programme"), "input.unknown_programme")
        if pid is not None:
            level = rules.programme(pid).level
            sibling = f"{pid}-{year.level}"  # a programme that runs over several years: one file per year
            if level != year.level and sibling in rules.ids("programmes"):
                pid, level = sibling, year.level
            if level != year.level:
                r.fail(
                    ("school", i, "level"),
                    text("input.programme_level", programme=year.programme, level=level, expected=year.level),
                )
            school.append((year.level, pid, year.passed))
    missing = r.subjects(cand.fellesfag.missing, ("fellesfag", "missing"))
    passed = r.subjects(cand.fellesfag.passed, ("fellesfag", "passed"))
    for i, name in enumerate(cand.fellesfag.passed):
        key = _subject_key(rules, name)
        if key in missing:
            r.fail(("fellesfag", "passed", i), text("input.missing_and_passed", subject=name))
    work: list[WorkPeriod] = []
    for i, w in enumerate(cand.work):
        tid = r.entity("trades", w.trade, ("work", i, "trade"), "input.unknown_trade")
        for key, day in (("from", w.start), ("to", w.end)):
            if day is not None and _month_of(day) > _month_of(as_of):
                r.fail(("work", i, key), text("input.work_future", day=day.isoformat(), as_of=as_of.isoformat()))
        if tid is not None:
            work.append(WorkPeriod(tid, w.month_count, w.percent, w.start, w.end, w.country))
    employment = None
    if cand.employment is not None:
        tid = r.entity("trades", cand.employment.trade, ("employment", "trade"), "input.unknown_trade")
        if tid is not None:
            employment = WorkPeriod(tid, 0, cand.employment.percent)
    held: list[Held] = []
    for i, q in enumerate(cand.qualifications):
        qtid = None
        if q.trade is not None:
            qtid = r.entity("trades", q.trade, ("qualifications", i, "trade"), "input.unknown_trade")
        r.past(q.date, ("qualifications", i, "date"), as_of)
        held.append(Held(q.kind, qtid, q.date))
    current = None
    if cand.current is not None:
        c = cand.current
        ctid = trade if c.trade is None and c.kind != "elev" else None
        if c.trade is not None:
            ctid = r.entity("trades", c.trade, ("current", "trade"), "input.unknown_trade")
        cpid = None
        if c.programme is not None:
            cpid = r.entity("programmes", c.programme, ("current", "programme"), "input.unknown_programme")
            if cpid is not None and c.level is not None and rules.programme(cpid).level != c.level:
                level = rules.programme(cpid).level
                r.fail(
                    ("current", "level"),
                    text("input.programme_level", programme=c.programme, level=level, expected=c.level),
                )
        # A contract or school year about to start is plausible: planned, with a warning (implausible()).
        current = Current(c.kind, ctid, c.level, cpid, c.since)
    history: list[Event] = []
    for i, e in enumerate(cand.history):
        etid = trade
        if e.trade is not None:
            etid = r.entity("trades", e.trade, ("history", i, "trade"), "input.unknown_trade")
        r.past(e.date, ("history", i, "date"), as_of)
        history.append(Event(e.event, e.kind, e.test, etid, e.date))
    if cand.birth_date is not None:
        birth, estimated = cand.birth_date, False
        years = as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))
        if not 13 <= years <= 80:
            r.fail(("birth_date",), text("input.birth_date_age", age=years, day=as_of.isoformat()))
    else:
        assert cand.age is not None
        # Without a birth date, assume the birthday is today: the youngest reading of the age.
        birth, estimated = _years_before(as_of, cand.age), True
    if cand.id is None and looks_like_national_id(default_id):
        r.fail(("id",), text("input.file_name_national_id"))
    if r.problems:
        raise InputError(r.problems)
    assert county is not None and trade is not None
    person = Person(
        id=cand.id or default_id,
        birth_date=birth,
        birth_date_estimated=estimated,
        county=county,
        grunnskole=cand.grunnskole,
        trade=trade,
        school=tuple(school),
        missing=frozenset(missing),
        work=tuple(work),
        employment=employment,
        apprenticeship_place=cand.apprenticeship_place,
        passed=frozenset(passed),
        qualifications=tuple(held),
        current=current,
        history=tuple(history),
        special_needs=cand.special_needs,
    )
    return replace(person, warnings=tuple(implausible(person, rules, as_of)))


def _month_of(day: date) -> int:
    return day.year * 12 + day.month


def _subject_key(rules: RuleBook, name: str) -> str:
    key = slug(name)
    return rules.subjects().aliases.get(key, key)


def implausible(person: Person, rules: RuleBook, as_of: date) -> list[str]:
    """Warnings (for people) about a candidate that can be planned but looks wrong."""
    out: list[str] = []
    seen: dict[tuple[str, str], bool] = {}
    for i, (level, pid, passed) in enumerate(person.school):
        name = rules.programme(pid).name
        if seen.get((level, pid)):
            out.append(text("warn.school_duplicate", level=level.capitalize(), programme=name))
        seen[(level, pid)] = seen.get((level, pid), False) or passed
        below = {"vg2": "vg1", "vg3": "vg2"}.get(level)
        if below and not any(lv == below for lv, _, _ in person.school[:i]):
            if any(lv == below for lv, _, _ in person.school[i + 1 :]):
                out.append(text("warn.school_order", level=level.capitalize(), below=below.capitalize()))
            else:
                out.append(text("warn.school_gap", level=level.capitalize(), below=below.capitalize()))
    now = person.current
    if now is not None and now.kind == "elev" and now.level and now.programme:
        if seen.get((now.level, now.programme)):
            name = rules.programme(now.programme).name
            out.append(text("warn.current_done", level=now.level.capitalize(), programme=name))
        below = {"vg2": "vg1", "vg3": "vg2"}.get(now.level)
        if below and not any(lv == below for lv, _, _ in person.school):
            out.append(text("warn.school_gap", level=now.level.capitalize(), below=below.capitalize()))
    out += _school_shapes(person, rules, as_of)
    # Months since the 13th birthday; with only an age, the birthday may be up to a year earlier.
    working_age = _years_before(person.birth_date, -_WORKING_AGE)
    possible = max(0, _month_of(as_of) - _month_of(working_age) + 1) + (11 if person.birth_date_estimated else 0)
    worked = sum(w.months for w in person.work)
    if worked > possible:
        out.append(text("warn.work_months", months=worked, possible=possible, age=_WORKING_AGE))
    dated = [q.date for q in person.qualifications] + [e.date for e in person.history] + [w.start for w in person.work]
    dated.append(person.current.since if person.current else None)
    if now is not None and now.since is not None and _month_of(now.since) > _month_of(as_of):
        out.append(text("warn.since_future", day=now.since.isoformat(), as_of=as_of.isoformat()))
    early = sorted(d for d in dated if d is not None and _month_of(d) < _month_of(working_age))
    if early and not person.birth_date_estimated:
        out.append(text("warn.date_young", day=early[0].isoformat(), age=_WORKING_AGE))
    return out


_WORKING_AGE = 13  # arbeidsmiljøloven § 11-1: light work from the age of 13, nothing younger
_BELOW = {"vg2": "vg1", "vg3": "vg2"}  # the level a school year needs passed before it (admission)
# LK20 replaced LK06 for Vg1 from the school year 2020-21 (Vg2 from 2021-22):
# https://www.udir.no/laring-og-trivsel/lareplanverket/fagfornyelsen/innforing-av-nye-lareplaner/
# Someone born in 2003 or earlier may have started Vg1 under LK06, whose fellesfag lie on other
# levels (norsk and engelsk on both), so for them a subject belongs to its levels in either.
_LAST_LK06_BIRTH_YEAR = 2003


def _school_shapes(person: Person, rules: RuleBook, as_of: date) -> list[str]:
    """Warnings about school years, fellesfag and qualifications that do not fit together (the order
    and gaps of the years are checked by implausible() itself):
    - a year listed (passed or not) while the year it needs is listed only as not passed (Vg1
      failed, Vg2 passed), also the year the person is taking now;
    - Vg3 i skole now without a passed Vg2;
    - a missing fellesfag that belongs only to levels the file lists neither as a school year nor as
      the year being taken now (fellesfag.missing lists subjects of years taken: docs/contract.md §2);
      a studieforberedende year has every fellesfag, so it belongs to any;
    - studiekompetanse held while fellesfag it holds (rules/school.yaml studiekompetanse_fellesfag)
      are listed as missing;
    - grunnskole false while the file lists upper-secondary years or studiekompetanse."""
    out: list[str] = []
    now = person.current
    listed = [(level, ok) for level, _, ok in person.school]
    if now is not None and now.kind == "elev" and now.level:
        listed.append((now.level, False))
    warned: set[str] = set()
    for level, _ in listed:
        below = _BELOW.get(level)
        has_below = any(lv == below for lv, _, _ in person.school)
        if below and level not in warned and has_below and not any(lv == below and ok for lv, _, ok in person.school):
            warned.add(level)
            out.append(text("warn.below_not_passed", level=level.capitalize(), below=below.capitalize()))
    if now is not None and now.kind == "vg3_skole" and not any(lv == "vg2" and ok for lv, _, ok in person.school):
        out.append(text("warn.vg3_skole_without_vg2"))
    subjects = rules.subjects()
    holds_studiekompetanse = any(q.kind == "studiekompetanse" for q in person.qualifications)
    missing = [s for s in subjects.fellesfag if s in person.missing]  # in the rule book's order
    held = fact_at(rules.school().studiekompetanse_fellesfag, as_of) if holds_studiekompetanse else None
    if held is not None and isinstance(held.value, list) and [s for s in missing if s in held.value]:
        names = join([subjects.names.get(s, s) for s in missing if s in held.value])
        out.append(text("warn.studiekompetanse_missing", subjects=names))
    taken = {level for level, _ in listed}
    general = any(rules.programme(pid).kind != "yrkesfag" for _, pid, _ in person.school)
    if now is not None and now.kind == "elev" and now.programme:
        general = general or rules.programme(now.programme).kind != "yrkesfag"
    if not holds_studiekompetanse and not general:
        earliest = person.birth_date.year - (1 if person.birth_date_estimated else 0)
        curricula = [subjects.lk20] + ([subjects.lk06] if earliest <= _LAST_LK06_BIRTH_YEAR else [])
        for subject in missing:
            levels = sorted(_levels_of(subject, curricula))
            if levels and not taken & set(levels):
                names = text("word.or").join(lv.capitalize() for lv in levels)
                out.append(text("warn.missing_not_taken", subject=subjects.names.get(subject, subject), levels=names))
    if not person.grunnskole and (person.school or holds_studiekompetanse):
        out.append(text("warn.no_grunnskole"))
    return out


def _levels_of(subject: str, curricula: list[Fact | list[Fact]]) -> set[str]:
    """The levels a fellesfag is taught on in any of the curricula (every dated value of each)."""
    found: set[str] = set()
    for curriculum in curricula:
        for fact in [curriculum] if isinstance(curriculum, Fact) else curriculum:
            if isinstance(fact.value, dict):
                found |= {level for level, hours in fact.value.items() if isinstance(hours, dict) and subject in hours}
    return found


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
