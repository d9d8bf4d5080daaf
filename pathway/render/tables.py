"""Many candidates: rows as NDJSON, CSV, JSON or a table, and the cohort's barriers."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from typing import IO, Any

from pathway.cohort.row import printable
from pathway.errors import Problem
from pathway.messages import (
    common,
    condition_name,
    month,
    number,
    plural,
    qualification_name,
    scheme_name,
    text,
)
from pathway.render.base import _cell, _wide_console, write_json

ROW_FIELDS = ("id", "source", "status", "schemes", "qualification", "months", "finish", "routes", "error", "credited")


def row_cells(row: Any) -> list[str]:
    d = row.to_dict()
    d["credited"] = "; ".join(d.get("credited") or [])  # sentences: joined as text, not as ids
    return ["" if d[k] is None else "+".join(d[k]) if isinstance(d[k], list) else str(d[k]) for k in ROW_FIELDS]


def unlock_cell(row: Any) -> str:
    """`check --unlocks` in CSV: each change that opens a better route, as `kind key=value → schemes (opens)`."""
    parts = []
    for u in row.unlocks or ():
        change = " ".join(
            f"{k}={json.dumps(v, ensure_ascii=False, separators=(',', ':'))}" for k, v in u["change"].items()
        )
        parts.append(f"{u['kind']} {change} → {'+'.join(u['schemes'])} ({u['opens']})")
    return "; ".join(parts)


def csv_cell(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (OWASP CSV injection): a cell
    starting with = + - @ tab or carriage return gets a leading apostrophe; a line break inside a
    cell becomes a visible space, so no row is ever split."""
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        value = "'" + value
    return value.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")


class RowWriter:
    """Streams rows as NDJSON or CSV (every row is complete when written), or collects them for JSON
    and the table."""

    def __init__(self, out: IO[str], fmt: str, excel: bool = False, unlocks: bool = False) -> None:
        import csv

        self.out, self.fmt, self.unlocks = out, fmt, unlocks
        self.rows: list[Any] = []
        self.csv = csv.writer(out, delimiter=";" if excel else ",", lineterminator="\n") if fmt == "csv" else None
        if self.csv is not None:
            if excel:
                out.write("\ufeff")
            self.csv.writerow((*ROW_FIELDS, "unlocks") if unlocks else ROW_FIELDS)

    def write(self, row: Any) -> None:
        if self.fmt == "ndjson":
            self.out.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
            self.out.flush()
        elif self.csv is not None:
            cells = row_cells(row) + ([unlock_cell(row)] if self.unlocks else [])
            self.csv.writerow([csv_cell(c) for c in cells])
            self.out.flush()
        else:
            self.rows.append(row)

    def close(self) -> None:
        if self.fmt == "json":
            write_json(
                {
                    "pathway_result_version": "1",
                    "rows": [r.to_dict() for r in self.rows],
                    "summary": summary(self.rows),
                },
                self.out,
            )
        elif self.fmt == "table":
            rows_table(self.rows, self.out)


def summary(rows: list[Any]) -> dict[str, Any]:
    status = Counter(r.status for r in rows)
    best = Counter("+".join(r.schemes) for r in rows if r.status == "ok")
    return {"rows": len(rows), "status": dict(sorted(status.items())), "best_route": dict(sorted(best.items()))}


def _schemes_shown(ids: str) -> str:
    return " → ".join(scheme_name(s, short=True) for s in ids.split("+") if s)


def people_cells(row: Any) -> list[str]:
    """A row for people: names instead of ids, months as words (CSV and JSON keep the ids)."""
    d = row.to_dict()
    cells = row_cells(row)
    names = {
        "source": printable,  # a file name may hold escape sequences and line breaks: shown like ids
        "status": lambda v: text("name.status." + v) if v else v,
        "schemes": lambda v: " → ".join(scheme_name(s, short=True) for s in d["schemes"] or []),
        "qualification": lambda v: qualification_name(v) if v else v,
        "finish": lambda v: month(v),
    }
    return [names[k](c) if k in names and c else c for k, c in zip(ROW_FIELDS, cells, strict=True)]


def _terminal_cells(row: Any) -> list[str]:
    """people_cells for a terminal: the source column names the file, so the error keeps its line and column."""
    shown = people_cells(row)
    path = row.source.rsplit(":", 1)[0]
    error = ROW_FIELDS.index("error")
    if path and shown[error]:
        # the error names the file as every error line does (escaped): str(Problem) gives that form
        in_errors = str(Problem(path, 0, 0, "", "")).removesuffix(":0:0: ")
        shown[error] = shown[error].replace(in_errors + ":", "")
    return shown


