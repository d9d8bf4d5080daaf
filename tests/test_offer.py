"""Where each Vg2 is taught: the county's offer, the route's `vg2_not_offered` notice, and
`pathway rules list programmes --county`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.helpers import run, write

RULES = Path(__file__).resolve().parent.parent / "rules"
FLY_AGDER = """id: o-1
age: 16
county: agder
goal: {trade: flysystemmekanikerfaget}
school:
  - {level: vg1, programme: elektro-og-datateknologi}
"""


def test_a_route_through_a_vg2_the_county_does_not_offer_carries_a_notice(tmp_path: Path) -> None:
    result = run("plan", write(tmp_path, FLY_AGDER), "--format", "json", "--as-of", "2027-03-01", "--top", "3")
    assert result.exit_code == 0, result.stderr
    routes = json.loads(result.stdout)["routes"]
    school = [r for r in routes if "skole" in r["schemes"]]
    assert school, [r["schemes"] for r in routes]
    notice = school[0]["notices"][0]
    assert (notice["code"], notice["programme"], notice["county"], notice["nearest"]) == (
        "vg2_not_offered",
        "flyfag",
        "agder",
        "rogaland",
    )
    assert notice["message"] in school[0]["warnings"] and notice["sources"]
    # Routes without the Vg2 in school carry none.
    assert all(r["notices"] == [] for r in routes if "skole" not in r["schemes"])


def test_the_notice_is_in_the_persons_language(tmp_path: Path) -> None:
    result = run("plan", write(tmp_path, FLY_AGDER), "--format", "json", "--as-of", "2027-03-01", "--lang", "nn")
    assert result.exit_code == 0, result.stderr
    messages = [n["message"] for r in json.loads(result.stdout)["routes"] for n in r["notices"]]
    assert (
        "Vg2 flyfag blir ikkje tilbode i Agder: næraste tilbod er i Rogaland; søk som gjesteelev eller flytt"
        in messages
    )


def test_no_offer_known_anywhere_says_so(tmp_path: Path) -> None:
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    for path in (root / "counties").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("  flyfag: {value: true,", "  flyfag: {value: false,"), encoding="utf-8")
    result = run("plan", write(tmp_path, FLY_AGDER), "--format", "json", "--as-of", "2027-03-01", "--rules", str(root))
    assert result.exit_code == 0, result.stderr
    notices = [n for r in json.loads(result.stdout)["routes"] for n in r["notices"]]
    assert notices and all(n["nearest"] is None for n in notices)
    assert "no offer in another county is known" in notices[0]["message"]


def test_rules_list_programmes_by_county_shows_the_offer() -> None:
    result = run("rules", "list", "programmes", "--county", "agder")
    assert result.exit_code == 0, result.stderr
    rows = {line.split()[0]: line for line in result.stdout.splitlines()}
    assert "not offered" in rows["flyfag"] and "utdanningsnytt.no" in rows["flyfag"]
    assert "unknown" in rows["automatisering"]
    assert "kokk-og-servitorfag" in rows and "restaurant-og-matfag" not in rows  # Vg2 areas only
    rogaland = run("rules", "list", "programmes", "--county", "11").stdout
    assert any(line.startswith("flyfag") and " offered (low confidence)" in line for line in rogaland.splitlines())


def test_county_goes_with_programmes_only() -> None:
    result = run("rules", "list", "trades", "--county", "agder")
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "--county" in result.stderr
    unknown = run("rules", "list", "programmes", "--county", "agdr")
    assert unknown.exit_code == 2 and "agder" in unknown.stderr


def test_rules_check_rejects_an_offer_for_a_programme_that_is_not_a_vg2(tmp_path: Path) -> None:
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    path = root / "counties" / "oslo.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("neighbours: [akershus, buskerud, innlandet]", "neighbours: [akershus, buskerud, innland]")
        + '  restaurant-og-matfag: {value: true, source: "https://example.org/x", checked: 2026-12-07}\n',
        encoding="utf-8",
    )
    result = run("rules", "check", str(root))
    assert result.exit_code == 2
    assert "restaurant-og-matfag" in result.stderr and "not a Vg2" in result.stderr
    assert "innland" in result.stderr


def test_a_landslinje_in_another_county_is_found_across_borders(tmp_path: Path) -> None:
    """Vg2 reindrift is taught only in Finnmark: a person in Troms is sent one border away."""
    person = (
        "id: o-2\nage: 16\ncounty: troms\ngoal: {trade: reindriftsfaget}\n"
        "school:\n  - {level: vg1, programme: naturbruk}\n"
    )
    result = run("plan", write(tmp_path, person), "--format", "json", "--as-of", "2027-03-01", "--top", "1")
    assert result.exit_code == 0, result.stderr
    notices = [n for r in json.loads(result.stdout)["routes"] for n in r["notices"]]
    assert [(n["programme"], n["nearest"]) for n in notices] == [("reindrift", "finnmark")]
