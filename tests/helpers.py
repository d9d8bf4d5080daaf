"""Running the CLI in-process for tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from pathway.cli import app

runner = CliRunner()


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def run(*args: str, stdin: str | None = None) -> Run:
    result = runner.invoke(app, list(args), input=stdin)
    return Run(result.exit_code, result.stdout, result.stderr)


def write(tmp: Path, text: str, name: str = "cand.yaml") -> str:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return str(path)
