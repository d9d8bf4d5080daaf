"""Unlocks: what would open a better route, found by planning the person again with a fact changed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import run, write

ROOT = Path(__file__).resolve().parent.parent
VESTLAND = str(ROOT / "examples" / "contract-ended-vestland.yaml")
ELKEM = str(ROOT / "examples" / "elkem-kjemiprosess.yaml")
DAY = "2026-12-06"


def _unlocks(data: dict) -> list[dict]:
    return [u for part in (data["routes"], data["excluded"]) for item in part for u in item.get("unlocks", [])]


def test_every_route_and_excluded_scheme_carries_its_unlocks_and_no_unlocks_turns_them_off() -> None:
    data = run("plan", ELKEM, "--as-of", DAY, "--format", "json").json()
    assert all("unlocks" in r for r in data["routes"]) and all("unlocks" in e for e in data["excluded"])
    for u in _unlocks(data):
        assert set(u) >= {"scheme", "change", "opens", "gain_months", "qualification", "rule", "sources"}
        assert len(u["opens"]) == 7 and u["opens"][4] == "-"
        assert u["sources"], u
    off = run("plan", ELKEM, "--as-of", DAY, "--format", "json", "--no-unlocks").json()
    assert not any("unlocks" in r for r in off["routes"]) and not any("unlocks" in e for e in off["excluded"])
    assert [r["schemes"] for r in off["routes"]] == [r["schemes"] for r in data["routes"]]


def test_an_unlock_is_what_whatif_finds_with_the_same_change() -> None:
    data = run("plan", VESTLAND, "--as-of", DAY, "--format", "json").json()
    place = next(u for u in _unlocks(data) if u["kind"] == "place")
    assert place["change"] == {"apprenticeship_place": True}
    after = run("whatif", VESTLAND, "--set", "apprenticeship_place=true", "--as-of", DAY, "--format", "json").json()
    assert after["diff"]["best_after"]["finish"] == place["finish"] == "2028-12"
    assert after["diff"]["months_saved"] == place["gain_months"] == 3


def test_excluded_scheme_unlock_names_the_rule_and_its_source() -> None:
    data = run("plan", ELKEM, "--as-of", DAY, "--format", "json").json()
    ex = next(e for e in data["excluded"] if e["scheme"] == "praksiskandidat")
    (u,) = ex["unlocks"]
    assert (u["kind"], u["rule"], u["opens"]) == ("work", "practice_too_short", "2030-01")
    reason = next(r for r in ex["reasons"] if r["code"] == "practice_too_short")
    assert u["sources"] == reason["sources"]
    assert u["better"] is False and u["gain_months"] < 0  # later than the apprenticeship: not shown as better


@pytest.mark.parametrize(
    ("lang", "heading", "sentence"),
    [
        ("en", "This could open a better route", "A company's offer of a lærekontrakt: lærling starts in 2027-01"),
        ("nb", "Dette kan åpne en bedre vei", "En bedrift tilbyr lærekontrakt: lærling starter januar 2027"),
        ("nn", "Dette kan opne ein betre veg", "Ei bedrift tilbyr lærekontrakt: lærling startar januar 2027"),
    ],
)
def test_the_plan_view_says_in_plain_words_what_would_open_a_better_route(
    lang: str, heading: str, sentence: str
) -> None:
    result = run("plan", VESTLAND, "--as-of", DAY, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    assert heading in result.stdout
    assert sentence in " ".join(result.stdout.split())
    assert heading not in run("plan", VESTLAND, "--as-of", DAY, "--lang", lang, "--no-unlocks").stdout


def test_only_better_routes_are_shown_in_the_view() -> None:
    # Praksiskandidat after 36 more months of work ends after the apprenticeship: in the JSON, not in the view.
    out = " ".join(run("plan", ELKEM, "--as-of", DAY).stdout.split())
    assert "36 more months" not in out
    assert "Pass Norsk and Samfunnskunnskap: lærling needs no fellesfag catch-up" in out


def test_report_page_one_says_what_would_open_a_better_route(tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    result = run("report", VESTLAND, "--as-of", DAY, "--lang", "nb", "--output", str(page))
    assert result.exit_code == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    summary = html[html.index('<section class="summary">') : html.index('<section class="details">')]
    assert "Dette kan åpne en bedre vei" in summary
    assert "En bedrift tilbyr lærekontrakt: lærling starter januar 2027, ferdig desember 2028" in summary


def test_county_unlock_is_labelled_as_moving(tmp_path: Path) -> None:
    path = write(tmp_path, "id: p-1\nbirth_date: 2010-03-01\ncounty: agder\ngoal: {trade: kokkfaget}\n")
    data = run("plan", path, "--as-of", DAY, "--format", "json").json()
    (u,) = next(e for e in data["excluded"] if e["scheme"] == "praksisbrev")["unlocks"]
    assert (u["kind"], u["change"], u["moving"], u["name"]) == ("county", {"county": "oslo"}, True, "Oslo")


def test_same_input_same_bytes() -> None:
    for args in (("--format", "json"), ()):
        a = run("plan", ELKEM, "--as-of", DAY, *args)
        b = run("plan", ELKEM, "--as-of", DAY, *args)
        assert a.stdout == b.stdout and a.stdout


def test_the_search_module_is_core() -> None:
    code = (
        "import sys, pathway.unlocks, pathway.whatif, pathway.stale; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'rich')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
