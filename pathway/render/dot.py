"""The route graph of one person in Graphviz's DOT language (`pathway plan --format dot`).

Plain text, the same bytes on every run: nodes and edges in the order the graph was built, every
label quoted. The best route is drawn bold, the other shown routes in colour with their ranks; the
rest of the graph grey. `dot -Tsvg` draws it.
"""

from __future__ import annotations

import sys
from typing import IO

from pathway.messages import text
from pathway.routegraph import RouteGraph


def _quote(value: str) -> str:
    """A DOT string: quotes and backslashes escaped, line breaks as centred lines, no control characters."""
    clean = "".join(ch if ch == "\n" or ch >= " " else " " for ch in value)
    return '"' + clean.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def route_dot(graph: RouteGraph, out: IO[str] | None = None) -> None:
    lines = [
        f"digraph {_quote(graph.candidate or 'pathway')} {{",
        f"  graph [rankdir=LR, label={_quote(graph.title)}, labelloc=t, fontname=Helvetica];",
        "  node [shape=box, style=rounded, fontname=Helvetica, fontsize=10];",
        "  edge [fontname=Helvetica, fontsize=9, color=gray60, fontcolor=gray30];",
    ]
    for node in graph.nodes:
        shape = {"start": ", shape=ellipse, penwidth=2", "goal": ", shape=doublecircle"}.get(node.kind, "")
        lines.append(f"  {node.id} [label={_quote(node.label)}{shape}];")
    for edge in graph.edges:
        attrs = [f"label={_quote(edge.label)}"] if edge.label else []
        if edge.routes:
            ranks = ", ".join(str(r) for r in edge.routes)
            attrs.append(f"xlabel={_quote(text('dot.routes', ranks=ranks))}")
            attrs.append("color=black, penwidth=3" if 1 in edge.routes else "color=royalblue, penwidth=1.5")
        lines.append(
            f"  {edge.source} -> {edge.target} [{', '.join(attrs)}];" if attrs else f"  {edge.source} -> {edge.target};"
        )
    lines.append("}")
    (out or sys.stdout).write("\n".join(lines) + "\n")
