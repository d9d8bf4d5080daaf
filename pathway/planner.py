"""Plan one candidate: build the route graph, pick the best distinct routes, explain the rest.

Routes are ranked by the policy of rules/ranking.yaml (pathway/ranking.py): the criteria an adviser
weighs, in the order they decide (the qualification, what the person has in hand, who the route is
made for, months, what rests on rules to confirm, school days, steps), and each route says which
criterion put it where it stands. The places are filled so that the list reads as advice: the best
route of each group (the routes; needs the county's approval; if no læreplass is found; each partial
qualification), then the best of each scheme, then the next distinct routes; they are shown in rank
order. No path enumeration: the best route through every edge follows from one shortest-path pass
from the start and one back from the goal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

import networkx as nx

from pathway import ranking
from pathway.candidate import Person
from pathway.checks import Check
from pathway.context import PlanContext
from pathway.graph import FINAL, GOAL, GraphBuilder
from pathway.history import Credit
from pathway.messages import lower_name, text
from pathway.results import Exclusion, Notice, PlanResult, Reason, Route, Step, Summary, Waiting
from pathway.ruleset import SCHEME_IDS, RuleBook
from pathway.schemes import praksiskandidat
from pathway.schemes.base import worst
from pathway.state import Standing, State, StepSpec

# The best route of each of these is shown before a second route of any: every scheme, and the
# apprenticeship both in its ordinary model and as a contract right after grunnskole or Vg1.
GROUPS = [(sid, "") for sid in SCHEME_IDS] + [("laerling", "early")]


class _Candidate:
    """A route found by the search. Compared and hashed by identity (cheap as a dict key); what is
    derived from its steps is worked out once, when first asked for."""

    __slots__ = ("cost", "order", "nodes", "steps", "held", "_signature", "_standing")

    def __init__(self, cost: int, order: tuple[Any, ...], nodes: tuple[Any, ...], steps: tuple[StepSpec, ...]) -> None:
        self.cost = cost
        self.order = order
        self.nodes = nodes
        self.steps = steps
        self.held = str(nodes[-2].held)
        self._signature: tuple[tuple[str, str], ...] | None = None
        self._standing: Standing | None = None

    @property
    def schemes(self) -> set[str]:
        return {s.scheme for s in self.steps}

    @property
    def signature(self) -> tuple[tuple[str, str], ...]:
        if self._signature is None:
            self._signature = tuple((s.scheme, s.title) for s in self.steps)
        return self._signature

    @property
    def standing(self) -> Standing:
        if self._standing is None:
            found = worst([s.standing for s in self.steps if s.standing is not None])
            self._standing = found or Standing("ordinary", "", ())
        return self._standing

    @property
    def group(self) -> str:
        """The heading the route is shown under: routes | approval | fallback | partial."""
        if self.held not in FINAL:
            return "partial"
        kind = self.standing.kind
        return kind if kind in ("approval", "fallback") else "routes"


GROUP_ORDER = ("routes", "approval", "fallback", "partial")


class _Ranker:
    """The ranking policy applied to one person's routes (rules/ranking.yaml, pathway/ranking.py)."""

    def __init__(self, ctx: PlanContext, builder: GraphBuilder) -> None:
        p = ctx.person
        self.policy = ctx.rules.ranking()
        self.person = ranking.Person(
            offer=p.apprenticeship_place is True,
            job=p.employment is not None and p.employment.trade == p.trade,
        )
        self.to_confirm = builder.to_confirm
        self._facts: dict[_Candidate, ranking.Facts] = {}
        self._keys: dict[_Candidate, tuple[Any, ...]] = {}

    def facts(self, cand: _Candidate) -> ranking.Facts:
        found = self._facts.get(cand)
        if found is None:
            end, days, main = 0, 0.0, 0
            warned: set[str] = set()
            for s in cand.steps:
                end = max(end, s.start + s.months - 1)
                warned.update(w for w in s.warnings if w in self.to_confirm)
                if not s.parallel:
                    main += 1
                    days = max(days, s.school_days)
            hand = ranking.in_hand(self.policy, self.person, cand.steps)
            unfit = sum(1 for s in cand.steps if s.standing is not None and s.standing.kind != "ordinary")
            away = sum(1 for s in cand.steps if s.notice is not None and s.notice[0] == "vg2_not_offered")
            found = ranking.Facts(cand.held, cand.standing.kind, unfit, end, away, len(warned), days, main, hand)
            self._facts[cand] = found
        return found

    def key(self, cand: _Candidate) -> tuple[Any, ...]:
        """The measures of the policy's criteria, then a stable order."""
        found = self._keys.get(cand)
        if found is None:
            found = self._keys[cand] = (*ranking.measures(self.policy, self.facts(cand)), cand.signature)
        return found

    def reasons(self, chosen: list[_Candidate]) -> list[tuple[str, str]]:
        return ranking.reasons(self.policy, [self.facts(c) for c in chosen])


