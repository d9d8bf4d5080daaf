"""Where output goes (pathway/output.py): -o on every command that writes, `-o -`, atomic writes only
for regular files, links/FIFOs/devices/folders never replaced, modes kept, a closed pipe ends quietly,
a full disk / closed stdout / narrow encoding is one line and exit 2, SIGTERM leaves no temporary file."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ndjson_cohort, run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = str(ROOT / "examples" / "elkem-kjemiprosess.yaml")
AS_OF = ("--as-of", "2026-11-26")

# (command line without -o, whether -o is required) for every command that writes
COMMANDS = {
    "plan": ["plan", EXAMPLE, "--format", "json"],
    "compare": ["compare", EXAMPLE, "--format", "json"],
    "barriers": ["barriers", EXAMPLE, "--format", "json"],
    "check": ["check", EXAMPLE, "--format", "json"],
    "report": ["report", EXAMPLE],
}


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def _pathway(*args: str) -> list[str]:
    return [sys.executable, "-m", "pathway", *args]


def _no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith(".pathway-")]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_writes_to_output_and_dash_means_stdout(name: str, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    to_file = run(*COMMANDS[name], "-o", str(out), *AS_OF)
    assert to_file.exit_code == 0, to_file.stderr
    assert to_file.stdout == "" and out.stat().st_size > 100
    to_stdout = run(*COMMANDS[name], "-o", "-", *AS_OF)
    assert to_stdout.exit_code == 0 and to_stdout.stdout == out.read_text(encoding="utf-8")
    assert _no_temp_files(tmp_path)


def test_a_symbolic_link_stays_a_link_and_its_file_keeps_its_mode(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    result = run(*COMMANDS["plan"], "-o", str(link), *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert json.loads(real.read_text(encoding="utf-8"))["candidate"] == "k-017"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # not 0600, not 0644


def test_a_new_file_gets_the_usual_mode_not_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        out = tmp_path / "new.json"
        assert run(*COMMANDS["plan"], "-o", str(out), *AS_OF).exit_code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
    finally:
        os.umask(old)


def test_a_folder_or_a_dangling_link_is_refused_with_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "rows"
    folder.mkdir()
    result = run(*COMMANDS["check"], "-o", str(folder), *AS_OF)
    assert result.exit_code == 2 and folder.is_dir() and list(folder.iterdir()) == []
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"{folder}:1:1: output:")
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "nowhere" / "x.csv")
    result = run(*COMMANDS["check"], "-o", str(dangling), *AS_OF)
    assert result.exit_code == 2 and dangling.is_symlink() and result.stderr.count("\n") == 1
    assert _no_temp_files(tmp_path)


def test_a_fifo_is_written_to_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    result = run(*COMMANDS["plan"], "-o", str(fifo), *AS_OF)
    data, _ = reader.communicate(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(data)["candidate"] == "k-017"


def test_a_device_is_never_replaced() -> None:
    before = os.stat(os.devnull)
    result = run(*COMMANDS["plan"], "-o", os.devnull, *AS_OF)
    assert result.exit_code == 0
    after = os.stat(os.devnull)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_disk_full_is_one_line_and_exit_2() -> None:
    for args in (["-o", "/dev/full"], []):
        with open("/dev/full", "w") as full:
            proc = subprocess.run(
                _pathway(*COMMANDS["check"], *args, *AS_OF), stdout=full, stderr=subprocess.PIPE, env=_env(), text=True
            )
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
        assert "No space left" in proc.stderr


def test_closed_stdout_and_narrow_encoding_are_one_line_and_exit_2() -> None:
    closed = subprocess.run(
        ["sh", "-c", " ".join(_pathway(*COMMANDS["plan"], *AS_OF)) + " >&-"],
        stderr=subprocess.PIPE,
        env=_env(),
        text=True,
    )
    assert closed.returncode == 2 and closed.stderr.count("\n") == 1 and "Traceback" not in closed.stderr
    ascii_out = subprocess.run(
        _pathway("plan", EXAMPLE, *AS_OF), capture_output=True, env=_env(PYTHONIOENCODING="ascii"), text=True
    )
    assert ascii_out.returncode == 2 and ascii_out.stderr.count("\n") == 1
    assert "ascii" in ascii_out.stderr and "Traceback" not in ascii_out.stderr


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_closed_pipe_ends_quietly(name: str) -> None:
    args = COMMANDS[name] + (["-o", "-"] if name == "report" else [])
    proc = subprocess.Popen(
        _pathway(*args, *AS_OF), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), text=True
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader goes away before the first byte is written
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141
    assert err == ""


@pytest.fixture(scope="module")
def cohort(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ndjson_cohort(tmp_path_factory.mktemp("cohort"), 4000)


def test_check_piped_into_head_ends_quietly(cohort: Path) -> None:
    for jobs in ("1", "2"):
        proc = subprocess.run(
            [
                "sh",
                "-c",
                " ".join(_pathway("check", str(cohort), "--format", "csv", "--jobs", jobs, *AS_OF)) + " | head -3",
            ],
            capture_output=True,
            env=_env(),
            text=True,
        )
        assert proc.stdout.count("\n") == 3 and proc.stderr == ""


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_sigint_leave_no_temporary_file(cohort: Path, tmp_path: Path, jobs: str, sig: int) -> None:
    out = tmp_path / "rows.csv"
    proc = subprocess.Popen(
        _pathway("check", str(cohort), "--format", "csv", "--jobs", jobs, "-o", str(out), *AS_OF),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while _no_temp_files(tmp_path) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.killpg(proc.pid, sig)  # as a terminal or a service manager does: the whole group
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == (143 if sig == signal.SIGTERM else 130)
    assert err == "interrupted\n"  # no worker tracebacks
    assert list(tmp_path.iterdir()) == []


def test_a_block_device_or_a_socket_is_refused(tmp_path: Path) -> None:
    import socket

    sock_path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(sock_path))
    try:
        result = run(*COMMANDS["plan"], "-o", str(sock_path), *AS_OF)
        assert result.exit_code == 2 and result.stderr.count("\n") == 1
        assert stat.S_ISSOCK(sock_path.stat().st_mode)
    finally:
        server.close()
    block = tmp_path / "disk"
    try:
        os.mknod(block, stat.S_IFBLK | 0o600, os.makedev(7, 250))
    except (PermissionError, OSError):
        pytest.skip("cannot make a device node here")
    result = run(*COMMANDS["plan"], "-o", str(block), *AS_OF)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert stat.S_ISBLK(block.stat().st_mode)  # still the device node
    assert _no_temp_files(tmp_path)


@pytest.mark.parametrize("args", [["rules", "list", "trades"], ["rules", "show", "kokkfaget"], ["schema", "candidate"]])
def test_a_closed_pipe_ends_the_short_commands_quietly_too(args: list[str]) -> None:
    proc = subprocess.Popen(_pathway(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), text=True)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141 and err == ""


# --- a shared folder (sticky and world-writable, like /tmp), owners and hard links --------------------

needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root (chown)")
OTHER = 4242  # a uid and gid that is neither the writer's nor the folder's


def _shared_folder(tmp_path: Path) -> Path:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    return shared


@needs_root
def test_a_link_planted_in_a_shared_folder_is_refused_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "passwd"
    victim.write_text("root:x:0:0\n", encoding="utf-8")
    victim.chmod(0o644)
    shared = _shared_folder(tmp_path)
    planted = shared / "k-017.json"
    planted.symlink_to(victim)
    os.lchown(planted, OTHER, OTHER)
    result = run(*COMMANDS["plan"], "-o", str(planted), *AS_OF)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"{planted}:1:1: output:")
    assert "symbolic link" in result.stderr and str(shared) in result.stderr
    assert victim.read_text(encoding="utf-8") == "root:x:0:0\n" and planted.is_symlink()
    assert _no_temp_files(shared)
    # a link on the way (a planted folder link) is refused the same way
    (shared / "dir").symlink_to(tmp_path)
    os.lchown(shared / "dir", OTHER, OTHER)
    result = run(*COMMANDS["plan"], "-o", str(shared / "dir" / "passwd"), *AS_OF)
    assert result.exit_code == 2 and victim.read_text(encoding="utf-8") == "root:x:0:0\n"


@needs_root
def test_a_link_of_ones_own_in_a_shared_folder_is_followed(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old\n", encoding="utf-8")
    shared = _shared_folder(tmp_path)
    mine = shared / "mine.json"
    mine.symlink_to(real)  # made by the writer (root)
    result = run(*COMMANDS["plan"], "-o", str(mine), *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert mine.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["candidate"] == "k-017"
    # and outside a shared folder a link that belongs to someone else is followed, as before
    other = tmp_path / "other.json"
    other.symlink_to(real)
    os.lchown(other, OTHER, OTHER)
    real.write_text("old\n", encoding="utf-8")
    assert run(*COMMANDS["plan"], "-o", str(other), *AS_OF).exit_code == 0
    assert json.loads(real.read_text(encoding="utf-8"))["candidate"] == "k-017"


@needs_root
def test_a_replaced_file_keeps_its_owner_group_and_mode(tmp_path: Path) -> None:
    shared = _shared_folder(tmp_path)
    theirs = shared / "rows.json"
    theirs.write_text("old\n", encoding="utf-8")
    os.chown(theirs, OTHER, OTHER + 1)
    theirs.chmod(0o640)
    result = run(*COMMANDS["plan"], "-o", str(theirs), *AS_OF)
    assert result.exit_code == 0, result.stderr
    st = theirs.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (OTHER, OTHER + 1, 0o640)
    assert json.loads(theirs.read_text(encoding="utf-8"))["candidate"] == "k-017"
    assert _no_temp_files(shared)


def test_a_new_file_belongs_to_the_writer(tmp_path: Path) -> None:
    out = tmp_path / "new.json"
    assert run(*COMMANDS["plan"], "-o", str(out), *AS_OF).exit_code == 0
    assert out.stat().st_uid == os.geteuid()


def test_a_file_with_hard_links_is_replaced_and_the_split_is_said(tmp_path: Path) -> None:
    out = tmp_path / "rows.json"
    out.write_text("old\n", encoding="utf-8")
    twin = tmp_path / "twin.json"
    os.link(out, twin)
    result = run(*COMMANDS["plan"], "-o", str(out), *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["candidate"] == "k-017"
    assert twin.read_text(encoding="utf-8") == "old\n"  # the other name keeps the old content
    assert result.stderr.count("\n") == 1 and "hard links" in result.stderr and str(out) in result.stderr
    # one name only: no warning
    result = run(*COMMANDS["plan"], "-o", str(twin), *AS_OF)
    assert result.exit_code == 0 and result.stderr == ""
