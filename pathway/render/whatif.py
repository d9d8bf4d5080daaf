"""`pathway whatif`: the plan before and after a change, side by side, and what changed."""

from __future__ import annotations

import json
import sys
from typing import IO, Any

from pathway.messages import month, qualification_name, scheme_name, text


def _shown(value: Any) -> str:
    if value is None:
        return text("whatif.absent")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _route(route: Any) -> str:
    chain = " → ".join(scheme_name(s, short=True) for s in route.schemes)
    return text(
        "whatif.route", chain=chain, qualification=qualification_name(route.qualification), finish=month(route.finish)
    )


def change_lines(w: Any) -> list[str]:
    from pathway.render.readings import reading_notes

    lines = [text("whatif.change", key=c.key, old=_shown(old), new=_shown(c.value)) for c, old in w.changes]
    return lines + reading_notes(w.before)


def outcome_lines(w: Any) -> list[str]:
    """What changed, in sentences: the best route, months saved, routes and schemes gained and lost."""
    out: list[str] = []
    a, b = w.best_before, w.best_after
    if a is None and b is not None:
        out.append(text("whatif.now_a_route", route=_route(b)))
    elif a is not None and b is None:
        out.append(text("whatif.no_route_after", route=_route(a)))
    elif a is not None and b is not None:
        if a.qualification != b.qualification:
            out.append(
                text(
                    "whatif.qualification",
                    before=qualification_name(a.qualification),
                    after=qualification_name(b.qualification),
                )
            )
        saved = w.months_saved
        if saved and saved > 0:
            out.append(text("whatif.months_saved", months=saved, before=month(a.finish), after=month(b.finish)))
        elif saved and saved < 0:
            out.append(text("whatif.months_later", months=-saved, before=month(a.finish), after=month(b.finish)))
        elif (a.schemes, a.qualification) == (b.schemes, b.qualification):
            out.append(text("whatif.same_best", finish=month(b.finish)))
        else:
            out.append(text("whatif.same_finish", finish=month(b.finish)))
    out += [text("whatif.gained", route=_route(r)) for r in w.gained]
    out += [text("whatif.lost", route=_route(r)) for r in w.lost]
    for m in w.moved:
        chain = " → ".join(scheme_name(s, short=True) for s in m.schemes)
        out.append(text("whatif.moved", chain=chain, before=month(m.finish_before), after=month(m.finish_after)))
    if w.schemes_opened:
        out.append(text("whatif.opened", schemes=", ".join(scheme_name(s, short=True) for s in w.schemes_opened)))
    if w.schemes_closed:
        out.append(text("whatif.closed", schemes=", ".join(scheme_name(s, short=True) for s in w.schemes_closed)))
    if not out:
        out.append(text("whatif.nothing"))
    return out


def _columns(w: Any) -> list[tuple[str, str]]:
    before = [f"{r.rank}. {_route(r)}" for r in w.before.routes] or [text("whatif.none")]
    after = [f"{r.rank}. {_route(r)}" for r in w.after.routes] or [text("whatif.none")]
    n = max(len(before), len(after))
    before += [""] * (n - len(before))
    after += [""] * (n - len(after))
    return list(zip(before, after, strict=True))


def whatif_json(w: Any, out: IO[str] | None = None) -> None:
    (out or sys.stdout).write(json.dumps(w.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n")


def whatif_markdown(w: Any, out: IO[str] | None = None) -> None:
    o = out or sys.stdout
    o.write(f"# {text('whatif.title', candidate=w.candidate)}\n\n")
    for line in change_lines(w):
        o.write(f"- {line}\n")
    head_a = text("whatif.before", day=w.before.as_of)
    head_b = text("whatif.after", day=w.after.as_of)
    o.write(f"\n| {head_a} | {head_b} |\n|---|---|\n")
    for a, b in _columns(w):
        cells = [cell.replace("|", "\\|") for cell in (a, b)]
        o.write(f"| {cells[0]} | {cells[1]} |\n")
    o.write(f"\n## {text('whatif.what_changed')}\n\n")
    for line in outcome_lines(w):
        o.write(f"- {line}\n")


def whatif_table(w: Any, out: IO[str] | None = None) -> None:
    o = out or sys.stdout
    o.write(text("whatif.title", candidate=w.candidate) + "\n")
    for line in change_lines(w):
        o.write(f"  {line}\n")
    rows = _columns(w)
    head_a = text("whatif.before", day=w.before.as_of)
    head_b = text("whatif.after", day=w.after.as_of)
    width = max([len(head_a), *(len(a) for a, _ in rows)])
    o.write(f"\n  {head_a.ljust(width)}   {head_b}\n")
    for a, b in rows:
        o.write(f"  {a.ljust(width)}   {b}".rstrip() + "\n")
    o.write(f"\n{text('whatif.what_changed')}\n")
    for line in outcome_lines(w):
        o.write(f"  {line}\n")
