"""The route graph of one candidate: states are where the person stands, edges are steps of schemes.

The graph is built forward from the person's situation today. A state carries the month it starts,
so the graph is acyclic and every age and rule is evaluated at the month a step starts. The only
module that builds graphs.
"""

from __future__ import annotations

import math
from collections import deque

import networkx as nx

from pathway.checks import Check, Checker, failed, unknowns
from pathway.context import PlanContext
from pathway.messages import join, text
from pathway.state import Edge, State, StepSpec

GOAL = "goal"
HORIZON = 132  # months: routes that would end more than eleven years ahead are not planned
MAX_WAIT = 48  # months a route may wait for a start (a school year, an age limit, experience)
PARTIAL = 10**9  # added to the cost of a route that ends in kompetansebevis or praksisbrev
MONTH = 1000  # cost of one month; school days per week break ties between equally long routes
FINAL = ("fagbrev", "svennebrev")


def edge_cost(source: State, edge: Edge) -> int:
    days = sum(step.school_days * step.months for step in edge.steps)
    return (edge.target.t - source.t) * MONTH + round(days)


class GraphBuilder:
    def __init__(self, ctx: PlanContext) -> None:
        self.ctx = ctx
        self.chk = Checker(ctx)
        self.graph = nx.DiGraph()
        self.checks: dict[str, list[Check]] = {}  # the first evaluation per scheme, for "why not"
        subjects = ctx.rules.subjects()
        memo = ctx.rules.memo
        if "level_subjects" not in memo:
            lk20 = ctx.value(subjects.lk20).value
            memo["level_subjects"] = {lvl: frozenset(hours) for lvl, hours in lk20.items()}
        self.level_subjects: dict[str, frozenset[str]] = memo["level_subjects"]
        self.all_fellesfag = frozenset(subjects.fellesfag)
        self.fellesfag_order = list(subjects.fellesfag)
        self.origin: State | None = None
        self.origin_levels: frozenset[str] = frozenset()
        self.continues = {(sid, c.to) for sid, s in ctx.schemes.items() for c in s.continuations}

    # --- building ------------------------------------------------------------------------
    def start(self) -> State:
        ctx = self.ctx
        opphenting = set(ctx.value(ctx.school.opphenting_from).value)
        levels: set[str] = set()
        for level, pid, passed in ctx.person.school:
            if not passed:
                continue
            if (ctx.trade.level_of(pid) or ("",))[0] == level:  # the trade's own route, a second Vg2 or a kryssløp
                levels.add(level)
            elif level == "vg1" and pid in opphenting:
                levels.add("vg1_sf")
        return State(t=1, levels=frozenset(levels), missing=ctx.person.missing, exp=ctx.experience())

    def build(self) -> nx.DiGraph:
        start = self.origin = self.start()
        self.origin_levels = start.levels
        g = self.graph
        g.add_node(start)
        g.add_node(GOAL)
        queue: deque[State] = deque([start])
        seen = {start}
        while queue:
            state = queue.popleft()
            for edge in self.edges(state):
                target = edge.target
                if target.t - 1 > HORIZON:
                    continue
                cost = edge_cost(state, edge)
                old = g.get_edge_data(state, target)
                if old is None or cost < old["weight"]:
                    g.add_edge(
                        state, target, weight=cost, steps=edge.steps, schemes=frozenset(s.scheme for s in edge.steps)
                    )
                if target not in seen:
                    seen.add(target)
                    queue.append(target)
                    if target.held is not None:
                        g.add_edge(
                            target, GOAL, weight=0 if target.held in FINAL else PARTIAL, steps=(), schemes=frozenset()
                        )
        return g

    def edges(self, s: State) -> list[Edge]:
        out: list[Edge] = []
        if s.phase == "laerekandidat":
            return self.upgrade_to_laerling(s)
        if s.held == "praksisbrev":
            return self.after_praksisbrev(s)
        if s.held is not None:
            return out
        out += self.school_year(s)
        out += self.laerling(s)
        out += self.early_contract(s)
        out += self.vg3_skole(s)
        out += self.laerekandidat(s)
        out += self.praksisbrev(s)
        out += self.mfy(s)
        if s.t == 1:
            out += self.fagbrev_paa_jobb(s)
            out += self.praksiskandidat(s)
        return out

    # --- helpers -------------------------------------------------------------------------
    def note(self, scheme: str, checks: list[Check], s: State) -> list[Check]:
        """Keep the first evaluation of each condition in today's situation, to explain a scheme
        that no route uses."""
        if s != self.origin:
            return checks
        kept = self.checks.setdefault(scheme, [])
        codes = {c.code for c in kept}
        kept.extend(c for c in checks if c.code not in codes)
        return checks

    def august(self, t: int) -> int:
        month = int(self.ctx.value(self.ctx.school.year_start_month).value)
        return self.ctx.cal.next_month(t, month)

    def contract_start(self, s: State) -> int:
        """A company that has offered a contract can start now; otherwise plan the next August."""
        return s.t if self.ctx.person.apprenticeship_place is True else self.august(s.t)

    def passed_fellesfag(self, s: State) -> frozenset[str]:
        passed: set[str] = set()
        for level in ("vg1", "vg2"):
            if level in s.levels:
                passed |= self.level_subjects.get(level, frozenset())
        if "vg1_sf" in s.levels:
            passed |= self.level_subjects.get("vg1", frozenset()) | self.level_subjects.get("vg2", frozenset())
        return frozenset(passed - s.missing)

    def trade_exams(self, with_vg3: bool) -> tuple[str, ...]:
        prove = text("exam.svenneprove" if self.ctx.qualification == "svennebrev" else "exam.fagprove")
        return (text("exam.vg3"), prove) if with_vg3 else (prove,)

    def trade_vg3_exam(self) -> bool:
        return self.ctx.value(self.ctx.trade.vg3_exam).value is True

    def sources(self, scheme: str, *extra: str) -> tuple[str, ...]:
        sch = self.ctx.schemes[scheme]
        return tuple(dict.fromkeys([sch.legal.source, *[c.source for c in sch.conditions[:1]], *extra]))

    def warn(self, checks: list[Check]) -> tuple[str, ...]:
        return tuple(c.message for c in unknowns(checks))

    def param(self, scheme: str, name: str) -> float:
        return float(self.ctx.param(scheme, name).value)

    def catchup_step(
        self, scheme: str, main: StepSpec, subjects: frozenset[str], how: str, sources: tuple[str, ...]
    ) -> StepSpec:
        names = self.ctx.rules.subjects().names
        ordered = sorted(subjects, key=self.fellesfag_order.index)
        listed = join([names[x] for x in ordered])
        privatist = text("note.privatist")
        return StepSpec(
            scheme="fellesfag",
            kind="catchup",
            title=text("step.fellesfag", subjects=listed, how=text(how)),
            start=main.start,
            months=main.months,
            school_days=0.0,
            in_school=False,
            exams=tuple(text("exam.fellesfag", subject=names[x]) for x in ordered),
            follow_up=("school",),
            sources=sources,
            parallel=True,
            note=privatist if scheme == "laerling" else "",
        )

    # --- school years --------------------------------------------------------------------
    def school_year(self, s: State) -> list[Edge]:
        ctx = self.ctx
        if not ctx.person.grunnskole:
            return []
        start = self.august(s.t)
        if start - s.t > MAX_WAIT:
            return []
        months = int(ctx.value(ctx.school.year_months).value)
        programmes = ctx.trade.programmes
        levels = set(s.levels)
        if "vg1" not in levels and "vg1_sf" in levels and programmes.vg2:
            level, pid, title_key = "vg2", programmes.vg2, "step.school.opphenting"
            levels |= {"vg1", "vg2"}
            sources: tuple[str, ...] = (ctx.value(ctx.school.opphenting_from).sources[0],)
        else:
            for level in ("vg1", "vg2", "vg3"):
                if level not in levels:
                    break
            else:
                return []
            if int(level[2]) > ctx.school_years:
                return []
            pid = getattr(programmes, level)
            if pid is None:
                return []
            title_key = "step.school"
            levels.add(level)
            sources = ()
        prog = ctx.rules.programme(pid)
        step = StepSpec(
            scheme="skole",
            kind="school",
            title=text(title_key, level=level.capitalize(), programme=prog.name),
            start=start,
            months=months,
            school_days=5.0,
            in_school=True,
            follow_up=("school",),
            sources=(prog.source, *sources),
        )
        target = State(t=start + months, levels=frozenset(levels), missing=s.missing, exp=s.exp)
        return [Edge((step,), target)]

    # --- apprenticeship ------------------------------------------------------------------
    def laerling(self, s: State) -> list[Edge]:
        ctx = self.ctx
        if not ctx.required_levels() <= s.levels:
            self.note("laerling", self.chk.laerling(s, early=False), s)
            return []
        checks = self.note("laerling", self.chk.laerling(s, early=False), s)
        if failed(checks):
            return []
        start = self.contract_start(s)
        return [
            self._laerling_edge(
                s,
                start,
                ctx.company_months,
                s.missing,
                extend=True,
                title=text("step.laerling", trade=ctx.trade.name, model=ctx.model),
                warnings=self.warn(checks),
                with_vg3=self.trade_vg3_exam(),
            )
        ]

    def _laerling_edge(
        self,
        s: State,
        start: int,
        months: int,
        missing: frozenset[str],
        extend: bool,
        title: str,
        warnings: tuple[str, ...],
        with_vg3: bool,
        school_days: float = 0.0,
        extra_steps: tuple[StepSpec, ...] = (),
        variant: str = "",
    ) -> Edge:
        ctx = self.ctx
        days = school_days
        if missing:
            days = max(days, self.param("laerling", "catchup_school_days_per_week"))
            if extend:
                months = math.ceil(months * self.param("laerling", "catchup_extension_factor"))
        grant, grant_sources, grant_unknown = ctx.grant_for(start)
        warn = list(warnings)
        if grant_unknown:
            warn.append(text("warn.bt2_unknown", county=ctx.county.name))
        step = StepSpec(
            scheme="laerling",
            kind="contract",
            title=title,
            start=start,
            months=months,
            school_days=days,
            in_company=True,
            paid=True,
            grant=grant,
            exams=self.trade_exams(with_vg3),
            follow_up=tuple(ctx.schemes["laerling"].follow_up),
            sources=self.sources("laerling", *grant_sources),
            warnings=tuple(warn),
            variant=variant,
        )
        steps = [*extra_steps, step]
        if missing:
            how = "step.fellesfag.school_day_extended" if extend else "step.fellesfag.school_day"
            src = (
                *ctx.param("laerling", "catchup_school_days_per_week").sources,
                *ctx.param("laerling", "max_fellesfag_missing_at_test").sources,
            )
            steps.append(self.catchup_step("laerling", step, missing, how, tuple(dict.fromkeys(src))))
        target = State(
            t=start + months,
            levels=s.levels | ctx.required_levels(),
            missing=frozenset(),
            exp=s.exp,
            held=ctx.qualification,
        )
        return Edge(tuple(steps), target)

    def early_contract(self, s: State) -> list[Edge]:
        """A lærekontrakt right after grunnskole (0+4) or Vg1 (1+3), where the county approves it."""
        ctx = self.ctx
        done = len(s.levels & ctx.required_levels())
        if done >= ctx.school_years or done > 1:  # only right after grunnskole (0+4) or Vg1 (1+3)
            return []
        checks = self.note("laerling", self.chk.laerling(s, early=True), s)
        if failed(checks):
            return []
        start = self.contract_start(s)
        months = ctx.total_months - 12 * done
        model = f"{done}+{months / 12:g}"
        missing = (self.all_fellesfag - self.passed_fellesfag(s)) | s.missing
        after = text("step.after.vg1" if done else "step.after.grunnskole")
        return [
            self._laerling_edge(
                s,
                start,
                months,
                frozenset(missing),
                extend=False,
                title=text("step.laerling.early", trade=ctx.trade.name, after=after, model=model),
                warnings=self.warn(checks),
                with_vg3=True,
                school_days=self.param("laerling", "early_contract_school_days_per_week"),
                variant="early",
            )
        ]

    def vg3_skole(self, s: State) -> list[Edge]:
        ctx = self.ctx
        checks = self.note("vg3_skole", self.chk.vg3_skole(s), s)
        if failed(checks):
            return []
        start = self.august(s.t)
        months = int(self.param("vg3_skole", "months"))
        step = StepSpec(
            scheme="vg3_skole",
            kind="school",
            title=text("step.vg3_skole", trade=ctx.trade.name),
            start=start,
            months=months,
            school_days=self.param("vg3_skole", "school_days_per_week"),
            in_school=True,
            paid=False,
            exams=self.trade_exams(self.trade_vg3_exam()),
            follow_up=tuple(ctx.schemes["vg3_skole"].follow_up),
            sources=self.sources("vg3_skole"),
            warnings=self.warn(checks),
        )
        steps = [step]
        if s.missing:
            steps.append(
                self.catchup_step(
                    "vg3_skole",
                    step,
                    s.missing,
                    "step.fellesfag.vg3",
                    ctx.param("vg3_skole", "max_fellesfag_missing_at_test").sources,
                )
            )
        target = State(t=start + months, levels=s.levels, missing=frozenset(), exp=s.exp, held=ctx.qualification)
        return [Edge(tuple(steps), target)]

    # --- lærekandidat --------------------------------------------------------------------
    def laerekandidat(self, s: State) -> list[Edge]:
        ctx = self.ctx
        checks = self.note("laerekandidat", self.chk.laerekandidat(), s)
        if failed(checks):
            return []
        start = self.contract_start(s)
        done = len(s.levels & ctx.required_levels())
        months = max(
            int(self.param("laerekandidat", "min_company_months")),
            int(self.param("laerekandidat", "total_months")) - 12 * done,
        )
        grant, grant_sources, _ = ctx.grant_for(start)

        def step(m: int, title: str, exams: tuple[str, ...]) -> StepSpec:
            return StepSpec(
                scheme="laerekandidat",
                kind="contract",
                title=title,
                start=start,
                months=m,
                in_company=True,
                paid=True,
                grant=grant,
                exams=exams,
                follow_up=tuple(ctx.schemes["laerekandidat"].follow_up),
                sources=self.sources("laerekandidat", *grant_sources),
                warnings=self.warn(checks),
            )

        full = step(months, text("step.laerekandidat", trade=ctx.trade.name), (text("exam.kompetanseprove"),))
        out = [
            Edge(
                (full,), State(t=start + months, levels=s.levels, missing=s.missing, exp=s.exp, held="kompetansebevis")
            )
        ]
        first = int(self.param("laerekandidat", "upgrade_after_months"))
        # The changed contract is an ordinary læretid after the school years, or (after grunnskole or Vg1)
        # the rest of a løp in the company, as for a contract right after grunnskole or Vg1.
        upgradable = ctx.required_levels() <= s.levels or done <= 1
        if ("laerekandidat", "laerling") in self.continues and months > first and upgradable:
            part = step(first, text("step.laerekandidat.first", trade=ctx.trade.name), ())
            out.append(
                Edge(
                    (part,),
                    State(t=start + first, levels=s.levels, missing=s.missing, exp=s.exp, phase="laerekandidat"),
                )
            )
        return out

    def upgrade_to_laerling(self, s: State) -> list[Edge]:
        ctx = self.ctx
        first = int(self.param("laerekandidat", "upgrade_after_months"))
        warn = (text("warn.upgrade", county=ctx.county.name),)
        if ctx.required_levels() <= s.levels:
            months = ctx.company_months
            if s.missing:
                months = math.ceil(months * self.param("laerling", "catchup_extension_factor"))
            missing, days, with_vg3 = s.missing, 0.0, self.trade_vg3_exam()
        else:
            done = len(s.levels & ctx.required_levels())
            months = ctx.total_months - 12 * done
            missing = (self.all_fellesfag - self.passed_fellesfag(s)) | s.missing
            days, with_vg3 = self.param("laerling", "early_contract_school_days_per_week"), True
        remaining = max(12, months - first)
        return [
            self._laerling_edge(
                s,
                s.t,
                remaining,
                frozenset(missing),
                extend=False,
                title=text("step.laerling.upgrade", trade=ctx.trade.name),
                warnings=warn,
                with_vg3=with_vg3,
                school_days=days,
            )
        ]

    # --- praksisbrev ---------------------------------------------------------------------
    def praksisbrev(self, s: State) -> list[Edge]:
        ctx = self.ctx
        checks = self.note("praksisbrev", self.chk.praksisbrev(s), s)
        if failed(checks):
            return []
        warnings = list(self.warn(checks))
        if ctx.school_year_age(s.t) >= int(ctx.value(ctx.school.adult_from_school_year_age).value):
            warnings.append(text("warn.praksisbrev_adult"))
        start = self.contract_start(s)
        months = int(self.param("praksisbrev", "months"))
        grant, grant_sources, _ = ctx.grant_for(start)
        taught = frozenset(ctx.param("praksisbrev", "fellesfag").value)
        step = StepSpec(
            scheme="praksisbrev",
            kind="contract",
            title=text("step.praksisbrev", trade=ctx.trade.name),
            start=start,
            months=months,
            school_days=self.param("praksisbrev", "school_days_per_week"),
            in_company=True,
            paid=True,
            grant=grant,
            exams=(text("exam.praksisbrevprove"),),
            follow_up=tuple(ctx.schemes["praksisbrev"].follow_up),
            sources=self.sources("praksisbrev", *grant_sources),
            warnings=tuple(warnings),
        )
        taught_step = self.catchup_step(
            "praksisbrev", step, taught, "step.fellesfag.praksisbrev", ctx.param("praksisbrev", "fellesfag").sources
        )
        missing = self.all_fellesfag - self.passed_fellesfag(s) - taught
        target = State(t=start + months, levels=s.levels, missing=frozenset(missing), exp=s.exp, held="praksisbrev")
        return [Edge((step, taught_step), target)]

    def after_praksisbrev(self, s: State) -> list[Edge]:
        ctx = self.ctx
        if ("praksisbrev", "laerling") not in self.continues:
            return []
        credit = ctx.param("praksisbrev", "credit_toward_laerling_months")
        months = int(self.param("praksisbrev", "total_months_to_fagbrev")) - int(credit.value)
        warn = (text("warn.praksisbrev_credit", county=ctx.county.name, months=int(credit.value)),)
        return [
            self._laerling_edge(
                s,
                s.t,
                months,
                s.missing,
                extend=True,
                title=text("step.laerling.after_praksisbrev", trade=ctx.trade.name),
                warnings=warn,
                with_vg3=True,
            )
        ]

    # --- adults ----------------------------------------------------------------------------
    def fagbrev_paa_jobb(self, s: State) -> list[Edge]:
        ctx = self.ctx
        per_month = ctx.accrual_per_month()
        first: list[Check] | None = None
        for wait in range(0, MAX_WAIT + 1):
            exp = s.exp + math.floor(wait * per_month)
            start = s.t + wait
            checks = self.chk.fagbrev_paa_jobb(start, exp)
            if first is None:
                first = self.note("fagbrev_paa_jobb", checks, s)
            bad = failed(checks)
            if not bad:
                break
            if per_month == 0 or any(
                c.code
                in {
                    "not_offered_in_county",
                    "grunnskole_missing",
                    "not_employed_in_trade",
                    "position_too_small",
                    "experience_above_redirect",
                }
                for c in bad
            ):
                return []
        else:
            return []
        max_v = ctx.value(ctx.county.fagbrev_paa_jobb.contract_months_max)
        months = max(int(self.param("fagbrev_paa_jobb", "min_contract_months")), ctx.total_months - exp)
        if not max_v.unknown and max_v.value is not None:
            months = min(months, int(max_v.value))
        steps: list[StepSpec] = []
        warnings = self.warn(checks)
        if wait and first is not None and any(c.code == "age_rule" for c in failed(first)):
            rule = ctx.value(ctx.county.fagbrev_paa_jobb.age_rule).value
            if getattr(rule, "exceptions", False):
                warnings = (*warnings, text("warn.fpj_exceptions", county=ctx.county.name))
        if wait:
            steps.append(self.work_step("fagbrev_paa_jobb", s.t, wait, text("step.fpj.wait", trade=ctx.trade.name)))
        fpj_sources = self.sources("fagbrev_paa_jobb", *[src for c in checks for src in c.sources])
        steps.append(
            StepSpec(
                scheme="fagbrev_paa_jobb",
                kind="contract",
                title=text("step.fpj", trade=ctx.trade.name),
                start=start,
                months=months,
                in_company=True,
                paid=True,
                grant="bt2",
                exams=self.trade_exams(True),
                follow_up=tuple(ctx.schemes["fagbrev_paa_jobb"].follow_up),
                sources=fpj_sources,
                note=text("note.fpj"),
                warnings=warnings,
            )
        )
        target = State(t=start + months, levels=s.levels, missing=s.missing, exp=exp, held=ctx.qualification)
        return [Edge(tuple(steps), target)]

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

    def praksiskandidat_months(self) -> tuple[int, tuple[str, ...]]:
        ctx = self.ctx
        v = ctx.value(ctx.trade.praksiskandidat_months)
        required, sources = int(v.value), v.sources
        if ctx.total_months == 54:
            county = ctx.value(ctx.county.praksiskandidat.months_54)
            if not county.unknown:
                required, sources = int(county.value), county.sources
        # Passed school years of the trade's own programmes count as practice (godskriving).
        credit = ctx.param("praksiskandidat", "school_credit_months_per_year")
        years = len(self.origin_levels & ctx.required_levels() & {"vg1", "vg2"})
        if years and not credit.unknown:
            required = max(0, required - years * int(credit.value))
            sources = (*sources, *credit.sources)
        return required, sources

    def praksiskandidat(self, s: State) -> list[Edge]:
        ctx = self.ctx
        required, req_sources = self.praksiskandidat_months()
        checks = self.note("praksiskandidat", self.chk.praksiskandidat(s.exp, required), s)
        if failed(checks):
            return []
        steps: list[StepSpec] = []
        start = s.t
        if s.exp < required:
            work = math.ceil((required - s.exp) / ctx.accrual_per_month())
            steps.append(
                self.work_step(
                    "praksiskandidat",
                    start,
                    work,
                    text("step.praksiskandidat.wait", trade=ctx.trade.name, months=required),
                )
            )
            start += work
        months = int(self.param("praksiskandidat", "registration_to_test_months"))
        steps.append(
            StepSpec(
                scheme="praksiskandidat",
                kind="exam",
                title=text("step.praksiskandidat", trade=ctx.trade.name, prove=self.trade_exams(False)[0]),
                start=start,
                months=months,
                in_company=ctx.employed_in_trade,
                paid=ctx.employed_in_trade,
                exams=self.trade_exams(True),
                follow_up=tuple(ctx.schemes["praksiskandidat"].follow_up),
                sources=self.sources("praksiskandidat", *req_sources),
                note=text("note.praksiskandidat"),
            )
        )
        target = State(
            t=start + months, levels=s.levels, missing=s.missing, exp=max(s.exp, required), held=ctx.qualification
        )
        return [Edge(tuple(steps), target)]

    def mfy(self, s: State) -> list[Edge]:
        ctx = self.ctx
        start = self.august(s.t)
        checks: list[Check] = []
        while start - s.t <= MAX_WAIT:
            checks = self.chk.mfy(start)
            self.note("mfy", checks, s)
            bad = failed(checks)
            if not bad:
                break
            if any(c.code != "too_young" for c in bad):
                return []
            start += 12
        else:
            return []
        done = len(s.levels & ctx.required_levels())
        months = max(ctx.company_months, ctx.total_months - 12 * done - s.exp)
        warnings = (
            *self.warn(checks),
            text("warn.mfy_length", county=ctx.county.name, months=months),
        )
        step = StepSpec(
            scheme="mfy",
            kind="contract",
            title=text("step.mfy", trade=ctx.trade.name),
            start=start,
            months=months,
            in_company=True,
            paid=ctx.employed_in_trade,
            grant="unknown",
            exams=(text("exam.modules"), self.trade_exams(False)[0]),
            follow_up=tuple(ctx.schemes["mfy"].follow_up),
            sources=self.sources("mfy"),
            warnings=warnings,
        )
        target = State(t=start + months, levels=s.levels, missing=s.missing, exp=s.exp, held=ctx.qualification)
        return [Edge((step,), target)]
