"""Every bad candidate file gives one clear line on stderr, `PATH:LINE:COL: field: message`, and exit 2.

Each case goes through the CLI (`pathway plan FILE --as-of ...`), as an adviser would run it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import AS_OF
from tests.helpers import Run, run, runner, write

VALID = "age: 17\ncounty: agder\ngoal: {trade: kokkfaget}\n"


def error_line(r: Run, path: str, field: str, *words: str, line: int | None = None, col: int | None = None) -> str:
    """Assert the run failed with exactly one `path:line:col: field: message` line; return it."""
    assert r.exit_code == 2, (r.exit_code, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    lines = [ln for ln in r.stderr.split("\n") if ln.strip()]
    assert len(lines) == 1, r.stderr
    m = re.match(rf"^{re.escape(path)}:(\d+):(\d+): (.+)$", lines[0])
    assert m, lines[0]
    rest = m.group(3)
    if field:
        assert rest.startswith(f"{field}: "), lines[0]
    for word in words:
        assert word.lower() in rest.lower(), (word, lines[0])
    if line is not None:
        assert int(m.group(1)) == line, lines[0]
    if col is not None:
        assert int(m.group(2)) == col, lines[0]
    return lines[0]


def plan(path: str, *extra: str) -> Run:
    return run("plan", path, "--as-of", AS_OF, *extra)


# --- the file itself ---------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "nope.yaml")
    error_line(plan(path), path, "", "no such file", line=1, col=1)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    error_line(plan(str(tmp_path)), str(tmp_path), "", "folder", line=1, col=1)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"age: 17\ncounty: \xd8stfold\ngoal: {trade: kokkfaget}\n")
    error_line(plan(str(path)), str(path), "", "UTF-8", line=2, col=9)


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, VALID + "notes: '" + "x" * 2_100_000 + "'\n")
    assert Path(path).stat().st_size > 2_000_000
    r = plan(path)  # refused by its size, before it is parsed
    error_line(r, path, "", "larger than", line=1, col=1)


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    # Billion laughs: 9**6 copies if aliases were expanded. This is about not hanging, not a benchmark.
    levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for prev, name in zip("abcde", "bcdef", strict=True):
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    path = write(tmp_path, "\n".join(levels) + "\n" + VALID)
    r = plan(path)  # refused at the first alias, never expanded
    error_line(r, path, "", "alias")


# --- YAML syntax and shape -----------------------------------------------------------------------

# (id, text, field, words, line, col); field "" is a file-level error.
CASES = [
    ("empty file", "", "", ["empty"], 1, 1),
    ("only comments", "# a candidate\n# to be written\n", "", ["empty"], 1, 1),
    (
        "unbalanced brackets",
        "age: 17\ncounty: [agder\ngoal: {trade: kokkfaget}\n",
        "",
        ["not valid YAML", "line 2"],
        3,
        None,
    ),
    ("unclosed mapping", "age: 17\ngoal: {trade: kokkfaget\ncounty: agder\n", "", ["not valid YAML"], 3, None),
    ("a list", "- age: 17\n- county: agder\n", "", ["mapping", "list"], 1, 1),
    ("a scalar", "just some text\n", "", ["mapping"], 1, 1),
    ("two documents", VALID + "---\n" + VALID, "", ["more than one", "---"], 4, 1),
    ("duplicate key", VALID + "county: oslo\n", "", ["duplicate", "county"], 4, 1),
    ("tab indentation", "age: 17\n\tcounty: agder\n", "", ["tab"], 2, None),
    ("control character", "age: 17\ncounty: ag\x00der\ngoal: {trade: kokkfaget}\n", "", ["U+0000"], 2, 11),
    # keys
    (
        "unknown top-level key",
        "age: 17\ncuonty: agder\ngoal: {trade: kokkfaget}\n",
        "cuonty",
        ["unknown key", "'county'"],
        2,
        1,
    ),
    (
        "unknown nested key",
        "age: 17\ncounty: agder\ngoal:\n  trad: kokkfaget\n",
        "goal.trad",
        ["unknown key", "'trade'"],
        4,
        3,
    ),
    ("key that is a number", VALID + "1: x\n", "", ["key 1"], 4, 1),
    # ids resolved against the rule book
    (
        "unknown county",
        "age: 17\ncounty: agdr\ngoal: {trade: kokkfaget}\n",
        "county",
        ["unknown county 'agdr'", "'agder'"],
        2,
        9,
    ),
    (
        "unknown trade",
        "age: 17\ncounty: agder\ngoal: {trade: kokfaget}\n",
        "goal.trade",
        ["unknown trade 'kokfaget'", "'kokkfaget'"],
        3,
        15,
    ),
    (
        "unknown programme",
        VALID + "school:\n  - {level: vg1, programme: fisking}\n",
        "school[0].programme",
        ["unknown programme", "fisking"],
        5,
        29,
    ),
    (
        "unknown fellesfag",
        VALID + "fellesfag:\n  missing: [norsk, latin]\n",
        "fellesfag.missing[1]",
        ["unknown fellesfag", "latin"],
        5,
        20,
    ),
    (
        "level does not match programme",
        VALID + "school:\n  - {level: vg2, programme: restaurant-og-matfag}\n",
        "school[0].level",
        ["vg1 programme", "not vg2"],
        5,
        13,
    ),
    ("county empty", "age: 17\ncounty:\ngoal: {trade: kokkfaget}\n", "county", ["county", "None"], 2, None),
    # age and birth date
    ("age 12", "age: 12\ncounty: agder\ngoal: {trade: kokkfaget}\n", "age", ["12", "13–80"], 1, 6),
    ("age 81", "age: 81\ncounty: agder\ngoal: {trade: kokkfaget}\n", "age", ["81", "13–80"], 1, 6),
    (
        "age and birth_date",
        "county: agder\nage: 17\nbirth_date: 2009-05-14\ngoal: {trade: kokkfaget}\n",
        "age",
        ["birth_date", "not both"],
        2,
        None,
    ),
    ("neither age nor birth_date", "county: agder\ngoal: {trade: kokkfaget}\n", "age", ["birth_date"], 1, 1),
    (
        "birth_date not a date (month 14)",
        "county: agder\nbirth_date: 2007-14-05\ngoal: {trade: kokkfaget}\n",
        "birth_date",
        ["not a date", "YYYY-MM-DD"],
        2,
        13,
    ),
    (
        "birth_date gives age over 80",
        "county: agder\nbirth_date: 1900-01-01\ngoal: {trade: kokkfaget}\n",
        "birth_date",
        ["13–80"],
        2,
        13,
    ),
    ("age as text", "age: '17'\ncounty: agder\ngoal: {trade: kokkfaget}\n", "age", ["whole number"], 1, 6),
    # YAML 1.1 traps: the loader keeps these as text, and the error says what is wrong
    ("county: NO", "age: 17\ncounty: NO\ngoal: {trade: kokkfaget}\n", "county", ["unknown county 'NO'"], 2, 9),
    (
        "apprenticeship_place: yes",
        VALID + "apprenticeship_place: yes\n",
        "apprenticeship_place",
        ["true or false", "'yes'"],
        4,
        23,
    ),
    (
        "apprenticeship_place: no",
        VALID + "apprenticeship_place: no\n",
        "apprenticeship_place",
        ["true or false", "'no'"],
        4,
        23,
    ),
    # a national identity number instead of a pseudonym
    ("national id quoted", "id: '01020312345'\n" + VALID, "id", ["national identity number", "pseudonym"], 1, 5),
    ("national id with space", "id: 010203 12345\n" + VALID, "id", ["national identity number", "pseudonym"], 1, 5),
    ("national id unquoted number", "id: 31129912345\n" + VALID, "id", ["national identity number", "pseudonym"], 1, 5),
]


@pytest.mark.parametrize(
    ("text", "field", "words", "line", "col"), [pytest.param(*case[1:], id=case[0]) for case in CASES]
)
def test_bad_candidate(tmp_path: Path, text: str, field: str, words: list[str], line: int, col: int | None) -> None:
    path = write(tmp_path, text)
    error_line(plan(path), path, field, *words, line=line, col=col)


def test_unknown_required_key_gives_one_line_not_also_missing(tmp_path: Path) -> None:
    path = write(tmp_path, "age: 17\ncuonty: agder\ngoal: {trade: kokkfaget}\n")
    assert "missing" not in error_line(plan(path), path, "cuonty")


# --- values that are fine -----------------------------------------------------------------------


def test_valid_minimal_candidate(tmp_path: Path) -> None:
    r = plan(write(tmp_path, VALID))
    assert r.exit_code == 0, r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize(
    ("value", "county"), [("03", "oslo"), ('"42"', "agder"), ("42", "agder"), ("Møre og Romsdal", "more-og-romsdal")]
)
def test_county_number_or_name(tmp_path: Path, value: str, county: str) -> None:
    path = write(tmp_path, f"age: 17\ncounty: {value}\ngoal: {{trade: kokkfaget}}\n")
    r = plan(path, "--format", "json")
    assert r.exit_code in (0, 1), r.stderr
    assert r.json()["summary"]["county"] == county


# --- stdin and options ----------------------------------------------------------------------------


def test_stdin_valid() -> None:
    r = run("plan", "-", "--as-of", AS_OF, "--format", "json", stdin=VALID)
    assert r.exit_code == 0, r.stderr
    assert r.json()["summary"]["county"] == "agder"


def test_stdin_bad() -> None:
    r = run("plan", "-", "--as-of", AS_OF, stdin="age: 17\ncounty: agdr\ngoal: {trade: kokkfaget}\n")
    error_line(r, "<stdin>", "county", "unknown county", line=2, col=9)


def test_stdin_not_yaml() -> None:
    r = run("plan", "-", "--as-of", AS_OF, stdin="age: 17\ncounty: [agder\n")
    error_line(r, "<stdin>", "", "not valid YAML")


def test_bad_as_of(tmp_path: Path) -> None:
    r = run("plan", write(tmp_path, VALID), "--as-of", "2026-13-01")
    error_line(r, "--as-of", "as_of", "not a date", "2026-13-01", line=1, col=1)


@pytest.mark.parametrize("where", ["before", "after"])
def test_traceback_option_lets_the_exception_through(tmp_path: Path, where: str) -> None:
    from pathway.cli import app
    from pathway.errors import InputError

    path = write(tmp_path, "age: 17\ncounty: agdr\ngoal: {trade: kokkfaget}\n")
    args = ["plan", path, "--as-of", AS_OF]
    args = ["--traceback", *args] if where == "before" else [*args, "--traceback"]
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError), repr(result.exception)
    # and the next run without the option is back to one line
    error_line(plan(path), path, "county", "unknown county")


def test_real_process_traceback_only_on_request(tmp_path: Path) -> None:
    path = write(tmp_path, "age: 17\ncounty: agdr\ngoal: {trade: kokkfaget}\n")
    cmd = [sys.executable, "-m", "pathway", "plan", path, "--as-of", AS_OF]
    plain = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert plain.returncode == 2, plain.stderr
    assert plain.stderr.strip().splitlines() == [f"{path}:2:9: county: unknown county 'agdr'; did you mean 'agder'?"]
    shown = subprocess.run([*cmd, "--traceback"], capture_output=True, text=True, timeout=60)
    assert shown.returncode != 0
    assert "Traceback" in shown.stderr


# --- a date that is not one, in every language (bokmål and nynorsk used to crash on month 13) ---------

BAD_DATES = [
    ("birth_date: 2008-13-45\n", "birth_date", 1),
    ("birth_date: 2023-02-29\n", "birth_date", 1),
    ("work: [{trade: kokkfaget, percent: 100, from: 2025-13, to: 2026-02}]\n", "work[0].from", 1),
    ("current: {kind: laerling, since: 2025-00}\n", "current.since", 1),
]


@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
@pytest.mark.parametrize(("line", "field", "at"), BAD_DATES)
def test_a_bad_date_is_one_line_in_every_language(tmp_path: Path, lang: str, line: str, field: str, at: int) -> None:
    path = write(tmp_path, line + "county: agder\ngoal: {trade: kokkfaget}\n")
    r = run("--lang", lang, "plan", path, "--as-of", AS_OF)
    error_line(r, path, field, line=at)
    assert "internal error" not in r.stderr and "IndexError" not in r.stderr


@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
def test_a_bad_date_in_check_is_a_row_that_names_the_field(tmp_path: Path, lang: str) -> None:
    write(tmp_path, "id: k-1\nbirth_date: 2008-13-45\ncounty: agder\ngoal: {trade: kokkfaget}\n")
    r = run("--lang", lang, "check", str(tmp_path), "--as-of", AS_OF, "--format", "csv")
    assert r.exit_code == 2, (r.stdout, r.stderr)
    assert "IndexError" not in r.stdout + r.stderr
    assert "birth_date" in r.stdout and "2008-13-45" in r.stdout


@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
def test_a_bad_date_in_the_rules_is_one_line_in_every_language(
    tmp_path: Path, lang: str, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    book = tmp_path / "rules"
    shutil.copytree(root / "rules", book)
    county = book / "counties" / "agder.yaml"
    source = county.read_text(encoding="utf-8")
    first = re.search(r"checked: (\d{4}-\d{2}-\d{2})", source)
    assert first
    county.write_text(source[: first.start(1)] + "2026-13-01" + source[first.end(1) :], encoding="utf-8")
    monkeypatch.setenv("PATHWAY_RULES", str(book))
    r = run("--lang", lang, "rules", "check")
    assert r.exit_code == 2, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if "agder.yaml" in ln]
    assert len(lines) == 1, r.stderr  # the bad date alone: no "expected a list", no "in the future"
    assert "2026-13-01" in lines[0] and "function-after" not in lines[0]
    assert "internal error" not in r.stderr
