"""The printable report: one self-contained HTML page (inline CSS and SVG, no scripts, nothing fetched
from the network) that prints on A4.

Page 1 is for the young person: the best routes in plain words, what has to happen first, and the
timeline (with a text alternative). The details follow from page 2: the candidate, each route's
steps, the routes side by side, the schemes that are out, and the sources. Every page has a footer
with the candidate's id, the date and the page number.
"""

from __future__ import annotations

from html import escape
from typing import Any

from pathway.messages import (
    current_language,
    join,
    month,
    number,
    plural,
    qualification_name,
    scheme_name,
    text,
)
from pathway.render.base import _capital
from pathway.render.comparison import comparison_rows
from pathway.render.plan import candidate_line, route_chain
from pathway.render.timeline import _route_months

COLOURS = {"school": "#3b6fb6", "company": "#2e8b57", "other": "#c98a1b", "waiting": "#c9c9c9", "fellesfag": "#9a7fc4"}
PAPER_ROUTES = 3  # routes on paper (page 1 and the details), with the numbers they have on screen
# schemes, qualification, months, finish, age: already in each route's heading; who the route is for and
# why it stands where it does are the terminal's rows (the paper keeps to two pages)
REPEATED_ROWS = 7
GLYPHS = {"█": "school", "▆": "company", "▁": "other", "▒": "fellesfag", "·": "waiting"}
CSS = """
@page { size: A4; margin: 11mm 13mm 13mm;
  @bottom-left { content: FOOTER; font: 8pt "DejaVu Sans", Arial, sans-serif; color: #555; }
  @bottom-right { content: PAGE; font: 8pt "DejaVu Sans", Arial, sans-serif; color: #555; } }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 12.5pt; margin: 10pt 0 4pt; break-after: avoid; }
h3 { font-size: 10pt; margin: 6pt 0 2pt; break-after: avoid; }
p.meta, p.note, .sources, .who { color: #555; font-size: 8pt; }
p.lead { font-size: 12pt; line-height: 1.25; margin: 4pt 0; }
section.summary li { font-size: 11pt; margin: 2pt 0; }
section.details { font-size: 8pt; } section.details h3 { font-size: 9.5pt; }
ul.sources { font-size: 5.5pt; line-height: 1.15; margin-left: 10pt; columns: 2; column-gap: 12pt; }
ul.sources li { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 3pt 0 6pt; table-layout: fixed; }
th, td { border: 1px solid #bbb; padding: 2pt 3pt; vertical-align: top; text-align: left; }
td { overflow-wrap: break-word; }
th { background: #eef1f5; hyphens: none; word-break: normal; overflow-wrap: normal; }
tr { break-inside: avoid; }
thead { display: table-header-group; } h3 + table { break-before: avoid; }
table.steps col.m { width: 10.5%; } table.steps col.n { width: 8.5%; } table.steps col.a { width: 9%; }
table.steps col.d { width: 12%; } table.steps col.t { width: 49.5%; }
table.compare th:first-child { width: 19%; }
@media screen { body { max-width: 184mm; margin: 10mm auto; padding: 0 6mm; } }
svg { display: block; width: 100%; height: auto; }
ul { margin: 2pt 0 5pt 14pt; padding: 0; } li { margin: 1pt 0; }
ul.sources li { overflow-wrap: anywhere; }
.legend span { display: inline-block; width: 9pt; height: 9pt; margin: 0 3pt 0 10pt; vertical-align: middle; }
"""


def _css_string(value: str) -> str:
    """A CSS string literal: anything but plain letters, digits and spaces as a CSS escape."""
    return '"' + "".join(c if c.isalnum() or c in " .,:·-" else f"\\{ord(c):x} " for c in value) + '"'


def _page_content() -> str:
    """`"side " counter(page) " av " counter(pages)` from the catalogue's sentence."""
    said = text("report.page", page="\0", pages="\1")
    before, rest = said.split("\0")
    middle, after = rest.split("\1")
    parts = [_css_string(before), "counter(page)", _css_string(middle), "counter(pages)", _css_string(after)]
    return " ".join(p for p in parts if p != '""')


def _css(result: Any) -> str:
    footer = text("report.footer", candidate=result.candidate, as_of=result.as_of)
    return CSS.replace("FOOTER", _css_string(footer)).replace("PAGE", _page_content())


def _runs(kinds: dict[int, str]) -> list[tuple[str, int, int]]:
    """Months grouped into runs of one kind: (kind, first month, last month)."""
    runs: list[tuple[str, int, int]] = []
    for m, kind in sorted(kinds.items()):
        if runs and runs[-1][0] == kind and runs[-1][2] == m - 1:
            runs[-1] = (kind, runs[-1][1], m)
        else:
            runs.append((kind, m, m))
    return runs


def _label(m: int) -> str:
    return month(f"{m // 12}-{m % 12 + 1:02d}")


