"""What would open a better route: for each scheme in no route and each route below the best, the
smallest change of the person's facts, or the passing of time, that opens it or moves it up.

The search asks the planner itself, never a copy of the rules: it changes one fact (or the few facts
the failing conditions name), plans again, and compares. The failing condition codes of a scheme say
which facts to try (an age rule: time; too little practice: months of work; not offered in the
county: another county); what the person cannot change (age) becomes a date, and a county change is
labelled as moving. Each unlock names the condition it answers and that rule's sources.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from pathway.candidate import Person, WorkPeriod
from pathway.results import PlanResult, Route
from pathway.ruleset import RuleBook
from pathway.schemes.base import ORDER

KINDS = ("place", "fellesfag", "employment", "work", "age", "time", "county")
# Condition codes (CONDITION_CODES in checks.py) by the fact that can change them.
_PLACE = {"no_apprenticeship_place"}
_EMPLOYMENT = {"not_employed_in_trade", "position_too_small"}
_WORK = {"practice_too_short", "too_little_experience"}
_AGE = {"too_young", "age_rule"}
_COUNTY = {"not_offered_in_county", "trade_not_offered_in_county", "early_contract_not_offered"}
_TIME = {"no_route_in_horizon"}
# Months ahead to try, then narrowed to the earliest (ten years at most).
_STEPS = (1, 2, 3, 6, 9, 12, 18, 24, 30, 36, 48, 60, 72, 96, 120)
Probe = Callable[[Any, Person, date], "Route | None"]  # (memo key, person, day) -> the route sought, if found


@dataclass(frozen=True)
class Unlock:
    scheme: str  # the scheme opened, or the route's first scheme moved up
    kind: str  # place | fellesfag | employment | work | age | time | county
    change: tuple[tuple[str, Any], ...]  # candidate-file keys and their values (county: moving)
    opens: str  # YYYY-MM: the month the opened scheme (or route) starts
    finish: str  # YYYY-MM: when that route reaches its qualification
    gain_months: int  # months by which it finishes before today's best route (negative: later)
    qualification: str
    rule: str  # the condition code the change answers
    sources: tuple[str, ...]
    schemes: tuple[str, ...]  # the route it opens
    better: bool  # a better route than today's best: a stronger qualification, or sooner at the same one
    name: str = ""  # for people: the county moved to

    def to_dict(self) -> dict[str, Any]:
        out = {
            "scheme": self.scheme,
            "kind": self.kind,
            "change": dict(self.change),
            "opens": self.opens,
            "finish": self.finish,
            "gain_months": self.gain_months,
            "qualification": self.qualification,
            "rule": self.rule,
            "sources": list(self.sources),
            "schemes": list(self.schemes),
            "better": self.better,
        }
        if self.kind == "county":
            out["moving"] = True  # another county: the person would have to move (be registered there)
            out["name"] = self.name
        return out


@dataclass(frozen=True)
class Unlocks:
    excluded: dict[str, tuple[Unlock, ...]]  # scheme -> unlocks
    routes: dict[int, tuple[Unlock, ...]]  # rank -> unlocks
    plans: int  # how many plans the search made

    @property
    def better(self) -> tuple[Unlock, ...]:
        """The unlocks that open a better route than today's best, soonest first, one per scheme and change."""
        seen: set[tuple[Any, ...]] = set()
        out: list[Unlock] = []
        every = [u for us in self.excluded.values() for u in us] + [u for us in self.routes.values() for u in us]
        for u in sorted(every, key=lambda u: (-u.gain_months, u.opens, KINDS.index(u.kind), u.scheme)):
            key = (u.schemes, repr(u.change))
            if u.better and key not in seen:
                seen.add(key)
                out.append(u)
        return tuple(out)


_STRENGTH = {"fagbrev": 0, "svennebrev": 0, "unknown": 0, "kompetansebevis": 1, "praksisbrev": 2}


def _month_no(label: str) -> int:
    year, month = label.split("-")
    return int(year) * 12 + int(month) - 1


def _label(month_no: int) -> str:
    return f"{month_no // 12}-{month_no % 12 + 1:02d}"


