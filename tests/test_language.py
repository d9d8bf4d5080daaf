"""The adviser's language and screen: Norwegian all the way in bokmål and nynorsk, output that fits the
width, and the command-line habits people expect (issue 10)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import run

from pathway import messages
from pathway.messages.en import EN

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
ELKEM = str(ROOT / "examples" / "elkem-kjemiprosess.yaml")
AS_OF = ("--as-of", "2026-11-26")
NORWEGIAN = ("nb", "nn")

SNAKE_ID = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")  # fagbrev_paa_jobb, position_too_small, vg3_skole
JOINED_IDS = re.compile(r"\b[a-z_]+\+[a-z_]+\b")  # laerling+fellesfag
ENGLISH = re.compile(
    r"\b(the|and|with|school|company|months?|waiting|routes?|needs|county|exams?|none|unknown|years|planned|"
    r"invalid|schemes?|qualification|finish|reached|follows?|confirm|offered|passed|candidates?)\b",
    re.IGNORECASE,
)
COMMANDS = re.compile(r"pathway \w+|--[a-z-]+|https?://\S+")  # command names and addresses are not sentences


def people_output(lang: str, example: Path) -> str:
    """Everything a person reads for one example: plan, compare, and the check and barriers tables."""
    texts = [
        run("plan", str(example), "--lang", lang, *AS_OF).stdout,
        run("compare", str(example), "--lang", lang, *AS_OF).stdout,
        run("compare", str(example), "--lang", lang, "--format", "markdown", *AS_OF).stdout,
        run("check", str(example), "--lang", lang, *AS_OF).stdout,
        run("barriers", str(example), "--lang", lang, *AS_OF).stdout,
        run("barriers", str(example), "--lang", lang, "--format", "markdown", *AS_OF).stdout,
    ]
    return COMMANDS.sub(" ", "\n".join(texts))


@pytest.mark.parametrize("lang", NORWEGIAN)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_norwegian_output_has_no_ids_and_no_english(lang: str, example: Path) -> None:
    out = people_output(lang, example)
    assert not SNAKE_ID.findall(out), sorted(set(SNAKE_ID.findall(out)))
    assert not JOINED_IDS.findall(out), sorted(set(JOINED_IDS.findall(out)))
    assert not ENGLISH.findall(out), sorted(set(ENGLISH.findall(out)))
    assert not re.search(r"\[[a-z_]+\]", out)  # no condition codes in the sentences


@pytest.mark.parametrize("lang", NORWEGIAN)
def test_condition_codes_and_sources_only_with_verbose(lang: str) -> None:
    shown = run("plan", ELKEM, "--lang", lang, *AS_OF)
    plain = shown.stdout
    verbose = run("plan", ELKEM, "--lang", lang, "--verbose", *AS_OF).stdout
    assert "[not_offered_in_county]" not in plain and "https://" not in plain
    assert "[not_offered_in_county]" in verbose and "https://" in verbose
    assert "--verbose" in shown.stderr  # the hint says where the codes and sources are (on stderr)


@pytest.mark.parametrize("lang", NORWEGIAN)
def test_norwegian_conventions(lang: str) -> None:
    out = run("plan", ELKEM, "--lang", lang, *AS_OF).stdout
    finish = run("plan", ELKEM, "--format", "json", *AS_OF).json()["routes"][0]["finish"]
    messages.set_language(lang)
    finish_words = messages.month(finish)
    messages.set_language("en")
    assert not re.search(r"\b20\d\d-\d\d\b", out)  # months as words, never ISO
    assert finish_words in out and "26. november 2026" in out
    assert "Lærling i kjemiprosessfaget" in out  # a lærefag in lower case mid-sentence
    assert "norsk og samfunnskunnskap" in out  # fellesfag too
    assert not re.search(r"[a-zæøå,] Kjemiprosessfaget", out)  # capital only where a sentence starts
    assert "Agder fylkeskommune" in out  # the county authority is the acting party
    assert "Vg1 teknologi- og industrifag" in out  # names, not ids, in the candidate line
    assert "teknologi-og-industrifag" not in out


def test_decimal_comma_and_en_dash() -> None:
    messages.set_language("nb")
    try:
        assert messages.number(0.5) == "0,5" and messages.number(2.0) == "2"
        assert messages.month("2030-07") == "juli 2030" and messages.month("2030-08", short=True) == "aug. 2030"
        assert messages.day("2026-12-01") == "1. desember 2026"
    finally:
        messages.set_language("en")
    assert messages.number(0.5) == "0.5" and messages.month("2030-07") == "2030-07"
    for lang in messages.LANGUAGES:
        ranges = [
            (k, v)
            for k, v in messages.catalogue(lang).items()
            if re.search(r"(?<![\d-])\d{1,2}-\d{1,3}(?![\d-])|mai-juni", v)
        ]
        assert not ranges, ranges  # ranges take an en dash: 13–80, 0–24, mai–juni


@pytest.mark.parametrize(
    "wrong",
    [
        "måneder dit",
        "alder da",
        "d/uke",
        "via ",
        "som inaktiv",
        "basistilskudd 1",
        "basistilskudd 2",
        "skrive lærekontrakt",
        "ingen bedrift har tilbudt det",
        "regelbok ",
        "regelboka",
        "meld deg opp",
        "brevet eller beviset blir utstedt",
    ],
)
def test_the_bokmal_review_is_applied(wrong: str) -> None:
    """../shared/reviews/bokmal-2026-12.md: the calques and wrong terms are gone from the catalogue."""
    from pathway.messages.nb import NB

    assert not [k for k, v in NB.items() if wrong in v]


def test_udir_terms_in_bokmal_and_nynorsk() -> None:
    from pathway.messages.nb import NB
    from pathway.messages.nn import NN

    nb, nn = " ".join(NB.values()), " ".join(NN.values())
    for term in ("inngå", "lærebedrift", "formidling", "basistilskudd I", "Nav avslutter", "fylkeskommune godkjenner"):
        assert term in nb, term
    for term in ("sveinebrev", "sveineprøve", "basistilskot I", "lærebedrifta", "læretida", "skule", "ikkje"):
        assert term in nn, term
    for bokmal in (" ikke ", " skole ", " måneder", "svennebrev", " hvis ", " bare "):
        assert bokmal not in nn, bokmal


def test_nynorsk_from_lang_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "nn_NO.UTF-8")
    out = run("plan", ELKEM, *AS_OF).stdout
    assert "månader" in out and "Fylkeskommunen avgjer" in out
    assert out == run("plan", ELKEM, "--lang", "nn", *AS_OF).stdout


# --- the terminal ---------------------------------------------------------------------------------


def plan_out(example: Path, lang: str, columns: str | None, monkeypatch: pytest.MonkeyPatch) -> str:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    return run("plan", str(example), "--lang", lang, *AS_OF).stdout


@pytest.mark.parametrize("lang", messages.LANGUAGES)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_plan_fits_80_columns(example: Path, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    out = plan_out(example, lang, "80", monkeypatch)
    assert max(len(line) for line in out.splitlines()) <= 80


def test_piped_plan_honours_columns_and_defaults_to_100(monkeypatch: pytest.MonkeyPatch) -> None:
    example = ROOT / "examples" / "adult-operator-rogaland.yaml"
    default = plan_out(example, "en", None, monkeypatch)
    wide = plan_out(example, "en", "140", monkeypatch)
    assert 90 < max(len(line) for line in default.splitlines()) <= 100
    assert 100 < max(len(line) for line in wide.splitlines()) <= 140


def test_step_text_wraps_at_word_boundaries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every word of every step title appears whole in the 80-column view."""
    monkeypatch.setenv("COLUMNS", "80")
    for example in EXAMPLES:
        data = run("plan", str(example), "--lang", "nb", "--format", "json", *AS_OF).json()
        words = set(run("plan", str(example), "--lang", "nb", *AS_OF).stdout.split())
        for route in data["routes"]:
            for step in route["steps"]:
                missing = [w for w in step["title"].split() if w not in words]
                assert not missing, (example.name, step["title"], missing)


