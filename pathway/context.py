"""What the planner knows about one candidate on one planning date: resolved facts, ages, experience."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from pathway.candidate import Person
from pathway.dates import Calendar, month_abs
from pathway.memo import remembered, shared
from pathway.models.facts import Fact, fact_at
from pathway.models.rules import County, Scheme, School, Trade
from pathway.ruleset import SCHEME_IDS, RuleBook


@dataclass(frozen=True)
class Value:
    """A fact's value on the planning date, with what the user needs to trust it."""

    value: Any
    sources: tuple[str, ...]
    unknown: bool
    soft: bool = False  # a main rule with exceptions (Fact.rule: soft): outside it needs approval
    quote: str = ""  # the fact's note, for a soft rule quoted to the user
    low: bool = False  # confidence: low (a lead, not read on an official page): to confirm, not to trust

    @classmethod
    def of(cls, fact: Fact | list[Fact], day: date) -> Value:
        found = fact_at(fact, day)
        if found is None:
            return cls(None, (), True)
        soft = found.rule == "soft"
        note = " ".join((found.note or "").split())
        quoted = re.search(r'"([^"]+)"', note)
        quote = (quoted.group(1) if quoted else note).rstrip(".") if soft else ""
        low = found.confidence == "low"
        return cls(found.value, (found.source,) if found.source else (), found.unknown, soft, quote, low)


