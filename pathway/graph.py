"""The route graph of one candidate: states are where the person stands, edges are steps of schemes.

The graph is built forward from the person's situation today. A state carries the month it starts,
so the graph is acyclic and every age and rule is evaluated at the month a step starts. Each scheme's
steps come from its own module in `pathway/schemes/`. The only module that builds graphs.
"""

from __future__ import annotations

from collections import deque
from dataclasses import replace

import networkx as nx

from pathway.context import PlanContext
from pathway.schemes import (
    fagbrev_paa_jobb,
    laerekandidat,
    laerling,
    mfy,
    praksisbrev,
    praksiskandidat,
    skole,
    vg3_skole,
)
from pathway.schemes.base import FINAL, Builder
from pathway.state import Edge, State

GOAL = "goal"
HORIZON = 132  # months: routes that would end more than eleven years ahead are not planned
PARTIAL = 10**9  # added to the cost of a route that ends in kompetansebevis or praksisbrev
MONTH = 1000  # cost of one month; school days per week break ties between equally long routes

# The schemes offered from a state where the person holds nothing yet, in a fixed order.
SCHEMES = (skole, laerling, vg3_skole, laerekandidat, praksisbrev, mfy, fagbrev_paa_jobb, praksiskandidat)

__all__ = ["FINAL", "GOAL", "GraphBuilder", "edge_cost"]


def edge_cost(source: State, edge: Edge) -> int:
    days = sum(step.school_days * step.months for step in edge.steps)
    return (edge.target.t - source.t) * MONTH + round(days)


class GraphBuilder(Builder):
    def __init__(self, ctx: PlanContext) -> None:
        super().__init__(ctx)
        self.graph = nx.DiGraph()

    def start(self) -> State:
        ctx = self.ctx
        programmes = ctx.trade.programmes
        opphenting = set(ctx.value(ctx.school.opphenting_from).value)
        levels: set[str] = set()
        for level, pid, passed in ctx.person.school:
            if not passed:
                continue
            if getattr(programmes, level, None) == pid:
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
                if target.held is not None:
                    # Two schemes that end in the same qualification at the same month stay two routes.
                    last = [st for st in edge.steps if not st.parallel][-1]
                    target = replace(target, via=f"{last.scheme}:{last.variant}")
                if target.t - 1 > HORIZON:
                    continue
                cost = edge_cost(state, edge)
                old = g.get_edge_data(state, target)
                if old is None or cost < old["weight"]:
                    g.add_edge(state, target, weight=cost, steps=edge.steps)
                if target not in seen:
                    seen.add(target)
                    queue.append(target)
                    if target.held is not None:
                        g.add_edge(target, GOAL, weight=0 if target.held in FINAL else PARTIAL, steps=())
        return g

    def edges(self, s: State) -> list[Edge]:
        if s.phase == "laerekandidat":
            return laerekandidat.upgrade(self, s)
        if s.held == "praksisbrev":
            return praksisbrev.after(self, s)
        if s.held is not None:
            return []
        return [edge for scheme in SCHEMES for edge in scheme.edges(self, s)]
