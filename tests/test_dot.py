"""`pathway plan --format dot`: the whole route graph of a person, with the shown routes on it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p.name for p in (ROOT / "examples").glob("*.yaml"))
EDGE = re.compile(r"^  (n\d+) -> (n\d+)(?: \[(.*)\])?;$")


def _dot(example: str, *extra: str) -> str:
    result = run("plan", str(ROOT / "examples" / example), "--format", "dot", "--as-of", "2026-11-26", *extra)
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def _edges(dot: str) -> list[tuple[str, str, str]]:
    return [m.groups(default="") for line in dot.splitlines() if (m := EDGE.match(line))]  # type: ignore[misc]


@pytest.mark.parametrize("example", EXAMPLES)
def test_every_shown_route_is_a_path_from_today_to_an_end(example: str) -> None:
    dot = _dot(example)
    assert dot.startswith("digraph ") and dot.rstrip().endswith("}")
    goal = re.search(r"^  (n\d+) \[label=\"[^\"]*\", shape=doublecircle\];$", dot, re.MULTILINE)
    assert goal is not None
    plan = run(
        "plan", str(ROOT / "examples" / example), "--format", "json", "--as-of", "2026-11-26", "--no-unlocks"
    ).json()
    for route in plan["routes"]:
        rank = str(route["rank"])
        on = [(u, v) for u, v, attrs in _edges(dot) if re.search(rf'xlabel="route ([\d, ]*\b)?{rank}\b', attrs)]
        assert on, (example, rank)
        succ = dict(on)
        assert len(succ) == len(on), "a route leaves a state once"
        node, seen = "n0", 0
        while node in succ and seen <= len(on):
            node, seen = succ[node], seen + 1
        assert node == goal.group(1) and seen == len(on), (example, rank)


def test_the_best_route_is_bold_and_the_graph_the_same_on_every_run() -> None:
    first = _dot("neet-17-agder-it.yaml")
    assert first == _dot("neet-17-agder-it.yaml")
    bold = [attrs for _, _, attrs in _edges(first) if "penwidth=3" in attrs]
    assert bold and all(re.search(r'xlabel="route (\d+, )*1\b', attrs) for attrs in bold)
    grey = [attrs for _, _, attrs in _edges(first) if "xlabel" not in attrs]
    assert grey, "the rest of the graph is drawn too"


def test_labels_in_the_readers_language() -> None:
    dot = _dot("neet-17-agder-it.yaml", "--lang", "nb")
    assert "Løpsgraf for k-042" in dot and '"i dag' in dot and "måneder)" in dot
    assert "løp 1" in dot and "route 1" not in dot
