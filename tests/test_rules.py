"""The rule book: it checks clean, every fact is sourced and dated, and broken rules are reported
as FILE:LINE:COL with exit code 2."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import run

ROOT = Path(__file__).resolve().parent.parent


def _copy(tmp_path: Path) -> Path:
    dest = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", dest)
    return dest


def test_all_fifteen_counties_and_the_contract_ids() -> None:
    ids = sorted(p.stem for p in (ROOT / "rules" / "counties").glob("*.yaml") if p.stem != "index")
    assert ids == sorted(
        [
            "agder",
            "akershus",
            "buskerud",
            "finnmark",
            "innlandet",
            "more-og-romsdal",
            "nordland",
            "oslo",
            "rogaland",
            "telemark",
            "troms",
            "trondelag",
            "vestfold",
            "vestland",
            "ostfold",
        ]
    )
    trades = {p.stem for p in (ROOT / "rules" / "trades").glob("*.yaml")}
    assert {"kjemiprosessfaget", "it-driftsfaget", "industrimekanikerfaget", "rorleggerfaget", "kokkfaget"} <= trades
    assert len(trades - {"index"}) >= 28


def test_agder_offers_no_praksisbrev(rules) -> None:
    assert rules.county("agder").praksisbrev.offered.value is False


def test_unsourced_value_is_an_error(tmp_path: Path) -> None:
    rules = _copy(tmp_path)
    path = rules / "counties" / "oslo.yaml"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    # drop the first `source:` line of the file: that fact now has a value without a source
    idx = next(i for i, line in enumerate(lines) if line.strip().startswith("source: http"))
    del lines[idx]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("rules", "check", str(rules))
    assert result.exit_code == 2
    assert "oslo.yaml:" in result.stderr and "source" in result.stderr


def test_cross_reference_and_typo_are_reported_with_line(tmp_path: Path) -> None:
    rules = _copy(tmp_path)
    trade = rules / "trades" / "kokkfaget.yaml"
    text = trade.read_text(encoding="utf-8").replace("vg2: kokk-og-servitorfag", "vg2: kokk-og-servitofag")
    trade.write_text(text, encoding="utf-8")
    scheme = rules / "schemes" / "mfy.yaml"
    scheme.write_text(scheme.read_text(encoding="utf-8").replace("title:", "titel:", 1), encoding="utf-8")
    result = run("rules", "check", str(rules))
    assert result.exit_code == 2
    lines = [x for x in result.stderr.splitlines() if ".yaml:" in x]
    assert any("kokkfaget.yaml:" in x and "programmes.vg2" in x and "kokk-og-servitorfag" in x for x in lines), lines
    assert any("mfy.yaml:" in x and "titel" in x and "title" in x for x in lines), lines
    for line in lines:
        path, lineno, col = line.split(":")[:3]
        assert lineno.isdigit() and col.isdigit()


def test_planning_with_broken_rules_exits_2(tmp_path: Path) -> None:
    rules = _copy(tmp_path)
    county = rules / "counties" / "agder.yaml"
    county.write_text(county.read_text(encoding="utf-8").replace("value: 68", "value: sixty-eight"), encoding="utf-8")
    result = run(
        "plan", str(ROOT / "examples" / "elkem-kjemiprosess.yaml"), "--rules", str(rules), "--as-of", "2026-11-26"
    )
    assert result.exit_code == 2
    assert "agder.yaml:" in result.stderr and "Traceback" not in result.stderr


def test_the_rule_cache_sees_every_edit(tmp_path: Path) -> None:
    """Validated rule files are kept in a cache; a file that changes is read again."""
    rules = _copy(tmp_path)
    elkem = str(ROOT / "examples" / "elkem-kjemiprosess.yaml")

    def excluded_codes() -> list[str]:
        data = run("plan", elkem, "--rules", str(rules), "--format", "json", "--as-of", "2026-11-26").json()
        return [r["code"] for e in data["excluded"] if e["scheme"] == "praksisbrev" for r in e["reasons"]]

    assert "not_offered_in_county" in excluded_codes()
    assert "not_offered_in_county" in excluded_codes()  # the second run reads the cache
    agder = rules / "counties" / "agder.yaml"
    text = agder.read_text(encoding="utf-8")
    agder.write_text(
        text.replace("  offered:\n    value: false", "  offered:\n    value: true  # changed", 1), encoding="utf-8"
    )
    assert "not_offered_in_county" not in excluded_codes()


def test_a_broken_cache_is_rebuilt(tmp_path: Path, monkeypatch) -> None:
    import os

    monkeypatch.setenv("PATHWAY_CACHE_DIR", str(tmp_path / "cache"))
    elkem = str(ROOT / "examples" / "elkem-kjemiprosess.yaml")
    first = run("plan", elkem, "--format", "json", "--as-of", "2026-11-26")
    files = list((tmp_path / "cache").glob("rules-*.json"))
    assert first.exit_code == 0 and len(files) == 1
    files[0].write_bytes(b"not json {")
    again = run("plan", elkem, "--format", "json", "--as-of", "2026-11-26")
    assert again.exit_code == 0 and again.stdout == first.stdout
    assert os.path.getsize(files[0]) > 100  # rewritten
