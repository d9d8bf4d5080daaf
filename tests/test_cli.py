"""The command line as scripts and people use it: exit codes, formats, stdin, help, version."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.helpers import run

ROOT = Path(__file__).resolve().parent.parent
ELKEM = str(ROOT / "examples" / "elkem-kjemiprosess.yaml")


def test_plan_json_follows_the_contract() -> None:
    result = run("plan", ELKEM, "--format", "json", "--as-of", "2026-11-26")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert data["pathway_result_version"] == "1"
    assert data["candidate"] == "k-017"
    assert data["as_of"] == "2026-11-26"
    assert data["rules_version"]
    route = data["routes"][0]
    assert route["rank"] == 1
    for key in ("schemes", "qualification", "months", "finish", "steps", "warnings"):
        assert key in route
    for key in ("scheme", "title", "start", "end", "months", "school_days_per_week", "sources"):
        assert key in route["steps"][0]
    assert all(
        src.startswith(("https://", "http://", "doc:"))
        for r in data["routes"]
        for s in r["steps"]
        for src in s["sources"]
    )
    listed = {s for r in data["routes"] for s in r["schemes"]} | {e["scheme"] for e in data["excluded"]}
    assert {
        "laerling",
        "vg3_skole",
        "laerekandidat",
        "praksisbrev",
        "fagbrev_paa_jobb",
        "mfy",
        "praksiskandidat",
    } <= listed
    for exclusion in data["excluded"]:
        assert exclusion["reasons"], exclusion
        for reason in exclusion["reasons"]:
            assert re.fullmatch(r"[a-z][a-z0-9_]*", reason["code"]), reason["code"]
            assert reason["message"] and reason["sources"]


def test_json_keeps_norwegian_letters_and_is_one_document() -> None:
    result = run("plan", ELKEM, "--format", "json", "--as-of", "2026-11-26")
    assert "Lærling" in result.stdout and "\\u00e6" not in result.stdout
    json.loads(result.stdout)


def test_same_input_gives_byte_identical_output() -> None:
    first = run("plan", ELKEM, "--format", "json", "--as-of", "2026-11-26").stdout
    second = run("plan", ELKEM, "--format", "json", "--as-of", "2026-11-26").stdout
    assert first == second
    assert run("plan", ELKEM, "--as-of", "2026-11-26").stdout == run("plan", ELKEM, "--as-of", "2026-11-26").stdout


def test_table_shows_candidate_routes_and_exclusions() -> None:
    result = run("plan", ELKEM, "--as-of", "2026-11-26")
    assert result.exit_code == 0
    out = result.stdout
    assert "k-017" in out and "Agder" in out
    assert "Fagbrev in 24 months (2028-11" in out
    assert "Praksisbrev is not offered in Agder" in out
    assert "[not_offered_in_county]" not in out  # condition codes only with --verbose (and in JSON)
    verbose = run("plan", ELKEM, "--as-of", "2026-11-26", "--verbose").stdout
    assert "[not_offered_in_county]" in verbose  # brackets in data survive rich


def test_top_limits_routes() -> None:
    data = run("plan", ELKEM, "--format", "json", "--as-of", "2026-11-26", "--top", "1").json()
    assert len(data["routes"]) == 1
    codes = {r["code"] for e in data["excluded"] for r in e["reasons"]}
    assert "ranked_lower" in codes


def test_stdin_dash() -> None:
    text = Path(ELKEM).read_text(encoding="utf-8")
    result = run("plan", "-", "--format", "json", "--as-of", "2026-11-26", stdin=text)
    assert result.exit_code == 0, result.stderr
    assert result.json()["candidate"] == "k-017"


def test_no_route_exits_1(tmp_path: Path) -> None:
    cand = tmp_path / "k.yaml"
    cand.write_text(
        "id: k-900\nage: 40\ncounty: agder\ngrunnskole: false\ngoal: {trade: kokkfaget}\n", encoding="utf-8"
    )
    result = run("plan", str(cand), "--format", "json", "--as-of", "2026-11-26")
    assert result.exit_code == 1, result.stdout
    assert result.json()["routes"] == []


def test_as_of_changes_the_plan() -> None:
    later = run("plan", ELKEM, "--format", "json", "--as-of", "2027-08-15").json()
    assert later["routes"][0]["steps"][0]["start"] == "2027-09"


def test_version_names_the_rule_book() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("pathway ") and "(rules 2026-11-26)" in result.stdout


def test_every_command_has_help() -> None:
    for args in (
        ["--help"],
        ["plan", "--help"],
        ["rules", "--help"],
        ["rules", "check", "--help"],
        ["rules", "list", "--help"],
        ["rules", "show", "--help"],
        ["schema", "--help"],
        ["-h"],
    ):
        result = run(*args)
        assert result.exit_code == 0, args
        assert "Usage" in result.stdout, args


def test_rules_check_passes() -> None:
    result = run("rules", "check")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("ok: ")


def test_rules_list_and_show() -> None:
    counties = run("rules", "list", "counties")
    assert counties.exit_code == 0
    assert len(counties.stdout.splitlines()) == 15 and "more-og-romsdal" in counties.stdout
    shown = run("rules", "show", "praksisbrev")
    assert shown.exit_code == 0 and "schemes/praksisbrev.yaml" in shown.stdout
    assert run("rules", "show", "Møre og Romsdal").exit_code == 0
    missing = run("rules", "show", "praksisbrv")
    assert missing.exit_code == 2 and "praksisbrev" in missing.stderr


def test_python_dash_m_works() -> None:
    out = subprocess.run([sys.executable, "-m", "pathway", "--version"], capture_output=True, text=True, check=False)
    assert out.returncode == 0 and out.stdout.startswith("pathway ")


def test_help_imports_neither_networkx_nor_pydantic() -> None:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import pathway.cli"], capture_output=True, text=True, check=False
    )
    assert "networkx" not in out.stderr
    assert "pydantic" not in out.stderr


def test_committed_schemas_match_the_models() -> None:
    from pathway.schema import models, schema_text

    for name in models():
        committed = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
        assert committed == schema_text(name), f"schemas/{name}.schema.json is stale: pathway schema {name}"


def test_rules_check_takes_rules_dir_like_every_other_command(tmp_path: Path) -> None:
    import shutil

    book = tmp_path / "book"
    shutil.copytree(ROOT / "rules", book)
    ok = run("rules", "check", "--rules", str(book))
    assert ok.exit_code == 0, ok.stderr
    assert str(book) in ok.stdout
    (book / "counties" / "agder.yaml").write_text("name: [\n", encoding="utf-8")
    broken = run("rules", "check", "--rules", str(book))
    assert broken.exit_code == 2 and "agder.yaml:" in broken.stderr
    both = run("rules", "check", str(ROOT / "rules"), "--rules", str(book))
    assert both.exit_code == 2 and len(both.stderr.splitlines()) == 1


def test_rules_list_as_json() -> None:
    for kind in ("schemes", "counties", "trades", "programmes"):
        r = run("rules", "list", kind, "--format", "json")
        assert r.exit_code == 0, r.stderr
        data = json.loads(r.stdout)
        assert data["kind"] == kind and data["items"]
        table = run("rules", "list", kind).stdout.splitlines()
        assert [item["id"] for item in data["items"]] == [line.split()[0] for line in table]
    trades = json.loads(run("rules", "list", "trades", "--format", "json").stdout)["items"]
    assert {"id", "name", "model", "route"} == set(trades[0])


def test_hints_go_to_stderr() -> None:
    from pathway.messages import catalogue

    hint = catalogue("en")["view.more_detail"]
    r = run("plan", ELKEM, "--as-of", "2026-11-26")
    assert r.exit_code == 0
    assert hint not in " ".join(r.stdout.split()) and hint in " ".join(r.stderr.split())
    quiet = run("-q", "plan", ELKEM, "--as-of", "2026-11-26")
    assert hint not in quiet.stdout + quiet.stderr
