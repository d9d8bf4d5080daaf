"""The rule book on disk: where it is, and loading its files by id (lazily, one file at a time)."""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from pathway.errors import InputError
from pathway.messages import text
from pathway.modelkeys import keys_at
from pathway.models.ranking import Ranking
from pathway.models.rules import County, GrantRates, Programme, RuleIndex, Scheme, School, Subjects, Trade
from pathway.yamlio import MAX_BYTES, Document, decode, load_file, parse, problems_from_validation

M = TypeVar("M", bound=BaseModel)

KINDS: dict[str, type[BaseModel]] = {
    "schemes": Scheme,
    "counties": County,
    "trades": Trade,
    "programmes": Programme,
}
SCHEME_IDS = ("laerling", "vg3_skole", "laerekandidat", "praksisbrev", "fagbrev_paa_jobb", "mfy", "praksiskandidat")


def find_rules_dir(option: str | None = None) -> Path:
    """--rules DIR, then $PATHWAY_RULES, then the installed copy, then the checkout's rules/."""
    for candidate in (option, os.environ.get("PATHWAY_RULES")):
        if candidate:
            path = Path(candidate)
            if not _is_file(path / "index.yaml"):
                raise InputError.at(str(path), 1, 1, "", text("rules.not_a_rule_book"))
            return path
    here = Path(__file__).resolve().parent
    for path in (here / "rules", here.parent / "rules"):
        if (path / "index.yaml").is_file():
            return path
    raise InputError.at(str(here / "rules"), 1, 1, "", text("rules.not_found"))


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # a name too long or with a NUL: no rule book there
        return False


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def book_digest(root: Path) -> str:
    """One hash of every rule file's name and content: any edit, added or removed file changes it."""
    import hashlib

    files: list[str] = []
    folders = [str(root)]
    while folders:  # os.scandir, not Path.rglob: this runs on every plan
        try:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):  # as rglob: a link to a folder is not followed
                        folders.append(entry.path)
                    elif entry.name.endswith(".yaml"):
                        files.append(entry.path)
        except OSError:
            continue
    h = hashlib.sha256()
    start = len(str(root)) + 1
    for path in sorted(files):
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError:
            data = b"\0unreadable"
        h.update(path[start:].encode("utf-8", "surrogateescape") + b"\0" + _digest(data).encode())
    return h.hexdigest()


def _warn(path: Path | str, exc: OSError) -> None:
    """A cache that cannot be read or written is skipped with one line on stderr, never fatal."""
    import sys

    if sys.stderr is not None:
        sys.stderr.write(f"pathway: {text('rules.cache_skipped', path=path, reason=exc.strerror or exc)}\n")


def cache_dir() -> Path | None:
    """Where the rule-book cache lives: $PATHWAY_CACHE_DIR (`off`: no cache), else the platform's
    cache folder for the current user, as platformdirs' user_cache_dir names it: %LOCALAPPDATA%\\pathway\\Cache
    on Windows, ~/Library/Caches/pathway on macOS, $XDG_CACHE_HOME/pathway (an absolute path; else
    ~/.cache/pathway) elsewhere."""
    import sys

    chosen = os.environ.get("PATHWAY_CACHE_DIR")
    if chosen:
        return None if chosen == "off" else Path(chosen)
    home = os.path.expanduser("~")
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA", "").strip()
        return Path(local or os.path.join(home, "AppData", "Local"), "pathway", "Cache")
    if sys.platform == "darwin":
        return Path(home, "Library", "Caches", "pathway")
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    return Path(xdg if os.path.isabs(xdg) else os.path.join(home, ".cache"), "pathway")


def _cache_file(root: Path) -> Path | None:
    import hashlib

    from pathway import __version__

    base = cache_dir()
    if base is None:
        return None
    models = Path(__file__).resolve().parent / "models"
    try:  # a new model shape: a new cache
        shape = [_digest((models / name).read_bytes()) for name in ("rules.py", "facts.py")]
    except OSError:
        shape = []
    key = hashlib.sha256(f"{root.resolve()}|{__version__}|{shape}".encode()).hexdigest()[:16]
    return base / f"rules-{key}.json"


