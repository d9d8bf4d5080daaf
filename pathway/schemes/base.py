"""What every scheme module shares: the person's situation, step building and standing.

A scheme module (`pathway/schemes/<id>.py`, named like `rules/schemes/<id>.yaml`) turns a state into
the edges of its steps. The helpers here build the parts all of them need: school-year starts,
contract starts, the fellesfag catch-up beside a contract, grants, exams, and who a step is for.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date
from typing import Any

from pathway.checks import Check, Checker, unknowns
from pathway.context import PlanContext
from pathway.history import History
from pathway.memo import remembered, shared
from pathway.messages import current_language, join, lower_name, text
from pathway.models.rules import TargetGroup
from pathway.state import Standing, State, StepSpec
from pathway.vocabulary import SYSTEM_CODES

MAX_WAIT = 48  # months a route may wait for a start (a school year, an age limit, experience)
FINAL = ("fagbrev", "svennebrev", "unknown")  # unknown: a trade whose fag- or svennebrev is not known
ORDER = {"ordinary": 0, "alternative": 1, "approval": 2, "fallback": 3}


class Builder:
    """The shared step-building of the route graph (graph.GraphBuilder adds the search space)."""

    def __init__(self, ctx: PlanContext) -> None:
        self.ctx = ctx
        self.chk = Checker(ctx)
        self.checks: dict[str, list[Check]] = {}  # the first evaluation per scheme, for "why not"
        subjects = ctx.rules.subjects()
        levels = shared(ctx.rules.memo, "level_subjects")
        if not levels:
            levels.update({lvl: frozenset(hours) for lvl, hours in ctx.value(subjects.lk20).value.items()})
        self.level_subjects: dict[str, frozenset[str]] = levels
        self.all_fellesfag = frozenset(subjects.fellesfag)
        self.fellesfag_order = list(subjects.fellesfag)
        self.origin: State | None = None
        self.origin_levels: frozenset[str] = frozenset()
        self.continues = {(sid, c.to) for sid, s in ctx.schemes.items() for c in s.continuations}
        self.history = History(ctx)
        self._conditions: dict[Hashable, list[Check]] = {}
        self._memo: dict[Hashable, Any] = {}  # standings, sources, exams, school starts: made once per plan
        self._warned: dict[int, tuple[list[Check], tuple[str, ...]]] = {}
        self.to_confirm: set[str] = set()  # warnings that a county rule is to confirm (the ranking's certainty)
        self.credited = ctx.credited_fellesfag | self.history.fellesfag
        self.alike = self.alike_key()

    # --- shared keys: the keys of the work shared between candidates (see pathway.memo.SHARED) ----
    def alike_key(self) -> tuple[object, ...]:
        """What conditions made with `cached(..., alike=True)` may read: the language (of their
        messages), the plan date, the county, the trade, the id (named in messages), grunnskole, the
        læreplass, a praksisbrev held in the trade, generell studiekompetanse held, and the barriers
        lifted. Nothing else of the person."""
        ctx, p = self.ctx, self.ctx.person
        praksisbrev = any(q.kind == "praksisbrev" and q.trade == p.trade for q in p.qualifications)
        studiekompetanse = any(q.kind == "studiekompetanse" for q in p.qualifications)
        return (
            current_language(), ctx.as_of, p.county, p.trade, p.id, p.grunnskole, p.apprenticeship_place,
            praksisbrev, studiekompetanse, ctx.lifted,
        )  # fmt: skip

    def standing_key(self, scheme: str, tg: TargetGroup, school: bool, who: str) -> tuple[object, ...]:
        """A standing reads the scheme's target group, who the person is today (young, young_adult,
        adult or special_needs, worked out from the age and special needs before the key is made) and
        the county (named when the target group leaves the person to the county's approval)."""
        return (current_language(), scheme, id(tg), school, who, self.ctx.person.county)

    def catchup_key(self, missing: frozenset[str], how: str) -> tuple[object, ...]:
        """The fellesfag step beside a contract reads the fellesfag missing, how they are taken, the
        county (its variant of the rule) and the plan date; its dates are set per person afterwards."""
        ctx = self.ctx
        return (current_language(), ctx.as_of, ctx.person.county, missing, how, ctx.variant_fellesfag)

    def cached(self, key: tuple[object, ...], make: Callable[[], list[Check]], alike: bool = False) -> list[Check]:
        """A scheme's conditions, evaluated once per plan for what they depend on (the key).

        alike: the conditions read nothing of the person but the county, the trade, grunnskole, the
        læreplass, a praksisbrev held in the trade and studiekompetanse held (no age, no date, no
        work): they are the same for everyone alike in these, and made once per rule book for all of
        them (a cohort has many)."""
        if alike:
            alike_memo = shared(self.ctx.rules.memo, "conditions")
            return remembered(self._conditions, key, lambda: remembered(alike_memo, (*key, *self.alike), make, 50_000))
        return remembered(self._conditions, key, make)

    # --- explaining ------------------------------------------------------------------------
    def note(self, scheme: str, checks: list[Check], s: State) -> list[Check]:
        """Keep the first evaluation of each condition in today's situation, to explain a scheme
        that no route uses."""
        if s != self.origin:
            return checks
        kept = self.checks.setdefault(scheme, [])
        codes = {c.code for c in kept}
        kept.extend(c for c in checks if c.code not in codes)
        return checks

    def warn(self, checks: list[Check]) -> tuple[str, ...]:
        """The warnings of the unknown checks (made once for a list of checks kept by `cached`)."""
        hit = self._warned.get(id(checks))
        if hit is not None and hit[0] is checks:
            return hit[1]
        found = unknowns(checks)
        said = tuple(c.message for c in found)
        # What rests on a county rule that is not known (not on what is unknown of the person): to confirm.
        self.to_confirm.update(c.message for c in found if c.code in SYSTEM_CODES)
        self._warned[id(checks)] = (checks, said)  # the list is kept too: its id is not reused meanwhile
        return said

    def school_credit(self) -> tuple[int, tuple[str, ...]]:
        """Months the passed school years of the trade's own programme count for, the same for every
        scheme that credits them (praksiskandidat, fagbrev på jobb): rules/schemes/praksiskandidat.yaml
        `school_credit_months_per_year` for each of Vg1 and Vg2 passed today."""
        ctx = self.ctx
        credit = ctx.param("praksiskandidat", "school_credit_months_per_year")
        years = len(self.origin_levels & ctx.required_levels() & {"vg1", "vg2"})
        if not years or credit.unknown:
            return 0, ()
        return years * int(credit.value), credit.sources

    def sources(self, scheme: str, *extra: str) -> tuple[str, ...]:
        sch = self.ctx.schemes[scheme]
        return remembered(
            self._memo,
            ("sources", scheme, *extra),
            lambda: tuple(dict.fromkeys([sch.legal.source, *[c.source for c in sch.conditions[:1]], *extra])),
        )

    def param(self, scheme: str, name: str) -> float:
        return float(self.ctx.param(scheme, name).value)

    # --- when a step can start -------------------------------------------------------------
    def august(self, t: int) -> int:
        """The first month from `t` in which a school year starts."""
        month: int = remembered(self._memo, ("august", t), lambda: self._august(t))
        return month

    def _august(self, t: int) -> int:
        ctx = self.ctx
        month = int(ctx.value(ctx.school.year_start_month).value)
        if t <= 1 and self.school_starts_now():
            return 0
        return ctx.cal.next_month(t, month)

    def school_starts_now(self) -> bool:
        """Planned in August on or before the first school day: the school year of this August."""
        ctx = self.ctx
        month = int(ctx.value(ctx.school.year_start_month).value)
        if ctx.as_of.month != month:
            return False
        first = ctx.value(ctx.school.first_school_day)
        if first.unknown:
            return False
        m, d = (int(x) for x in str(first.value).split("-"))
        return ctx.as_of <= date(ctx.as_of.year, m, d)

    def contract_start(self, s: State) -> int:
        """When a contract can start (a contract can be signed in any month): with a company's offer
        in hand, the coming month; after a school year or another step, right after it (the search
        ran during it); from today without an offer, after the search for a place
        (school.yaml `place_search_months`), or in the main intake in August when that comes first."""
        if self.ctx.person.apprenticeship_place is True or s != self.origin:
            return s.t
        search: int = remembered(self._memo, "place_search", self._place_search)
        return min(s.t + search, self.august(s.t))  # the main intake in August, when it comes first

    def _place_search(self) -> int:
        ctx = self.ctx
        return int(ctx.value(ctx.school.place_search_months).value)

    # --- fellesfag and exams --------------------------------------------------------------
    def passed_fellesfag(self, s: State) -> frozenset[str]:
        passed: set[str] = set(self.credited)
        for level in ("vg1", "vg2"):
            if level in s.levels:
                passed |= self.level_subjects.get(level, frozenset())
        if "vg1_sf" in s.levels:
            # Vg1 studiespesialisering covers the Vg1 and Vg2 yrkesfag fellesfag except Vg2 kroppsøving.
            passed |= self.level_subjects.get("vg1", frozenset()) | (
                self.level_subjects.get("vg2", frozenset()) - {"kroppsoving"}
            )
        return frozenset(passed - s.missing)

    def exam_subjects(self, subjects: frozenset[str]) -> list[str]:
        """Fellesfag that end in an exam or a grade to catch up; kroppsøving has no exam."""
        return [x for x in sorted(subjects, key=self.fellesfag_order.index) if x != "kroppsoving"]

    def trade_exams(self, with_vg3: bool) -> tuple[str, ...]:
        return remembered(self._memo, ("exams", with_vg3), lambda: self._trade_exams(with_vg3))

    def _trade_exams(self, with_vg3: bool) -> tuple[str, ...]:
        prove = text("exam.svenneprove" if self.ctx.qualification == "svennebrev" else "exam.fagprove")
        return (text("exam.vg3"), prove) if with_vg3 else (prove,)

    def trade_vg3_exam(self) -> bool:
        return self.ctx.value(self.ctx.trade.vg3_exam).value is True

    def catchup_step(
        self, scheme: str, main: StepSpec, subjects: frozenset[str], how: str, sources: tuple[str, ...]
    ) -> StepSpec:
        names = self.ctx.rules.subjects().names
        ordered = sorted(subjects, key=self.fellesfag_order.index)
        listed = join([lower_name(names[x]) for x in ordered])
        privatist = text("note.privatist")
        return StepSpec(
            scheme="fellesfag",
            kind="catchup",
            title=text("step.fellesfag", subjects=listed, how=text(how)),
            start=main.start,
            months=main.months,
            school_days=0.0,
            in_school=False,
            exams=tuple(text("exam.fellesfag", subject=lower_name(names[x])) for x in self.exam_subjects(subjects)),
            follow_up=("school",),
            sources=sources,
            parallel=True,
            note=privatist if scheme == "laerling" else "",
        )

    def contract_step(
        self,
        scheme: str,
        title: str,
        start: int,
        months: int,
        exams: tuple[str, ...],
        standing: Standing,
        *,
        school_days: float = 0.0,
        warnings: tuple[str, ...] = (),
        note: str = "",
        variant: str = "",
        grant: tuple[str, tuple[str, ...]] | None = None,
        extra_sources: tuple[str, ...] = (),
        sources: tuple[str, ...] | None = None,
    ) -> StepSpec:
        """A paid contract in a company from `start` (a lærekontrakt, an opplæringskontrakt, a contract
        for the praksisbrev or for fagbrev på jobb): the grant for the person's age then unless given
        (kind, sources), the scheme's follow-up, and the scheme's sources with the grant's."""
        kind, grant_sources = grant if grant is not None else self.ctx.grant_for(start)[:2]
        return StepSpec(
            scheme=scheme,
            kind="contract",
            title=title,
            start=start,
            months=months,
            school_days=school_days,
            in_company=True,
            paid=True,
            grant=kind,
            exams=exams,
            follow_up=tuple(self.ctx.schemes[scheme].follow_up),
            sources=sources if sources is not None else self.sources(scheme, *grant_sources, *extra_sources),
            warnings=warnings,
            note=note,
            variant=variant,
            standing=standing,
        )

    def work_step(self, scheme: str, start: int, months: int, title: str) -> StepSpec:
        return StepSpec(
            scheme=scheme,
            kind="work",
            title=title,
            start=start,
            months=months,
            in_company=True,
            paid=True,
            follow_up=("company",),
            sources=self.sources(scheme),
        )

    def since_label(self) -> str:
        cur = self.history.current
        return f"{cur.since.year:04d}-{cur.since.month:02d}" if cur is not None and cur.since else "?"

    # --- who a step is for --------------------------------------------------------------------
    def who(self, start: int) -> str:
        """young, young_adult or adult when a step starts (special needs are asked separately)."""
        ctx = self.ctx
        age = ctx.school_year_age(start)
        if age >= int(ctx.value(ctx.school.adult_services_from_age).value):
            return "adult"
        if age >= int(ctx.value(ctx.school.adult_from_school_year_age).value):
            return "young_adult"
        return "young"

    def standing(self, scheme: str, start: int, group: TargetGroup | None = None) -> Standing:
        """The standing of a step of `scheme`, from the scheme's target group and who the person is
        today (the person in front of the adviser); `start` only places the step."""
        found: Standing = remembered(self._memo, ("standing", scheme, id(group)), lambda: self._standing(scheme, group))
        return found

    def _standing(self, scheme: str, group: TargetGroup | None) -> Standing:
        ctx = self.ctx
        tg = group or ctx.schemes[scheme].target_group
        who = self.who(1)
        if ctx.person.special_needs is True and "special_needs" in tg.standing:
            who = "special_needs"
        # The same for everyone in the same group: made once per rule book and language.
        school = group is not None
        key = self.standing_key(scheme, tg, school, who)
        memo: dict[tuple[object, ...], Standing] = shared(ctx.rules.memo, "standings")
        return remembered(memo, key, lambda: self._standing_of(scheme, tg, school, who))

    def _standing_of(self, scheme: str, tg: TargetGroup, school: bool, who: str) -> Standing:
        kind = tg.standing.get(who, "alternative")  # type: ignore[call-overload]
        name = text("step.school.name") if school else text(f"short.scheme.{scheme}")
        county = self.ctx.county.name
        reason = text(
            f"standing.{kind}", name=name, who=text(f"who.{who}"), group=text(f"target.{scheme}"), county=county
        )
        return Standing(kind, reason, (tg.source, *tg.also))

    def special(self, kind: str, key: str, sources: tuple[str, ...], **values: object) -> Standing:
        """A standing set by the step itself (a contract the county must approve, a fallback)."""
        return Standing(kind, text(key, county=self.ctx.county.name, **values), sources)


def worst(standings: list[Standing]) -> Standing | None:
    """The route's standing: the least fitting of its steps'."""
    found = [s for s in standings if s is not None]
    # On a tie the later step speaks: the one that leads to the qualification.
    return max(reversed(found), key=lambda s: ORDER[s.kind]) if found else None
