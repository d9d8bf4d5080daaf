"""docs/ documents the contract in English and bokmål, README links it, and the examples in it work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import run

ROOT = Path(__file__).resolve().parent.parent
DOCS = {
    "en": ["docs/candidate-file.md", "docs/json-output.md", "docs/exit-codes.md"],
    "nb": ["docs/nb/kandidatfil.md", "docs/nb/json-utdata.md", "docs/nb/avslutningskoder.md"],
}


def test_readme_links_every_page() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for pages in DOCS.values():
        for page in pages:
            assert f"]({page})" in readme, page
            assert (ROOT / page).is_file(), page


@pytest.mark.parametrize("lang", sorted(DOCS))
def test_candidate_page_names_every_key_and_its_example_plans(lang: str, tmp_path: Path) -> None:
    from pathway.models.candidate import Candidate

    page = (ROOT / DOCS[lang][0]).read_text(encoding="utf-8")
    for key in Candidate.model_fields:
        assert f"`{key}" in page, key
    example = re.search(r"```yaml\n(.*?)```", page, re.DOTALL).group(1)  # type: ignore[union-attr]
    path = tmp_path / "k-017.yaml"
    path.write_text(example, encoding="utf-8")
    result = run("plan", str(path), "--format", "json", "--as-of", "2026-11-26")
    assert result.exit_code == 0, result.stderr
    assert result.json()["candidate"] == "k-017"


@pytest.mark.parametrize("lang", sorted(DOCS))
def test_json_page_names_the_keys_pathway_prints(lang: str) -> None:
    page = (ROOT / DOCS[lang][1]).read_text(encoding="utf-8")
    data = run("plan", str(ROOT / "examples" / "elkem-kjemiprosess.yaml"), "--format", "json").json()
    keys = set(data) | set(data["routes"][0]) - {"age_at_finish"} | set(data["excluded"][0]["reasons"][0])
    for key in keys:
        assert f'"{key}"' in page or f"`{key}`" in page, key


@pytest.mark.parametrize("lang", sorted(DOCS))
def test_exit_code_page_names_every_code(lang: str) -> None:
    from pathway.errors import ExitCode

    page = (ROOT / DOCS[lang][2]).read_text(encoding="utf-8")
    for code in ExitCode:
        assert f"| {int(code)} |" in page, code


def test_the_ranking_page_is_made_from_the_rule_book_the_planner_reads() -> None:
    """docs/ranking.md says what rules/ranking.yaml and the target groups say (remake it with
    `python -m pathway.render.ranking_doc > docs/ranking.md`)."""
    from pathway.render.ranking_doc import ranking_doc
    from pathway.ruleset import RuleBook

    made = ranking_doc(RuleBook(ROOT / "rules"))
    assert (ROOT / "docs" / "ranking.md").read_text(encoding="utf-8") == made
    assert "## 1. `qualification`" in made and "`in_hand`" in made


DOC_FILES = ["README.md", "rules/README.md", *(str(p.relative_to(ROOT)) for p in sorted((ROOT / "docs").rglob("*.md")))]
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
PATH = re.compile(r"`((?:\.\./|[\w.-]+/)+[\w.-]+\.(?:md|yaml|json|py|png|csv|toml))`")


@pytest.mark.parametrize("doc", DOC_FILES)
def test_docs_reference_only_files_in_the_repository(doc: str) -> None:
    """Every link and every path in the docs is a file of the repository (the contract lives in docs/)."""
    page = (ROOT / doc).read_text(encoding="utf-8")
    here = (ROOT / doc).parent
    for target in LINK.findall(page):
        if "://" in target or target.startswith("mailto:"):
            continue
        assert (here / target).resolve().exists(), (doc, target)
    for target in PATH.findall(page):
        if "<" in target:
            continue
        candidates = [(here / target).resolve(), (ROOT / target).resolve()]
        assert any(c.exists() and c.is_relative_to(ROOT) for c in candidates), (doc, target)
    assert "../shared" not in page and not re.search(r"(?<![/\w])CONTRACT\.md", page), doc


def test_the_public_contract_is_in_docs() -> None:
    contract = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
    assert contract.startswith("# pathway — the public contract")
    assert "](docs/contract.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_report_picture_is_made_by_a_script() -> None:
    import subprocess
    import sys

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/report.png" in readme and "docs/make_report_png.py" in readme
    done = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "make_report_png.py"), "--dry-run"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "pathway report" in done.stdout and "--screenshot=" in done.stdout and "neet-17-agder-it.yaml" in done.stdout
