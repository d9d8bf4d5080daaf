"""The other readings a route rests on, in plain words: for the plan view with --verbose."""

from __future__ import annotations

from typing import Any

from pathway.messages import month, scheme_name, text
from pathway.render.base import wrap

Line = list[tuple[str, str]]


def _standing(kind: str) -> str:
    return text(f"view.standing.{kind}", reason="").strip().rstrip(":")


def effect_words(e: Any, before: Any) -> str:
    """What the other reading does: not possible, months longer or sooner, another standing."""
    if not e.feasible:
        return text("reading.lost")
    finish = month(e.finish)
    change = e.months_change or 0
    if change > 0:
        said = text("reading.longer", months=change, finish=finish)
    elif change < 0:
        said = text("reading.shorter", months=-change, finish=finish)
    else:
        said = text("reading.same_months", finish=finish)
    if before is None or e.standing != before.standing:
        said = text("reading.standing", effect=said, standing=_standing(str(e.standing)))
    return said


def _shown(value: Any) -> str:
    from pathway.readings import shown

    return shown(value)


def route_reading_lines(route: Any, width: int) -> list[Line]:
    found = getattr(route, "readings", None) or ()
    if not found:
        return []
    lines: list[Line] = [[(line, "dim")] for line in wrap(text("reading.heading"), width, "     ", "   ")]
    for e in found:
        said = text(
            "reading.route",
            key=e.key,
            uses=_shown(e.uses),
            low=text("reading.low") if e.low_confidence else "",
            reading=_shown(e.reading),
            effect=effect_words(e, route),
        )
        lines += [[(line, "")] for line in wrap(said, width, "       ", "     ")]
        for src in e.sources[:1]:
            lines += [
                [(line, "dim")] for line in wrap(text("reading.source", source=src), width, "         ", "       ")
            ]
    return lines


def excluded_reading_lines(ex: Any, width: int) -> list[Line]:
    lines: list[Line] = []
    for e in getattr(ex, "readings", None) or ():
        said = text(
            "reading.excluded",
            scheme=scheme_name(ex.scheme),
            key=e.key,
            reading=_shown(e.reading),
            effect=effect_words(e, None),
        )
        lines += [[(line, "")] for line in wrap(said, width, "      ", "  ")]
        for src in e.sources[:1]:
            lines += [[(line, "dim")] for line in wrap(text("reading.source", source=src), width, "        ", "      ")]
    return lines


def reading_notes(result: Any) -> list[str]:
    """One sentence for each --reading the plan was made on (for the views that show no plan warnings)."""
    return [
        text("reading.planned_on", key=k, value=_shown(v), uses=_shown(u))
        for k, v, u in getattr(result, "readings_used", ())
    ]
