"""Finding an entity of the rule book by what people write: the id, the Norwegian name in any case,
an alias (an old name, a job title), a code (fagkode `KOK3004`, programme area `RMKOK3`, county
number `42`), or for trades the short name (`kokk` for kokkfaget, `baker` for bakerfaget).

The lookup keys are read from the few top-level lines that hold them (`name:`, `aliases:`, `codes:`,
`code:`, `number:`), not from the whole file, so that finding one trade among all of them stays cheap
(a few milliseconds) and loads no other trade into the rule book or its cache.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Protocol

import yaml

from pathway.ids import foreign_character, malformed_county_number, slug
from pathway.memo import remembered, shared


class Shelf(Protocol):
    """What the finder needs of a rule book (`ruleset.RuleBook`, which asks the finder, not the
    other way round): the listed ids, each file's path and a memo kept with the book."""

    _ids: dict[str, list[str]]
    memo: dict[str, Any]

    def ids(self, kind: str) -> list[str]: ...

    def path(self, kind: str, entity_id: str) -> Path: ...

_KEYS = re.compile(r"^(name|aliases|codes|code|number):[ \t]*(.*)$", re.M)
SHORT_SUFFIXES = ("faget", "et")  # `baker` and `bakerfag` mean bakerfaget


class Index:
    """Lookup keys → id for one kind of entity, and the display name of every id."""

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.ambiguous: set[str] = set()

    def add(self, key: str, eid: str) -> None:
        if not key or key in self.ambiguous:
            return
        if self.keys.get(key, eid) != eid:
            del self.keys[key]
            self.ambiguous.add(key)
            return
        self.keys[key] = eid


def _head(text: str) -> dict[str, Any]:
    """The lookup keys of one rule file, read from their own lines (flow style on one line)."""
    from pathway.yamlio import _Loader

    lines = [m.group(0) for m in _KEYS.finditer(text)]
    try:
        data = yaml.load("\n".join(lines), Loader=_Loader) if lines else {}
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict) or any(v is None for v in data.values()):
        try:  # a key written over several lines: read the whole file
            data = yaml.load(text, Loader=_Loader)
        except yaml.YAMLError:
            return {}
    return data if isinstance(data, dict) else {}


def _codes(data: dict[str, Any]) -> list[str]:
    out: list[str] = []
    codes = data.get("codes")
    values = list(codes.values()) if isinstance(codes, dict) else []
    values.append(data.get("code"))
    for value in values:
        if isinstance(value, str):
            out += [part.strip() for part in value.split(",") if part.strip()]
    return out


def index(book: Shelf, kind: str) -> Index:
    """The lookup index of a kind, built once per rule book."""
    memo = shared(book.memo, "finder")
    if kind in memo:
        found: Index = memo[kind]
        return found
    idx = Index()
    ids = book.ids(kind)
    heads: dict[str, dict[str, Any]] = {}
    for eid in ids:
        try:
            heads[eid] = _head(book.path(kind, eid).read_text(encoding="utf-8"))
        except OSError:
            heads[eid] = {}
        idx.keys[eid] = eid
        name = heads[eid].get("name")
        idx.names[eid] = name if isinstance(name, str) else eid
    # Names, aliases and codes never take an id's place; short names never take an explicit key's.
    for eid in ids:
        data = heads[eid]
        explicit = [idx.names[eid], *[a for a in data.get("aliases") or [] if isinstance(a, str)], *_codes(data)]
        number = data.get("number")
        if isinstance(number, str):
            explicit += [number, number.lstrip("0")]
        for key in {slug(k) for k in explicit} - set(ids):
            idx.add(key, eid)
    if kind == "trades":
        short: dict[str, set[str]] = {}
        for eid in ids:
            for full in {eid, slug(idx.names[eid])}:
                for suffix in SHORT_SUFFIXES:
                    if full.endswith("faget") and len(full) > len(suffix) + 2:
                        short.setdefault(full[: -len(suffix)], set()).add(eid)
        for key, owners in short.items():
            if len(owners) == 1 and key not in idx.keys and key not in idx.ambiguous:
                idx.keys[key] = next(iter(owners))
    memo[kind] = idx
    return idx


MAX_ID = 200  # no id is longer (a file name may have 255 bytes): a longer key names no file, and is never a path


def _is_id(book: Shelf, kind: str, key: str) -> bool:
    if not key or key == "index" or len(key) > MAX_ID:
        return False
    listed = book._ids.get(kind)  # the folder already listed: no system call
    if listed is not None:
        return key in listed
    return remembered(shared(book.memo, "is_id"), (kind, key), lambda: _is_file(book.path(kind, key)), 10_000)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # a name the file system refuses is no rule file
        return False


def find(book: Shelf, kind: str, value: str | int) -> str | None:
    """The id `value` names, or None. Ids and short names are found without reading any file."""
    if isinstance(value, bool):
        return None
    given = str(value)
    # What no id or name holds names nothing (ids.foreign_character): slug() would drop it, so that
    # "agder😀" or "ag\u200bder" read as agder; nor does a county number that is not one ("-3").
    if foreign_character(given) is not None:
        return None
    if kind == "counties" and malformed_county_number(given):
        return None
    key = slug(given)
    if _is_id(book, kind, key):  # one stat, no listing of the folder
        return key
    if kind == "trades":
        for suffix in SHORT_SUFFIXES:
            if _is_id(book, kind, key + suffix):
                return key + suffix
    if kind == "counties" and str(value).strip().isdigit():
        key = str(value).strip().zfill(2)
    return index(book, kind).keys.get(key)


def nearest(book: Shelf, kind: str, value: str | int, n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Up to `n` ids whose id, name, alias or code is nearest to `value`, nearest first; with a
    `cutoff` above the usual 0.6, only those at least that close (no part of a longer name)."""
    import difflib

    idx = index(book, kind)
    key = slug(str(value))
    out: list[str] = []
    for match in difflib.get_close_matches(key, list(idx.keys), n=n * 3, cutoff=cutoff):
        eid = idx.keys[match]
        if eid not in out:
            out.append(eid)
    if len(out) < n and len(key) >= 3 and cutoff <= 0.6:  # a part of a longer name: `kokk` in `ernaeringskokkfaget`
        for match in sorted(k for k in idx.keys if key in k):
            eid = idx.keys[match]
            if eid not in out:
                out.append(eid)
            if len(out) >= n:
                break
    return out[:n]
