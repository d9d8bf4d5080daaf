"""Fuzzing the cohort readers (NDJSON, CSV, stdin) with hypothesis, in bounded time: whatever the
input, `pathway check` exits 0, 1 or 2, never shows a traceback or "internal error", gives one row
per candidate line in input order, and every problem names its place as PATH:LINE:COL."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import run

AS_OF = ("--as-of", "2026-11-26")
LOCATED = re.compile(r"^(<stdin>|/[^:]+):\d+:\d+: ")
# PATHWAY_FUZZ_EXAMPLES=2000 for a longer campaign; the suite runs 40 per test (a few seconds).
FUZZ = settings(
    max_examples=int(os.environ.get("PATHWAY_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
candidate = st.fixed_dictionaries(
    {
        "id": st.one_of(st.text(max_size=12), st.integers(), st.just("k-1")),
        "age": st.one_of(st.integers(min_value=10, max_value=90), values),
        "county": st.one_of(st.sampled_from(["agder", "oslo", "42", "Møre og Romsdal", "viken"]), values),
        "goal": st.one_of(st.fixed_dictionaries({"trade": st.sampled_from(["kokkfaget", "tømrerfaget", "x"])}), values),
    },
    optional={
        "school": st.lists(
            st.fixed_dictionaries(
                {"level": st.sampled_from(["vg1", "vg2", "Vg3", "vg9"]), "programme": st.text(max_size=25)}
            ),
            max_size=2,
        ),
        "work": st.lists(st.fixed_dictionaries({"trade": st.text(max_size=10), "months": values}), max_size=2),
        "apprenticeship_place": values,
        "extra": values,
    },
)
json_line = st.one_of(
    candidate.map(lambda c: json.dumps(c, ensure_ascii=False)),
    candidate.map(json.dumps),  # ASCII escapes, surrogate pairs for emoji
    values.map(json.dumps),
    st.text(alphabet=st.characters(blacklist_characters="\n\r", blacklist_categories=("Cs",)), max_size=60),
    st.sampled_from(
        [
            '{"id": "k-9", "age": 1' + "0" * 5000 + "}",
            '{"age": !!float 17}',
            '{"a": 1, "a": 2}',
            "{",
            "[]",
            "null",
            '{"id": "k-8"',
        ]
    ),
)
line_bytes = st.one_of(
    json_line.map(lambda s: s.encode("utf-8")),
    # a lone CR ends a line too (old Mac exports; the line-ending tests of test_batch_inputs.py)
    st.binary(max_size=40).map(lambda b: b.replace(b"\n", b" ").replace(b"\r", b" ")),
)


def _assert_clean(result, candidates: int | None) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.stderr)
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream and "internal error" not in stream
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    if result.exit_code == 2 and not rows:
        lines = result.stderr.splitlines()
        assert lines and all(LOCATED.match(line) for line in lines), result.stderr
        return
    assert result.stderr == ""
    if candidates is not None:
        assert len(rows) == candidates
    for row in rows:
        assert row["status"] in ("ok", "no_route", "invalid")
        if row["status"] == "invalid":
            assert LOCATED.match(row["error"]), row["error"]
            assert "\n" not in row["error"] and "\x1b" not in row["error"]
    assert (result.exit_code == 2) == any(r["status"] == "invalid" for r in rows)


@FUZZ
@given(st.lists(line_bytes, min_size=1, max_size=6))
def test_ndjson_file_fuzz(lines: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cohort.ndjson"
        path.write_bytes(b"\n".join(lines) + b"\n")
        lines = [lines[0].removeprefix(b"\xef\xbb\xbf"), *lines[1:]]  # a BOM opens the file, not a row
        expected = sum(1 for line in lines if line.strip())
        result = run("check", str(path), "--format", "ndjson", *AS_OF)
        _assert_clean(result, expected if expected else None)
        if expected:
            rows = [json.loads(x) for x in result.stdout.splitlines()]
            numbers = [i for i, line in enumerate(lines, 1) if line.strip()]
            assert [r["source"] for r in rows] == [f"{path}:{n}" for n in numbers]


@FUZZ
@given(st.lists(json_line, min_size=2, max_size=5))
def test_stdin_fuzz(lines: list[str]) -> None:
    result = run("check", "-", "--format", "ndjson", *AS_OF, stdin="\n".join(lines) + "\n")
    _assert_clean(result, None)


cell = st.one_of(
    st.sampled_from(
        ["", "17", "abc", "50%", "maybe", "ja", "vg1 vg2", "vg1:x", "agder", "kokkfaget", "=1+1", "\ufeff"]
    ),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=15),
)
COLUMNS = ["id", "age", "birth_date", "county", "trade", "levels", "missing", "work_months", "work_percent", "employed"]


@FUZZ
@given(
    st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=6, unique=True),
    st.lists(st.lists(cell, max_size=8), min_size=1, max_size=5),
    st.sampled_from([",", ";"]),
)
def test_csv_fuzz(header: list[str], body: list[list[str]], delimiter: str) -> None:
    import csv
    import io

    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(body)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cohort.csv"
        path.write_text(text.getvalue(), encoding="utf-8")
        result = run("check", str(path), "--format", "ndjson", *AS_OF)
        _assert_clean(result, None)
