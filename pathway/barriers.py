"""The cohort's system barriers: which rules keep candidates out of which schemes, and what lifting
each barrier would change. The counterfactual is computed by re-planning every affected candidate
with that one condition treated as met, never estimated."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pathway.cohort.item import Item
from pathway.cohort.planning import Planner
from pathway.cohort.pool import book_for, pooled
from pathway.results import PlanResult
from pathway.vocabulary import SYSTEM_CODES

AGE_BANDS = ((0, 15, "under 16"), (16, 19, "16-19"), (20, 24, "20-24"), (25, 34, "25-34"), (35, 200, "35+"))


def age_band(age: int) -> str:
    return next(label for low, high, label in AGE_BANDS if low <= age <= high)


@dataclass(frozen=True)
class Lift:
    scheme: str
    code: str
    improved: bool
    upgraded: bool  # the best route now ends in a fag-/svennebrev, before it did not
    months_saved: int | None  # when the qualification class is the same


@dataclass(frozen=True)
class Outcome:
    status: str  # ok | no_route | invalid
    county: str = ""
    trade: str = ""
    band: str = ""
    exclusions: tuple[tuple[str, str], ...] = ()
    failing: tuple[tuple[str, str], ...] = ()  # system conditions that fail today (out or delayed)
    sources: tuple[tuple[str, str, str], ...] = ()  # (scheme, code, first source)
    lifts: tuple[Lift, ...] = ()
    names: tuple[tuple[str, str], ...] = ()  # (id, name) of the county and the trade, for people


def _best(result: PlanResult) -> tuple[int, int] | None:
    if not result.routes:
        return None
    best = result.routes[0]
    return (0 if best.qualification in ("fagbrev", "svennebrev", "unknown") else 1, best.months)


def analyse(planner: Planner, item: Item) -> Outcome:
    try:
        person = planner.person(item)
    except Exception:  # noqa: BLE001 - one candidate that cannot be read never stops the batch
        return Outcome("invalid")
    base = planner.plan_person(person)
    base_key = _best(base)
    exclusions = tuple((e.scheme, r.code) for e in base.excluded for r in e.reasons)
    failing = tuple((scheme, code) for scheme, code, _ in base.failing_now if code in SYSTEM_CODES)
    sources = tuple((e.scheme, r.code, r.sources[0] if r.sources else "") for e in base.excluded for r in e.reasons)
    sources += base.failing_now
    lifts = []
    for scheme, code in dict.fromkeys(failing):
        new_key = _best(planner.plan_person(person, frozenset({(scheme, code)})))
        improved = new_key is not None and (base_key is None or new_key < base_key)
        upgraded = improved and new_key is not None and new_key[0] == 0 and (base_key is None or base_key[0] == 1)
        saved = (base_key[1] - new_key[1]) if improved and base_key and new_key and base_key[0] == new_key[0] else None
        lifts.append(Lift(scheme, code, improved, upgraded, saved))
    return Outcome(
        status="ok" if base.routes else "no_route",
        county=person.county,
        trade=person.trade,
        band=age_band(base.summary.age),
        exclusions=exclusions,
        failing=tuple(dict.fromkeys(failing)),
        sources=sources,
        lifts=tuple(lifts),
        names=((person.county, base.summary.county_name), (person.trade, base.summary.trade_name)),
    )


def _analyse_worker(item: Item) -> Outcome:
    from pathway.cohort import pool

    planner: Planner = pool._WORKER["planner"]
    return analyse(planner, item)


def run_outcomes(items: Iterable[Item], rules_root: Path, as_of: date, jobs: int = 1) -> Iterator[Outcome]:
    if jobs <= 1:
        planner = Planner(book_for(rules_root), as_of)
        for item in items:
            yield analyse(planner, item)
        return
    yield from pooled(_analyse_worker, items, rules_root, as_of, jobs, 5, lost=lambda _item: Outcome("invalid"))


@dataclass
class BarrierStat:
    county: str
    scheme: str
    code: str
    affected: int = 0  # the condition fails today: the scheme is out or starts later
    excluded: int = 0  # the scheme is in no route because of it
    improved: int = 0
    upgraded: int = 0
    months_saved: int = 0
    months_saved_n: int = 0
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        avg = round(self.months_saved / self.months_saved_n, 1) if self.months_saved_n else None
        return {
            "county": self.county,
            "scheme": self.scheme,
            "code": self.code,
            "affected": self.affected,
            "excluded": self.excluded,
            "better_route_if_lifted": self.improved,
            "full_qualification_if_lifted": self.upgraded,
            "months_saved_total": self.months_saved,
            "months_saved_average": avg,
            "source": self.source,
        }


@dataclass
class Report:
    by: str
    candidates: int = 0
    invalid: int = 0
    no_route: int = 0
    exclusions: dict[str, dict[str, Counter[str]]] = field(default_factory=dict)  # scheme → code → group → n
    barriers: dict[tuple[str, str, str], BarrierStat] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # county and trade ids → names (not in the JSON)

    def add(self, o: Outcome) -> None:
        self.candidates += 1
        self.names.update(o.names)
        if o.status == "invalid":
            self.invalid += 1
            return
        if o.status == "no_route":
            self.no_route += 1
        group = {"county": o.county, "trade": o.trade, "age-band": o.band}[self.by]
        first_source = {(s, c): src for s, c, src in o.sources}
        for scheme, code in dict.fromkeys(o.exclusions):
            self.exclusions.setdefault(scheme, defaultdict(Counter))[code][group] += 1
            if code in SYSTEM_CODES:
                self._stat(o.county, scheme, code, first_source).excluded += 1
        for scheme, code in o.failing:
            self._stat(o.county, scheme, code, first_source).affected += 1
        for lift in o.lifts:
            stat = self.barriers[(o.county, lift.scheme, lift.code)]
            stat.improved += lift.improved
            stat.upgraded += lift.upgraded
            if lift.months_saved is not None:
                stat.months_saved += lift.months_saved
                stat.months_saved_n += 1

    def _stat(self, county: str, scheme: str, code: str, sources: dict[tuple[str, str], str]) -> BarrierStat:
        stat = self.barriers.setdefault((county, scheme, code), BarrierStat(county, scheme, code))
        stat.source = stat.source or sources.get((scheme, code), "")
        return stat

    def sorted_barriers(self) -> list[BarrierStat]:
        return sorted(self.barriers.values(), key=lambda b: (-b.improved, -b.affected, b.county, b.scheme, b.code))

    def to_dict(self) -> dict[str, Any]:
        return {
            "pathway_result_version": "1",
            "by": self.by,
            "candidates": self.candidates,
            "invalid": self.invalid,
            "no_route": self.no_route,
            "exclusions": {
                s: {c: dict(sorted(g.items())) for c, g in sorted(codes.items())}
                for s, codes in sorted(self.exclusions.items())
            },
            "barriers": [b.to_dict() for b in self.sorted_barriers()],
        }