def _bars(out: str) -> list[str]:
    """The route bars of the plan view: the line after each year axis."""
    lines = out.splitlines()
    return [lines[i + 1] for i, line in enumerate(lines) if re.fullmatch(r"\s+20\d\d(\s+20\d\d)*", line)]


def test_one_bar_scale_for_all_routes_of_a_plan() -> None:
    for example in EXAMPLES:
        data = run("plan", str(example), "--format", "json", *AS_OF).json()
        bars = _bars(run("plan", str(example), *AS_OF).stdout)
        assert len(bars) == len(data["routes"])
        ends = [r["finish"] for r in data["routes"]]
        for (end_a, bar_a), (end_b, bar_b) in zip(
            zip(ends, bars, strict=True), zip(ends[1:], bars[1:], strict=True), strict=False
        ):
            if end_a < end_b:
                assert len(bar_a.rstrip()) <= len(bar_b.rstrip()), (example.name, end_a, end_b)
        out = run("plan", str(example), *AS_OF).stdout
        axes = {line for line in out.splitlines() if re.fullmatch(r"\s+20\d\d(\s+20\d\d)*", line)}
        assert len(axes) == 1  # the same axis above every route


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_legend_names_every_glyph(lang: str) -> None:
    legend = messages.catalogue(lang)["timeline.legend"]
    for example in EXAMPLES:
        out = run("plan", str(example), "--lang", lang, *AS_OF).stdout
        used = {c for c in out if c in "█▆▁▒·"} - {"·"} | ({"·"} if "··" in out else set())
        assert used <= set(legend), (example.name, used - set(legend))
    assert set("█▆▁▒·") <= set(legend)