def rows_table(rows: list[Any], out: IO[str] | None = None) -> None:
    stream = out or sys.stdout
    s = summary(rows)
    status = ", ".join(plural("n.status." + k, v) for k, v in s["status"].items())
    best = ", ".join(
        f"{_schemes_shown(k)} ({v})" for k, v in sorted(s["best_route"].items(), key=lambda kv: (-kv[1], kv[0]))
    )
    closing = text(
        "view.summary", candidates=plural("n.candidates", s["rows"]), status=status, best=best or text("view.none")
    )
    if not (stream.isatty() or os.environ.get("FORCE_COLOR")):
        # piped: the same columns as plain text, fast for any number of rows (rich is not loaded)
        cells = [text("check.columns").split("|")] + [people_cells(row) for row in rows]
        widths = [max(len(line[i]) for line in cells) for i in range(len(cells[0]))]
        for line in cells:
            stream.write("".join(f" {cell.ljust(width)} " for cell, width in zip(line, widths, strict=True)) + "\n")
        stream.write(closing + "\n")
        return
    con = _wide_console(out)
    # Left out first in a narrow terminal: what was credited, the count of routes, the finish, the months,
    # the qualification, the schemes (id, source, status and error always stay).
    columns = text("check.columns").split("|")
    _fitted_table(con, columns, [_terminal_cells(row) for row in rows], drop=(9, 7, 6, 5, 4, 3))
    con.print(_cell(closing))


def _fitted_table(
    con: Any, headers: list[str], rows: list[list[str]], drop: tuple[int, ...] = (), fmt: str = "csv"
) -> None:
    """A borderless table at the console's width that never breaks a word (see render.fit)."""
    from rich.table import Table

    from pathway.render.fit import fit, say_left_out

    shown, need, cells, heads = fit(headers, rows, con.width, per_column=2, drop=drop)
    say_left_out(headers, shown, con.width, fmt)
    table = Table(box=None, header_style="bold")
    for i in shown:
        table.add_column(heads[i], width=need[i], overflow="fold")
    for row in cells:
        table.add_row(*[_cell(row[i]) for i in shown])
    con.print(table)


def barriers_json(report: Any, out: IO[str] | None = None) -> None:
    write_json(report.to_dict(), out)


def _intro(report: Any) -> str:
    return text(
        "barriers.intro",
        candidates=plural("n.candidates", report.candidates),
        invalid=plural("n.status.invalid", report.invalid),
        no_route=plural("n.status.no_route", report.no_route),
    )


def _barrier_rows(report: Any) -> list[list[str]]:
    rows = []
    for b in report.sorted_barriers():
        d = b.to_dict()
        avg = "" if d["months_saved_average"] is None else number(d["months_saved_average"])
        rows.append(
            [
                report.names.get(b.county, b.county),
                scheme_name(b.scheme, short=True),
                condition_name(b.code),
                str(b.affected),
                str(b.excluded),
                str(b.improved),
                str(b.upgraded),
                str(b.months_saved),
                avg,
            ]
        )
    return rows


def _barrier_columns() -> list[str]:
    return text("barriers.columns").split("|")


def _group(by: str) -> str:
    return text("name.group." + by.replace("-", "_"))


def _exclusion_rows(report: Any) -> list[list[str]]:
    """The exclusions grouped as `--by` asks (county, trade or age band)."""
    rows = []
    for scheme, codes in sorted(report.exclusions.items()):
        for code, groups in sorted(codes.items()):
            for group, n in sorted(groups.items()):
                shown = report.names.get(group, group)
                shown = common(shown) if report.by == "trade" else shown
                rows.append([scheme_name(scheme, short=True), condition_name(code), shown, str(n)])
    return rows


def barriers_markdown(report: Any, out: IO[str] | None = None) -> None:
    o = out or sys.stdout
    o.write(f"# {text('barriers.title')}\n\n")
    o.write(_intro(report) + "\n\n")
    o.write("| " + " | ".join(_barrier_columns()) + " |\n|" + "---|" * len(_barrier_columns()) + "\n")
    for row in _barrier_rows(report):
        o.write("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |\n")
    o.write(f"\n## {text('barriers.exclusions', by=_group(report.by))}\n\n")
    o.write(
        "| "
        + " | ".join(text("barriers.exclusion_columns", by=_group(report.by)).split("|"))
        + " |\n|---|---|---|---|\n"
    )
    for row in _exclusion_rows(report):
        o.write("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |\n")
    sources = sorted({b.source for b in report.barriers.values() if b.source})
    if sources:
        o.write(f"\n{text('barriers.sources')}\n\n")
        for src in sources:
            o.write(f"- {src}\n")
    o.write("\n" + text("view.county_decides") + "\n")


def barriers_table(report: Any, out: IO[str] | None = None) -> None:

    con = _wide_console(out)
    con.print(_cell(_intro(report)))
    # county, scheme, reason stay; the average saved, months saved, upgraded, improved go first.
    _fitted_table(con, _barrier_columns(), _barrier_rows(report), drop=(8, 7, 6, 5, 4, 3), fmt="markdown")
    con.print()
    con.print(_cell(text("barriers.exclusions", by=_group(report.by))), style="bold")
    grouped = text("barriers.exclusion_columns", by=_group(report.by)).split("|")
    _fitted_table(con, grouped, _exclusion_rows(report), fmt="markdown")
