"""The terminal views as a user sees them: the same output on every run, and the rooms of pathway/render."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

from tests.helpers import run, write

BAR = """
from pathway.render import Scale
scale = Scale([], 10)
scale.first, scale.per_cell, scale.cells = 0, 4, 2
print(scale.bar({0: "waiting", 1: "waiting", 2: "company", 3: "company", 4: "school"}))
"""


def test_a_timeline_is_the_same_whatever_the_hash_seed() -> None:
    # a month cell shared evenly by two kinds (waiting, then company) once went to whichever a set
    # listed first, so the same plan drew a different bar from one run to the next
    bars = set()
    for seed in range(10):
        env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
        out = subprocess.run([sys.executable, "-c", BAR], capture_output=True, text=True, env=env, check=True)
        bars.add(out.stdout)
    assert bars == {"·█\n"}


EXAMPLE = str(ROOT / "examples" / "elkem-kjemiprosess.yaml")


def _view(command: str, seed: int, **env: str) -> str:
    run_env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT), **env}
    args = [sys.executable, "-m", "pathway", command, EXAMPLE, "--as-of", "2026-11-26"]
    out = subprocess.run(args, capture_output=True, text=True, env=run_env, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_columns_0_draws_the_same_narrow_view_on_every_run() -> None:
    # COLUMNS=0 is drawn at the narrowest width (40), piped and as on a terminal (rich), whatever the hash seed
    for command in ("plan", "compare"):
        for terminal in ({}, {"FORCE_COLOR": "1"}):
            views = {_view(command, seed, COLUMNS="0", **terminal) for seed in (1, 2)}
            assert len(views) == 1, (command, terminal)
            (view,) = views
            assert "█" in view and view == _view(command, 3, COLUMNS="40", **terminal)


def test_a_huge_columns_is_capped() -> None:
    for terminal in ({}, {"FORCE_COLOR": "1"}):
        view = _view("compare", 1, COLUMNS="1000000", **terminal)
        plain = re.sub(r"\x1b\[[0-9;]*m", "", view)  # bold and dim, as on a terminal
        assert max(len(line) for line in plain.splitlines()) <= 240 and len(view) < 100_000
        assert view == _view("compare", 1, COLUMNS="240", **terminal)


def test_the_render_face_only_re_exports() -> None:
    import ast
    import importlib

    import pathway.render as face

    tree = ast.parse((ROOT / "pathway/render/__init__.py").read_text())
    defined = [n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)]
    assert defined == ["__getattr__"], defined  # the one function: a name imported from its room
    # `progress` and `timeline` are rooms' names too: imported by the face itself, never modules there
    rooms = {**face._ROOMS, "progress": "progress"}
    rooms |= {n: "timeline" for n in ("TIMELINE_CHARS", "Scale", "_route_months", "timeline")}
    for name in face.__all__:
        room = importlib.import_module(f"pathway.render.{rooms[name]}")
        assert getattr(face, name) is getattr(room, name), name
    assert set(rooms) == set(face.__all__)


SEEN_ROOMS = """
import atexit, runpy, sys
atexit.register(lambda: print(" ".join(sorted(m for m in sys.modules if m.startswith("pathway.")))))
sys.argv = ["pathway", *sys.argv[1:]]
runpy.run_module("pathway", run_name="__main__")
"""


def test_plan_as_json_loads_no_view() -> None:
    """`plan --format json` draws no view: it loads none of the terminal views' rooms."""
    args = [sys.executable, "-c", SEEN_ROOMS, "plan", EXAMPLE, "--as-of", "2026-11-26", "--format", "json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)
    loaded = set(out.stdout.strip().splitlines()[-1].split())
    assert "pathway.render.base" in loaded and "pathway.planner" in loaded
    views = {"plan", "comparison", "tables"}
    assert not {f"pathway.render.{v}" for v in views} & loaded, loaded


def test_one_month_is_said_in_the_singular_in_every_language(tmp_path: Path) -> None:
    """`Fagbrev etter 1 måned`, never `1 måneder`: the months of a route and of a wait use the plural forms."""
    body = (
        "id: k-301\nbirth_date: 2006-03-01\ncounty: rogaland\ngoal: {trade: kokkfaget}\n"
        "school: [{level: vg1, programme: restaurant-og-matfag}, {level: vg2, programme: kokk-og-servitorfag}]\n"
        "current: {kind: laerling, trade: kokkfaget, since: 2024-08}\n"
    )
    path = write(tmp_path, body)
    said = {"en": "Fagbrev in 1 month ", "nb": "Fagbrev etter 1 måned ", "nn": "Fagbrev etter 1 månad "}
    for lang, words in said.items():
        out = run("--lang", lang, "plan", path, "--as-of", "2026-12-07").stdout
        assert words in out, (lang, out[:400])