CACHE_FORMAT = 2  # the layout of the cache file; another number is another file name


def _trusted(st: os.stat_result) -> bool:
    """A cache file is read only when it is a regular file that this user owns and that no one else
    can write: a cache that another account could have written is never trusted (it is rebuilt)."""
    import stat

    if not stat.S_ISREG(st.st_mode):
        return False
    uid = getattr(os, "geteuid", None)  # Windows has no owner or mode bits here: the folder is the user's own
    return uid is None or (st.st_uid == uid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


CACHE_NAME = re.compile(r"rules-[0-9a-f]{16}\.json")  # a cache file of ours; nothing else is ever removed
TEMP_NAME = re.compile(r"\.rules-[A-Za-z0-9_]{1,16}\.tmp")  # what a save that never finished left behind
EVICT_DAYS = 30  # a cache file of another book, version or model shape not used for this long is removed
EVICT_KEEP = 4  # and of those used more lately, only the newest few are kept


def evict(folder: Path, keep: Path, now: float | None = None) -> list[Path]:
    """Remove the cache files beside `keep` (other rule books, versions or model shapes) that were not
    used for EVICT_DAYS days, and all but the newest EVICT_KEEP of the others, with temporary files of
    saves that never finished (a day old). Only regular files of this user whose whole name is one
    pathway writes are touched: anything else in the folder stays. Returns what was removed."""
    import stat
    import time

    now = time.time() if now is None else now
    uid = getattr(os, "geteuid", None)
    ours: list[tuple[float, Path]] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                cache, temp = CACHE_NAME.fullmatch(entry.name), TEMP_NAME.fullmatch(entry.name)
                if not (cache or temp) or entry.name == keep.name:
                    continue
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if not stat.S_ISREG(st.st_mode) or (uid is not None and st.st_uid != uid()):
                    continue
                if temp:
                    if now - st.st_mtime > 86400:
                        ours.append((-1.0, Path(entry.path)))
                    continue
                ours.append((st.st_mtime, Path(entry.path)))
    except OSError:
        return []
    ours.sort(key=lambda item: (-item[0], item[1].name))  # the newest first; temporary files last
    kept = 0
    gone: list[Path] = []
    for mtime, path in ours:
        if mtime >= 0 and now - mtime <= EVICT_DAYS * 86400 and kept < EVICT_KEEP:
            kept += 1
            continue
        with contextlib.suppress(OSError):
            os.unlink(path)
            gone.append(path)
    return gone


def _plain(value: Any) -> bool:
    """True for what JSON gives back as it was: dicts with text keys, lists, text, numbers, booleans, None."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return value is None or isinstance(value, (str, int, float, bool))


def _read_cache(path: Path | None) -> dict[tuple[str, str], tuple[str, Any]] | None:
    """The cache's content, {} for none yet (or one that fails a check: it is rebuilt), None when the
    cache cannot be used (with a warning). The cache is JSON: plain data, which reading can never turn
    into running code. It holds each rule file's parsed YAML (plain data, validated again when used)
    by the file's content hash, and the stamp of the last whole-book check."""
    import json
    import time

    if path is None:
        return None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        import errno

        if exc.errno in (errno.ELOOP, errno.ENXIO, errno.EMLINK):  # a link or a FIFO: replaced on save
            return {}
        _warn(path, exc)
        return None
    try:
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not _trusted(st):
                return {}
            raw = fh.read()
            if time.time() - st.st_mtime > 86400 and os.utime in os.supports_fd:  # in use, so not old
                with contextlib.suppress(OSError):
                    os.utime(fh.fileno())
    except OSError as exc:
        _warn(path, exc)
        return None
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT or not isinstance(data.get("files"), dict):
        return {}
    out: dict[tuple[str, str], tuple[str, Any]] = {}
    for name, entry in data["files"].items():
        kind, _, eid = str(name).partition("/")
        if isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str) and kind and eid:
            out[(kind, eid)] = (entry[0], entry[1])
    checked = data.get("checked")
    if isinstance(checked, str):
        out[("!", "checked")] = (checked, True)
    return out


