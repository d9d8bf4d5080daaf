"""Where the rule-book cache lives (the platform's cache folder of the current user, unless
PATHWAY_CACHE_DIR says otherwise or `off`), and how old cache files are evicted: only pathway's own."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from pathway.ruleset import EVICT_DAYS, EVICT_KEEP, cache_dir, evict
from tests.helpers import run

ROOT = Path(__file__).resolve().parent.parent
ELKEM = str(ROOT / "examples" / "elkem-kjemiprosess.yaml")
DAY = 86400.0


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("USERPROFILE", str(folder))
    for name in ("PATHWAY_CACHE_DIR", "XDG_CACHE_HOME", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    return folder


def test_linux_uses_xdg_cache_home_or_dot_cache(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert cache_dir() == home / ".cache" / "pathway"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg"))
    assert cache_dir() == home / "xdg" / "pathway"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # the XDG spec: a relative path is ignored
    assert cache_dir() == home / ".cache" / "pathway"
    monkeypatch.setenv("XDG_CACHE_HOME", "")
    assert cache_dir() == home / ".cache" / "pathway"


def test_macos_uses_library_caches(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg"))  # not a macOS convention
    assert cache_dir() == home / "Library" / "Caches" / "pathway"


def test_windows_uses_local_app_data(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    assert cache_dir() == home / "AppData" / "Local" / "pathway" / "Cache"
    monkeypatch.delenv("LOCALAPPDATA")
    assert cache_dir() == home / "AppData" / "Local" / "pathway" / "Cache"


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_pathway_cache_dir_wins_and_off_turns_it_off(
    home: Path, monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "local"))
    monkeypatch.setenv("PATHWAY_CACHE_DIR", str(home / "mine"))
    assert cache_dir() == home / "mine"
    monkeypatch.setenv("PATHWAY_CACHE_DIR", "off")
    assert cache_dir() is None


def test_a_plan_writes_its_cache_in_the_platform_folder(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg"))
    result = run("plan", ELKEM, "--format", "json", "--as-of", "2026-11-26")
    assert result.exit_code == 0, result.stderr
    if sys.platform.startswith("linux"):
        assert [p.name.startswith("rules-") for p in (home / "xdg" / "pathway").iterdir()] == [True]
    monkeypatch.setenv("PATHWAY_CACHE_DIR", "off")
    before = sorted(str(p) for p in home.rglob("*"))
    again = run("plan", ELKEM, "--format", "json", "--as-of", "2026-11-26")
    assert again.exit_code == 0 and again.stdout == result.stdout
    assert sorted(str(p) for p in home.rglob("*")) == before  # nothing written anywhere


def _file(folder: Path, name: str, age_days: float, now: float) -> Path:
    path = folder / name
    path.write_text("{}", encoding="utf-8")
    os.utime(path, (now - age_days * DAY, now - age_days * DAY))
    return path


def _hex(n: int) -> str:
    return f"rules-{n:016x}.json"


def test_old_cache_files_are_evicted_and_nothing_else(tmp_path: Path) -> None:
    now = time.time()
    folder = tmp_path / "cache"
    folder.mkdir()
    current = _file(folder, _hex(0xC0FFEE), EVICT_DAYS + 100, now)  # the one in use: never removed
    old = _file(folder, _hex(1), EVICT_DAYS + 1, now)
    recent = [_file(folder, _hex(10 + n), n + 0.5, now) for n in range(EVICT_KEEP + 2)]
    stale_tmp = _file(folder, ".rules-abc123_x.tmp", 2, now)
    fresh_tmp = _file(folder, ".rules-def456.tmp", 0.01, now)  # a save in progress elsewhere
    others = [
        _file(folder, name, EVICT_DAYS + 50, now)
        for name in (
            "notes.txt",
            "rules-notours.json",
            "rules-0123.json",
            _hex(2) + ".bak",
            "Rules-" + _hex(3)[6:],
            _hex(4).upper(),
            "rules-00000000000000000.json",  # 17 digits
            ".rules-abc.tmp.keep",
        )
    ]
    sub = folder / _hex(5)  # a folder with our name
    sub.mkdir()
    os.utime(sub, (now - 90 * DAY, now - 90 * DAY))
    target = _file(tmp_path, "elsewhere.json", EVICT_DAYS + 50, now)
    link = folder / _hex(6)
    link.symlink_to(target)

    gone = evict(folder, current, now=now)

    assert sorted(p.name for p in gone) == sorted([old.name, stale_tmp.name] + [p.name for p in recent[EVICT_KEEP:]])
    assert current.exists() and fresh_tmp.exists() and sub.is_dir() and link.is_symlink() and target.exists()
    assert all(p.exists() for p in recent[:EVICT_KEEP])
    assert all(p.exists() for p in others)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can make a file of another user")
def test_a_cache_file_of_another_user_is_never_evicted(tmp_path: Path) -> None:
    now = time.time()
    folder = tmp_path / "cache"
    folder.mkdir()
    theirs = _file(folder, _hex(7), EVICT_DAYS + 10, now)
    os.chown(theirs, 65534, 65534)
    assert evict(folder, folder / _hex(8), now=now) == []
    assert theirs.exists()


def test_writing_a_new_cache_evicts_old_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setenv("PATHWAY_CACHE_DIR", str(folder))
    now = time.time()
    old = _file(folder, _hex(1), EVICT_DAYS + 1, now)
    young = _file(folder, _hex(2), 1, now)
    mine = _file(folder, "my-notes.json", EVICT_DAYS + 1, now)
    result = run("plan", ELKEM, "--format", "json", "--as-of", "2026-11-26")
    assert result.exit_code == 0, result.stderr
    assert not old.exists() and young.exists() and mine.exists()
    written = [p for p in folder.iterdir() if p not in (young, mine)]
    assert len(written) == 1 and written[0].name.startswith("rules-")


def test_a_cache_in_use_is_not_old(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading the cache marks it as used, so that another install's eviction keeps it."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("PATHWAY_CACHE_DIR", str(folder))
    assert run("plan", ELKEM, "--format", "json", "--as-of", "2026-11-26").exit_code == 0
    (path,) = folder.iterdir()
    long_ago = time.time() - (EVICT_DAYS + 5) * DAY
    os.utime(path, (long_ago, long_ago))
    assert run("plan", ELKEM, "--format", "json", "--as-of", "2026-11-26").exit_code == 0
    if os.utime in os.supports_fd:
        assert time.time() - path.stat().st_mtime < DAY
