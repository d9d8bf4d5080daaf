"""The only package that formats results: rich text for people, JSON through the stdlib for machines.

Rich is imported only when a person's view is drawn, so that `--format json` never pays for it.
Names from the rule book and the candidate go into `Text` objects, never into markup, so square
brackets in data survive. One room per view:

- `base`: the output width, word wrapping, JSON, the consoles;
- `timeline`: routes as bars over the months;
- `plan`: the plan view of one candidate;
- `comparison`: routes side by side (table and markdown);
- `tables`: many candidates (rows as NDJSON, CSV, JSON or a table) and the cohort's barriers;
- `progress`: the progress bar on stderr;
- `html`: the printable report.

This face only re-exports, so `from pathway import render; render.plan_table(...)` keeps working.
Each name is imported from its room when it is first asked for: `plan --format json` loads `base`
alone, never the views it does not draw.
"""

from typing import TYPE_CHECKING, Any

# `progress` and `timeline` are names of rooms too: imported here, before anything else loads those
# rooms, so that the name is the function and never the module. Both rooms are light.
from pathway.render.progress import progress
from pathway.render.timeline import TIMELINE_CHARS, Scale, _route_months, timeline

if TYPE_CHECKING:
    from pathway.render.base import (
        DEFAULT_WIDTH,
        GAP,
        SETTINGS,
        _capital,
        output_width,
        wrap,
        write_json,
    )
    from pathway.render.comparison import (
        comparison_markdown,
        comparison_rows,
        comparison_table,
        credited_lines,
    )
    from pathway.render.plan import (
        candidate_line,
        plan_hint,
        plan_lines,
        plan_table,
        route_chain,
        route_title,
    )
    from pathway.render.tables import (
        ROW_FIELDS,
        RowWriter,
        barriers_json,
        barriers_markdown,
        barriers_table,
        csv_cell,
        people_cells,
        row_cells,
        rows_table,
        summary,
    )

_ROOMS = {  # name -> the room it is imported from on first use (the TYPE_CHECKING imports above)
    name: room
    for room, names in {
        "base": ("DEFAULT_WIDTH", "GAP", "SETTINGS", "_capital", "output_width", "wrap", "write_json"),
        "comparison": ("comparison_markdown", "comparison_rows", "comparison_table", "credited_lines"),
        "plan": ("candidate_line", "plan_hint", "plan_lines", "plan_table", "route_chain", "route_title"),
        "tables": (
            "ROW_FIELDS",
            "RowWriter",
            "barriers_json",
            "barriers_markdown",
            "barriers_table",
            "csv_cell",
            "people_cells",
            "row_cells",
            "rows_table",
            "summary",
        ),
    }.items()
    for name in names
}


def __getattr__(name: str) -> Any:
    """A name of the face, imported from its room on first use (and kept here)."""
    room = _ROOMS.get(name)
    if room is None:
        raise AttributeError(f"module 'pathway.render' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"pathway.render.{room}"), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_WIDTH",
    "GAP",
    "ROW_FIELDS",
    "SETTINGS",
    "TIMELINE_CHARS",
    "RowWriter",
    "Scale",
    "_capital",
    "_route_months",
    "barriers_json",
    "barriers_markdown",
    "barriers_table",
    "candidate_line",
    "comparison_markdown",
    "comparison_rows",
    "comparison_table",
    "credited_lines",
    "csv_cell",
    "output_width",
    "people_cells",
    "plan_lines",
    "plan_table",
    "plan_hint",
    "progress",
    "route_chain",
    "route_title",
    "row_cells",
    "rows_table",
    "summary",
    "timeline",
    "wrap",
    "write_json",
]