def _cache_text(stored: dict[tuple[str, str], tuple[str, Any]]) -> str:
    import json

    files = {f"{kind}/{eid}": list(entry) for (kind, eid), entry in sorted(stored.items()) if kind != "!"}
    checked = stored.get(("!", "checked"))
    body: dict[str, Any] = {"format": CACHE_FORMAT, "files": files}
    if checked is not None:
        body["checked"] = checked[0]
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _read_rule_file(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError.at(str(path), 1, 1, "", text("file.missing")) from None
    except IsADirectoryError:
        raise InputError.at(str(path), 1, 1, "", text("file.is_folder")) from None
    except OSError as exc:
        raise InputError.at(str(path), 1, 1, "", text("file.unreadable", reason=exc.strerror)) from None


def validate(model: type[M], doc: Document) -> M:
    """Validate a parsed document against a model; every error becomes `path:line:col: field: msg`."""
    if doc.data is None:
        raise InputError.at(doc.path, 1, 1, "", text("file.empty"))
    if not isinstance(doc.data, dict):
        raise InputError.at(doc.path, *doc.mark(()), "", text("file.not_mapping", type=type(doc.data).__name__))
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        allowed = {
            tuple(e["loc"][:-1]): keys_at(model, tuple(e["loc"][:-1])) for e in errors if e["type"] == "extra_forbidden"
        }
        raise InputError(problems_from_validation(doc, [dict(e) for e in errors], allowed)) from None


@dataclass
class RuleBook:
    """Loads rule files on demand and keeps what it loaded."""

    root: Path
    _cache: dict[tuple[str, str], Any] = field(default_factory=dict)
    docs: dict[tuple[str, str], Document] = field(default_factory=dict)
    _ids: dict[str, list[str]] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict)  # derived values the planner keeps per rule book
    stored: dict[tuple[str, str], tuple[str, Any]] | None = None  # the disk cache (content hash, model), when used
    stored_dirty: bool = False
    cache_file: Path | None = None

    def ids(self, kind: str) -> list[str]:
        """Ids from file stems only (fast: parses no YAML; read once)."""
        if kind not in self._ids:
            folder = self.root / kind
            found = sorted(p.stem for p in folder.glob("*.yaml") if p.stem != "index") if folder.is_dir() else []
            self._ids[kind] = found
        return self._ids[kind]

    def path(self, kind: str, entity_id: str) -> Path:
        return self.root / kind / f"{entity_id}.yaml"

    def _load(self, kind: str, entity_id: str, model: type[M]) -> M:
        key = (kind, entity_id)
        if key not in self._cache:
            path = self.path(kind, entity_id) if kind != "." else self.root / f"{entity_id}.yaml"
            if self.stored is None:
                doc = load_file(str(path))
                self.docs[key] = doc
                self._cache[key] = validate(model, doc)
            else:
                raw = _read_rule_file(path)
                digest = _digest(raw)
                stored = self.stored.get(key)
                if stored is not None and stored[0] == digest:
                    with contextlib.suppress(ValidationError):  # the same content as before: no YAML to parse
                        self._cache[key] = model.model_validate(stored[1])
                if key not in self._cache:
                    doc = parse(decode(raw, str(path)), str(path))
                    self.docs[key] = doc
                    self._cache[key] = validate(model, doc)
                    if _plain(doc.data):
                        self.stored[key] = (digest, doc.data)
                        self.stored_dirty = True
        result: M = self._cache[key]
        return result

    @classmethod
    def cached(cls, root: Path) -> RuleBook:
        """A rule book that keeps the files it validated in a cache on disk, keyed by each file's
        content (a SHA-256 hash): a file that changes in any way is read and validated again. The
        cache also remembers that the whole book was checked (`pathway rules check`, see
        `rulecheck.verify`): the check is redone when any file changes (and once a day, for dates in
        the future). The cache holds only the rule book (public rules), never a candidate.
        PATHWAY_CACHE_DIR=off turns it off."""
        book = cls(root)
        book.cache_file = _cache_file(root)
        book.stored = _read_cache(book.cache_file)
        return book

    def check_stamp(self) -> str:
        """What a whole-book check is remembered by: this exact rule book (by content), today."""
        from datetime import date

        return f"{book_digest(self.root)}|{date.today().isoformat()}"

    def was_checked(self, stamp: str) -> bool:
        """True when the cache remembers a whole-book check that found no problem, under `stamp`."""
        return self.stored is not None and self.stored.get(("!", "checked")) == (stamp, True)

    def mark_checked(self, stamp: str) -> None:
        """Remember (in the cache, when there is one) that the book checked under `stamp` is sound."""
        if self.stored is not None:
            self.stored[("!", "checked")] = (stamp, True)
            self.stored_dirty = True

    def save(self) -> None:
        """Write the cache when this run validated something new (atomically; errors are ignored)."""
        if self.cache_file is None or self.stored is None or not self.stored_dirty:
            return
        import tempfile

        tmp = None
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.cache_file.parent, prefix=".rules-", suffix=".tmp")  # mode 0600
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(_cache_text(self.stored))
            os.replace(tmp, self.cache_file)
            tmp = None
            self.stored_dirty = False
            evict(self.cache_file.parent, self.cache_file)
        except OSError as exc:
            _warn(self.cache_file.parent, exc)
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def load_all(self) -> None:
        """Every file of the book, loaded now."""
        for kind, model in KINDS.items():
            for eid in self.ids(kind):
                self._load(kind, eid, model)
        self.school()
        self.subjects()
        self.grants()
        self.index()
        self.ranking()

    def county(self, cid: str) -> County:
        return self._load("counties", cid, County)

    def trade(self, tid: str) -> Trade:
        return self._load("trades", tid, Trade)

    def programme(self, pid: str) -> Programme:
        return self._load("programmes", pid, Programme)

    def scheme(self, sid: str) -> Scheme:
        return self._load("schemes", sid, Scheme)

    def school(self) -> School:
        return self._load(".", "school", School)

    def subjects(self) -> Subjects:
        return self._load(".", "subjects", Subjects)

    def grants(self) -> GrantRates:
        return self._load(".", "grants", GrantRates)

    def plans_on(self, day: date, option: str = "--as-of") -> date:
        """`day`, when a plan may be made for it (its year among the index's planning_years); else
        an InputError naming the option (`--as-of`, `--then`) and the years."""
        first, last = self.index().plans()
        if not first <= day.year <= last:
            message = text("input.as_of_outside", day=day.isoformat(), first=first, last=last, root=self.root)
            raise InputError.at(option, 1, 1, option.lstrip("-").replace("-", "_"), message)
        return day

    def index(self) -> RuleIndex:
        return self._load(".", "index", RuleIndex)

    def ranking(self) -> Ranking:
        return self._load(".", "ranking", Ranking)

    def version(self) -> str:
        """The rule book's version, read cheaply (used by --version) and once."""
        if "version" not in self.memo:
            self.memo["version"] = self._read_version()
        return str(self.memo["version"])

    def _read_version(self) -> str:
        try:
            for line in (self.root / "index.yaml").read_text(encoding="utf-8").splitlines():
                if line.startswith("version:"):
                    return line.split(":", 1)[1].strip().strip("\"'")
        except OSError:
            pass
        return "unknown"

    def get(self, kind: str, entity_id: str) -> BaseModel:
        return self._load(kind, entity_id, KINDS[kind])

    def find(self, kind: str, value: str | int) -> str | None:
        """The id that `value` names: the id, the Norwegian name in any case, an alias, a code (fagkode,
        programme area, county number) or a trade's short name (`kokk`); None when nothing matches."""
        from pathway.finder import find

        return find(self, kind, value)

    def nearest(self, kind: str, value: str | int, n: int = 3, cutoff: float = 0.6) -> list[str]:
        """Up to `n` ids nearest to an unknown `value` (by id, name, alias or code); with a higher
        `cutoff`, only those at least that close."""
        from pathway.finder import nearest

        return nearest(self, kind, value, n, cutoff)

    def names(self, kind: str) -> dict[str, str]:
        """id → display name for every entity of a kind (loads the files)."""
        out: dict[str, str] = {}
        for eid in self.ids(kind):
            entity: Any = self._load(kind, eid, KINDS[kind])
            out[eid] = str(entity.name)
        return out