class PlanContext:
    def __init__(
        self, person: Person, rules: RuleBook, as_of: date, lifted: frozenset[tuple[str, str]] = frozenset()
    ) -> None:
        self.person = person
        self.lifted = lifted
        self._values: dict[tuple[int, date], Value] = shared(rules.memo, "values")
        self._sources: dict[tuple[str, str], str] = shared(rules.memo, "condition_sources")
        self._params: dict[tuple[str, str], Value] = shared(rules.memo, "params").setdefault(as_of, {})
        self._grants: dict[int, tuple[str, tuple[str, ...], bool]] = {}
        self.rules = rules
        self.as_of = as_of
        self.cal = Calendar(as_of)
        self.county: County = rules.county(person.county)
        self.trade: Trade = rules.trade(person.trade)
        self.school: School = rules.school()
        self.schemes: dict[str, Scheme] = {sid: rules.scheme(sid) for sid in SCHEME_IDS}
        self.birth_abs = month_abs(person.birth_date)
        model = str(self.value(self.trade.model).value)
        self.model = model
        school_years, company_years = model.split("+")
        self.school_years = int(school_years)
        self.company_months = round(float(company_years) * 12)
        self.total_months = self.school_years * 12 + self.company_months
        self._required = frozenset(f"vg{i}" for i in range(1, self.school_years + 1))
        self.qualification = str(self.value(self.trade.qualification).value)
        self.credited_fellesfag, self.variant_fellesfag = self._credited_fellesfag()

    def _credited_fellesfag(self) -> tuple[frozenset[str], frozenset[str]]:
        """Fellesfag passed outside the trade's own programmes (RULES-REFERENCE §2.2): on another
        yrkesfag programme of the same level, or listed as passed. Matematikk and naturfag come in
        programme variants: credited, but the county confirms them."""
        lk20 = self.value(self.rules.subjects().lk20).value
        programmes = self.trade.programmes
        passed: set[str] = set(self.person.passed)
        variant: set[str] = set()
        for level, pid, ok in self.person.school:
            if not ok or getattr(programmes, level, None) == pid:
                continue
            if self.rules.programme(pid).kind != "yrkesfag":
                continue
            subjects = set(lk20.get(level, {}))
            passed |= subjects
            variant |= subjects & {"matematikk", "naturfag"}
        passed -= self.person.missing
        return frozenset(passed), frozenset(variant & passed - self.person.passed)

    def required_levels(self) -> frozenset[str]:
        """The school levels a lærling of this trade has passed before the læretid (vg1, vg2, …)."""
        return self._required

    # --- facts ---------------------------------------------------------------------------
    def value(self, fact: Fact | list[Fact]) -> Value:
        # Facts belong to the rule book and never change: resolve each once per planning date.
        key = (id(fact), self.as_of)
        found = self._values.get(key)
        if found is None:
            found = self._values[key] = Value.of(fact, self.as_of)
        return found

    def offered(self, county: County, programme: str) -> Value | None:
        """Whether `county` offers the Vg2 `programme` (the fact valid on the planning date); None: not listed."""
        fact = county.vg2_offer.get(programme)
        return None if fact is None else self.value(fact)

    def vg2_not_offered(self, programme: str) -> tuple[str | None, tuple[str, ...]] | None:
        """None unless the person's county states it does not offer the Vg2 `programme`; then the
        nearest county that does (fewest borders crossed, in the order of each county's `neighbours`;
        None: no offer known) and the sources read."""
        here = self.offered(self.county, programme)
        if here is None or here.value is not False:
            return None
        seen, frontier = {self.person.county}, [self.person.county]
        while frontier:
            step: list[str] = []
            for cid in frontier:
                for other in self.rules.county(cid).neighbours:
                    if other not in seen:
                        seen.add(other)
                        step.append(other)
            for cid in step:
                there = self.offered(self.rules.county(cid), programme)
                if there is not None and there.value is True:
                    return cid, tuple(dict.fromkeys((*here.sources, *there.sources)))
            frontier = step
        for cid in sorted(self.rules.ids("counties")):  # an offer in a county no border path reaches
            there = self.offered(self.rules.county(cid), programme)
            if cid not in seen and there is not None and there.value is True:
                return cid, tuple(dict.fromkeys((*here.sources, *there.sources)))
        return None, here.sources

    def param(self, scheme: str, name: str) -> Value:
        return remembered(self._params, (scheme, name), lambda: self.value(self.schemes[scheme].params[name]))

    def condition_source(self, scheme: str, code: str) -> str:
        return remembered(self._sources, (scheme, code), lambda: self._condition_source(scheme, code))

    def _condition_source(self, scheme: str, code: str) -> str:
        for cond in self.schemes[scheme].conditions:
            if cond.code == code:
                return cond.source
        raise KeyError(f"{scheme} has no condition {code!r} in its rule file")

    # --- the person over time ------------------------------------------------------------
    def age_on(self, day: date) -> int:
        b = self.person.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))

    def age_at(self, index: int) -> int:
        """Age in whole years at the start of month `index` (index 0: on the planning date)."""
        if index <= 0:
            return self.age_on(self.as_of)
        # On the 1st of a month: whole years since the birth month, less one in that month itself
        # when the birthday comes later in it.
        return (self.cal.base + index - self.birth_abs - (self.person.birth_date.day > 1)) // 12

    def school_year_age(self, index: int) -> int:
        """The age the person turns during the school year that contains month `index`."""
        start = self.cal.next_month(index - 11, 8)  # the August that opened this school year
        end_of_year = start + 11  # July
        return (self.cal.base + end_of_year - self.birth_abs) // 12

    def calendar_year_age(self, index: int) -> int:
        """The age the person turns in the calendar year of month `index`."""
        return self.cal.year(index) - self.person.birth_date.year

    @property
    def full_time(self) -> Value:
        """The position (%) from which practice counts as full time: the county's own rule where its
        page states one, else the national reading. Where that is unknown, the reading every county
        that states one agrees on (its alternatives), marked `low`: to confirm with the county."""
        return remembered(self._params, ("full_time", self.person.county), self._full_time)

    def _full_time(self) -> Value:
        own = self.county.praksiskandidat.full_time_percent
        if own is not None and not (v := self.value(own)).unknown:
            return v
        national = self.param("praksiskandidat", "full_time_percent")
        if not national.unknown:
            return national
        # `rules check` holds these alternatives to one value (rulecheck.AGREEING_WHEN_UNKNOWN).
        found = fact_at(self.schemes["praksiskandidat"].params["full_time_percent"], self.as_of)
        alternatives = found.alternatives if found is not None else []
        (agreed,) = {alt.value for alt in alternatives}
        return Value(agreed, tuple(alt.source for alt in alternatives if alt.source), False, low=True)

    @property
    def full_time_percent(self) -> int:
        return int(self.full_time.value)

    def fte(self, months: int, percent: int) -> float:
        return months * (1.0 if percent >= self.full_time_percent else percent / 100)

    def experience(self) -> int:
        """Full-time-equivalent months of work in the goal trade, rounded down."""
        total = sum(self.fte(w.months, w.percent) for w in self.person.work if w.trade == self.person.trade)
        return int(total)

    @property
    def employed_in_trade(self) -> bool:
        emp = self.person.employment
        return emp is not None and emp.trade == self.person.trade

    def accrual_per_month(self) -> float:
        emp = self.person.employment
        if emp is None or emp.trade != self.person.trade:
            return 0.0
        return self.fte(1, emp.percent)

    def grant_for(self, start: int) -> tuple[str, tuple[str, ...], bool]:
        """(bt1|bt2, sources, unknown) for a contract starting in month `start`."""
        return remembered(self._grants, start, lambda: self._grant_for(start))

    def _grant_for(self, start: int) -> tuple[str, tuple[str, ...], bool]:
        v = self.value(self.county.grants.bt2_from_age)
        if v.unknown:  # the national reading, with the county's (unknown) source kept for the warning
            national = self.value(self.rules.grants().bt2_from_age)
            limit = int(national.value)
        else:
            limit = int(v.value)
        return ("bt2" if self.age_at(start) >= limit else "bt1"), v.sources, v.unknown
