"""`pathway rules stale`: the rule values to read again, as a plain table, markdown or JSON."""

from __future__ import annotations

import json
import sys
from typing import IO, Any

from pathway.messages import text

_KIND_KEY = {
    "counties": "stale.kind.county",
    "schemes": "stale.kind.scheme",
    "trades": "stale.kind.trade",
    "programmes": "stale.kind.programme",
    "book": "stale.kind.book",
}


def _value(value: Any) -> str:
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    shown = " ".join(shown.split())
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _intro(report: Any) -> str:
    return text(
        "stale.intro",
        count=len(report.values),
        days=report.older_than_days,
        cutoff=report.cutoff,
        as_of=report.as_of,
        groups=len(report.groups()),
    )


def stale_json(report: Any, out: IO[str] | None = None) -> None:
    (out or sys.stdout).write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n")


def stale_markdown(report: Any, out: IO[str] | None = None) -> None:
    o = out or sys.stdout
    o.write(f"# {text('stale.title')}\n\n{_intro(report)}\n")
    for kind, entity, values in report.groups():
        o.write(f"\n## {text(_KIND_KEY[kind])} {entity}\n\n")
        o.write("| " + " | ".join(text("stale.columns").split("|")) + " |\n|---|---|---|---|---|\n")
        for v in values:
            cells = [f"`{v.key}`", _value(v.value), v.checked, str(v.age_days), v.source or ""]
            o.write("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |\n")


def stale_table(report: Any, out: IO[str] | None = None) -> None:
    o = out or sys.stdout
    o.write(_intro(report) + "\n")
    for kind, entity, values in report.groups():
        o.write(f"\n{text(_KIND_KEY[kind])} {entity}\n")
        width = max(len(v.key) for v in values)
        for v in values:
            o.write(f"  {v.key.ljust(width)}  {v.checked}  {_value(v.value)}  {v.source or ''}".rstrip() + "\n")