def chart_text(routes: list[Any]) -> str:
    """The timeline in words, for people who cannot see the chart."""
    described = []
    for route in routes:
        kinds = _route_months(route)
        parts = [
            text("report.chart_part", kind=text("name.kind." + kind), start=_label(a), end=_label(b))
            for kind, a, b in _runs(kinds)
        ]
        described.append(
            text(
                "report.chart_route",
                rank=route.rank,
                start=_label(min(kinds)),
                end=_label(max(kinds)),
                parts=join(parts),
            )
        )
    return text("report.chart_alt", routes="; ".join(described))


def _svg_timeline(routes: list[Any], width: int = 700, row: int = 20) -> str:
    months = [_route_months(r) for r in routes]
    first = min(min(m) for m in months if m)
    last = max(max(m) for m in months if m)
    span = last - first + 1
    left, top = 60, 18
    scale = (width - left - 10) / span
    height = top + row * len(routes) + 8
    alt = escape(chart_text(routes))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="chart-title chart-desc"><title id="chart-title">{escape(text("report.routes"))}</title>'
        f'<desc id="chart-desc">{alt}</desc>'
    ]
    for m in range(first, last + 1):
        if m % 12 == 0:
            x = left + (m - first) * scale
            parts.append(
                f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 6}" stroke="#999" '
                'stroke-dasharray="2,2"/>'
            )
            # A year label near the right edge ends at its line instead of running off the chart ("203").
            at = f'x="{x + 2:.1f}"' if x + 28 <= width else f'x="{x - 2:.1f}" text-anchor="end"'
            parts.append(f'<text {at} y="{top - 6}" font-size="10" fill="#444">{m // 12}</text>')
    for i, (route, kinds) in enumerate(zip(routes, months, strict=True)):
        y = top + i * row
        label = escape(text("compare.route", rank=route.rank))
        parts.append(f'<text x="4" y="{y + 14}" font-size="11" font-weight="bold">{label}</text>')
        for kind, a, b in _runs(kinds):
            x = left + (a - first) * scale
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{(b - a + 1) * scale:.1f}" height="{row - 8}" '
                f'fill="{COLOURS[kind]}"/>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _legend() -> str:
    spans = []
    for entry in text("timeline.legend").split("  "):
        glyph, _, name = entry.partition(" ")
        if GLYPHS.get(glyph) in COLOURS and glyph != "▒":
            spans.append(f'<span style="background:{COLOURS[GLYPHS[glyph]]}"></span>{escape(name)}')
    return f'<p class="legend">{"".join(spans)}</p>'


def _source(src: str, documents: dict[str, dict[str, str]]) -> str:
    """A source a reader can open, or a document named in words (never `doc:<id>`)."""
    if src.startswith("doc:"):
        doc = documents.get(src[4:], {})
        return text("report.document", title=doc.get("title", src[4:]))
    return src


def route_sentence(route: Any) -> str:
    return text(
        "report.summary_route",
        qualification=_capital(qualification_name(route.qualification)),
        months=plural("n.months", route.months),
        finish=route.finish,
        age=route.age_at_finish,
        chain=route_chain(route),
    )


def unlocks_html(result: Any, most: int = 2) -> list[str]:
    """What would open a better route, in plain words (the first few: page 1 stays one page)."""
    from pathway.render.unlocks import better_unlocks, unlock_sentence

    found = better_unlocks(result)[:most]
    if not found:
        return []
    items = "".join(f"<li>{escape(unlock_sentence(u, result))}</li>" for u in found)
    return [f"<h2>{escape(text('unlock.heading'))}</h2><ul>{items}</ul>"]


ALONGSIDE = ("skole", "fellesfag")  # parts of a route, not what it is made for: the scheme they lead to says it


def who_for(route: Any, told: set[str] | None = None) -> str:
    """Who a route is for, in plain words: its standing as the screen gives it (the usual route,
    another way, only with the county's approval, only for someone who finds no læreplass), then who
    each of its schemes is made for, from the same sentences (`target.*`) as the plan view's standing
    line, so that paper and screen agree; a scheme already explained higher up the page (in `told`)
    is not explained again. Vg3 i skole is not read as the best deal."""
    told = set() if told is None else told
    said = [text(f"report.for.{route.standing}")]
    for scheme in route.schemes:
        if scheme in ALONGSIDE or scheme in told or (route.standing == "fallback" and scheme == "vg3_skole"):
            continue
        told.add(scheme)
        name = _capital(text(f"short.scheme.{scheme}"))
        said.append(text("report.who", name=name, group=text(f"target.{scheme}")))
    return " ".join(said)


