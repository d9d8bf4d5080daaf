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
"""

from pathway.render.base import (
    DEFAULT_WIDTH,
    GAP,
    SETTINGS,
    _capital,
    output_width,
    wrap,
    write_json,
)
from pathway.render.comparison import comparison_markdown, comparison_rows, comparison_table, credited_lines
from pathway.render.plan import candidate_line, plan_hint, plan_lines, plan_table, route_chain, route_title
from pathway.render.progress import progress
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
from pathway.render.timeline import TIMELINE_CHARS, Scale, _route_months, timeline

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
