"""The route graph of one candidate: states are where the person stands, edges are steps of schemes.

The graph is built forward from the person's situation today. A state carries the month it starts,
so the graph is acyclic and every age and rule is evaluated at the month a step starts. Each scheme's
steps come from its own module in `pathway/schemes/`. The only module that builds graphs.
"""

from __future__ import annotations

from collections import deque

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
        opphenting = set(ctx.value(ctx.school.opphenting_from).value)
        levels: set[str] = set()
        for level, pid, passed in ctx.person.school:
            if not passed:
                continue
            if (ctx.trade.level_of(pid) or ("",))[0] == level:  # the trade's own route, a second Vg2 or a kryssløp
                levels.add(level)
            elif pid in opphenting or pid.removesuffix(f"-{level}") in opphenting:
                levels.add("vg1_sf")  # Vg1 studiespesialisering passed (a later year of it passed too)
        hist = self.history
        levels |= hist.school_levels  # passed for a fag- or svennebrev held in another trade
        phase, held = "", None
        if hist.current is not None:
            phase = f"current:{hist.current.kind}"
        elif hist.failed is not None:
            phase = "failed"
            levels |= ctx.required_levels()  # the læretid was served: the prøve is what is left
        elif hist.praksisbrev is not None:
            held = "praksisbrev"
        return State(
            t=1, levels=frozenset(levels), missing=ctx.person.missing, exp=hist.experience, held=held, phase=phase
        )

    def build(self) -> nx.DiGraph:
        start = self.origin = self.start()
        self.origin_levels = start.levels
        g = self.graph
        g.add_node(start)
        g.add_node(GOAL)
        queue: deque[State] = deque([start])
        seen = {start: start}  # each state once: every edge to it holds the same object
        while queue:
            state = queue.popleft()
            for edge in self.edges(state):
                target = edge.target
                if target.held is not None:
                    # Two schemes that end in the same qualification at the same month stay two routes.
                    last = [st for st in edge.steps if not st.parallel][-1]
                    target = target._replace(via=f"{last.scheme}:{last.variant}")
                if target.t - 1 > HORIZON:
                    continue
                known = seen.get(target)
                if known is not None:
                    target = known
                cost = edge_cost(state, edge)
                old = g.get_edge_data(state, target)
                if old is None or cost < old["weight"]:
                    g.add_edge(state, target, weight=cost, steps=edge.steps)
                if known is None:
                    seen[target] = target
                    queue.append(target)
                    if target.held is not None:
                        g.add_edge(target, GOAL, weight=0 if target.held in FINAL else PARTIAL, steps=())
        return g

    def edges(self, s: State) -> list[Edge]:
        if s.phase == "laerekandidat":
            return laerekandidat.upgrade(self, s)
        if s.phase.startswith("current:"):
            return self.current(s)
        if s.phase == "failed":
            out = laerling.after_failed_test(self, s) + laerekandidat.after_failed_test(self, s)
            return out + praksiskandidat.edges(self, s)
        if s.held == "praksisbrev":
            if s == self.origin:  # a praksisbrev held today: on to a lærling, or any other route
                return praksisbrev.after(self, s) + [edge for scheme in SCHEMES for edge in scheme.edges(self, s)]
            return praksisbrev.after(self, s)
        if s.held is not None:
            return []
        return [edge for scheme in SCHEMES for edge in scheme.edges(self, s)]

    def current(self, s: State) -> list[Edge]:
        """What the person is in now (CONTRACT §2.1 `current`): its rest, and what may replace it."""
        kind = s.phase.split(":", 1)[1]
        if kind == "elev":
            return skole.current(self, s)
        out = {
            "laerling": laerling.current,
            "laerekandidat": laerekandidat.current,
            "praksisbrevkandidat": praksisbrev.current,
            "fagbrev_paa_jobb": fagbrev_paa_jobb.current,
            "vg3_skole": vg3_skole.current,
        }[kind](self, s)
        if kind == "laerekandidat":  # or back to school as elev
            out += skole.edges(self, s._replace(phase=""))
        return out + praksiskandidat.edges(self, s)
