"""Tables that fit: every table of every example, at 80 and 120 columns, in English, bokmål and nynorsk,
breaks no word (each word shown is a word of the same table drawn wide, or a path shortened with …) and
no line is wider than the terminal. A column left out is named by a hint on stderr."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import AS_OF
from tests.helpers import run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
BOX = re.compile(r"[─━│┃┏┓┗┛┡┩┣┫┳┻╇╋├┤┬┴┼└┘┌┐╭╮╰╯═║]")

TABLES = [("check", str(ROOT / "examples"))]
TABLES += [("compare", str(example)) for example in EXAMPLES]
TABLES += [("barriers", str(ROOT / "examples"))]


def _draw(monkeypatch: pytest.MonkeyPatch, width: int, lang: str, command: str, target: str) -> tuple[str, str]:
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.setenv("FORCE_COLOR", "1")  # the table a person sees at a terminal of that width
    r = run("--lang", lang, command, target, "--as-of", AS_OF)
    assert r.exit_code in (0, 1), r.stderr
    return ANSI.sub("", r.stdout), r.stderr


def _words(drawn: str) -> set[str]:
    return set(BOX.sub(" ", drawn).split())


@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize(("command", "target"), TABLES, ids=[f"{c}-{Path(t).stem}" for c, t in TABLES])
def test_no_table_breaks_a_word(
    monkeypatch: pytest.MonkeyPatch, lang: str, width: int, command: str, target: str
) -> None:
    wide, _ = _draw(monkeypatch, 1000, lang, command, target)
    narrow, hints = _draw(monkeypatch, width, lang, command, target)
    known = _words(wide)
    broken = sorted(w for w in _words(narrow) if w not in known and "…" not in w)
    assert not broken, (command, target, width, lang, broken[:10])
    too_long = [line for line in narrow.splitlines() if len(line.rstrip()) > width]
    assert not too_long, too_long[:3]
    for line in hints.splitlines():  # a left-out column is said once, on stderr
        assert str(width) in line
