"""Reading a candidate file: parse, validate, resolve ids against the rule book, check plausibility."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date

from pathway.errors import InputError, Problem
from pathway.ids import did_you_mean, slug
from pathway.messages import text
from pathway.models.candidate import Candidate
from pathway.ruleset import RuleBook, validate
from pathway.yamlio import MAX_BYTES, Document, decode, load_file, parse


@dataclass(frozen=True)
class WorkPeriod:
    trade: str
    months: int
    percent: int


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


def load_document(arg: str) -> Document:
    """Parse a candidate file, or stdin for `-` (shown as `<stdin>` in errors)."""
    if arg == "-":
        if sys.stdin.isatty():
            raise InputError.at("<stdin>", 1, 1, "", text("input.stdin_terminal"))
        return parse(decode(sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>"), "<stdin>")
    return load_file(arg)


def load_person(arg: str, rules: RuleBook, as_of: date) -> Person:
    doc = load_document(arg)
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
        found = self.rules.find(kind, value)
        if found is not None:
            return found
        given, key = str(value), slug(str(value))
        hint = did_you_mean(key, self.rules.ids(kind))
        if kind == "trades":
            names = ", ".join(repr(eid) for eid in self.rules.nearest(kind, value))
            hint = text("hint.nearest_trades", names=names) if names else text("hint.list_trades")
        if isinstance(value, bool):
            hint = text("input.yes_no_hint")
        self.fail(loc, text(unknown, value=given, hint=hint))
        return None


def resolve(cand: Candidate, doc: Document, rules: RuleBook, as_of: date, default_id: str) -> Person:
    r = _Resolver(doc, rules)
    county = r.entity("counties", cand.county, ("county",), "input.unknown_county")
    trade = r.entity("trades", cand.goal.trade, ("goal", "trade"), "input.unknown_trade")
    school: list[tuple[str, str, bool]] = []
    for i, year in enumerate(cand.school):
        pid = r.entity("programmes", year.programme, ("school", i, "programme"), "input.unknown_programme")
        if pid is not None:
            level = rules.programme(pid).level
            if level != year.level:
                r.fail(
                    ("school", i, "level"),
                    text("input.programme_level", programme=year.programme, level=level, expected=year.level),
                )
            school.append((year.level, pid, year.passed))
    subjects = rules.subjects()
    missing: set[str] = set()
    for i, name in enumerate(cand.fellesfag.missing):
        key = slug(name)
        key = subjects.aliases.get(key, key)
        if key not in subjects.fellesfag:
            hint = did_you_mean(key, subjects.fellesfag)
            r.fail(("fellesfag", "missing", i), text("input.unknown_fellesfag", value=name, hint=hint))
        else:
            missing.add(key)
    work: list[WorkPeriod] = []
    for i, w in enumerate(cand.work):
        tid = r.entity("trades", w.trade, ("work", i, "trade"), "input.unknown_trade")
        if tid is not None:
            work.append(WorkPeriod(tid, w.months, w.percent))
    employment = None
    if cand.employment is not None:
        tid = r.entity("trades", cand.employment.trade, ("employment", "trade"), "input.unknown_trade")
        if tid is not None:
            employment = WorkPeriod(tid, 0, cand.employment.percent)
    if cand.birth_date is not None:
        birth, estimated = cand.birth_date, False
        years = as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))
        if not 13 <= years <= 80:
            r.fail(("birth_date",), text("input.birth_date_age", age=years, day=as_of.isoformat()))
    else:
        assert cand.age is not None
        # Without a birth date, assume the birthday is today: the youngest reading of the age.
        birth, estimated = _years_before(as_of, cand.age), True
    if r.problems:
        raise InputError(r.problems)
    assert county is not None and trade is not None
    return Person(
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
    )


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
