"""The rule-book cache can never run code or change the rules: it is plain JSON data, read only when
this user owns it and no one else can write it, and whatever fails a check is rebuilt from the book."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import run

ROOT = Path(__file__).resolve().parent.parent
ELKEM = str(ROOT / "examples" / "elkem-kjemiprosess.yaml")
AS_OF = ("--as-of", "2026-11-26")


class _Boom:
    """A pickle that, once loaded, creates a marker file (what a planted cache would do)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (os.system, (f"touch {self.marker}",))


def _plan(cache: Path) -> tuple[int, str, str]:
    before = os.environ.get("PATHWAY_CACHE_DIR")
    os.environ["PATHWAY_CACHE_DIR"] = str(cache)
    try:
        result = run("plan", ELKEM, "--format", "json", *AS_OF)
    finally:
        if before is None:
            os.environ.pop("PATHWAY_CACHE_DIR", None)
        else:
            os.environ["PATHWAY_CACHE_DIR"] = before
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("PATHWAY_CACHE_DIR", str(cache))
    return cache


def _praksisbrev_codes(stdout: str) -> list[str]:
    data = json.loads(stdout)
    return [r["code"] for e in data["excluded"] if e["scheme"] == "praksisbrev" for r in e["reasons"]]


def test_a_planted_pickle_in_the_cache_never_runs(cache_dir: Path, tmp_path: Path) -> None:
    code, first, _ = _plan(cache_dir)
    assert code == 0
    marker = tmp_path / "ran"
    planted = pickle.dumps({("!", "checked"): _Boom(marker)})
    files = [p for p in cache_dir.iterdir() if p.name.startswith("rules-")]
    assert files
    for path in files:  # whatever the cache file is called, and under the old name
        path.write_bytes(planted)
        path.with_suffix(".pickle").write_bytes(planted)
    code, again, err = _plan(cache_dir)
    assert not marker.exists(), "the cache ran code"
    assert code == 0 and again == first and "Traceback" not in err


def _tampered(cache_dir: Path) -> Path:
    """The cache file, edited so that Agder offers praksisbrev (in the book it does not)."""
    path = next(p for p in cache_dir.iterdir() if p.name.startswith("rules-"))
    text = path.read_text(encoding="utf-8")
    body = json.loads(text)
    agder = body["files"]["counties/agder"][1]
    offer = agder["praksisbrev"]["offered"]
    offer["value"] = True
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def test_a_cache_someone_else_could_write_is_not_trusted(cache_dir: Path) -> None:
    code, first, _ = _plan(cache_dir)
    assert code == 0 and "not_offered_in_county" in _praksisbrev_codes(first)
    path = _tampered(cache_dir)
    path.chmod(0o666)  # writable by anyone: it could hold anything
    code, again, _ = _plan(cache_dir)
    assert code == 0 and again == first
    path = _tampered(cache_dir)
    path.chmod(0o600)
    if os.geteuid() == 0:  # a file of another account (only root can make one here)
        os.chown(path, 65534, 65534)
        code, again, _ = _plan(cache_dir)
        assert code == 0 and again == first
        assert os.stat(path).st_uid == os.geteuid()  # rebuilt as this user's own


def test_a_link_in_place_of_the_cache_is_not_followed(cache_dir: Path, tmp_path: Path) -> None:
    code, first, _ = _plan(cache_dir)
    path = _tampered(cache_dir)
    elsewhere = tmp_path / "elsewhere.json"
    shutil.move(path, elsewhere)
    path.symlink_to(elsewhere)
    code, again, _ = _plan(cache_dir)
    assert code == 0 and again == first
    assert not path.is_symlink()  # replaced by a file of its own


def test_cached_data_that_the_models_refuse_is_rebuilt(cache_dir: Path) -> None:
    code, first, _ = _plan(cache_dir)
    path = next(p for p in cache_dir.iterdir() if p.name.startswith("rules-"))
    body = json.loads(path.read_text(encoding="utf-8"))
    for entry in body["files"].values():
        entry[1] = {"surprise": [1, 2, 3]}
    path.write_text(json.dumps(body), encoding="utf-8")
    code, again, err = _plan(cache_dir)
    assert code == 0 and again == first and err == ""


FUZZ = settings(
    max_examples=int(os.environ.get("PATHWAY_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def cache_bodies(draw: st.DrawFn, real: str) -> bytes:
    """Random bytes, random JSON, or the real cache with one part replaced by something random."""
    kind = draw(st.sampled_from(["bytes", "json", "edit"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    if kind == "json":
        return json.dumps(draw(json_values)).encode()
    body = json.loads(real)
    files = body["files"]
    name = draw(st.sampled_from(sorted(files)))
    part = draw(st.sampled_from(["digest", "data", "entry", "checked", "format"]))
    if part == "digest":
        files[name][0] = draw(st.text(max_size=70))
    elif part == "data":
        files[name][1] = draw(json_values)
    elif part == "entry":
        files[name] = draw(json_values)
    elif part == "checked":
        body["checked"] = draw(json_values)
    else:
        body["format"] = draw(json_values)
    return json.dumps(body).encode()


_FIRST: dict[str, str] = {}


@FUZZ
@given(data=st.data())
def test_fuzzed_cache_files_never_change_a_plan(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        code, first, _ = _plan(cache)
        _FIRST.setdefault("plan", first)
        path = next(p for p in cache.iterdir() if p.name.startswith("rules-"))
        path.write_bytes(data.draw(cache_bodies(path.read_text(encoding="utf-8"))))
        code, again, err = _plan(cache)
        assert code == 0 and again == _FIRST["plan"], err
        assert "Traceback" not in err and "internal error" not in err
