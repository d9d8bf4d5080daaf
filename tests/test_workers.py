"""The worker pool: workers end when the parent is killed, and a worker killed alone changes nothing
(its rows are planned again); a row that ends its worker every time is an invalid row that says so."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import AS_OF
from tests.helpers import ndjson_cohort, run

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def cohort(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ndjson_cohort(tmp_path_factory.mktemp("cohort"), 8000)


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _start(cohort: Path, out: Path) -> tuple[subprocess.Popen[str], list[int]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    args = ["check", str(cohort), "--jobs", "2", "--format", "ndjson", "--as-of", AS_OF, "-o", str(out)]
    proc = subprocess.Popen([sys.executable, "-m", "pathway", *args], env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while len(_children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    workers = _children(proc.pid)
    assert len(workers) == 2 and proc.poll() is None, "the run ended before its workers could be seen"
    return proc, workers


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killing_the_parent_ends_the_workers(cohort: Path, tmp_path: Path) -> None:
    proc, workers = _start(cohort, tmp_path / "rows.ndjson")
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_running(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [w for w in workers if _running(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, "workers outlived their parent"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_killed_alone_changes_nothing(cohort: Path, tmp_path: Path) -> None:
    alone = run("check", str(cohort), "--jobs", "1", "--format", "ndjson", "--as-of", AS_OF)
    out = tmp_path / "rows.ndjson"
    proc, workers = _start(cohort, out)
    os.kill(workers[0], signal.SIGKILL)
    time.sleep(0.5)
    later = [w for w in _children(proc.pid) if w not in workers]
    if later:
        os.kill(later[0], signal.SIGKILL)  # the worker started in its place, too
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == alone.exit_code and err == "", err
    assert out.read_text(encoding="utf-8") == alone.stdout


def test_a_row_that_ends_its_worker_every_time_is_an_invalid_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathway.cohort import pool
    from pathway.cohort.planning import Planner

    if pool.start_method() != "fork":
        pytest.skip("the crash is planted in this process, which only a forked worker inherits")
    once = tmp_path / "crashed-once"
    real = Planner.row

    def row(self: Planner, item, redact=False):  # type: ignore[no-untyped-def]
        if '"boom"' in item.body:
            os._exit(9)  # every time: a row that ends its worker
        if '"once"' in item.body and not once.exists():
            once.write_text("x")
            os._exit(9)  # the first time only: planned again, as if nothing had happened
        return real(self, item, redact)

    monkeypatch.setattr(Planner, "row", row)
    people = [
        {"id": f"k-{i}", "age": 16 + i % 20, "county": "agder", "goal": {"trade": "kokkfaget"}} for i in range(300)
    ]
    people[10]["id"], people[200]["id"] = "once", "boom"
    path = tmp_path / "c.ndjson"
    path.write_text("".join(json.dumps(p) + "\n" for p in people), encoding="utf-8")
    done = run("check", str(path), "--jobs", "2", "--format", "ndjson", "--as-of", AS_OF)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.exit_code == 2, done.stderr
    assert [r["id"] for r in rows] == [p["id"] for p in people]
    assert [r["id"] for r in rows if r["status"] != "ok"] == ["boom"]
    assert "ended the worker process each time" in rows[200]["error"] and rows[200]["source"].endswith(":201")
    assert once.exists()