def test_columns_say_what_they_mean() -> None:
    out = run("plan", ELKEM, *AS_OF).stdout
    heading = " ".join(out.split())
    assert "age at the end" in " ".join(EN["view.columns"].split()) or "at the" in heading
    assert "school days a week" in " ".join(EN["view.columns"].replace("|", " ").split())


@pytest.mark.parametrize("columns", ["80", "100", "120"])
@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_compare_never_breaks_a_label_inside_a_word(columns: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    catalogue = messages.catalogue(lang)
    words = {w for key, v in catalogue.items() if key.startswith("compare.row.") for w in v.split()}
    for example in EXAMPLES:
        out = run("compare", str(example), "--lang", lang, *AS_OF).stdout
        assert max(len(line) for line in out.splitlines()) <= int(columns)
        labels = [line.split("│")[1].split() for line in out.splitlines() if line.startswith("│")]
        pieces = {w for label in labels for w in label}
        assert pieces <= words, (example.name, sorted(pieces - words))


# --- command-line habits --------------------------------------------------------------------------


def test_short_version_flag() -> None:
    long, short = run("--version"), run("-V")
    assert short.exit_code == 0 and short.stdout == long.stdout and short.stdout.startswith("pathway ")


HELP = [[], ["plan"], ["check"], ["barriers"], ["compare"], ["report"], ["schema"], ["rules", "check"]]


@pytest.mark.parametrize("command", HELP, ids=lambda c: " ".join(c) or "pathway")
def test_help_has_no_stray_bool(command: list[str]) -> None:
    out = run(*command, "--help").stdout
    assert "<bool>" not in out and "--help" in out


def test_quiet_and_no_color_anywhere_on_the_line() -> None:
    shown = run("plan", ELKEM, *AS_OF)
    plain = shown.stdout
    quiet = run("plan", ELKEM, "--quiet", *AS_OF)
    assert quiet.exit_code == 0 and "--verbose" not in quiet.stdout + quiet.stderr and "--verbose" in shown.stderr
    assert run("-q", "plan", ELKEM, *AS_OF).stdout == quiet.stdout
    assert run("plan", ELKEM, "--no-color", *AS_OF).stdout == plain
    ok = run("rules", "check", str(ROOT / "rules"))
    assert ok.exit_code == 0 and ok.stdout.startswith("ok:")
    assert run("rules", "check", str(ROOT / "rules"), "-q").stdout == ""


def test_rules_check_speaks_the_language() -> None:
    out = run("rules", "check", str(ROOT / "rules"), "--lang", "nn").stdout
    assert "regelfiler i" in out


def test_plan_help_describes_the_candidate_file() -> None:
    """Every key of the candidate file is named in `pathway plan --help`, each with an example."""
    from pathway.models.candidate import Candidate

    out = " ".join(run("plan", "--help").stdout.replace("│", " ").split())
    for key in Candidate.model_fields:
        assert re.search(rf"\b{key}:", out), key


def test_the_candidate_example_in_plan_help_works(tmp_path: Path) -> None:
    """The example lines in `pathway plan --help`, put together (age instead of birth_date dropped), plan."""
    lines = [line.strip(" │") for line in run("plan", "--help").stdout.splitlines()]
    fields = [m.group(1) for line in lines if (m := re.match(r"(\w+: .+?)(?:\s{2,}|$)", line))]
    example = "\n".join(f for f in fields if not f.startswith(("age:", "Usage:", "Example:")))
    path = tmp_path / "k-017.yaml"
    path.write_text(example + "\n", encoding="utf-8")
    result = run("plan", str(path), "--format", "json", *AS_OF)
    assert result.exit_code == 0, (example, result.stderr)
    assert result.json()["candidate"] == "k-017"


BAD = {
    "percent": "county: agder\nage: 17\ngoal: {trade: kokkfaget}\n"
    "work:\n  - {trade: kokkfaget, months: 5, percent: 150}\n",
    "tab": "county: agder\nage: 17\ngoal:\n\ttrade: kokkfaget\n",
    "mapping": "county: agder\nage: 17\ngoal: kokkfaget\n",
    "unclosed": "county: agder\nage: 17\ngoal: {trade: kokkfaget\n",
    "choice": "county: agder\nage: x\ngoal: {trade: kokkfaget}\nschool:\n  - {level: vg7, programme: naturbruk}\n",
    "colon": "county: agder\nage: 17\ngoal: {trade: kokkfaget}\nid: a: b\n",
}
PYTHON_AND_PARSER_WORDS = re.compile(
    r"\b(input|should|expected|found|mapping|token|scalar|while|parsing|scanning|str|dict|or|less|equal)\b"
)


@pytest.mark.parametrize("lang", NORWEGIAN)
@pytest.mark.parametrize("case", sorted(BAD))
def test_validation_errors_are_our_own_norwegian_sentences(case: str, lang: str, tmp_path: Path) -> None:
    path = tmp_path / "cand.yaml"
    path.write_text(BAD[case], encoding="utf-8")
    result = run("plan", str(path), "--lang", lang, *AS_OF)
    assert result.exit_code == 2 and result.stderr
    for line in result.stderr.splitlines():
        message = line.split(": ", 1)[1]
        assert not PYTHON_AND_PARSER_WORDS.findall(message), line


HELP_ENGLISH = re.compile(
    r"\b(the|and|show|options|usage|default|required|message|exit|routes?|print|folder|rule book|school|"
    r"company|which|how|many|write|replace|group|worker|language|candidates?|file|files|or|with)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("lang", NORWEGIAN)
@pytest.mark.parametrize("command", HELP, ids=lambda c: " ".join(c) or "pathway")
def test_help_in_norwegian(command: list[str], lang: str) -> None:
    out = run("--lang", lang, *command, "--help").stdout
    assert out == run(*command, "--help", "--lang", lang).stdout  # --lang anywhere on the line
    said = re.sub(
        r"`[^`]*`|pathway [a-z ]+|--?[a-z-]+|\$[A-Z_]+|<[^>]*>|\b[A-Z_|.]{2,}\b"  # code, options, metavars
        r"|(?m:^ \w+: [^\s`]+)|\S+/\S+|\[[^\]]*\]|\w+, ",  # keys of the file, paths, defaults, values
        " ",
        out,
    )
    assert not HELP_ENGLISH.findall(said), sorted(set(HELP_ENGLISH.findall(said)))
    english = run(*command, "--help").stdout
    assert "Options" in english or "Usage" in english  # and English again afterwards


def test_every_command_and_option_has_norwegian_help() -> None:
    """A new command or option needs its help.* sentence in the catalogues, or --help turns English."""
    import typer

    from pathway.cli import app

    def keys(command: object, path: str) -> list[tuple[str, ...]]:
        found: list[tuple[str, ...]] = [(f"help.{path}",)]
        for param in command.params:  # type: ignore[attr-defined]
            if getattr(param, "help", None):
                found.append((f"help.{path}.{param.name}", f"help.option.{param.name}"))
        for name, sub in getattr(command, "commands", {}).items():
            found += keys(sub, name if path == "pathway" else f"{path}_{name}")
        return found

    for lang in NORWEGIAN:
        catalogue = messages.catalogue(lang)
        missing = [k for k in keys(typer.main.get_command(app), "pathway") if not any(c in catalogue for c in k)]
        assert not missing, (lang, missing)


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_a_trade_written_as_the_goal_is_shown_how_to_write_it(lang: str, tmp_path: Path) -> None:
    path = tmp_path / "cand.yaml"
    path.write_text(BAD["mapping"], encoding="utf-8")
    result = run("plan", str(path), "--lang", lang, *AS_OF)
    assert result.exit_code == 2 and "goal" in result.stderr and "trade: kokkfaget" in result.stderr
    assert "str" not in result.stderr.split(": ", 1)[1]  # no Python type names


def test_as_of_takes_a_norwegian_date_like_candidate_files() -> None:
    from tests.helpers import run

    example = str(Path(__file__).resolve().parent.parent / "examples" / "elkem-kjemiprosess.yaml")
    norwegian = run("plan", example, "--as-of", "01.08.2027", "--format", "json")
    iso = run("plan", example, "--as-of", "2027-08-01", "--format", "json")
    assert norwegian.exit_code == iso.exit_code and norwegian.stdout == iso.stdout, norwegian.stderr
    bad = run("--lang", "nb", "plan", example, "--as-of", "1.13.2027")
    assert bad.exit_code == 2 and len(bad.stderr.splitlines()) == 1 and "ikke en dato" in bad.stderr


@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
def test_the_header_says_when_grunnskole_is_not_finished(tmp_path: Path, lang: str) -> None:
    from pathway.messages import catalogue
    from tests.helpers import run, write

    path = write(tmp_path, "age: 15\ngrunnskole: false\ncounty: agder\ngoal: {trade: kokkfaget}\n")
    out = run("--lang", lang, "plan", path, "--as-of", "2026-11-26").stdout
    header = " ".join(out.split("\n\n")[0].split())
    assert catalogue(lang)["view.school.no_grunnskole"] in header
    assert catalogue(lang)["view.school.none"] not in header


def test_nynorsk_writes_gjort_om() -> None:
    from pathway.messages.nn import NN

    assert not [key for key, said in NN.items() if "gjord om" in said]


USAGE_ERRORS = [
    (["plna"], "'plan'"),
    (["plan", "k.yaml", "--format", "jsno"], "'json'"),
    (["plan", "k.yaml", "--formt", "json"], "'--format'"),
    (["barriers", "kull.csv", "--by", "age"], "'age-band'"),
    (["rules", "list", "trade"], "'trades'"),
    (["check", "k.yaml", "--format", "xml"], None),
    (["plan"], None),
    (["plan", "k.yaml", "--top", "0"], None),
    (["plan", "k.yaml", "--top", "x"], None),
    (["plan", "k.yaml", "extra"], None),
    (["plan", "k.yaml", "--bogus"], None),
]
ENGLISH_USAGE = (
    "No such",
    "Try '",
    "Invalid value",
    "Missing ",
    "is not one of",
    "Value error",
    "Input should",
    "Got ",
)


@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
@pytest.mark.parametrize(("args", "suggested"), USAGE_ERRORS)
def test_a_usage_error_is_one_line_in_the_users_language(lang: str, args: list[str], suggested: str | None) -> None:
    from tests.helpers import run

    r = run("--lang", lang, *args)
    assert r.exit_code == 2, (r.stdout, r.stderr)
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    assert "╭" not in r.stderr and "Usage" not in r.stderr and "Bruk" not in r.stderr
    assert lines[0].startswith("pathway") and " -h)" in lines[0]
    if lang != "en":
        assert not [w for w in ENGLISH_USAGE if w in lines[0]], lines[0]
    if suggested:
        assert suggested in lines[0], lines[0]
