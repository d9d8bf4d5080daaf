"""Running the CLI in-process for tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from pathway.candidate import Person, WorkPeriod
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


def ndjson_cohort(folder: Path, rows: int) -> Path:
    """A generated cohort of `rows` candidates as NDJSON (benchmarks/cohort.py, its default seed)."""
    import subprocess
    import sys

    path = folder / "cohort.ndjson"
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "cohort.py"
    with path.open("w", encoding="utf-8") as fh:
        subprocess.run([sys.executable, str(script), str(rows), "--format", "ndjson"], stdout=fh, check=True)
    return path


def write(tmp: Path, text: str, name: str = "cand.yaml") -> str:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def a_person(
    ident: str,
    birth_date: date,
    county: str,
    trade: str,
    school: tuple[tuple[str, str, bool], ...] = (),
    work: int = 0,
    employed: bool = False,
) -> Person:
    """A person made in code, for sweeps over counties and trades: grunnskole done, no fellesfag
    missing, `work` full-time months in the trade, employed in it full time or not, no læreplass known."""
    return Person(
        id=ident,
        birth_date=birth_date,
        birth_date_estimated=False,
        county=county,
        grunnskole=True,
        trade=trade,
        school=school,
        missing=frozenset(),
        work=(WorkPeriod(trade, work, 100),) if work else (),
        employment=WorkPeriod(trade, 0, 100) if employed else None,
        apprenticeship_place=None,
    )
