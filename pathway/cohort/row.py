"""The row of a batch's output: what was planned for one candidate, its id and its redaction."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pathway.cohort.csvmap import csv_id
from pathway.cohort.item import NDJSON_SUFFIXES, Item
from pathway.ids import looks_like_national_id, slug


@dataclass(frozen=True)
class Row:
    id: str
    source: str
    status: str  # ok | no_route | invalid
    schemes: tuple[str, ...] = ()
    qualification: str | None = None
    months: int | None = None
    finish: str | None = None
    routes: int = 0
    error: str | None = None
    county: str | None = None
    trade: str | None = None
    age: int | None = None
    credited: tuple[str, ...] = ()  # what was credited and why (the candidate's history)
    holds_goal: bool = False  # the goal's qualification is held already: ok, nothing to plan
    unlocks: tuple[dict[str, Any], ...] | None = None  # `check --unlocks`: what would open a better route

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "status": self.status,
            "schemes": list(self.schemes),
            "qualification": self.qualification,
            "months": self.months,
            "finish": self.finish,
            "routes": self.routes,
            "error": self.error,
            "holds_goal": self.holds_goal,
            "credited": list(self.credited),
        }
        if self.unlocks is not None:
            out["unlocks"] = list(self.unlocks)
        return out


JSON_ID = re.compile(r'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?[0-9]+)')
YAML_ID = re.compile(r"^id:[ \t]*(?:\"([^\"\n]*)\"|'([^'\n]*)'|([^\s#'\"][^#\n]*?))[ \t]*(?:#.*)?$", re.MULTILINE)


def item_id(item: Item) -> str:
    """The id of a candidate that could not be read: its own id wherever it can be seen (a CSV cell,
    an `id` in the text), else file-line."""
    ident = f"{slug(Path(item.path).stem) or 'candidate'}-{item.line}"
    found: str | None = item.ident
    if item.kind == "csv":
        import json

        found = csv_id(item.header, json.loads(item.body))
    elif item.kind == "json":
        match = JSON_ID.search(item.body)
        if match:
            import json

            try:
                found = str(json.loads(match.group(1)))
            except ValueError:
                found = None
    elif item.kind == "yaml":
        ymatch = YAML_ID.search(item.body)
        if ymatch:
            found = next(g for g in ymatch.groups() if g is not None)
    if item.kind == "yaml" or (item.kind == "error" and not item.path.lower().endswith(NDJSON_SUFFIXES + (".csv",))):
        ident = slug(Path(item.path).stem) or "candidate"  # a whole file: named like a file without an id
    if looks_like_national_id(ident):  # a file named by a national id number: the number is never the row's id
        ident = f"candidate-{item.line}"
    if found and looks_like_national_id(found.strip()):
        found = None  # refused as an id: never echoed in the row (the source names the file and line)
    return found.strip() if found and found.strip() and len(found) <= 200 else ident


def printable(value: str) -> str:
    """Text safe for a terminal, a CSV cell and UTF-8: control characters (escape sequences, carriage
    returns) and lone surrogates are shown as escapes, never sent raw."""
    if value.isprintable():
        return value
    return "".join(
        ch if ch.isprintable() else f"\\u{ord(ch):04x}" if ord(ch) > 0xFF else f"\\x{ord(ch):02x}" for ch in value
    )


def redact_key() -> bytes:
    """The key of the id hashes: $PATHWAY_REDACT_KEY (stable hashes across runs), else a new secret
    for each run (the hashes cannot be matched to ids by hashing a list of candidate ids)."""
    import secrets

    env = os.environ.get("PATHWAY_REDACT_KEY")
    return env.encode("utf-8") if env else secrets.token_bytes(32)


def redact_id(ident: str, key: bytes | None = None) -> str:
    """A short keyed hash in place of an id (the same id gives the same hash within a run, and across
    runs with the same $PATHWAY_REDACT_KEY)."""
    import hmac

    digest = hmac.new(key or redact_key(), ident.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
    return "r-" + digest[:12]
