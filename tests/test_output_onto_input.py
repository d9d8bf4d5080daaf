"""--output onto one of the inputs (the file itself, a hard or symbolic link to it, a file in a folder
being planned, the file on stdin) is refused with one line naming it, exit 2, and the input is kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import AS_OF
from tests.helpers import run

ROOT = Path(__file__).resolve().parent.parent
PERSON = "id: k-1\nage: 18\ncounty: agder\ngoal: {trade: kokkfaget}\n"
LINE = '{"id": "k-2", "age": 19, "county": "agder", "goal": {"trade": "kokkfaget"}}\n'

# every command that writes, with the file as its input
COMMANDS = {
    "plan": ["plan", "{f}", "--format", "json"],
    "compare": ["compare", "{f}", "--format", "json"],
    "report": ["report", "{f}"],
    "whatif": ["whatif", "{f}", "--set", "age=20", "--format", "json"],
    "check": ["check", "{f}", "--format", "ndjson"],
    "barriers": ["barriers", "{f}", "--format", "json"],
}


def _args(name: str, path: str, output: str) -> list[str]:
    return [a.replace("{f}", path) for a in COMMANDS[name]] + ["-o", output, "--as-of", AS_OF]


def _refused(result: object, output: str, shown: str) -> None:
    assert result.exit_code == 2, result.stderr  # type: ignore[attr-defined]
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1, result.stderr  # type: ignore[attr-defined]
    assert lines[0].startswith(f"{output}:1:1: output: ") and shown in lines[0]
    assert "Traceback" not in lines[0]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_output_onto_the_input_file_is_refused_and_the_input_kept(name: str, tmp_path: Path) -> None:
    path = tmp_path / "k.yaml"
    path.write_text(PERSON, encoding="utf-8")
    _refused(run(*_args(name, str(path), str(path))), str(path), str(path))
    assert path.read_text(encoding="utf-8") == PERSON


@pytest.mark.parametrize("link", ["hard", "symbolic"])
def test_a_link_to_the_input_is_the_input(link: str, tmp_path: Path) -> None:
    path = tmp_path / "c.ndjson"
    path.write_text(LINE, encoding="utf-8")
    other = tmp_path / "out.ndjson"
    (os.link if link == "hard" else os.symlink)(path, other)
    _refused(run(*_args("check", str(path), str(other))), str(other), str(path))
    _refused(run(*_args("plan", str(other), str(path))), str(path), str(other))
    assert path.read_text(encoding="utf-8") == LINE


@pytest.mark.parametrize("name", ["check", "barriers"])
def test_a_file_of_a_folder_being_planned_is_refused(name: str, tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.yaml").write_text(PERSON, encoding="utf-8")
    (folder / "sub" / "rows.ndjson").write_text(LINE, encoding="utf-8")
    (folder / "notes.txt").write_text("not a candidate\n", encoding="utf-8")  # a row of its own, an input too
    for inside in ("a.yaml", "sub/rows.ndjson", "notes.txt"):
        target = str(folder / inside)
        before = Path(target).read_bytes()
        _refused(run(*_args(name, str(folder), target)), target, target)
        assert Path(target).read_bytes() == before


def test_the_file_on_stdin_is_an_input_too(tmp_path: Path) -> None:
    path = tmp_path / "c.ndjson"
    path.write_text(LINE, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with open(path, "rb") as stdin:
        done = subprocess.run(
            [sys.executable, "-m", "pathway", "check", "-", "-o", str(path), "--as-of", AS_OF],
            stdin=stdin,
            capture_output=True,
            text=True,
            env=env,
        )
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "<stdin>" in done.stderr, done.stderr
    assert path.read_text(encoding="utf-8") == LINE


def test_a_new_output_file_beside_the_inputs_or_in_the_folder_is_fine(tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    folder.mkdir()
    (folder / "a.yaml").write_text(PERSON, encoding="utf-8")
    out = folder / "rows.ndjson"
    done = run(*_args("check", str(folder), str(out)))
    assert done.exit_code == 0, done.stderr
    assert out.read_text(encoding="utf-8").count("\n") == 1
    plan_out = tmp_path / "plan.json"
    assert run(*_args("plan", str(folder / "a.yaml"), str(plan_out))).exit_code == 0
    assert run(*_args("plan", str(folder / "a.yaml"), str(plan_out))).exit_code == 0  # another output, replaced
    assert run(*_args("plan", str(folder / "a.yaml"), os.devnull)).exit_code == 0
