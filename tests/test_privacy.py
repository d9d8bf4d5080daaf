"""What identifies a person never leaves pathway: a national identity number or a person's name typed
into a field that holds neither is not repeated in an error, however it is written; a file named by
one is masked or, with --redact, hashed; and a field that holds an id takes only what CONTRACT.md §1
allows (no emoji, no zero-width characters, no look-alike letters of other scripts, no malformed
county numbers)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pathway.ids import foreign_character
from pathway.privacy import looks_like_national_id, looks_like_person_name, mask_national_ids
from tests.conftest import AS_OF
from tests.helpers import run, write

NATIONAL_ID = "01019012345"
BASE = "id: k-1\nage: 18\n"
FUZZ = settings(
    max_examples=int(os.environ.get("PATHWAY_FUZZ_EXAMPLES", "25")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
PROBLEM = re.compile(r"^.+:\d+:\d+: .+$")


def plan(path: str, *args: str) -> tuple[int, str]:
    r = run(*args, "plan", path, "--as-of", AS_OF)
    return r.exit_code, r.stdout + r.stderr


def candidate(county: str = "agder", trade: str = "kokkfaget", tail: str = "") -> str:
    return BASE + f"county: {county}\ngoal: {{trade: {trade}}}\n" + tail


# --- errors never echo a national id or a name ----------------------------------------------------

PRIVATE = [
    ("county", candidate(county="Ola Nordmann"), "Ola Nordmann", "name"),
    ("county", candidate(county="'01019012345'"), NATIONAL_ID, "national"),
    ("county", candidate(county="[01019012345]"), NATIONAL_ID, "national"),
    ("goal.trade", candidate(trade="'01019012345'"), NATIONAL_ID, "national"),
    ("goal.trade", candidate(trade="010190 - 12345"), "12345", "national"),
    ("goal.trade", candidate(trade="Kari Nordmann"), "Nordmann", "name"),
    ("work[0].trade", candidate(tail="work: [{trade: KARI NORDMANN, months: 3}]\n"), "NORDMANN", "name"),
    ("school[0].programme", candidate(tail="school: [{level: vg1, programme: 010190:12345}]\n"), "12345", "national"),
    ("fellesfag.missing[0]", candidate(tail="fellesfag: {missing: [Per van der Berg]}\n"), "Berg", "name"),
    ("grunnskole", candidate(tail="grunnskole: Ola Nordmann\n"), "Nordmann", "name"),
    ("special_needs", candidate(tail="special_needs: '01019012345'\n"), NATIONAL_ID, "national"),
    ("work[0].country", candidate(tail="work: [{trade: kokkfaget, months: 3, country: '01019012345'}]\n"), NATIONAL_ID,
     "national"),  # fmt: skip
    ("birth_date", "id: k-1\nbirth_date: '010190-12345'\ncounty: agder\ngoal: {trade: kokkfaget}\n", "12345",
     "national"),  # fmt: skip
]


@pytest.mark.parametrize(("field", "body", "secret", "like"), PRIVATE, ids=[f"{p[0]}-{p[3]}" for p in PRIVATE])
@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
def test_an_error_never_echoes_a_national_id_or_a_name(
    tmp_path: Path, field: str, body: str, secret: str, like: str, lang: str
) -> None:
    code, out = plan(write(tmp_path, body), "--lang", lang)
    assert code == 2, out
    assert secret not in out and "Nordmann" not in out and NATIONAL_ID not in out
    lines = [ln for ln in out.splitlines() if f": {field}: " in ln]
    assert len(lines) == 1 and PROBLEM.match(lines[0]), out
    said = {"en": ("not shown", {"name": "name", "national": "national identity"}),
            "nb": ("vises", {"name": "personnavn", "national": "fødselsnummer"}),
            "nn": ("vist", {"name": "personnamn", "national": "fødselsnummer"})}[lang]  # fmt: skip
    assert said[0] in lines[0] and said[1][like] in lines[0], lines[0]


@pytest.mark.parametrize(
    ("county", "trade", "hint"),
    [
        ("rogalnd", "kokkfaget", "did you mean 'rogaland'"),
        ("Møre og Romsdl", "kokkfaget", "did you mean 'more-og-romsdal'"),
        ("agder", "kokfaget", "kokkfaget"),
        ("agder", "Tømerfaget", "tomrerfaget"),
    ],
)
def test_an_ordinary_typo_keeps_its_value_and_its_hint(tmp_path: Path, county: str, trade: str, hint: str) -> None:
    code, out = plan(write(tmp_path, candidate(county=county, trade=trade)))
    assert code == 2 and hint in out, out
    assert "not shown" not in out


def test_a_csv_cell_is_never_echoed_when_it_is_a_national_id_or_a_name(tmp_path: Path) -> None:
    data = write(
        tmp_path,
        "id,age,county,trade,work_months\n"
        "k-1,18,agder,Kari Nordmann,\n"
        "k-2,18,agder,kokkfaget,010190-12345\n"
        "k-3,18,Ola Nordmann,kokkfaget,\n",
        "kull.csv",
    )
    r = run("check", data, "--as-of", AS_OF, "--format", "csv")
    assert r.exit_code == 2
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["status"] for row in rows] == ["invalid"] * 3
    assert "Nordmann" not in r.stdout + r.stderr and "12345" not in r.stdout + r.stderr
    assert all("not shown" in row["error"] for row in rows), rows


# --- --redact: the file names say who the person is --------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "ndjson", "json", "table"])
def test_redacted_sources_are_hashed_like_ids(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "kari-nordmann"
    folder.mkdir()
    write(folder, "id: k-1\nage: 17\ncounty: agder\ngoal: {trade: kokkfaget}\n", "ola-nordmann.yaml")
    write(folder, "id: k-2\nage: 17\ncounty: agdr\ngoal: {trade: kokkfaget}\n", "per-hansen.yaml")
    write(folder, '{"id": "k-3", "age": 17, "county": "agder", "goal": {"trade": "kokkfaget"}}\n', "anne-li.ndjson")
    r = run("check", str(folder), "--as-of", AS_OF, "--format", fmt, "--redact")
    out = r.stdout + r.stderr
    assert r.exit_code == 2, out
    for word in ("nordmann", "hansen", "anne-li", str(tmp_path)):
        assert word not in out, word
    for where in (".ndjson:1", ".yaml:1"):
        assert re.search(rf"r-[0-9a-f]{{12}}{re.escape(where)}", out), where
    if fmt == "ndjson":
        rows = [json.loads(line) for line in r.stdout.splitlines()]
        sources = [row["source"] for row in rows]
        assert len(set(sources)) == 3 and all(re.fullmatch(r"r-[0-9a-f]{12}\.(yaml|ndjson):1", s) for s in sources)
        broken = next(row for row in rows if row["status"] == "invalid")
        assert broken["error"].startswith(broken["source"][: -len(":1")] + ":3:9: county: ")  # the same hashed file


def test_redacted_sources_of_one_file_keep_their_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATHWAY_REDACT_KEY", "a county's secret")
    line = '{"age": 17, "county": "agder", "goal": {"trade": "kokkfaget"}}\n'
    path = write(tmp_path, line * 2, "ola-nordmann.ndjson")
    out = run("check", path, "--as-of", AS_OF, "--format", "ndjson", "--redact").stdout
    rows = [json.loads(x) for x in out.splitlines()]
    first, second = (row["source"] for row in rows)
    assert first.endswith(".ndjson:1") and second.endswith(".ndjson:2") and first[:-2] == second[:-2]


# --- national identity numbers in disguise --------------------------------------------------------

DISGUISES = ["010190 - 12345", "010190:12345", "010190,12345", "010190--12345", "k-1-010190-12345",
             "010190 _ 12345", "０１０１９０１２３４５", "010190–12345"]  # fmt: skip


@pytest.mark.parametrize("typed", DISGUISES)
def test_a_national_id_with_any_separators_is_refused_as_an_id(tmp_path: Path, typed: str) -> None:
    path = write(tmp_path, f"id: '{typed}'\nage: 17\ncounty: agder\ngoal: {{trade: kokkfaget}}\n")
    code, out = plan(path)
    assert code == 2 and "national identity number" in out, out
    assert typed not in out and "12345" not in out


@pytest.mark.parametrize("stem", ["01019012345", "010190 - 12345", "010190:12345", "010190,12345", "010190--12345"])
@pytest.mark.parametrize("redact", [False, True])
def test_a_file_named_by_a_national_id_never_shows_it(tmp_path: Path, stem: str, redact: bool) -> None:
    write(tmp_path, "age: 17\ncounty: agder\ngoal: {trade: kokkfaget}\n", f"{stem}.yaml")
    write(tmp_path, "id: k-9\nage: 17\ncounty: agdr\ngoal: {trade: kokkfaget}\n", f"x-{stem}.yaml")
    r = run("check", str(tmp_path), "--as-of", AS_OF, "--format", "csv", *(["--redact"] if redact else []))
    assert r.exit_code == 2
    assert "12345" not in r.stdout + r.stderr and "010190" not in r.stdout + r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["status"] for row in rows] == ["invalid", "invalid"]
    for row in rows:  # the row still names the file and the line
        assert row["source"].endswith(".yaml:1") and row["error"].startswith(row["source"][: -len(":1")] + ":")
        if not redact:
            assert row["source"].startswith(str(tmp_path) + "/") and "*****" in row["source"]


_SEPARATORS = st.text(st.characters(categories=["Zs", "Pd", "Po", "Ps", "Pe", "Sm"]) | st.just("_"), min_size=1,
                      max_size=4)  # fmt: skip


@FUZZ
@given(
    cuts=st.lists(st.integers(min_value=1, max_value=10), max_size=3, unique=True),
    seps=st.lists(_SEPARATORS, min_size=3, max_size=3),
    prefix=st.sampled_from(["", "k-", "id ", "x:"]),
)
def test_a_national_id_split_anyhow_is_found_and_masked(cuts: list[int], seps: list[str], prefix: str) -> None:
    parts, last = [], 0
    for cut in sorted(cuts):
        parts.append(NATIONAL_ID[last:cut])
        last = cut
    parts.append(NATIONAL_ID[last:])
    typed = prefix + "".join(p + (seps[i] if i < len(parts) - 1 else "") for i, p in enumerate(parts))
    assert looks_like_national_id(typed), typed
    masked = mask_national_ids(f"/cases/{typed}.yaml:3: id: {typed}")
    assert not re.search(r"\d", masked.split(":")[0]), masked
    assert sum(ch.isdigit() for ch in masked) == 1  # only the line number is left


@pytest.mark.parametrize("pseudonym", ["k-017", "k-2024-00017", "elev-12", "2025-06-01-12", "s-001", "kull 2024 nr 3"])
def test_pseudonyms_are_not_national_ids(pseudonym: str) -> None:
    assert not looks_like_national_id(pseudonym)
    assert mask_national_ids(pseudonym) == pseudonym


def test_the_person_name_rule() -> None:
    for name in ("Ola Nordmann", "KARI NORDMANN", "Per van der Berg", "Anne-Lise O'Neill", "Åse Ødegård"):
        assert looks_like_person_name(name), name
    for other in ("rogalnd", "Kokkfaget", "more og romsdal", "Bilfaget, lette kjøretøy", "Vg2 Kokk", "ja", "k-017"):
        assert not looks_like_person_name(other), other


# --- ids are what CONTRACT.md §1 says -------------------------------------------------------------


@pytest.mark.parametrize("typed", ["'-3'", "-3", "'+3'", "'3.0'", "'0 3'", "'342'", "'-03'"])
def test_a_malformed_county_number_is_refused_in_one_line(tmp_path: Path, typed: str) -> None:
    code, out = plan(write(tmp_path, candidate(county=typed)))
    assert code == 2, out
    lines = [ln for ln in out.splitlines() if ln.strip()]
    assert len(lines) == 1 and ": county: " in lines[0] and "not a county number" in lines[0], out


@pytest.mark.parametrize("typed", ["'03'", "'3'", "3", "Oslo", "oslo"])
def test_a_county_number_or_name_still_reads(tmp_path: Path, typed: str) -> None:
    r = run("plan", write(tmp_path, candidate(county=typed)), "--as-of", AS_OF, "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert "oslo" in r.stdout.lower()


@pytest.mark.parametrize(
    ("body", "field", "char"),
    [
        (candidate(county="agder😀"), "county", "U+1F600"),
        (candidate(county="ag\u200bder"), "county", "U+200B"),
        (candidate(county="\u0430gder"), "county", "U+0430"),  # Cyrillic а
        (candidate(trade="kokkfaget\u200d"), "goal.trade", "U+200D"),
        (candidate(trade="k\u043ekkfaget"), "goal.trade", "U+043E"),  # Cyrillic о
        (candidate(trade="kokk\u00adfaget"), "goal.trade", "U+00AD"),  # soft hyphen
        (candidate(tail="fellesfag: {missing: [\"n\u03bfrsk\"]}\n"), "fellesfag.missing[0]", "U+03BF"),  # Greek ο
        (candidate(tail="school: [{level: vg1, programme: \"restaurant-og-matfag\u202e\"}]\n"), "school[0].programme",
         "U+202E"),  # fmt: skip
    ],
)
def test_an_id_with_a_character_outside_the_contract_is_refused(
    tmp_path: Path, body: str, field: str, char: str
) -> None:
    code, out = plan(write(tmp_path, body))
    assert code == 2, out
    lines = [ln for ln in out.splitlines() if ln.strip()]
    assert len(lines) == 1 and f": {field}: " in lines[0] and char in lines[0], out


def test_norwegian_names_with_ae_oe_aa_are_accepted(tmp_path: Path) -> None:
    tail = "fellesfag: {missing: [Kroppsøving]}\nschool: [{level: vg1, programme: Bygg- og anleggsteknikk}]\n"
    body = BASE + "county: Møre og Romsdal\ngoal: {trade: Tømrerfaget}\n" + tail
    r = run("plan", write(tmp_path, body), "--as-of", AS_OF, "--format", "json")
    assert r.exit_code == 0, r.stderr


_ODD = st.characters(categories=["Cf", "So", "Sk", "Mn"]) | st.sampled_from(list("аеорсхуіοαρνκ"))


@FUZZ
@given(odd=_ODD, at=st.integers(min_value=0, max_value=9), field=st.sampled_from(["county", "trade"]))
def test_any_foreign_character_in_an_id_is_refused(odd: str, at: int, field: str) -> None:
    word = "agder" if field == "county" else "kokkfaget"
    typed = word[:at] + odd + word[at:]
    if foreign_character(typed) is None:  # a mark that joins the letter before it (NFC: é)
        return
    body = candidate(**{field: json.dumps(typed)})
    with tempfile.TemporaryDirectory() as tmp:
        code, out = plan(write(Path(tmp), body))
    assert code == 2, out
    assert "U+" in out and typed not in out
