"""Fuzzing the candidate loader (hypothesis, bounded time): whatever the file holds, `pathway plan`
ends with exit 0, 1 or 2; on 2 every stderr line is `PATH:LINE:COL: …`; never a traceback."""

from __future__ import annotations

import json
import os
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import AS_OF
from tests.helpers import run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = (ROOT / "examples" / "praksisbrev-held-oslo.yaml").read_text(encoding="utf-8")
FUZZ = settings(
    max_examples=int(os.environ.get("PATHWAY_FUZZ_EXAMPLES", "25")),
    deadline=None,
    database=None,  # nothing written into the checkout
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


LANGS = st.sampled_from(["en", "nb", "nn"])  # every message in every language


def check(content: str | bytes, suffix: str = ".yaml", lang: str = "en") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"cand{suffix}"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", errors="surrogatepass")
        r = run("--lang", lang, "plan", str(path), "--as-of", AS_OF)
    assert r.exit_code in (0, 1, 2), (r.exit_code, r.stdout[-500:], r.stderr[-500:], content)
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr, (r.stderr, content)
    if r.exit_code == 2:
        lines = r.stderr.splitlines()
        assert lines, content
        where = re.compile(rf"^{re.escape(str(path))}:\d+:\d+: \S")
        assert all(where.match(line) for line in lines), (r.stderr, content)
        assert "\x1b" not in r.stderr
    else:
        assert r.stdout.strip(), content


# Values that are valid somewhere, plus the usual trouble: YAML 1.1 words, numbers, dates in odd forms
# (month 13 and 00, day 45, 29 February in a common year, as days and as months).
SCALARS = st.one_of(
    st.sampled_from(
        [
            "2008-13-45", "2008-00-10", "2023-02-29", "2025-13", "2025-00", "45.13.2008", "13.2025", "00.2025",
            "agder", "Vest-Agder", "Viken", "42", "kokkfaget", "Kokkfaget", "tomrerfaget", "vg1", "Vg2", "VG3",
            "restaurant-og-matfag", "kokk-og-servitorfag", "norsk", "matte", "ja", "nei", "NO", "no", "yes",
            "2008-05-14", "14.05.2008", "2025-06", "06.2025", "31.02.2008", "0", "1199145600", "01019012345",
            "010190-12345", "laerling", "laerekandidat", "elev", "fagbrev", "studiekompetanse", "contract_ended",
            "test_failed", "fagprove", "~", "null", "", " ", "<<", "!!float 1", "&a x", "*a", "[", "{", "'", '"',
        ]
    ),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.text(max_size=12),
)  # fmt: skip
KEYS = st.sampled_from(
    [
        "id", "age", "birth_date", "county", "grunnskole", "goal", "trade", "school", "level", "programme",
        "passed", "fellesfag", "missing", "work", "months", "percent", "from", "to", "country", "employment",
        "apprenticeship_place", "qualifications", "kind", "date", "current", "since", "history", "event", "test",
        "special_needs", "notes", "cuonty",
    ]
)  # fmt: skip
VALUES: Any = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(KEYS, inner, max_size=4)),
    max_leaves=12,
)
CANDIDATES = st.fixed_dictionaries(
    {"county": SCALARS, "goal": st.one_of(st.fixed_dictionaries({"trade": SCALARS}), VALUES)},
    optional={k: VALUES for k in ("age", "birth_date", "school", "fellesfag", "work", "qualifications",
                                  "current", "history", "special_needs", "id", "grunnskole")},
)  # fmt: skip


@FUZZ
@given(CANDIDATES, LANGS)
def test_structured_candidates_as_json(data: dict[str, Any], lang: str) -> None:
    check(json.dumps(data, ensure_ascii=True), ".json", lang)


@FUZZ
@given(CANDIDATES, LANGS)
def test_structured_candidates_as_yaml_flow_text(data: dict[str, Any], lang: str) -> None:
    # Plain, unquoted text where the writer put it: YAML decides what it means (as in a file people type).
    def plain(value: Any) -> str:
        if isinstance(value, dict):
            return "{" + ", ".join(f"{k}: {plain(v)}" for k, v in value.items()) + "}"
        if isinstance(value, list):
            return "[" + ", ".join(plain(v) for v in value) + "]"
        return "" if value is None else str(value).replace("\n", " ")

    check("\n".join(f"{k}: {plain(v)}" for k, v in data.items()) + "\n", lang=lang)


@FUZZ
@given(
    st.integers(min_value=0, max_value=len(EXAMPLE)), st.text(max_size=8), st.integers(min_value=0, max_value=6), LANGS
)
def test_a_valid_file_with_an_edit(at: int, insert: str, cut: int, lang: str) -> None:
    check(EXAMPLE[:at] + insert + EXAMPLE[at + cut :], lang=lang)


@FUZZ
@given(st.binary(max_size=200))
def test_any_bytes(raw: bytes) -> None:
    check(raw)