def plan(
    person: Person,
    rules: RuleBook,
    as_of: date,
    top: int = 5,
    lifted: frozenset[tuple[str, str]] = frozenset(),
    explain: bool = True,
) -> PlanResult:
    """Plan one person. `lifted` holds (scheme, condition code) pairs treated as met: a barrier lifted.
    Without `explain` the routes alone: no scheme's exclusion and no route's reason for its rank are
    written (the searches for unlocks and readings replan a person many times and read only the routes)."""
    ctx = PlanContext(person, rules, as_of, lifted)
    builder = GraphBuilder(ctx)
    hist = builder.history
    holds = hist.holds_goal
    if holds is None:
        graph = builder.build()
        start = builder.start()
        found = _best_routes(graph, start)
    else:  # the goal's qualification is held already: nothing to plan, and that is said
        start, found = builder.start(), []
    ranker = _Ranker(ctx, builder)
    chosen = _choose(found, top, ranker)
    why = ranker.reasons(chosen) if explain else [("", "")] * len(chosen)
    routes = tuple(_route(ctx, rank, cand, why[rank - 1]) for rank, cand in enumerate(chosen, 1))
    in_routes = {sid for r in routes for sid in r.schemes}
    feasible = {sid for cand in found for sid in cand.schemes}
    excluded = tuple(
        _exclusion(ctx, sid, builder.checks.get(sid, []), sid in feasible, top)
        if holds is None
        else Exclusion(
            sid,
            (
                Reason(
                    "goal_held",
                    text("history.holds_goal", qualification=holds.kind, trade=lower_name(ctx.trade.name)),
                    (ctx.schemes[sid].legal.source,),
                ),
            ),
        )
        for sid in SCHEME_IDS
        if explain and sid not in in_routes
    )
    warnings = list(person.warnings)
    if person.birth_date_estimated:
        warnings.append(text("warn.age_estimated"))
    new_act = str(ctx.value(ctx.school.new_act_from).value)
    if as_of.isoformat() < new_act:
        warnings.append(text("warn.old_act", day=new_act))
    warnings += hist.notes()
    credited = list(hist.credits)
    required, school_credit, sources = praksiskandidat.required_months(builder)
    if school_credit and any({"praksiskandidat", "fagbrev_paa_jobb"} & set(r.schemes) for r in routes):
        credited.append(Credit("school", school_credit, text("credit.school", months=school_credit), sources[-1:]))
    if hist.current is not None and hist.current.kind != "elev" and hist.served():
        credit = ctx.param("laerling", "served_time_credit")
        credited.append(
            Credit(
                "served",
                hist.served(),
                text("credit.served", months=hist.served(), since=builder.since_label()),
                credit.sources,
            )
        )
    held = None
    if holds is not None:
        held = text("history.holds_goal", qualification=holds.kind, trade=lower_name(ctx.trade.name))
    return PlanResult(
        holds_goal=held,
        credited=tuple(credited),
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


class Best(NamedTuple):
    """The best route, as a bulk check shows it."""

    schemes: tuple[str, ...]
    qualification: str
    months: int
    finish: str


@dataclass(frozen=True)
class Brief:
    """What a bulk check needs of a plan: the best route, how many routes, the age today."""

    best: Best | None
    routes: int
    age: int
    holds_goal: bool = False  # the goal's qualification is held already: nothing to plan, not "no route"
    credited: tuple[str, ...] = ()  # what the person's history credits, and why


def plan_brief(person: Person, rules: RuleBook, as_of: date, top: int = 5) -> Brief:
    """Like `plan`, but builds only the best route and explains nothing: for many candidates at once."""
    ctx = PlanContext(person, rules, as_of)
    builder = GraphBuilder(ctx)
    credited = tuple(c.message for c in builder.history.credits)
    if builder.history.holds_goal is not None:
        return Brief(None, 0, ctx.age_at(0), holds_goal=True, credited=credited)
    found = _best_routes(builder.build(), builder.start())
    ranker = _Ranker(ctx, builder)
    # The best route by rank is always among the chosen ones, and `_choose` takes `top` distinct
    # routes whenever there are that many: the same answer without filling the places.
    best = None
    if found:
        cand = min(found, key=ranker.key)
        end = max(s.start + s.months - 1 for s in cand.steps)
        schemes = tuple(dict.fromkeys(s.scheme for s in cand.steps))
        best = Best(schemes, cand.held, end, ctx.cal.label(end))
    return Brief(best, min(top, len({c.signature for c in found})), ctx.age_at(0), credited=credited)


def _best_routes(graph: nx.DiGraph, start: State) -> list[_Candidate]:
    """The cheapest start→goal path through each edge, cheapest first."""
    if GOAL not in graph or not graph._pred[GOAL]:
        return []
    dist_s, path_s, steps_s = _shortest(graph, start, forward=True)
    dist_t, path_t, steps_t = _shortest(graph.reverse(copy=False), GOAL, forward=False)
    keys = {node: node.key() for node in dist_s if isinstance(node, State)}
    out: list[_Candidate] = []
    seen: set[tuple[Any, ...]] = set()
    for u, targets in graph._succ.items():
        if u not in dist_s:
            continue
        head = path_s[u]
        for v, data in targets.items():
            if v not in dist_t:
                continue
            # An edge into the goal stops at a qualification the best continuation would go beyond
            # (a praksisbrev as an end in itself); any other edge takes the best way on from its end.
            nodes = head + ((GOAL,) if v is GOAL else path_t[v][::-1])
            if nodes in seen:
                continue
            seen.add(nodes)
            cost = dist_s[u] + data["weight"] + dist_t[v]
            steps = steps_s[u] + data["steps"] + (() if v is GOAL else steps_t[v])
            order = (cost, len(nodes), keys[u], () if v is GOAL else keys[v])
            out.append(_Candidate(cost, order, nodes, steps))
    out.sort(key=lambda c: c.order)
    return out


def _shortest(
    graph: nx.DiGraph, source: Any, forward: bool
) -> tuple[dict[Any, int], dict[Any, tuple[Any, ...]], dict[Any, tuple[StepSpec, ...]]]:
    """networkx's `single_source_dijkstra` from `source` (over the reversed graph, to search back
    from the goal): the distance, the path (source first) and the steps along it to every node
    reached (in the route's direction). Ties are deterministic: nodes leave the heap by (distance,
    order pushed), edges are taken in the order they were added, and a node keeps the first path
    that reached it at its shortest distance; the graph is built in the same order on every run."""
    dist, found = nx.single_source_dijkstra(graph, source, weight="weight")
    adj = graph._adj
    paths: dict[Any, tuple[Any, ...]] = {}
    steps: dict[Any, tuple[StepSpec, ...]] = {}
    for v in dist:  # in order of distance: a node's predecessor has its steps already
        path = found[v]
        paths[v] = tuple(path)
        if len(path) == 1:
            steps[v] = ()
            continue
        p = path[-2]
        on = adj[p][v]["steps"]
        steps[v] = steps[p] + on if forward else on + steps[p]
    return dist, paths, steps


def _choose(found: list[_Candidate], top: int, ranker: _Ranker) -> list[_Candidate]:
    """The `top` routes to show, in rank order. Places go first to the best route of each heading
    (the routes, the best ordinary route of each scheme, needs approval, fallback, each partial
    qualification), then to the best route of each scheme, then to the next distinct routes."""
    keys = {cand: ranker.key(cand) for cand in found}
    ranked = sorted(found, key=keys.__getitem__)

    def first(test: Any) -> list[_Candidate]:
        return [next(c for c in ranked if test(c))] if any(test(c) for c in ranked) else []

    def of_scheme(group: tuple[str, str], standing: str | None = None) -> list[_Candidate]:
        return first(
            lambda c: (
                group in {(s.scheme, s.variant) for s in c.steps}
                and c.held in FINAL
                and (standing is None or c.standing.kind == standing)
            )
        )

    def in_group(group: str) -> list[_Candidate]:
        return first(lambda c: c.group == group)

    def holding(qualification: str) -> list[_Candidate]:
        return first(lambda c: c.held == qualification)

    pools: list[list[_Candidate]] = [in_group("routes")]
    pools += [of_scheme(group, "ordinary") for group in GROUPS]
    pools += [in_group("approval"), in_group("fallback"), holding("kompetansebevis"), holding("praksisbrev")]
    pools += [of_scheme(group) for group in GROUPS]
    pools.append(ranked)
    chosen: list[_Candidate] = []
    seen: set[tuple[tuple[str, str], ...]] = set()
    for pool in pools:
        for cand in pool:
            sig = cand.signature
            if sig in seen:
                continue
            seen.add(sig)
            chosen.append(cand)
            if len(chosen) >= top:
                return sorted(chosen, key=keys.__getitem__)
    return sorted(chosen, key=keys.__getitem__)


def _route(ctx: PlanContext, rank: int, cand: _Candidate, why: tuple[str, str]) -> Route:
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
    needs_company = ctx.rules.ranking().criterion("in_hand").offer_schemes  # contracts a company must offer
    ot_until = int(ctx.value(ctx.school.ot_until_age).value)
    for s in main:
        if s.start > free:
            who = ("ot",) if ctx.age_at(free) < ot_until else ("nav",)
            place = s.kind == "contract" and s.scheme in needs_company and ctx.person.apprenticeship_place is not True
            searching = "place" if place else ""
            waiting.append(Waiting(label(free), label(s.start - 1), s.start - free, who, searching))
        free = max(free, s.end + 1)
    exams: dict[str, None] = {}
    for s in specs:
        for e in s.exams:
            exams.setdefault(e, None)
    standing = cand.standing
    notices = tuple(dict.fromkeys(Notice(*s.notice) for s in specs if s.notice is not None))
    return Route(
        rank=rank,
        standing=standing.kind,
        standing_reason=standing.reason,
        standing_sources=standing.sources,
        group=cand.group,
        rank_basis=why[0],
        rank_reason=why[1],
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
        notices=notices,
    )


def _exclusion(ctx: PlanContext, scheme: str, checks: list[Check], feasible: bool, top: int) -> Exclusion:
    if feasible:
        return Exclusion(
            scheme,
            (
                Reason(
                    "ranked_lower",
                    text("reason.ranked_lower", name=text(f"short.scheme.{scheme}"), top=top),
                    (ctx.schemes[scheme].legal.source,),
                ),
            ),
        )
    reasons = tuple(Reason(c.code, c.message, c.sources) for c in checks if c.status == "fail")
    current = ctx.person.current
    if not reasons and not checks and current is not None:
        # Not weighed at all: the plan continues the place the person is in now, and its switches.
        said = text(
            "reason.in_current_place",
            name=text(f"short.scheme.{scheme}"),
            person=ctx.person.id,
            current=text(f"current.kind.{current.kind}"),
        )
        reasons = (Reason("in_current_place", said, (ctx.schemes[scheme].legal.source,)),)
    if not reasons:
        reasons = (
            Reason(
                "no_route_in_horizon",
                text("reason.no_route", name=text(f"short.scheme.{scheme}")),
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
        grunnskole=p.grunnskole,
    )
