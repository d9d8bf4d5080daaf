"""The whole route graph of one person, as data to draw (`pathway plan --format dot`).

Every state the search reached and every step between two states, in the order the graph was built
(the same on every run), with the routes the plan shows marked on it: the best route, and the rank of
each shown route an edge lies on. The planner is asked nothing but its result: a route is found on
the graph by walking its steps from the start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pathway.candidate import Person
from pathway.context import PlanContext
from pathway.graph import GOAL, GraphBuilder
from pathway.messages import join, lower_name, qualification_name, text
from pathway.results import PlanResult, Route
from pathway.ruleset import RuleBook
from pathway.state import State, StepSpec


@dataclass(frozen=True)
class GraphNode:
    id: str  # n0, n1, ... in the order the graph was built; the start is n0
    kind: str  # start | state | goal
    label: str


@dataclass(frozen=True)
class GraphEdge:
    source: str
    target: str
    label: str
    routes: tuple[int, ...]  # ranks of the shown routes that take this edge


@dataclass(frozen=True)
class RouteGraph:
    candidate: str
    title: str
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]


def _step_key(ctx: PlanContext, s: StepSpec) -> tuple[Any, ...]:
    return (s.scheme, s.kind, s.title, ctx.cal.label(s.start), s.months, s.parallel)


def _route_key(route: Route) -> list[tuple[Any, ...]]:
    return [(s.scheme, s.kind, s.title, s.start, s.months, s.parallel) for s in route.steps]


def route_graph(person: Person, rules: RuleBook, as_of: date, result: PlanResult) -> RouteGraph:
    """The graph the search ran on for `person`, with `result`'s routes marked."""
    ctx = PlanContext(person, rules, as_of)
    builder = GraphBuilder(ctx)
    if builder.history.holds_goal is not None:  # nothing was planned: the start alone
        graph: Any = None
        start = builder.start()
        order: list[Any] = [start]
    else:
        graph = builder.build()
        start = builder.start()
        order = list(graph.nodes)
    ids = {node: f"n{i}" for i, node in enumerate(order)}
    keys = {}
    if graph is not None:
        keys = {(u, v): [_step_key(ctx, s) for s in data["steps"]] for u, v, data in graph.edges(data=True)}
    on: dict[tuple[Any, Any], list[int]] = {}
    for route in result.routes:
        want, node = _route_key(route), start
        while want and graph is not None:
            for v in graph.successors(node):
                have = keys[(node, v)]
                if have and want[: len(have)] == have:
                    on.setdefault((node, v), []).append(route.rank)
                    want, node = want[len(have) :], v
                    break
            else:
                break
        if not want and graph is not None and GOAL in graph.succ[node]:
            on.setdefault((node, GOAL), []).append(route.rank)
    nodes = tuple(GraphNode(ids[n], _kind(n, start), _node_label(ctx, n, start)) for n in order)
    edges: list[GraphEdge] = []
    if graph is not None:
        for u, v, data in graph.edges(data=True):
            edges.append(GraphEdge(ids[u], ids[v], _edge_label(data["steps"]), tuple(on.get((u, v), ()))))
    title = text("dot.title", candidate=person.id or "", trade=ctx.trade.name, as_of=as_of.isoformat())
    return RouteGraph(person.id or "", title, nodes, tuple(edges))


def _kind(node: Any, start: State) -> str:
    if node is GOAL or node == GOAL:
        return "goal"
    return "start" if node == start else "state"


def _node_label(ctx: PlanContext, node: Any, start: State) -> str:
    if isinstance(node, str):
        return text("dot.goal")
    lines = [text("dot.start") if node == start else text("dot.month", month=ctx.cal.label(node.t))]
    levels = sorted(lv.replace("_sf", " (studiespesialisering)").capitalize() for lv in node.levels)
    if levels:
        lines.append(text("dot.levels", levels=", ".join(levels)))
    if node.missing:
        names = ctx.rules.subjects().names
        lines.append(text("dot.missing", subjects=join([lower_name(names.get(x, x)) for x in sorted(node.missing)])))
    if node.exp:
        lines.append(text("view.experience", months=node.exp))
    if node.held:
        lines.append(text("dot.held", qualification=qualification_name(node.held)))
    return "\n".join(lines)


def _edge_label(steps: tuple[StepSpec, ...]) -> str:
    return "\n".join(text("dot.step", title=s.title, months=s.months) for s in steps)