# --- valid candidates with a history: never exit 2, never a traceback ------------------------------


def _rule_ids() -> dict[str, Any]:
    from pathway.ruleset import RuleBook, find_rules_dir

    rules = RuleBook(find_rules_dir())
    by_level: dict[str, list[str]] = {"vg1": [], "vg2": [], "vg3": []}
    for pid in rules.ids("programmes"):
        by_level[rules.programme(pid).level].append(pid)
    return {
        "counties": rules.ids("counties") + ["Vest-Agder", "Hordaland", "Møre og Romsdal", "42"],
        "trades": rules.ids("trades"),
        "programmes": by_level,
        "fellesfag": list(rules.subjects().fellesfag),
    }


IDS = _rule_ids()
MONTHS = st.dates(min_value=date(1990, 1, 1), max_value=date(2026, 11, 1))  # up to the month of AS_OF


def _month(d: Any, day_form: bool) -> str:
    return d.strftime("%d.%m.%Y") if day_form else d.strftime("%Y-%m")


@st.composite
def valid_candidates(draw: Any) -> dict[str, Any]:
    import datetime as dt

    birth = draw(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2012, 11, 1)))
    trades = st.sampled_from(IDS["trades"])
    fellesfag = draw(st.permutations(IDS["fellesfag"]))
    cut = draw(st.integers(0, len(fellesfag)))
    data: dict[str, Any] = {
        "id": "k-fuzz",
        "birth_date": birth.strftime("%d.%m.%Y") if draw(st.booleans()) else birth.isoformat(),
        "county": draw(st.sampled_from(IDS["counties"])),
        "goal": {"trade": draw(trades)},
        "fellesfag": {"missing": fellesfag[:cut], "passed": fellesfag[cut:]},
        "special_needs": draw(st.sampled_from([True, False, "ja", "Nei", None])),
    }
    levels = draw(st.lists(st.sampled_from(["vg1", "vg2", "vg3"]), max_size=3))
    data["school"] = [
        {
            "level": lv.capitalize(),
            "programme": draw(st.sampled_from(IDS["programmes"][lv])),
            "passed": draw(st.booleans()),
        }
        for lv in levels
        if IDS["programmes"][lv]
    ]
    data["qualifications"] = [
        {"kind": kind, **({} if kind == "studiekompetanse" else {"trade": draw(trades)}), "date": _month(d, f)}
        for kind, d, f in draw(
            st.lists(
                st.tuples(
                    st.sampled_from(["fagbrev", "svennebrev", "kompetansebevis", "praksisbrev", "studiekompetanse"]),
                    MONTHS,
                    st.booleans(),
                ),
                max_size=2,
            )
        )
    ]
    kind = draw(st.sampled_from([None, "elev", "laerling", "laerekandidat", "praksisbrevkandidat", "fagbrev_paa_jobb",
                                 "vg3_skole"]))  # fmt: skip
    if kind is not None:
        current: dict[str, Any] = {"kind": kind, "since": _month(draw(MONTHS), draw(st.booleans()))}
        if kind == "elev":
            level = draw(st.sampled_from(["vg1", "vg2", "vg3"]))
            if IDS["programmes"][level]:
                current.update(level=level, programme=draw(st.sampled_from(IDS["programmes"][level])))
            else:
                current.update(level="vg1", programme=IDS["programmes"]["vg1"][0])
        elif draw(st.booleans()):
            current["trade"] = draw(trades)
        data["current"] = current
    contracts = st.sampled_from(["laerling", "laerekandidat", "praksisbrevkandidat", "fagbrev_paa_jobb"])
    tests = st.sampled_from(["fagprove", "svenneprove", "kompetanseprove", "praksisbrevprove"])
    data["history"] = [
        {"event": "contract_ended", "kind": draw(contracts), "date": _month(draw(MONTHS), False)}
        if ended
        else {"event": "test_failed", "test": draw(tests), "trade": draw(trades)}
        for ended in draw(st.lists(st.booleans(), max_size=2))
    ]
    work = []
    for start, length, percent in draw(
        st.lists(st.tuples(MONTHS, st.integers(1, 60), st.integers(1, 100)), max_size=2)
    ):
        end = min(dt.date(start.year + (start.month - 1 + length) // 12, (start.month - 1 + length) % 12 + 1, 1),
                  dt.date(2026, 11, 1))  # fmt: skip
        work.append({"trade": draw(trades), "percent": percent, "from": _month(start, False),
                     "to": _month(end, False), "country": draw(st.sampled_from(["no", "NO", "se"]))})  # fmt: skip
    data["work"] = work
    return data


@FUZZ
@given(valid_candidates())
def test_valid_candidates_with_a_history_are_planned(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cand.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        r = run("plan", str(path), "--as-of", AS_OF, "--format", "json")
    assert r.exit_code in (0, 1), (r.stderr, data)
    assert "Traceback" not in r.stderr
    assert json.loads(r.stdout)["candidate"] == "k-fuzz"
