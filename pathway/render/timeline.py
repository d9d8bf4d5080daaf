"""Routes as bars over the months, on one axis with the years marked."""

from __future__ import annotations

from collections import Counter

from pathway.messages import text
from pathway.results import Route


def _month_no(label: str) -> int:
    year, month = label.split("-")
    return int(year) * 12 + int(month) - 1


def _label(month_no: int) -> str:
    return f"{month_no // 12}-{month_no % 12 + 1:02d}"


def _route_months(route: Route) -> dict[int, str]:
    """month number → what the person does then: school, company, other (exam, work) or waiting."""
    kinds: dict[int, str] = {}
    for w in route.waiting:
        for m in range(_month_no(w.start), _month_no(w.end) + 1):
            kinds[m] = "waiting"
    for s in route.steps:
        if s.parallel:
            continue
        kind = "school" if s.in_school else "company" if s.in_company and s.kind != "exam" else "other"
        for m in range(_month_no(s.start), _month_no(s.end) + 1):
            kinds[m] = kind
    return kinds


TIMELINE_CHARS = {"school": "█", "company": "▆", "other": "▁", "waiting": "·", "fellesfag": "▒"}


class Scale:
    """One month axis for every route of a plan, so that a longer route is never drawn shorter."""

    def __init__(self, routes: list[Route] | tuple[Route, ...], width: int) -> None:
        months = [m for r in routes for m in _route_months(r)] or [0]
        self.first, last = min(months), max(months)
        self.per_cell = max(1, -(-(last - self.first + 1) // max(1, width)))
        self.cells = -(-(last - self.first + 1) // self.per_cell)

    def span(self, cell: int) -> range:
        return range(self.first + cell * self.per_cell, self.first + (cell + 1) * self.per_cell)

    def axis(self) -> str:
        axis = [" "] * (self.cells + 6)
        for cell in range(self.cells):
            for m in self.span(cell):
                if m % 12 == 0:  # a January: mark the year
                    if all(c == " " for c in axis[cell : cell + 5]):
                        axis[cell : cell + 4] = list(str(m // 12))
                    break
        return "".join(axis).rstrip()

    def bar(self, kinds: dict[int, str]) -> str:
        out = []
        for cell in range(self.cells):
            present = [kinds[m] for m in self.span(cell) if m in kinds]
            # the most frequent kind in the cell; a tie goes to the earlier month (a set's order would vary by run)
            out.append(TIMELINE_CHARS[Counter(present).most_common(1)[0][0]] if present else " ")
        return "".join(out).rstrip()


def _fellesfag_months(route: Route) -> dict[int, str]:
    return {m: "fellesfag" for s in route.steps if s.parallel for m in range(_month_no(s.start), _month_no(s.end) + 1)}


def route_timeline(route: Route, scale: Scale, indent: str = "   ") -> list[str]:
    lines = [indent + scale.axis(), indent + scale.bar(_route_months(route))]
    alongside = _fellesfag_months(route)
    if alongside:
        lines.append(indent + scale.bar(alongside))
    return lines


def timeline(routes: list[Route], width: int = 60, label_width: int = 3) -> list[str]:
    """Each route as a bar over the months, on one axis with the years marked."""
    if not routes:
        return []
    scale = Scale(routes, width)
    lines = [" " * (label_width + 1) + scale.axis()]
    for route in routes:
        lines.append(f"{str(route.rank).rjust(label_width)} " + scale.bar(_route_months(route)))
    lines.append(" " * (label_width + 1) + text("timeline.legend"))
    return lines