def months_later(day: date, months: int) -> date:
    n = day.year * 12 + day.month - 1 + months
    return date(n // 12, n % 12 + 1, min(day.day, 28))


def _age_on(person: Person, day: date) -> int:
    b = person.birth_date
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def _key(route: Route) -> tuple[tuple[str, ...], str]:
    """A route's identity: its schemes (the fellesfag catch-up beside it is a part) and qualification."""
    return (tuple(s for s in route.schemes if s != "fellesfag"), route.qualification)


class _Search:
    def __init__(self, person: Person, rules: RuleBook, as_of: date, base: PlanResult, top: int) -> None:
        self.person, self.rules, self.as_of, self.base, self.top = person, rules, as_of, base, top
        self.plans = 0
        self._memo: dict[str, PlanResult] = {}
        self._brief: dict[str, tuple[tuple[str, ...], str] | None] = {}
        self.best = base.routes[0] if base.routes else None
        self.sources: dict[tuple[str, str], tuple[str, ...]] = {}
        for e in base.excluded:
            for r in e.reasons:
                self.sources[(e.scheme, r.code)] = r.sources
        for sid, code, src in base.failing_now:
            self.sources.setdefault((sid, code), (src,) if src else ())

    def plan(self, key: Any, person: Person, day: date) -> PlanResult:
        key = repr(key)  # the changes hold mappings
        found = self._memo.get(key)
        if found is None:
            from pathway.planner import plan

            self.plans += 1
            found = self._memo[key] = plan(person, self.rules, day, max(self.top, 12), explain=False)
        return found

    def rule_sources(self, scheme: str, code: str) -> tuple[str, ...]:
        if (scheme, code) in self.sources:
            return self.sources[(scheme, code)]
        try:
            for c in self.rules.scheme(scheme).conditions:
                if c.code == code:
                    return (c.source,)
        except Exception:  # noqa: BLE001 - a scheme without a rule file (fellesfag, skole) has no conditions
            pass
        return ()

    def gain(self, route: Route) -> tuple[int, bool]:
        if self.best is None:
            return 0, True
        gain = _month_no(self.best.finish) - _month_no(route.finish)
        ours = (_STRENGTH.get(route.qualification, 0), ORDER.get(route.standing, 0))
        theirs = (_STRENGTH.get(self.best.qualification, 0), ORDER.get(self.best.standing, 0))
        fewer_days = (
            gain == 0
            and _key(route) == _key(self.best)
            and route.school_days_per_week_max < self.best.school_days_per_week_max
        )
        return gain, ours < theirs or (ours == theirs and (gain > 0 or fewer_days))

    # --- the changes ------------------------------------------------------------------------

    def fixes(self, codes: set[str]) -> tuple[Person, tuple[tuple[str, Any], ...], list[str]]:
        """The person with the facts the codes name changed (a place, a job, the fellesfag), what was
        changed (candidate-file keys) and the kinds of change."""
        p = self.person
        change: list[tuple[str, Any]] = []
        kinds: list[str] = []
        if codes & _PLACE and p.apprenticeship_place is not True:
            p = replace(p, apprenticeship_place=True)
            change.append(("apprenticeship_place", True))
            kinds.append("place")
        if codes & _EMPLOYMENT:
            percent = max(100, p.employment.percent if p.employment and p.employment.trade == p.trade else 0)
            if p.employment is None or p.employment.trade != p.trade or p.employment.percent < percent:
                p = replace(p, employment=WorkPeriod(p.trade, 0, percent))
                change.append(("employment", {"trade": p.trade, "percent": percent}))
                kinds.append("employment")
        return p, tuple(change), kinds

    def later(self, person: Person, months: int, work: bool) -> Person:
        """The person `months` later: the current job goes on; with `work`, full-time work in the trade."""
        add: list[WorkPeriod] = []
        emp = person.employment
        if emp is not None:
            add.append(WorkPeriod(emp.trade, months, emp.percent))
        elif work:
            add.append(WorkPeriod(person.trade, months, 100))
        return replace(person, work=person.work + tuple(add)) if add else person

    def earliest(self, test: Probe, person: Person, tag: Any, work: bool) -> tuple[int, Route] | None:
        """The fewest months ahead after which `test` finds the route: a coarse scan, then halving."""
        prev = 0
        if tag[-1]:  # the facts changed already: open without waiting?
            found = test((tag, 0), person, self.as_of)
            if found is not None:
                return 0, found
        for m in _STEPS:
            found = test((tag, m), self.later(person, m, work), months_later(self.as_of, m))
            if found is not None:
                lo, hi, best = prev, m, (m, found)
                while hi - lo > 1:
                    mid = (lo + hi) // 2
                    got = test((tag, mid), self.later(person, mid, work), months_later(self.as_of, mid))
                    if got is not None:
                        hi, best = mid, (mid, got)
                    else:
                        lo = mid
                return best
            prev = m
        return None

    def brief_best(self, key: Any, person: Person, day: date) -> tuple[tuple[str, ...], str] | None:
        """The best route's identity by the brief planner (no explanations): cheap to ask often."""
        key = repr(key)
        if key not in self._brief:
            from pathway.planner import plan_brief

            self.plans += 1
            best = plan_brief(person, self.rules, day, self.top).best
            self._brief[key] = (
                None if best is None else (tuple(s for s in best.schemes if s != "fellesfag"), best.qualification)
            )
        return self._brief[key]

    def make(
        self, scheme: str, kind: str, change: tuple[tuple[str, Any], ...], route: Route, code: str, rule_scheme: str
    ) -> Unlock:
        gain, better = self.gain(route)
        start = next((s.start for s in route.steps if s.scheme == scheme), route.steps[0].start if route.steps else "")
        return Unlock(
            scheme=scheme,
            kind=kind,
            change=change,
            opens=start,
            finish=route.finish,
            gain_months=gain,
            qualification=route.qualification,
            rule=code,
            sources=self.rule_sources(rule_scheme, code),
            schemes=route.schemes,
            better=better,
        )

    # --- a scheme in no route ---------------------------------------------------------------

    def open_scheme(self, scheme: str, codes: list[str]) -> tuple[Unlock, ...]:
        def test(key: Any, person: Person, day: date) -> Route | None:
            return next((r for r in self.plan(key, person, day).routes if scheme in r.schemes), None)

        wanted = set(codes)
        out: list[Unlock] = []
        person, change, kinds = self.fixes(wanted)
        fixed = {c for c in codes if c in _PLACE | _EMPLOYMENT}
        timed = wanted & (_WORK | _AGE | _TIME)
        county = wanted & _COUNTY
        rest = wanted - fixed - timed - county
        if rest:
            return ()  # a fact no one can change (the trade has no modular curriculum, a qualification held)
        if not county:
            if not timed:
                if change:
                    route = test(("fix", scheme, change), person, self.as_of)
                    if route is not None:
                        out.append(self.make(scheme, kinds[0], change, route, _rule(codes, fixed), scheme))
            else:
                work = bool(wanted & _WORK)
                got = self.earliest(test, person, ("time", work, change), work)
                if got is not None:
                    months, route = got
                    day = months_later(self.as_of, months)
                    more: tuple[tuple[str, Any], ...] = ()
                    if months == 0:  # the changed facts open it, without waiting
                        kind, code = kinds[0], _rule(codes, fixed)
                    elif work:  # months of work in the trade (in the job the change gives, or the one held)
                        emp = person.employment
                        percent = emp.percent if emp is not None else 100
                        kind = "work"
                        more = (("work", {"trade": self.person.trade, "months": months, "percent": percent}),)
                        code = _rule(codes, _WORK)
                    elif wanted & _AGE:
                        kind, more, code = "age", (("age", _age_on(self.person, day)),), _rule(codes, _AGE)
                    else:
                        kind, more = "time", (("as_of", _label(day.year * 12 + day.month - 1)),)
                        code = _rule(codes, timed)
                    out.append(self.make(scheme, kind, change + more, route, code, scheme))
        elif not timed:
            best: tuple[Any, Route, str] | None = None
            for cid in self.rules.ids("counties"):
                if cid == self.person.county:
                    continue
                moved = replace(person, county=cid)
                route = test(("county", cid, change), moved, self.as_of)
                # Where the county's rule says so (no warning to confirm it) before where it is unknown.
                rank = (len(route.warnings), _month_no(route.finish), cid) if route is not None else None
                if route is not None and (best is None or rank < best[0]):
                    best = (rank, route, cid)
            if best is not None:
                _, route, cid = best
                u = self.make(scheme, "county", change + (("county", cid),), route, _rule(codes, county), scheme)
                out.append(replace(u, name=self.rules.county(cid).name))
        return tuple(out)

    def delayed(self, scheme: str) -> tuple[Unlock, ...]:
        """A scheme in a route below the ones shown that waits for a birthday or for months of work:
        the month it opens, and the rule that makes it wait (nothing to change but time)."""
        codes = [c for sid, c, _ in self.base.failing_now if sid == scheme and c in _AGE | _WORK]
        age = [c for c in codes if c in _AGE]
        if not codes:
            return ()  # it waits for the school years before it, not for time
        wide = self.plan(("wide",), self.person, self.as_of)
        route = next((r for r in wide.routes if scheme in r.schemes), None)
        if route is None:
            return ()
        start = next(s for s in route.steps if s.scheme == scheme)
        if age:
            years = _age_on(self.person, date.fromisoformat(start.start + "-01"))
            return (self.make(scheme, "age", (("age", years),), route, age[0], scheme),)
        return (self.make(scheme, "time", (("as_of", start.start),), route, codes[0], scheme),)

    # --- a route below the best ---------------------------------------------------------------

    def move_up(self, route: Route) -> tuple[Unlock, ...]:
        """For a route below the best: what makes it the best. For the best route itself: what makes
        it end sooner (a place in hand, the fellesfag passed)."""
        target = _key(route)
        is_best = route.rank == 1

        def test(key: Any, person: Person, day: date) -> Route | None:
            if self.brief_best(key, person, day) != target:
                return None
            result = self.plan(key, person, day)
            got = result.routes[0] if result.routes and _key(result.routes[0]) == target else None
            if got is not None and is_best and not _sooner(got, route):
                return None
            return got

        main = next((s for s in route.schemes if s not in ("skole", "fellesfag")), route.schemes[0])
        out: list[Unlock] = []
        p = self.person
        if p.apprenticeship_place is not True:
            person, change, _ = self.fixes(_PLACE)
            got = test(("fix", "place", change), person, self.as_of)
            if got is not None:
                out.append(self.make(main, "place", change, got, "no_apprenticeship_place", "laerling"))
        if p.missing:
            person = replace(p, missing=frozenset(), passed=p.passed | p.missing)
            change = (("fellesfag.missing", []),)
            got = test(("fellesfag",), person, self.as_of)
            if got is not None:
                steps = [s for s in route.steps if s.scheme == "fellesfag"]
                u = self.make(main, "fellesfag", change, got, "fellesfag", main)
                out.append(replace(u, sources=steps[0].sources if steps else u.sources))
        codes = {code for sid, code, _ in self.base.failing_now if sid in route.schemes}
        if codes & (_AGE | _WORK) and not is_best:  # a rule that time answers: an age, months of practice
            work = bool(codes & _WORK) and p.employment is None
            got_in = self.earliest(test, p, ("time", work, ()), work)
            if got_in is not None:
                months, got = got_in
                day = months_later(self.as_of, months)
                if codes & _AGE:
                    age_code = next(c for c in sorted(codes) if c in _AGE)
                    sid = next(s for s, c, _ in self.base.failing_now if c == age_code and s in route.schemes)
                    out.append(self.make(main, "age", (("age", _age_on(p, day)),), got, age_code, sid))
                else:
                    work_code = next(c for c in sorted(codes) if c in _WORK)
                    sid = next(s for s, c, _ in self.base.failing_now if c == work_code and s in route.schemes)
                    if work:
                        more: tuple[tuple[str, Any], ...] = (
                            ("work", {"trade": p.trade, "months": months, "percent": 100}),
                        )
                        out.append(self.make(main, "work", more, got, work_code, sid))
                    else:  # the job held goes on: time alone
                        more = (("as_of", _label(day.year * 12 + day.month - 1)),)
                        out.append(self.make(main, "time", more, got, work_code, sid))
        return tuple(out)


def _sooner(route: Route, than: Route) -> bool:
    """Ends sooner, or in the same month with fewer school days a week."""
    a, b = _month_no(route.finish), _month_no(than.finish)
    return a < b or (a == b and route.school_days_per_week_max < than.school_days_per_week_max)


def _rule(codes: list[str], among: set[str]) -> str:
    return next((c for c in codes if c in among), codes[0] if codes else "no_route_in_horizon")


def find_unlocks(person: Person, rules: RuleBook, as_of: date, base: PlanResult, top: int = 5) -> Unlocks:
    """Unlocks for every scheme in no route of `base` (the plan of `person` on `as_of`) and every
    route below its best."""
    search = _Search(person, rules, as_of, base, top)
    excluded: dict[str, tuple[Unlock, ...]] = {}
    routes: dict[int, tuple[Unlock, ...]] = {}
    if base.holds_goal is None:
        for e in base.excluded:
            codes = [r.code for r in e.reasons if r.code not in ("ranked_lower", "goal_held")]
            if any(r.code == "ranked_lower" for r in e.reasons):
                found = search.delayed(e.scheme)  # possible already, later: when, and why then
            else:
                found = search.open_scheme(e.scheme, codes)
            if found:
                excluded[e.scheme] = found
        for r in base.routes:
            if r.rank > 1 and _key(r) == _key(base.routes[0]):
                continue  # the best route in another form (with the catch-up beside it, or later)
            found = search.move_up(r)
            if found:
                routes[r.rank] = found
    return Unlocks(excluded, routes, search.plans)


def with_unlocks(result: PlanResult, unlocks: Unlocks) -> PlanResult:
    """The plan with each excluded scheme's and each lower route's unlocks in place (for the JSON)."""
    excluded = tuple(replace(e, unlocks=unlocks.excluded.get(e.scheme, ())) for e in result.excluded)
    routes = tuple(replace(r, unlocks=unlocks.routes.get(r.rank, ())) for r in result.routes)
    return replace(result, excluded=excluded, routes=routes, unlocks=unlocks)