def summary_page(result: Any) -> list[str]:
    """Page 1, for the young person: the best routes in plain words with who each is for, what comes
    first, the timeline. The routes keep the numbers and the standing they have on screen."""
    e = escape
    out = [f'<section class="summary"><h2>{e(text("report.summary"))}</h2>']
    if not result.routes:
        return [*out, f'<p class="lead">{e(text("view.no_route"))}</p></section>']
    best, *others = result.routes[:PAPER_ROUTES]  # the routes on paper, with their numbers on screen

    told: set[str] = set()

    def said_with_who(said: str, route: Any) -> str:
        who = who_for(route, told)
        return e(said) + (f' <span class="who">{e(who)}</span>' if who else "")

    lead = text("report.summary_best", route=route_sentence(best))
    out.append(f'<p class="lead">{said_with_who(lead, best)}</p>')
    if others:
        out.append("<ul>")
        for route in others:
            said = text("report.summary_other", rank=route.rank, route=route_sentence(route))
            out.append(f"<li>{said_with_who(said, route)}</li>")
        out.append("</ul>")
    out.append(f"<h2>{e(text('report.first'))}</h2><ul>")
    first = best.steps[0].start
    for step in best.steps:
        if step.start == first:
            out.append(f"<li>{e(text('report.first_step', start=step.start, step=step.title.rstrip('.')))}</li>")
    for w in [*result.warnings, *best.warnings]:
        out.append(f"<li>{e(w)}</li>")
    out.append("</ul>")
    out.append(f"<h2>{e(text('report.routes'))}</h2>")
    out.append(_svg_timeline(list(result.routes[:PAPER_ROUTES])) + _legend())
    out += unlocks_html(result)
    out.append(f'<p class="note"><b>{e(text("view.county_decides"))}</b></p></section>')
    return out


def _heading(column: str) -> str:
    """A column heading of the terminal (`skole-⏎dager⏎per uke`) as one line (`skoledager per uke`)."""
    return column.replace("-\n", "").replace("\n", " ")


def route_section(route: Any) -> list[str]:
    e = escape
    title = f"{route.rank}. {route_sentence(route)}"
    out = [f'<section class="route"><h3>{e(title)}</h3><table class="steps">']
    out.append(
        '<colgroup><col class="m"><col class="m"><col class="n"><col class="a"><col class="d">'
        '<col class="t"></colgroup><thead><tr>'
    )
    out.append("".join(f"<th>{e(_heading(c))}</th>" for c in text("view.columns").split("|")))
    out.append("</tr></thead><tbody>")
    for s in route.steps:
        out.append(
            f"<tr><td>{e(month(s.start, short=True))}</td><td>{e(month(s.end, short=True))}</td>"
            f"<td>{s.months}</td><td>{s.age_at_end}</td><td>{e(number(s.school_days_per_week))}</td>"
            f"<td>{e(('+ ' if s.parallel else '') + s.title)}</td></tr>"
        )
    out.append("</tbody></table>")
    if route.warnings:
        out.append("<ul>" + "".join(f"<li>{e(w)}</li>" for w in route.warnings) + "</ul>")
    out.append("</section>")
    return out


def report_html(result: Any, comparison: Any, documents: dict[str, dict[str, str]] | None = None) -> str:
    e = escape
    docs = documents or {}
    lang = current_language()
    out: list[str] = [
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{e(text('report.title', candidate=result.candidate))}</title><style>{_css(result)}</style></head>",
        f"<body><h1>{e(text('report.title', candidate=result.candidate))}</h1>",
        f'<p class="meta">{e(text("report.rules", as_of=result.as_of, version=result.rules_version))}</p>',
        *summary_page(result),
        f'<section class="details"><h2>{e(text("report.details"))}</h2>',
        f"<h3>{e(text('report.candidate'))}</h3><p>{e(candidate_line(result))}</p>",
    ]
    if result.credited:  # what the person's history credits, and why
        out.append(f"<h3>{e(text('view.credited'))}</h3><ul>")
        out += [f"<li>{e(c.message)}</li>" for c in result.credited]
        out.append("</ul>")
    for route in result.routes[:PAPER_ROUTES]:
        out += route_section(route)
    if comparison.columns:
        out.append(f'<h3>{e(text("report.comparison"))}</h3><table class="compare"><thead><tr><th></th>')
        out.append("".join(f"<th>{e(text('compare.route', rank=c.route.rank))}</th>" for c in comparison.columns))
        out.append("</tr></thead><tbody>")
        skip = {text("compare.row.follow_up"), text("compare.row.warnings")}  # in the transitions, in each route
        for label, cells in comparison_rows(comparison)[REPEATED_ROWS:]:
            if label in skip:
                continue
            row = "".join(f"<td>{'<br>'.join(e(x) for x in cell.splitlines())}</td>" for cell in cells)
            out.append(f"<tr><th>{e(label)}</th>{row}</tr>")
        out.append("</tbody></table>")
    if result.excluded:
        out.append(f"<h3>{e(text('report.excluded'))}</h3><ul>")
        for ex in result.excluded:
            for reason in ex.reasons:
                said = (  # on paper, no command-line flags
                    text("report.ranked_lower", name=scheme_name(ex.scheme))
                    if reason.code == "ranked_lower"
                    else reason.message
                )
                out.append(f"<li><b>{e(scheme_name(ex.scheme))}</b>: {e(_capital(said))}</li>")
        out.append("</ul>")
    sources = sorted(
        {s for r in result.routes[:PAPER_ROUTES] for st in r.steps for s in st.sources}
        | {s for ex in result.excluded for reason in ex.reasons for s in reason.sources}
    )
    if sources:
        out.append(f'<h3>{e(text("report.sources"))}</h3><ul class="sources">')
        out.append("".join(f"<li>{e(_source(s, docs))}</li>" for s in sources) + "</ul>")
    out.append("</section></body></html>\n")
    return "\n".join(out)
