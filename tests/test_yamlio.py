"""The YAML loader: YAML 1.2-style scalars (the "Norway problem", STYLE.md §2.1), no duplicate keys, marks."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml

from pathway.errors import InputError
from pathway.yamlio import decode, parse

# (YAML, the value pathway must read); safe_load would give False, False, 3, 193, '0828', a date, 750 ...
NORWAY = [
    ("country: NO", "NO"),
    ("answer: no", "no"),
    ("answer: yes", "yes"),
    ("answer: off", "off"),
    ("county: 03", "03"),
    ("kommune: 0301", "0301"),
    ("kommune: 0828", "0828"),
    ("start: 2024-08-01", "2024-08-01"),
    ("time: 12:30", "12:30"),
    ("version: 1.10", 1.1),
    ("size: 1_000", "1_000"),
    ("mode: 0o17", "0o17"),
    ("hex: 0x1F", "0x1F"),
    ("flag: true", True),
    ("flag: false", False),
    ("flag: True", True),
    ("flag: FALSE", False),
    ("months: 14", 14),
    ("months: 0", 0),
    ("delta: -7", -7),
    ("share: .5", 0.5),
    ("big: 1e3", 1000.0),
    ("nothing: ~", None),
    ("nothing: null", None),
]


@pytest.mark.parametrize(("text", "expected"), NORWAY, ids=[t for t, _ in NORWAY])
def test_scalars(text: str, expected: Any) -> None:
    key = text.split(":", 1)[0]
    value = parse(text + "\n", "t.yaml").data[key]
    assert value == expected
    assert type(value) is type(expected)  # True is not 1, 1.1 is not "1.1"


def test_yes_as_a_key_stays_a_string() -> None:
    assert parse("on: yes\n", "t.yaml").data == {"on": "yes"}


def test_flow_and_block_values_alike() -> None:
    doc = parse("county: [NO, 03, 0301]\nwhen: {start: 2024-08-01}\n", "t.yaml")
    assert doc.data == {"county": ["NO", "03", "0301"], "when": {"start": "2024-08-01"}}


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("id: a\nage: 17\nid: b\n", 3),
        ("goal:\n  trade: a\n  level: vg1\n  trade: b\n", 4),
        ("school:\n  - {level: vg1, level: vg2}\n", 2),
    ],
)
def test_duplicate_keys_raise_with_the_line_of_the_duplicate(text: str, line: int) -> None:
    with pytest.raises(InputError) as info:
        parse(text, "t.yaml")
    (problem,) = info.value.problems
    assert problem.path == "t.yaml"
    assert problem.line == line
    assert "duplicate" in problem.message


def test_aliases_are_refused() -> None:
    with pytest.raises(InputError, match="alias"):
        parse("a: &x [1, 2]\nb: *x\n", "t.yaml")


def test_syntax_error_has_line_and_column() -> None:
    with pytest.raises(InputError) as info:
        parse("age: 17\ncounty: [agder\ngoal: x\n", "t.yaml")
    (problem,) = info.value.problems
    assert (problem.line, problem.field) == (3, "")
    assert "\n" not in str(info.value)


def test_empty_and_comment_only_give_no_data() -> None:
    assert parse("", "t.yaml").data is None
    assert parse("# only a comment\n", "t.yaml").root is None


def test_marks_follow_loc() -> None:
    doc = parse("age: 17\nschool:\n  - {level: vg1, programme: naturbruk}\n  - level: vg2\n", "t.yaml")
    assert doc.mark(("age",)) == (1, 6)
    assert doc.mark(("school", 0, "programme")) == (3, 29)
    assert doc.mark(("school", 1, "level")) == (4, 12)
    assert doc.mark(("school", 1, "programme")) == (4, 5)  # missing: the parent mapping
    assert doc.key_mark(("school", 1, "level")) == (4, 5)


def test_decode() -> None:
    assert decode("\ufeffcounty: Østfold\n".encode(), "t.yaml") == "county: Østfold\n"  # BOM dropped
    with pytest.raises(InputError) as info:
        decode(b"age: 17\ncounty: \xd8stfold\n", "t.yaml")
    (problem,) = info.value.problems
    assert (problem.line, problem.col) == (2, 9)


def test_safe_load_elsewhere_is_unchanged() -> None:
    import pathway.yamlio  # noqa: F401 - importing must not change PyYAML's own loaders

    parse("a: no\n", "t.yaml")
    assert yaml.safe_load("a: no") == {"a": False}
    assert yaml.safe_load("a: 0301") == {"a": 193}
    assert yaml.safe_load("a: 2024-08-01") == {"a": dt.date(2024, 8, 1)}
    assert yaml.safe_load("a: 1\na: 2\n") == {"a": 2}
    if hasattr(yaml, "CSafeLoader"):
        assert yaml.load("a: no", Loader=yaml.CSafeLoader) == {"a": False}
