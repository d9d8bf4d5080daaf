"""The printable report: one self-contained HTML page (inline CSS and SVG, no scripts, nothing fetched
from the network) that prints on A4."""

from __future__ import annotations

from html import escape
from typing import Any

from pathway.messages import current_language, follow_up_name, join, qualification_name, scheme_name, text
from pathway.render import _route_months, candidate_line, comparison_rows

COLOURS = {"school": "#3b6fb6", "company": "#2e8b57", "other": "#c98a1b", "waiting": "#c9c9c9"}
CSS = """
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 12.5pt; margin: 14pt 0 6pt; break-after: avoid; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
p.meta, p.note, .sources { color: #555; font-size: 8.5pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; table-layout: fixed; }
th, td { border: 1px solid #bbb; padding: 3pt 4pt; vertical-align: top; text-align: left; word-wrap: break-word; }
th { background: #eef1f5; }
section.route { break-inside: avoid; margin-bottom: 8pt; }
table.steps col.n { width: 10%; } table.steps col.s { width: 8.5%; } table.steps col.t { width: 54.5%; }
table.compare th:first-child { width: 18%; }
@media screen { body { max-width: 190mm; margin: 10mm auto; padding: 0 6mm; } }
svg { display: block; width: 100%; height: auto; }
ul { margin: 2pt 0 6pt 14pt; padding: 0; } li { margin: 1pt 0; }
.legend span { display: inline-block; width: 9pt; height: 9pt; margin: 0 3pt 0 10pt; vertical-align: middle; }
"""


def _svg_timeline(routes: list[Any], width: int = 700, row: int = 22) -> str:
    months = [_route_months(r) for r in routes]
    first = min(min(m) for m in months if m)
    last = max(max(m) for m in months if m)
    span = last - first + 1
    left, top = 60, 18
    scale = (width - left - 10) / span
    height = top + row * len(routes) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(text("timeline.legend"))}">'
    ]
    for m in range(first, last + 1):
        if m % 12 == 0:
            x = left + (m - first) * scale
            parts.append(
                f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 6}" stroke="#999" '
                'stroke-dasharray="2,2"/>'
            )
            parts.append(f'<text x="{x + 2:.1f}" y="{top - 6}" font-size="10" fill="#444">{m // 12}</text>')
    for i, (route, kinds) in enumerate(zip(routes, months, strict=True)):
        y = top + i * row
        label = escape(text("compare.route", rank=route.rank))
        parts.append(f'<text x="4" y="{y + 14}" font-size="11" font-weight="bold">{label}</text>')
        for m, kind in sorted(kinds.items()):
            x = left + (m - first) * scale
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{scale + 0.3:.1f}" height="{row - 8}" '
                f'fill="{COLOURS[kind]}"><title>{m // 12}-{m % 12 + 1:02d}</title></rect>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _legend() -> str:
    names = text("timeline.legend").split("  ")
    kinds = ["school", "company", "other", "waiting"]
    spans = "".join(
        f'<span style="background:{COLOURS[k]}"></span>{escape(n[2:])}' for k, n in zip(kinds, names, strict=False)
    )
    return f'<p class="legend">{spans}</p>'


def report_html(result: Any, comparison: Any) -> str:
    e = escape
    out: list[str] = [
        f'<!DOCTYPE html>\n<html lang="{"nb" if current_language() == "nb" else "en"}"><head><meta charset="utf-8">',
        f"<title>{e(text('report.title', candidate=result.candidate))}</title><style>{CSS}</style></head><body>",
        f"<h1>{e(text('report.title', candidate=result.candidate))}</h1>",
        f'<p class="meta">{e(text("report.rules", as_of=result.as_of, version=result.rules_version))}</p>',
        f"<h2>{e(text('report.candidate'))}</h2><p>{e(candidate_line(result))}</p>",
    ]
    for w in result.warnings:
        out.append(f'<p class="note">{e(w)}</p>')
    out.append(f"<h2>{e(text('report.routes'))}</h2>")
    if result.routes:
        out.append(_svg_timeline(list(result.routes)) + _legend())
    else:
        out.append(f"<p>{e(text('view.no_route'))}</p>")
    for route in result.routes:
        schemes = " → ".join(scheme_name(s, short=True) for s in route.schemes)
        head = text("view.route", qualification=qualification_name(route.qualification), months=route.months)
        tail = text("view.route_tail", finish=route.finish, age=route.age_at_finish, schemes=schemes)
        out.append(f'<section class="route"><h3>{route.rank}. {e(head + tail)}</h3><table class="steps">')
        out.append(
            '<colgroup><col class="n"><col class="n"><col class="s"><col class="s"><col class="s">'
            '<col class="t"></colgroup><tr>'
        )
        cols = text("view.columns").split("|")
        out.append("".join(f"<th>{e(c)}</th>" for c in cols[:5]) + f"<th>{e(cols[5])}</th></tr>")
        for s in route.steps:
            who = join([follow_up_name(f) for f in s.follow_up])
            out.append(
                f"<tr><td>{e(s.start)}</td><td>{e(s.end)}</td><td>{s.months}</td><td>{s.age_at_end}</td>"
                f"<td>{s.school_days_per_week:g}</td><td>{e(('+ ' if s.parallel else '') + s.title)}"
                f'<br><span class="sources">{e(who)}</span></td></tr>'
            )
        out.append("</table>")
        if route.warnings:
            out.append("<ul>" + "".join(f"<li>{e(w)}</li>" for w in route.warnings) + "</ul>")
        out.append("</section>")
    if comparison.columns:
        out.append(f'<h2>{e(text("report.comparison"))}</h2><table class="compare"><tr><th></th>')
        out.append("".join(f"<th>{e(text('compare.route', rank=c.route.rank))}</th>" for c in comparison.columns))
        out.append("</tr>")
        for label, cells in comparison_rows(comparison):
            row = "".join(f"<td>{'<br>'.join(e(x) for x in cell.splitlines())}</td>" for cell in cells)
            out.append(f"<tr><th>{e(label)}</th>{row}</tr>")
        out.append("</table>")
    if result.excluded:
        out.append(f"<h2>{e(text('report.excluded'))}</h2><ul>")
        for ex in result.excluded:
            for reason in ex.reasons:
                src = "".join(f'<br><span class="sources">{e(s)}</span>' for s in reason.sources[:2])
                out.append(f"<li><b>{e(scheme_name(ex.scheme))}</b>: {e(reason.message)}{src}</li>")
        out.append("</ul>")
    sources = sorted({s for r in result.routes for st in r.steps for s in st.sources})
    if sources:
        out.append(f'<h2>{e(text("report.sources"))}</h2><ul class="sources">')
        out.append("".join(f"<li>{e(s)}</li>" for s in sources) + "</ul>")
    out.append(f'<p class="note"><b>{e(text("view.county_decides"))}</b></p></body></html>\n')
    return "\n".join(out)
