"""Plan one candidate: build the route graph, pick the best distinct routes, explain the rest.

Routes are ranked by the strength of the qualification (a fag-/svennebrev before kompetansebevis or
praksisbrev), then by months to it, then by school days per week. The best route of every feasible
scheme is shown first, so that near-duplicates of the top route never crowd out another scheme; the
remaining places go to the next distinct routes. No path enumeration: the best route through every
edge follows from one shortest-path pass from the start and one back from the goal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import networkx as nx

from pathway.candidate import Person
from pathway.checks import Check
from pathway.context import PlanContext
from pathway.graph import FINAL, GOAL, GraphBuilder
from pathway.messages import text
from pathway.results import Exclusion, PlanResult, Reason, Route, Step, Summary, Waiting
from pathway.ruleset import SCHEME_IDS, RuleBook
from pathway.state import State, StepSpec

# The best route of each of these is shown before a second route of any: every scheme, and the
# apprenticeship both in its ordinary model and as a contract right after grunnskole or Vg1.
GROUPS = [(sid, "") for sid in SCHEME_IDS] + [("laerling", "early")]


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: cheap as a dict key
class _Candidate:
    cost: int
    order: tuple[Any, ...]
    nodes: tuple[Any, ...]
    steps: tuple[StepSpec, ...]

    @property
    def schemes(self) -> set[str]:
        return {s.scheme for s in self.steps}

    @property
    def signature(self) -> tuple[tuple[str, str], ...]:
        return tuple((s.scheme, s.title) for s in self.steps)


def _rank_key(cand: _Candidate) -> tuple[Any, ...]:
    """Qualification strength, months, school days per week at most, fewer steps, then a stable order."""
    main = [s for s in cand.steps if not s.parallel]
    partial = cand.nodes[-2].held not in FINAL
    return (
        partial,
        max(s.end for s in cand.steps),
        max((s.school_days for s in main), default=0.0),
        len(main),
        cand.signature,
    )


def plan(
    person: Person, rules: RuleBook, as_of: date, top: int = 5, lifted: frozenset[tuple[str, str]] = frozenset()
) -> PlanResult:
    """Plan one person. `lifted` holds (scheme, condition code) pairs treated as met: a barrier lifted."""
    ctx = PlanContext(person, rules, as_of, lifted)
    builder = GraphBuilder(ctx)
    graph = builder.build()
    start = builder.start()
    found = _best_routes(graph, start)
    chosen = _choose(found, top)
    routes = tuple(_route(ctx, rank, cand) for rank, cand in enumerate(chosen, 1))
    in_routes = {sid for r in routes for sid in r.schemes}
    feasible = {sid for cand in found for sid in cand.schemes}
    excluded = tuple(
        _exclusion(ctx, sid, builder.checks.get(sid, []), sid in feasible, top)
        for sid in SCHEME_IDS
        if sid not in in_routes
    )
    warnings = []
    if person.birth_date_estimated:
        warnings.append(text("warn.age_estimated"))
    return PlanResult(
        candidate=person.id,
        as_of=as_of.isoformat(),
        rules_version=rules.version(),
        routes=routes,
        excluded=excluded,
        summary=_summary(ctx, start),
        warnings=tuple(warnings),
        failing_now=tuple(
            (sid, c.code, c.sources[0] if c.sources else "")
            for sid in SCHEME_IDS
            for c in builder.checks.get(sid, [])
            if c.status == "fail"
        ),
    )


@dataclass(frozen=True)
class Brief:
    """What a bulk check needs of a plan: the best route, how many routes, the age today."""

    best: Route | None
    routes: int
    age: int


def plan_brief(person: Person, rules: RuleBook, as_of: date, top: int = 5) -> Brief:
    """Like `plan`, but builds only the best route and explains nothing: for many candidates at once."""
    ctx = PlanContext(person, rules, as_of)
    builder = GraphBuilder(ctx)
    graph = builder.build()
    chosen = _choose(_best_routes(graph, builder.start()), top)
    best = _route(ctx, 1, chosen[0]) if chosen else None
    return Brief(best, len(chosen), ctx.age_at(0))


def _best_routes(graph: nx.DiGraph, start: State) -> list[_Candidate]:
    """The cheapest start→goal path through each edge, cheapest first."""
    if GOAL not in graph or graph.in_degree(GOAL) == 0:
        return []
    dist_s, path_s = nx.single_source_dijkstra(graph, start, weight="weight")
    dist_t, path_t = nx.single_source_dijkstra(graph.reverse(copy=False), GOAL, weight="weight")
    adj = graph.adj
    out: list[_Candidate] = []
    seen: set[tuple[Any, ...]] = set()
    for u, v, data in graph.edges(data=True):
        if v == GOAL or u not in dist_s or v not in dist_t:
            continue
        nodes = tuple(path_s[u]) + tuple(reversed(path_t[v]))
        if nodes in seen:
            continue
        seen.add(nodes)
        cost = dist_s[u] + data["weight"] + dist_t[v]
        steps = tuple(step for a, b in zip(nodes, nodes[1:], strict=False) for step in adj[a][b]["steps"])
        out.append(_Candidate(cost, (cost, len(nodes), u.key(), v.key()), nodes, steps))
    out.sort(key=lambda c: c.order)
    return out


def _choose(found: list[_Candidate], top: int) -> list[_Candidate]:
    keys = {cand: _rank_key(cand) for cand in found}
    ranked = sorted(found, key=keys.__getitem__)
    best_of_scheme: list[_Candidate] = []
    for group in GROUPS:
        for cand in ranked:
            if group in {(s.scheme, s.variant) for s in cand.steps}:
                best_of_scheme.append(cand)
                break
    chosen: list[_Candidate] = []
    seen: set[tuple[tuple[str, str], ...]] = set()
    for pool in (sorted(set(best_of_scheme), key=keys.__getitem__), ranked):
        for cand in pool:
            sig = cand.signature
            if sig in seen:
                continue
            seen.add(sig)
            chosen.append(cand)
            if len(chosen) >= top:
                return chosen
    return chosen


def _route(ctx: PlanContext, rank: int, cand: _Candidate) -> Route:
    specs, nodes = list(cand.steps), cand.nodes
    final: State = nodes[-2]
    label = ctx.cal.label
    steps = tuple(
        Step(
            scheme=s.scheme,
            kind=s.kind,
            title=s.title,
            start=label(s.start),
            end=label(s.end),
            months=s.months,
            school_days_per_week=s.school_days,
            sources=s.sources,
            age_at_end=ctx.age_at(s.end),
            in_school=s.in_school,
            in_company=s.in_company,
            paid=s.paid,
            grant=s.grant,
            exams=s.exams,
            follow_up=s.follow_up,
            parallel=s.parallel,
            note=s.note,
        )
        for s in specs
    )
    main = [s for s in specs if not s.parallel]
    end = max(s.end for s in specs)
    warnings: dict[str, None] = {}
    for s in specs:
        for w in s.warnings:
            warnings.setdefault(w, None)
    waiting = []
    free = 1
    ot_until = int(ctx.value(ctx.school.ot_until_age).value)
    for s in main:
        if s.start > free:
            who = ("ot",) if ctx.age_at(free) < ot_until else ("nav",)
            waiting.append(Waiting(label(free), label(s.start - 1), s.start - free, who))
        free = max(free, s.end + 1)
    exams: dict[str, None] = {}
    for s in specs:
        for e in s.exams:
            exams.setdefault(e, None)
    return Route(
        rank=rank,
        schemes=tuple(dict.fromkeys(s.scheme for s in specs)),
        qualification=str(final.held),
        months=end,
        finish=label(end),
        steps=steps,
        warnings=tuple(warnings),
        age_at_finish=ctx.age_at(end),
        months_in_school=sum(s.months for s in main if s.in_school),
        months_in_company=sum(s.months for s in main if s.in_company),
        paid_months=sum(s.months for s in main if s.paid),
        grants=tuple(dict.fromkeys(s.grant for s in main if s.kind == "contract")),
        exams=tuple(exams),
        school_days_per_week_max=max((s.school_days for s in main), default=0.0),
        waiting=tuple(waiting),
    )


def _exclusion(ctx: PlanContext, scheme: str, checks: list[Check], feasible: bool, top: int) -> Exclusion:
    if feasible:
        return Exclusion(
            scheme,
            (
                Reason(
                    "ranked_lower",
                    text("reason.ranked_lower", name=ctx.schemes[scheme].name, top=top),
                    (ctx.schemes[scheme].legal.source,),
                ),
            ),
        )
    reasons = tuple(Reason(c.code, c.message, c.sources) for c in checks if c.status == "fail")
    if not reasons:
        reasons = (
            Reason(
                "no_route_in_horizon",
                text("reason.no_route", name=ctx.schemes[scheme].name),
                (ctx.schemes[scheme].legal.source,),
            ),
        )
    return Exclusion(scheme, reasons)


def _summary(ctx: PlanContext, start: State) -> Summary:
    p = ctx.person
    emp = p.employment
    return Summary(
        age=ctx.age_at(0),
        age_estimated=p.birth_date_estimated,
        county=p.county,
        county_name=ctx.county.name,
        trade=p.trade,
        trade_name=ctx.trade.name,
        qualification=ctx.qualification,
        school=tuple(
            f"{lvl} {pid}" + ("" if passed else " " + text("view.not_passed")) for lvl, pid, passed in p.school
        ),
        missing=tuple(sorted(p.missing)),
        experience_months=start.exp,
        employed=(f"{emp.trade} {emp.percent} %" if emp else None),
        apprenticeship_place=p.apprenticeship_place,
        school_names=tuple((lvl.capitalize(), ctx.rules.programme(pid).name) for lvl, pid, _ in p.school),
        missing_names=tuple(ctx.rules.subjects().names.get(x, x) for x in sorted(p.missing)),
        employed_name=(f"{ctx.rules.trade(emp.trade).name} {emp.percent} %" if emp else None),
    )
