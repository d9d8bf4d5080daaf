"""Ids: lower-case ASCII slugs of Norwegian names, and the nearest id for a typo."""

from __future__ import annotations

import difflib
import re
import unicodedata

from pathway.messages import text

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})


def slug(name: str) -> str:
    """`Møre og Romsdal` → `more-og-romsdal`; `Tømrerfaget` → `tomrerfaget`."""
    text = name.strip().translate(_FOLD).lower()
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[\s_/]+", "-", text)
    text = re.sub(r"[^a-z0-9+-]", "", text)
    return re.sub(r"-{2,}", "-", text).strip("-")


def nearest(word: str, choices: list[str]) -> str | None:
    found = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return found[0] if found else None


def did_you_mean(word: str, choices: list[str]) -> str:
    best = nearest(word, choices)
    return text("hint.did_you_mean", best=best) if best else ""
