"""Broken rule books (issue #11): each kind of breakage is found by `pathway rules check` with
FILE:LINE:COL, and `pathway plan` against the same book exits 2 with the same kind of line, never
"internal error" and never a silently wrong plan."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import run

ROOT = Path(__file__).resolve().parent.parent
ELKEM = str(ROOT / "examples" / "elkem-kjemiprosess.yaml")
PROBLEM = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): ")


@dataclass(frozen=True)
class Breakage:
    file: str  # relative to the rule book; the file the problem must name
    old: str  # replaced once in `file` (a literal); empty: `new` is the whole file
    new: str
    expect: str  # a fragment of the problem line (field or message)
    line: int | None = None  # the line the problem must point at, when it is sure
    edit: Callable[[Path], None] | None = None  # a change beyond one replacement


def _scheme(name: str) -> str:
    return f"schemes/{name}.yaml"


BREAKAGES: dict[str, Breakage] = {
    # --- scheme parameters: typed, known, in range ------------------------------------------------
    "param_untyped_string": Breakage(
        _scheme("vg3_skole"), "  months:\n    value: 12", "  months:\n    value: twelve", "params.months"
    ),
    "param_untyped_float": Breakage(
        _scheme("vg3_skole"), "  months:\n    value: 12", "  months:\n    value: 12.5", "params.months"
    ),
    "param_untyped_bool": Breakage(
        _scheme("praksisbrev"), "  months:\n    value: 24", "  months:\n    value: true", "params.months"
    ),
    "param_list_of_numbers": Breakage(
        _scheme("praksisbrev"), "value: [norsk, matematikk, samfunnskunnskap]", "value: [1, 2]", "params.fellesfag"
    ),
    "param_unknown_key": Breakage(_scheme("vg3_skole"), "params:\n  months:", "params:\n  monhts:", "monhts"),
    "county_neighbour": Breakage(
        "counties/agder.yaml", "neighbours: [rogaland, telemark]", "neighbours: [rogaland, telemrk]", "telemrk"
    ),
    "param_negative_months": Breakage(
        _scheme("vg3_skole"), "  months:\n    value: 12", "  months:\n    value: -12", "params.months"
    ),
    "param_zero_months": Breakage(
        _scheme("praksisbrev"), "  months:\n    value: 24", "  months:\n    value: 0", "params.months"
    ),
    "param_too_many_school_days": Breakage(
        _scheme("vg3_skole"),
        "  school_days_per_week:\n    value: 1",
        "  school_days_per_week:\n    value: 9",
        "school_days_per_week",
    ),
    "param_factor_below_one": Breakage(
        _scheme("laerling"), "value: 1.25", "value: 0.5", "params.catchup_extension_factor"
    ),
    "param_percent_over_100": Breakage(
        _scheme("praksiskandidat"),
        "  full_time_percent:\n    value: unknown",
        "  full_time_percent:\n    value: 180",
        "full_time_percent",
    ),
    "param_unknown_alternatives_disagree": Breakage(
        _scheme("praksiskandidat"),
        "      - value: 80\n        source: https://mrfylke.no",
        "      - value: 75\n        source: https://mrfylke.no",
        "full_time_percent",
    ),
    "param_bad_day_of_year": Breakage(_scheme("laerling"), 'value: "03-01"', 'value: "13-45"', "params.apply_by"),
    "param_missing": Breakage(_scheme("vg3_skole"), "  months:\n", "  unused_months:\n", "months"),
    "param_unknown_subject": Breakage(
        _scheme("praksisbrev"), "value: [norsk, matematikk, samfunnskunnskap]", "value: [norsk, matte]", "matte"
    ),
    # --- the school calendar ------------------------------------------------------------------------
    "school_month_13": Breakage(
        "school.yaml", "year_start_month:\n  value: 8", "year_start_month:\n  value: 13", "year_start_month", 3
    ),
    "school_month_0": Breakage(
        "school.yaml", "year_start_month:\n  value: 8", "year_start_month:\n  value: 0", "year_start_month"
    ),
    "school_year_months": Breakage(
        "school.yaml", "year_months:\n  value: 12", "year_months:\n  value: 30", "year_months"
    ),
    "school_privatist_month": Breakage("school.yaml", "value: [6, 12]", "value: [6, 14]", "privatist_result_months"),
    "school_privatist_empty": Breakage("school.yaml", "value: [6, 12]", "value: []", "privatist_result_months"),
    "school_ot_age": Breakage(
        "school.yaml",
        "  - value: 21\n    valid_to: 2024-07-31",
        "  - value: 210\n    valid_to: 2024-07-31",
        "ot_until_age",
    ),
    "school_unknown_programme": Breakage(
        "school.yaml", "value: [studiespesialisering]", "value: [studiespesialiseringen]", "opphenting_from"
    ),
    # --- dated facts ----------------------------------------------------------------------------------
    "facts_overlap": Breakage(
        "school.yaml",
        "  - value: 24\n    valid_from: 2024-08-01",
        "  - value: 24\n    valid_from: 2024-07-01",
        "overlap",
    ),
    "facts_open_ended_twice": Breakage(
        "school.yaml", "  - value: 21\n    valid_to: 2024-07-31\n", "  - value: 21\n", "ot_until_age"
    ),
    "facts_empty_list": Breakage(
        "school.yaml",
        "",
        "",
        "adult_from_school_year_age",
        edit=lambda root: _cut_list(root / "school.yaml", "adult_from_school_year_age:"),
    ),
    "fact_dates_reversed": Breakage(
        "school.yaml",
        "    valid_to: 2024-07-31\n    source: https://www.regjeringen.no/nn/dokumenter/prop.-57-l",
        "    valid_to: 2023-07-31\n    valid_from: 2024-01-01\n    source: https://www.regjeringen.no/nn/dokumenter/prop.-57-l",
        "valid_from",
    ),
    "fact_without_source": Breakage(
        "counties/agder.yaml", "    value: false\n    source: doc:ung-start-elkem\n", "    value: false\n", "source"
    ),
    "fact_bad_source": Breakage(
        "counties/agder.yaml", "source: doc:ung-start-elkem", "source: see the report", "source"
    ),
    "fact_unknown_document": Breakage(
        "counties/agder.yaml", "source: doc:ung-start-elkem", "source: doc:no-such-report", "no-such-report"
    ),
    "fact_checked_missing": Breakage(
        "trades/kokkfaget.yaml",
        '  value: "2+2"\n  source: https://ndla.no',
        '  value: "2+2"\n  checked_: 2026-11-26\n  source: https://ndla.no',
        "checked_",
    ),
    "fact_checked_in_future": Breakage(
        "trades/kokkfaget.yaml", "checked: 2026-11-26", "checked: 2999-01-01", "2999-01-01"
    ),
    "fact_alternative_without_source": Breakage(
        "counties/agder.yaml",
        "      - value: true\n        source: http://docplayer",
        "      - value: true\n        sourc: http://docplayer",
        "sourc",
    ),
    "fact_unknown_key": Breakage("trades/kokkfaget.yaml", '  note: "1.25', '  notes: "1.25', "notes"),
    # --- counties -------------------------------------------------------------------------------------
    "county_age_rule_without_age": Breakage(
        "counties/agder.yaml",
        "{kind: min_age, age: 25, exceptions: true}",
        "{kind: min_age, exceptions: true}",
        "age_rule",
    ),
    "county_age_rule_none_with_age": Breakage(
        "counties/agder.yaml", "value: {kind: none}", "value: {kind: none, age: 25}", "age_rule"
    ),
    "county_age_out_of_range": Breakage(
        "counties/agder.yaml",
        "{kind: min_age, age: 25, exceptions: true}",
        "{kind: min_age, age: 250, exceptions: true}",
        "age_rule",
    ),
    "county_percent": Breakage(
        "counties/agder.yaml",
        "  min_position_percent:\n    value: 50",
        "  min_position_percent:\n    value: 0",
        "min_position_percent",
    ),
    "county_negative_months": Breakage(
        "counties/agder.yaml",
        "  min_experience_months:\n    value: 12",
        "  min_experience_months:\n    value: -1",
        "min_experience_months",
    ),
    "county_number_format": Breakage("counties/agder.yaml", 'number: "42"', "number: 42", "number", 3),
    "county_number_twice": Breakage("counties/agder.yaml", 'number: "42"', 'number: "03"', "03"),
    "county_unknown_trade": Breakage(
        "counties/agder.yaml", "  trades:\n    value: []", "  trades:\n    value: [kokfaget]", "kokfaget"
    ),
    "county_missing": Breakage(
        "counties/agder.yaml", "", "", "15", edit=lambda root: (root / "counties" / "agder.yaml").unlink()
    ),
    "county_boolean_as_text": Breakage(
        "counties/agder.yaml",
        "    value: false\n    source: doc:ung",
        '    value: "no"\n    source: doc:ung',
        "praksisbrev.offered",
    ),
    # --- trades and programmes ------------------------------------------------------------------------
    "trade_unknown_programme": Breakage(
        "trades/kokkfaget.yaml", "vg2: kokk-og-servitorfag", "vg2: kokk-og-servitofag", "kokk-og-servitorfag"
    ),
    "trade_programme_wrong_level": Breakage(
        "trades/kokkfaget.yaml", "vg2: kokk-og-servitorfag", "vg2: restaurant-og-matfag", "vg1"
    ),
    "trade_bad_model": Breakage("trades/kokkfaget.yaml", 'value: "2+2"', 'value: "2+9"', "model"),
    "trade_months_zero": Breakage("trades/kokkfaget.yaml", "  value: 60\n", "  value: 0\n", "praksiskandidat_months"),
    "trade_alias_taken": Breakage(
        "trades/kokkfaget.yaml", 'aliases: ["kokk"]', 'aliases: ["kokk", "rorleggerfaget"]', "aliases"
    ),
    "programme_bad_level": Breakage("programmes/tomrer.yaml", "level: vg2", "level: vg4", "level"),
    "programme_unknown_target": Breakage(
        "programmes/bygg-og-anleggsteknikk.yaml",
        "",
        "",
        "leads_to",
        edit=lambda root: _add_leads_to(root, "no-such-programme"),
    ),
    "programme_target_wrong_level": Breakage(
        "programmes/bygg-og-anleggsteknikk.yaml",
        "",
        "",
        "vg1",
        edit=lambda root: _add_leads_to(root, "restaurant-og-matfag"),
    ),
    # --- schemes --------------------------------------------------------------------------------------
    "scheme_unknown_condition": Breakage(
        _scheme("vg3_skole"), "code: vg3_already_in_school", "code: vg3_allready_in_school", "vg3_allready_in_school"
    ),
    "scheme_condition_twice": Breakage(
        _scheme("vg3_skole"),
        "code: vg3_already_in_school",
        "code: has_apprenticeship_place",
        "has_apprenticeship_place",
    ),
    "scheme_bad_follow_up": Breakage(
        _scheme("vg3_skole"), "follow_up: [school, county]", "follow_up: [school, teacher]", "follow_up"
    ),
    "scheme_missing_file": Breakage(
        _scheme("mfy"), "", "", "missing scheme file", edit=lambda root: (root / "schemes" / "mfy.yaml").unlink()
    ),
    "scheme_unknown_top_key": Breakage(_scheme("vg3_skole"), "title:", "titel:", "titel"),
    # --- subjects -------------------------------------------------------------------------------------
    "subjects_alias_target": Breakage(
        "subjects.yaml", "samfunnsfag: samfunnskunnskap", "samfunnsfag: samfunnslaere", "samfunnslaere"
    ),
    "subjects_name_missing": Breakage("subjects.yaml", "  kroppsoving: Kroppsøving\n", "", "kroppsoving"),
    "subjects_hours_unknown": Breakage("subjects.yaml", "vg1: {engelsk: 140,", "vg1: {engelska: 140,", "engelska"),
    # --- files ----------------------------------------------------------------------------------------
    "yaml_syntax": Breakage("counties/agder.yaml", "name: Agder", "name: [Agder", "", None),
    "yaml_duplicate_key": Breakage("counties/agder.yaml", "name: Agder\n", "name: Agder\nname: Agder\n", "name"),
    "yaml_alias": Breakage("counties/agder.yaml", "name: Agder", "name: &n Agder\ndomain2: *n", ""),
    "yaml_tag": Breakage("counties/agder.yaml", 'number: "42"', "number: !!python/name:os.system", ""),
    "yaml_not_a_mapping": Breakage("trades/kokkfaget.yaml", "", "- just\n- a list\n", "mapping"),
    "yaml_empty": Breakage("trades/kokkfaget.yaml", "", "", "empty"),
    "file_not_utf8": Breakage(
        "trades/kokkfaget.yaml",
        "",
        "",
        "UTF-8",
        edit=lambda root: (root / "trades" / "kokkfaget.yaml").write_bytes(b"name: K\xf8kk\n"),
    ),
    "file_name_not_an_id": Breakage(
        "trades/Kokk Faget.yaml",
        "",
        "",
        "file name",
        edit=lambda root: shutil.copy(root / "trades" / "kokkfaget.yaml", root / "trades" / "Kokk Faget.yaml"),
    ),
    "index_missing_folder_index": Breakage(
        "trades/index.yaml", "", "", "index.yaml", edit=lambda root: (root / "trades" / "index.yaml").unlink()
    ),
    "index_bad_valid_from": Breakage("index.yaml", "valid_from: 2024-08-01", "valid_from: august 2024", "valid_from"),
    # --- the place of an error is the file's, never pydantic's (`[key]`, `function-after[…]`, `Dated[…]`)
    "standing_unknown_group": Breakage(
        _scheme("praksisbrev"), "standing: {young: alternative", "standing: {yung: alternative", "standing.yung: must"
    ),
    "age_rule_unknown_key": Breakage(
        "counties/agder.yaml",
        "{kind: min_age, age: 25, exceptions: true}",
        "{kind: min_age, agee: 25, exceptions: true}",
        "fagbrev_paa_jobb.age_rule.value.agee: unknown key; did you mean 'age'?",
        50,
    ),
    "age_rule_value_type": Breakage(
        "counties/agder.yaml",
        "{kind: min_age, age: 25, exceptions: true}",
        "{kind: min_age, age: old, exceptions: true}",
        "fagbrev_paa_jobb.age_rule.value.age: expected a whole number",
    ),
    "dated_list_value_type": Breakage(
        "grants.yaml", "  - value: 175882", "  - value: lots", "bt1_per_training_year[0].value: expected a whole", 5
    ),
    "trade_unknown_code_key": Breakage(
        "trades/kjemiprosessfaget.yaml", 'codes: {fagkode: "KJP3004"', 'codes: {fagkod: "KJP3004"', "codes.fagkod", 37
    ),
}


def _cut_list(path: Path, key: str) -> None:
    """`key:` followed by an empty list."""
    text = path.read_text(encoding="utf-8")
    start = text.index(key)
    rest = text[start + len(key) :]
    end = next((i for i, line in enumerate(rest.splitlines(keepends=True)[1:], 1) if line[:1] not in (" ", "")), None)
    lines = rest.splitlines(keepends=True)
    tail = "".join(lines[end:]) if end is not None else ""
    path.write_text(text[:start] + key + " []\n" + tail, encoding="utf-8")


def _add_leads_to(root: Path, target: str) -> None:
    path = root / "programmes" / "bygg-og-anleggsteknikk.yaml"
    text = path.read_text(encoding="utf-8")
    if "leads_to:" in text:
        text = re.sub(r"leads_to: \[", f"leads_to: [{target}, ", text, count=1)
    else:
        text += f"leads_to: [{target}]\n"
    path.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("pristine") / "rules"
    shutil.copytree(ROOT / "rules", dest)
    return dest


def _broken(pristine: Path, tmp_path: Path, b: Breakage) -> Path:
    root = tmp_path / "rules"
    shutil.copytree(pristine, root)
    if b.edit is not None:
        b.edit(root)
    else:
        path = root / b.file
        if b.old:
            text = path.read_text(encoding="utf-8")
            assert b.old in text, f"the breakage no longer applies to {b.file}: {b.old!r}"
            path.write_text(text.replace(b.old, b.new, 1), encoding="utf-8")
        else:
            path.write_text(b.new, encoding="utf-8")
    return root


def _problems(stderr: str) -> list[re.Match[str]]:
    return [m for m in (PROBLEM.match(line) for line in stderr.splitlines()) if m]


def test_there_are_at_least_forty_kinds() -> None:
    assert len(BREAKAGES) >= 40


def test_the_pristine_book_is_clean(pristine: Path) -> None:
    result = run("rules", "check", str(pristine))
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_broken_book_is_caught(name: str, pristine: Path, tmp_path: Path) -> None:
    b = BREAKAGES[name]
    root = _broken(pristine, tmp_path, b)
    checked = run("rules", "check", str(root))
    assert checked.exit_code == 2, f"{name}: rules check missed it\n{checked.stdout}{checked.stderr}"
    assert "internal error" not in checked.stderr and "Traceback" not in checked.stderr
    found = [m for m in _problems(checked.stderr) if m["path"].endswith(b.file) or b.file.endswith("index.yaml")]
    found = found or [m for m in _problems(checked.stderr) if b.file.split("/")[0] in m["path"]]
    assert found, f"{name}: no FILE:LINE:COL line names {b.file}\n{checked.stderr}"
    lines = [m.string for m in found]
    assert any(b.expect in line for line in lines), f"{name}: expected {b.expect!r} in\n" + "\n".join(lines)
    for internal in ("[key]", "function-", "Dated[", "Fact[", "list[", "model_fields", "__root__", ": value: "):
        assert internal not in checked.stderr, f"{name}: pydantic's {internal!r} in\n{checked.stderr}"
    if b.line is not None:
        assert any(int(m["line"]) == b.line for m in found), lines
    planned = run("plan", ELKEM, "--rules", str(root), "--as-of", "2026-11-26", "--format", "json")
    assert planned.exit_code == 2, f"{name}: plan ran on a broken book\n{planned.stdout[:300]}"
    assert "internal error" not in planned.stderr and "Traceback" not in planned.stderr
    assert _problems(planned.stderr), planned.stderr
    assert all(PROBLEM.match(line) or line.startswith("pathway: ") for line in planned.stderr.splitlines())


def test_the_cache_is_keyed_on_content_not_size_and_time(pristine: Path, tmp_path: Path, monkeypatch) -> None:
    import os

    monkeypatch.setenv("PATHWAY_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "rules"
    shutil.copytree(pristine, root)

    def codes() -> list[str]:
        data = run("plan", ELKEM, "--rules", str(root), "--format", "json", "--as-of", "2026-11-26").json()
        return [r["code"] for e in data["excluded"] if e["scheme"] == "praksisbrev" for r in e["reasons"]]

    assert "not_offered_in_county" in codes()
    agder = root / "counties" / "agder.yaml"
    before = agder.stat()
    text = agder.read_text(encoding="utf-8")
    agder.write_text(text.replace("  offered:\n    value: false", "  offered:\n    value: true ", 1), encoding="utf-8")
    os.utime(agder, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size, same time: only the content differs
    assert agder.stat().st_size == before.st_size and agder.stat().st_mtime_ns == before.st_mtime_ns
    assert "not_offered_in_county" not in codes()


def test_an_unusable_cache_is_skipped_with_a_warning(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("PATHWAY_CACHE_DIR", str(blocker / "cache"))
    result = run("plan", ELKEM, "--format", "json", "--as-of", "2026-11-26")
    assert result.exit_code == 0 and result.json()["candidate"] == "k-017"
    assert result.stderr.count("\n") == 1 and "cache" in result.stderr and "Traceback" not in result.stderr
    monkeypatch.setenv("PATHWAY_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()
    assert run("plan", ELKEM, "--format", "json", "--as-of", "2026-11-26").stderr == ""
    cached = next((tmp_path / "cache").glob("rules-*.json"))
    cached.chmod(0)  # unreadable (for anyone but root)
    again = run("plan", ELKEM, "--format", "json", "--as-of", "2026-11-26")
    assert again.exit_code == 0 and "Traceback" not in again.stderr
