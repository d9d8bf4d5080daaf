"""pathway compare and pathway report: routes side by side, the timeline, the printable HTML page
(rendered in a real headless Chromium), and the Norwegian bokmål output."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
ELKEM = str(ROOT / "examples" / "elkem-kjemiprosess.yaml")
AS_OF = ("--as-of", "2026-11-26")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_compare_every_example_in_three_formats(example: Path) -> None:
    table = run("compare", str(example), *AS_OF)
    assert table.exit_code == 0, table.stderr
    assert "Route 1" in table.stdout and "transitions" in table.stdout
    assert max(len(line) for line in table.stdout.splitlines()) <= 100  # fits 100 columns when piped
    data = run("compare", str(example), "--format", "json", *AS_OF).json()
    assert 1 <= len(data["routes"]) <= 3
    for col in data["routes"]:
        assert col["months_in_school"] + col["months_in_company"] <= col["months"]  # no month counted twice
        assert col["paid_months"] + col["unpaid_months"] == col["months"]
        assert col["transitions"] and col["transitions"][-1]["message"].startswith("final test passed")
    md = run("compare", str(example), "--format", "markdown", *AS_OF).stdout
    assert md.startswith("## Routes for ") and "| **schemes** |" in md and "```" in md


@pytest.mark.parametrize(
    ("lang", "unknown"),
    [("en", "amount unknown (the rule book has no rate for 2024-06-01"), ("nb", "beløpet er ukjent"), ("nn", "ukjent")],
)
def test_a_grant_without_a_rate_for_the_planning_date_says_unknown(lang: str, unknown: str) -> None:
    # rules/grants.yaml: 2024 has `value: unknown` for both rates
    data = run("compare", ELKEM, "--format", "json", "--as-of", "2024-06-01").json()
    grant = data["routes"][0]["grant"]
    assert grant["type"] == "bt1" and grant["per_year_nok"] is None and grant["rate_known"] is False
    md = run("compare", ELKEM, "--format", "markdown", "--lang", lang, "--as-of", "2024-06-01").stdout
    row = next(line for line in md.splitlines() if "basistilsk" in line)
    assert unknown in row, row
    known = run("compare", ELKEM, "--format", "json", *AS_OF).json()["routes"][0]["grant"]
    assert known["rate_known"] is True and known["per_year_nok"] == 183093


def test_compare_elkem_facts() -> None:
    data = run("compare", ELKEM, "--format", "json", "--routes", "1,3", *AS_OF).json()
    first, third = data["routes"]
    assert first["schemes"] == ["laerling", "fellesfag"] and first["months"] == 24 and first["finish"] == "2028-11"
    assert first["school_days_per_week_max"] == 1
    assert first["grant"]["type"] == "bt1" and first["grant"]["per_year_nok"] == 183093
    assert first["grant"]["rate_year"] == 2025 and first["grant"]["source"] == "https://www.mno.no/tilskuddsordninger"
    assert any("norsk and samfunnskunnskap" in f and "2028-11" in f for f in first["fellesfag"])
    assert "fagprøve" in first["exams"]
    assert any("contract signed" in t["message"] for t in first["transitions"])
    assert third["qualification"] == "kompetansebevis"


def test_transitions_name_the_hand_over_while_waiting() -> None:
    data = run("compare", str(ROOT / "examples" / "neet-17-agder-it.yaml"), "--format", "json", *AS_OF).json()
    messages = [t["message"] for c in data["routes"] for t in c["transitions"]]
    assert any("OT (follow-up service) follows up" in m for m in messages), messages
    assert any("school starts" in m for m in messages)


def test_compare_bad_routes_is_one_line_exit_2() -> None:
    result = run("compare", ELKEM, "--routes", "7", *AS_OF)
    assert result.exit_code == 2
    assert result.stderr.strip() == "--routes:1:1: routes: there is no route 7; the routes are 1, 2, 3"
    bad = run("compare", ELKEM, "--routes", "one", *AS_OF)
    assert bad.exit_code == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_timeline_marks_years_and_kinds() -> None:
    from datetime import date

    from pathway import render
    from pathway.candidate import load_person
    from pathway.planner import plan
    from pathway.ruleset import RuleBook

    rules = RuleBook(ROOT / "rules")
    person = load_person(str(ROOT / "examples" / "neet-17-agder-it.yaml"), rules, date(2026, 11, 26))
    result = plan(person, rules, date(2026, 11, 26))
    lines = render.timeline(list(result.routes[:2]), width=60)
    assert "2027" in lines[0] and "2028" in lines[0]
    assert lines[1].strip().startswith("1 ·")  # waiting for the school year, then school
    assert "█" in lines[1] and "▆" in lines[2]
    assert lines[-1].startswith(" ") and "waiting" in lines[-1]


def test_plan_table_shows_the_timeline() -> None:
    out = run("plan", ELKEM, *AS_OF).stdout
    assert "2027" in out and "▆▆▆" in out and "█ school" in out


def test_report_is_self_contained_html(tmp_path: Path) -> None:
    out = tmp_path / "k-017.html"
    result = run("report", ELKEM, "--output", str(out), *AS_OF)
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "@page" in page
    assert "<script" not in page and "http://" not in page.split("<body>")[0] and "<link" not in page
    assert "k-017" in page and "The county decides" in page and "Praksisbrev is not offered in Agder" in page


def test_report_bad_output_path_and_no_partial_file(tmp_path: Path) -> None:
    missing_dir = tmp_path / "nope" / "r.html"
    result = run("report", ELKEM, "--output", str(missing_dir), *AS_OF)
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    try:
        if os.access(locked, os.W_OK):  # running as root: permissions do not stop us
            pytest.skip("cannot make an unwritable folder as this user")
        result = run("report", ELKEM, "--output", str(locked / "r.html"), *AS_OF)
        assert result.exit_code == 2 and list(locked.iterdir()) == []
    finally:
        os.chmod(locked, 0o700)


def test_report_never_leaves_a_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pathway.render import html

    def broken(result, comparison):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    monkeypatch.setattr(html, "report_html", broken)
    out = tmp_path / "r.html"
    result = run("report", ELKEM, "--output", str(out), *AS_OF)
    assert result.exit_code == 2 and not out.exists() and list(tmp_path.iterdir()) == []


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


needs_browser = pytest.mark.skipif(
    (_chromium() is None or shutil.which("pdftotext") is None) and not os.environ.get("PATHWAY_REQUIRE_BROWSER"),
    reason="needs Chromium and poppler-utils (.ci/run installs them and then requires this test)",
)


@needs_browser
@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
def test_every_example_report_prints_on_two_pages(tmp_path: Path, lang: str) -> None:
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        page = tmp_path / f"{example.stem}.html"
        assert run("report", str(example), "--output", str(page), "--lang", lang, *AS_OF).exit_code == 0
        pdf = tmp_path / f"{example.stem}.pdf"
        _chromium_run(tmp_path, f"--print-to-pdf={pdf}", page.as_uri())
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Pages:\s+2\n", info), (example.name, info)
        assert _overflowing(tmp_path, page) == [], example.name


@needs_browser
@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
def test_report_renders_in_headless_chromium(tmp_path: Path, lang: str) -> None:
    """Printed by Chromium on A4: two pages for a typical three-route candidate, a footer with the candidate's
    id, the date and the page number on every page, and no text that overflows its box."""
    page = tmp_path / "report.html"
    assert run("report", ELKEM, "--output", str(page), "--lang", lang, *AS_OF).exit_code == 0
    pdf = tmp_path / "report.pdf"
    _chromium_run(tmp_path, f"--print-to-pdf={pdf}", page.as_uri())
    assert pdf.exists() and pdf.stat().st_size > 5000
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert pages == 2
    assert "(A4)" in info
    from pathway.messages import catalogue, set_language

    words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    texts = catalogue(lang)
    route = texts["compare.route"].format(rank=1)
    assert route in words  # the timeline's labels
    assert "2027" in words and "2028" in words  # the years on the timeline axis
    assert "kjemiprosessfaget" in words.lower() and "k-017" in words
    assert "doc:" not in words  # a document without an address is named in words
    set_language(lang)
    try:
        from pathway.messages import day

        date = day("2026-11-26")
    finally:
        set_language("en")
    sheets = [sheet for sheet in words.split("\f") if sheet.strip()]
    assert len(sheets) == pages
    for n, sheet in enumerate(sheets, start=1):
        footer = sheet.strip().splitlines()[-1]
        assert "k-017" in footer and date in footer and texts["report.page"].format(page=n, pages=pages) in footer
    # Page 1 is for the young person: the summary and what comes first, before any detail.
    assert texts["report.summary"] in sheets[0] and texts["report.first"] in sheets[0]
    assert _overflowing(tmp_path, page) == []  # no text overflows its box


def _overflowing(tmp_path: Path, page: Path) -> list[str]:
    """The elements whose text overflows their box, measured by Chromium at the printed width (184 mm)."""
    probe = tmp_path / f"probe-{page.stem}.html"
    probe.write_text(
        page.read_text(encoding="utf-8").replace(
            "</body>",
            "<style>body{width:184mm;max-width:none;margin:0;padding:0}</style><script>"
            "const bad=[];for(const el of document.querySelectorAll('body *')){"
            "if(el.closest('svg'))continue;const r=el.getBoundingClientRect();"
            "const cell=el.tagName==='TD'||el.tagName==='TH';"
            "if(el.scrollWidth>el.clientWidth+1&&(cell||getComputedStyle(el).overflow!=='visible')||"
            "r.right>document.body.getBoundingClientRect().right+1)bad.push(el.tagName+':'+el.textContent.slice(0,40));"
            "for(const c of el.children){const cr=c.getBoundingClientRect();if(cell&&cr.right>r.right+1)"
            "bad.push(el.tagName+'>'+c.tagName+':'+c.textContent.slice(0,40));}}"
            "document.body.setAttribute('data-overflow',JSON.stringify(bad));</script></body>",
        ),
        encoding="utf-8",
    )
    dom = _chromium_run(tmp_path, "--dump-dom", probe.as_uri())
    found = re.search(r'data-overflow="([^"]*)"', dom)
    assert found is not None, dom[-500:]
    return json.loads(found.group(1).replace("&quot;", '"'))


def _chromium_run(tmp_path: Path, *args: str) -> str:
    done = subprocess.run(
        [
            str(_chromium()),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.stdout


def test_report_page_one_is_a_summary_with_a_described_chart(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert run("report", ELKEM, "--output", str(out), "--lang", "nb", *AS_OF).exit_code == 0
    page = out.read_text(encoding="utf-8")
    summary = page[page.index('<section class="summary">') : page.index('<section class="details">')]
    best = run("plan", ELKEM, "--format", "json", *AS_OF).json()["routes"][0]
    assert f"Det beste løpet: Fagbrev etter {best['months']} måneder (" in summary
    assert "Fra desember 2026: " in summary  # what has to happen first
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", page).group(1)  # type: ignore[union-attr]
    for rank in (1, 2, 3):
        assert f"løp {rank} går fra desember 2026 til " in desc
    assert 'aria-labelledby="chart-title chart-desc"' in page
    assert "doc:" not in page.split("<body>")[1] and "Ung Start Elkem" in page
    assert "@bottom-right" in page and "counter(page)" in page


def test_bokmal_output() -> None:
    out = run("plan", ELKEM, "--lang", "nb", *AS_OF).stdout
    assert "Fylkeskommunen" in out or "fylkeskommunen" in out
    assert "praksisbrev" in out
    english = run("plan", ELKEM, "--lang", "en", *AS_OF).stdout
    assert out != english
    assert "The county decides" not in out


def test_language_from_lang_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    nb = run("plan", ELKEM, *AS_OF).stdout
    monkeypatch.setenv("LANG", "C.UTF-8")
    en = run("plan", ELKEM, *AS_OF).stdout
    assert nb != en and "The county decides" in en


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_paper_numbers_every_route_as_the_screen_does(tmp_path: Path, example: Path) -> None:
    """The same route has the same number and the same standing in plan, compare and report; page 1 says
    who each route is for (Vg3 i skole: only for someone who finds no læreplass); no flag on paper."""
    out = tmp_path / "r.html"
    assert run("report", str(example), "--output", str(out), *AS_OF).exit_code == 0
    page = out.read_text(encoding="utf-8")
    summary = page[page.index('<section class="summary">') : page.index('<section class="details">')]
    items = [re.sub(r"<[^>]+>", "", i) for i in re.findall(r"<(?:p class=\"lead\"|li[^>]*)>(.*?)</(?:p|li)>", summary)]
    routes = run("plan", str(example), "--format", "json", *AS_OF).json()["routes"]
    said = {
        "ordinary": "The usual route: ",
        "alternative": "Another way: ",
        "approval": "Only with the county&#x27;s approval: ",
        "fallback": "Only for someone who finds no læreplass.",
    }
    for route in routes[:3]:  # the routes on paper
        head = "The best route: " if route["rank"] == 1 else f"Route {route['rank']}: "
        whole = f" in {route['months']} months ({route['finish']}, age {route['age_at_finish']})"
        item = next((i for i in items if i.startswith(head)), None)
        assert item is not None and whole in item, (route["rank"], items)
        if route["standing"] == "fallback":  # Vg3 i skole is not read as the best deal
            assert said["fallback"] in item, (route["rank"], item)
    for rank, heading in re.findall(r"<h3>(\d+)\. (.*?)</h3>", page):
        route = routes[int(rank) - 1]
        assert f" in {route['months']} months ({route['finish']}" in heading
    assert not re.search(r"(?<![\w-])--[a-z]", re.sub(r"<style>.*?</style>", "", page, flags=re.S))  # no flag on paper


ALONGSIDE = {"skole", "fellesfag"}  # parts of a route; the scheme they lead to says who it is for


@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
def test_page_one_says_who_every_route_is_for_as_the_screen_does(tmp_path: Path, lang: str) -> None:
    """Every route on page 1 says in plain words who it is for: its standing (the usual route, another
    way, only with the county's approval, only for someone who finds no læreplass) and who each of its
    schemes is made for, in the same words as the plan view's standing line (`target.*`)."""
    import html

    from pathway.messages import catalogue

    said = catalogue(lang)
    seen: set[str] = set()
    on_screen: set[str] = set()
    for example in EXAMPLES:
        out = tmp_path / f"{example.stem}.html"
        assert run("report", str(example), "--output", str(out), "--lang", lang, *AS_OF).exit_code == 0
        page = out.read_text(encoding="utf-8")
        summary = page[page.index('<section class="summary">') : page.index('<section class="details">')]
        whos = [html.unescape(w) for w in re.findall(r'<span class="who">(.*?)</span>', summary)]
        routes = run("plan", str(example), "--format", "json", "--lang", lang, *AS_OF).json()["routes"][:3]
        assert len(whos) == len(routes), (example.name, whos)  # every route, not only the fallback ones
        told = " ".join(whos)
        for route, who in zip(routes, whos, strict=True):
            assert who.startswith(said[f"report.for.{route['standing']}"]), (example.name, route["rank"], who)
            for scheme in set(route["schemes"]) - ALONGSIDE:
                group = said[f"target.{scheme}"]
                if route["standing"] == "fallback" and scheme == "vg3_skole":
                    assert said["report.for.fallback"] in who
                    continue
                assert group in told, (example.name, scheme, told)  # once on the page, where it first comes
                seen.add(scheme)
                if group in route["standing_reason"]:  # the screen says it in the same words
                    screen = " ".join(run("plan", str(example), "--lang", lang, *AS_OF).stdout.split())
                    assert group in screen, (example.name, group)
                    on_screen.add(scheme)
    assert {"laerling", "laerekandidat", "fagbrev_paa_jobb", "praksiskandidat", "mfy"} <= seen, seen
    assert {"laerling", "fagbrev_paa_jobb", "praksiskandidat", "mfy"} <= on_screen, on_screen


def test_who_a_route_is_for_in_plain_words() -> None:
    """Lærekandidat for someone who needs an adapted goal, fagbrev på jobb for adults in work in the trade,
    praksiskandidat for people with long practice, Vg3 i skole only for someone who finds no læreplass."""
    from pathway.messages import catalogue

    en, nb, nn = catalogue("en"), catalogue("nb"), catalogue("nn")
    assert "adapted goal" in en["target.laerekandidat"] and "tilpasset mål" in nb["target.laerekandidat"]
    assert "tilpassa mål" in nn["target.laerekandidat"]
    assert "employed in the trade" in en["target.fagbrev_paa_jobb"]
    assert "ansatt i faget" in nb["target.fagbrev_paa_jobb"]
    assert "long practice" in en["target.praksiskandidat"] and "lang praksis" in nn["target.praksiskandidat"]
    assert "finds no læreplass" in en["report.for.fallback"] and "ikkje får læreplass" in nn["report.for.fallback"]
    for texts in (en, nb, nn):  # each reads after "<scheme> is"
        for scheme in ("laerling", "vg3_skole", "laerekandidat", "praksisbrev", "fagbrev_paa_jobb", "mfy"):
            group = texts[f"target.{scheme}"]
            assert group.split()[0] in ("made", "laget", "laga"), (scheme, group)


def test_the_last_year_label_of_the_timeline_is_not_clipped(tmp_path: Path) -> None:
    for example in EXAMPLES:
        out = tmp_path / "r.html"
        assert run("report", str(example), "--output", str(out), *AS_OF).exit_code == 0
        svg = re.search(r"<svg[^>]*viewBox=\"0 0 (\d+) \d+\"(.*?)</svg>", out.read_text(encoding="utf-8"))
        assert svg
        width = int(svg.group(1))
        for attrs, label in re.findall(r"<text ([^>]*)>(\d{4})</text>", svg.group(2)):
            x = float(re.search(r'x="([\d.]+)"', attrs).group(1))  # type: ignore[union-attr]
            right = x if 'text-anchor="end"' in attrs else x + 6 * len(label)  # 10px digits are ~6px wide
            assert right <= width, (example.name, label, x, width)
