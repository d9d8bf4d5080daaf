"""`pathway rules stale`: the rule values whose source was read longer ago than a limit."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import run

RULES = Path(__file__).resolve().parent.parent / "rules"


def _book(tmp: Path) -> Path:
    """A copy of the rule book in which two county values were read long ago."""
    root = tmp / "rules"
    shutil.copytree(RULES, root)
    path = root / "counties" / "vestfold.yaml"
    text = path.read_text(encoding="utf-8")
    first = text.index("checked: ")
    second = text.index("checked: ", first + 1)
    day = text[first + 9 : first + 19]
    text = (
        text[:first] + "checked: 2025-01-15" + text[first + 19 : second] + "checked: 2025-03-01" + text[second + 19 :]
    )
    assert day.startswith("20")
    path.write_text(text, encoding="utf-8")
    return root


def test_nothing_is_stale_right_after_the_book_was_read() -> None:
    result = run("rules", "stale", "--older-than", "180d", "--as-of", "2026-12-06", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert data["count"] == 0
    assert data["cutoff"] == "2026-06-09"


def test_values_read_long_ago_are_listed_by_county(tmp_path: Path) -> None:
    root = _book(tmp_path)
    result = run(
        "rules", "stale", "--older-than", "180d", "--as-of", "2026-12-06", "--format", "json", "--rules", str(root)
    )
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert data["count"] == 2
    assert list(data["stale"]["counties"]) == ["vestfold"]
    rows = data["stale"]["counties"]["vestfold"]
    assert [r["checked"] for r in rows] == ["2025-01-15", "2025-03-01"]
    assert rows[0]["age_days"] == (2026 - 2025) * 365 + 325  # 2025-01-15 to 2026-12-06
    assert all(r["source"] for r in rows)
    assert data["stale"]["schemes"] == {} and data["stale"]["trades"] == {}
    # One older than a year only.
    result = run(
        "rules", "stale", "--older-than", "1y", "--as-of", "2026-02-01", "--format", "json", "--rules", str(root)
    )
    assert [r["checked"] for r in result.json()["stale"]["counties"]["vestfold"]] == ["2025-01-15"]


def test_markdown_and_table_name_the_county_and_the_key(tmp_path: Path) -> None:
    root = _book(tmp_path)
    md = run("rules", "stale", "--as-of", "2026-12-06", "--format", "markdown", "--rules", str(root))
    assert md.exit_code == 0, md.stderr
    assert "## County vestfold" in md.stdout
    assert "| 2025-01-15 |" in md.stdout
    table = run("rules", "stale", "--as-of", "2026-12-06", "--rules", str(root), "--lang", "nb")
    assert "Fylke vestfold" in table.stdout
    assert "2025-03-01" in table.stdout


def test_everything_is_stale_when_the_limit_is_far_back() -> None:
    result = run("rules", "stale", "--older-than", "0d", "--as-of", "2030-01-01", "--format", "json")
    data = result.json()
    assert data["count"] > 1000
    assert {"counties", "schemes", "trades", "programmes"} <= {k for k, v in data["stale"].items() if v}
    # Alternatives are values to read again too, under their own key.
    assert any(".alternatives[" in r["key"] for rows in data["stale"]["counties"].values() for r in rows)


def test_a_bad_age_is_one_line_and_exit_2() -> None:
    result = run("rules", "stale", "--older-than", "half a year")
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "--older-than" in result.stderr and "180d" in result.stderr


def test_same_input_same_bytes() -> None:
    a = run("rules", "stale", "--older-than", "3d", "--as-of", "2026-12-06", "--format", "markdown")
    b = run("rules", "stale", "--older-than", "3d", "--as-of", "2026-12-06", "--format", "markdown")
    assert a.stdout == b.stdout and a.stdout


# --- `pathway rules check --summary`: the share of low-confidence values -------------------------


def _summary_row(stdout: str, label: str) -> list[str]:
    for line in stdout.splitlines():
        if line.startswith(label + " "):
            return line.split()
    raise AssertionError(f"no row {label!r} in:\n{stdout}")


def test_summary_gives_the_low_confidence_share_by_kind_and_field(tmp_path: Path) -> None:
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    before = run("rules", "check", str(root), "--summary")
    assert before.exit_code == 0, before.stderr
    labels = (
        "counties",
        "schemes",
        "trades",
        "programmes",
        "whole book",
        "trades.vg3_exam",
        "counties.praksisbrev.offered",
    )
    for label in labels:
        _summary_row(before.stdout, label)
    values, low = (int(x) for x in _summary_row(before.stdout, "counties")[1:3])
    assert 0 < low < values
    # One more county value marked as a guess: the county row and the field row count it.
    path = root / "counties" / "vestfold.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("  offered:\n    value:")
    end = text.index("\n", text.index("checked: ", at))
    path.write_text(text[: end + 1] + "    confidence: low\n" + text[end + 1 :], encoding="utf-8")
    after = run("rules", "check", str(root), "--summary")
    assert after.exit_code == 0, after.stderr
    assert int(_summary_row(after.stdout, "counties")[2]) == low + 1
    assert _summary_row(after.stdout, "counties")[1] == str(values)


def test_summary_in_norwegian_uses_a_decimal_comma() -> None:
    result = run("rules", "check", "--summary", "--lang", "nb")
    assert result.exit_code == 0, result.stderr
    _summary_row(result.stdout, "lærefag")
    lines = result.stdout.splitlines()
    shares = [line.split()[-3] for line in lines if line.endswith(tuple("0123456789")) and " % " in line]
    assert shares and not any("." in x for x in shares)
    assert any("," in x for x in shares)
