"""Ids: lower-case ASCII slugs of Norwegian names, and the nearest id for a typo (no sentences here:
the hint that names it is `messages.did_you_mean`)."""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache

# National identity numbers are found by pathway.privacy (below every layer, errors.py too).
from pathway.privacy import looks_like_national_id as looks_like_national_id

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})


@lru_cache(maxsize=8192)  # the same counties, trades and file names come again and again in a cohort
def slug(name: str) -> str:
    """`Møre og Romsdal` → `more-og-romsdal`; `Tømrerfaget` → `tomrerfaget`."""
    text = name.strip().translate(_FOLD).lower()
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[\s_/]+", "-", text)
    text = re.sub(r"[^a-z0-9+-]", "", text)
    return re.sub(r"-{2,}", "-", text).strip("-")


def nearest(word: str, choices: list[str], cutoff: float = 0.6) -> str | None:
    if not choices:
        return None
    found = difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)
    return found[0] if found else None
