"""What would open a better route, in plain words: for the plan view and page 1 of the report."""

from __future__ import annotations

from typing import Any

from pathway.messages import condition_name, join, month, qualification_name, scheme_name, text
from pathway.render.base import wrap

Line = list[tuple[str, str]]  # as in the plan view: segments of (text, style)

_SENTENCE = {
    "place": "unlock.place",
    "fellesfag": "unlock.fellesfag",
    "employment": "unlock.employment",
    "work": "unlock.work",
    "age": "unlock.age",
    "time": "unlock.time",
    "county": "unlock.county",
}


def unlock_sentence(u: Any, result: Any) -> str:
    """One unlock as a sentence: the change, the route it opens, when, and how much sooner."""
    route = " → ".join(scheme_name(s, short=True) for s in u.schemes)
    gain = ""
    best = result.routes[0] if result.routes else None
    if best is not None and u.qualification != best.qualification and u.gain_months <= 0:
        gain = text("unlock.stronger", qualification=qualification_name(u.qualification))
    elif u.gain_months > 0:
        gain = text("unlock.sooner", months=u.gain_months)
    elif best is not None and u.gain_months == 0 and u.better:
        gain = text("unlock.fewer_days")
    change = dict(u.change)
    values: dict[str, Any] = {
        "route": route,
        "opens": month(u.opens),
        "finish": month(u.finish),
        "gain": gain,
        "scheme": scheme_name(u.scheme, short=True),
    }
    kind = u.kind
    if kind == "fellesfag":
        values["subjects"] = join(list(result.summary.missing_names)) or join(list(result.summary.missing))
    elif kind == "employment":
        values["percent"] = change.get("employment", {}).get("percent", 100)
    elif kind == "work":
        values["months"] = change.get("work", {}).get("months", 0)
    elif kind == "age":
        values["age"] = change.get("age", "")
    elif kind == "county":
        values["county"] = u.name or change.get("county", "")
    sentence = text(_SENTENCE[kind], **values)
    return sentence[:1].upper() + sentence[1:]


def unlock_rule(u: Any) -> str:
    return text("unlock.rule", rule=condition_name(u.rule), sources=", ".join(u.sources))


def better_unlocks(result: Any) -> tuple[Any, ...]:
    found = getattr(result, "unlocks", None)
    return found.better if found is not None else ()


def unlock_lines(result: Any, width: int, verbose: bool = False) -> list[Line]:
    """The plan view's section: each change that would open a better route, in a sentence."""
    found = better_unlocks(result)
    if not found:
        return []
    lines: list[Line] = [[(line, "bold")] for line in wrap(text("unlock.heading"), width)]  # a section heading
    for u in found:
        lines += [[(line, "")] for line in wrap(unlock_sentence(u, result), width, "    ", "  ")]
        if verbose:
            lines += [[(line, "dim")] for line in wrap(unlock_rule(u), width, "    ", "    ")]
    lines.append([])
    return lines
