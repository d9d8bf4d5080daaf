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


# --- what a field holding an id accepts (CONTRACT.md §1) -----------------------------------------
# Ids are lower-case ASCII slugs; input also accepts the Norwegian name in any case, codes
# (KOK3004, RMKOK3) and county numbers. A value may therefore hold letters of the Latin script
# (a-z, æ, ø, å, é, ü: the names), digits 0-9, spaces and the punctuation of names and codes
# (- – _ / . , ' ’ ( ) & +). Whatever else it holds is refused, not silently dropped by slug():
# format characters (zero-width spaces and joiners, direction marks, soft hyphens), emoji and other
# symbols, letters of other scripts that look like Latin ones (Cyrillic а, Greek ο), combining marks
# that join no letter, and other digits.
_ID_PUNCTUATION = frozenset("-_/.,'’()&+")


def foreign_character(value: str) -> str | None:
    """The first character of `value` that no id or name holds, as `U+200B ZERO WIDTH SPACE`; None
    when every character may stand in an id, a name or a code."""
    for ch in unicodedata.normalize("NFC", value.strip()):
        if ch.isascii() and (ch.isalnum() or ch == " "):
            continue
        category = unicodedata.category(ch)
        if ch in _ID_PUNCTUATION or category in ("Zs", "Pd"):  # any space, any dash
            continue
        if category.startswith("L") and unicodedata.name(ch, "").startswith("LATIN "):
            continue
        return f"U+{ord(ch):04X} {unicodedata.name(ch, '')}".rstrip()
    return None


# A value of a county that holds no letter is a county number: one or two digits 0-9, nothing else
# ("-3", "+3", "3.0" or "0 3" name no county; slug() would make "-3" into "3", Oslo's number).
_COUNTY_NUMBER = re.compile(r"^[0-9]{1,2}$")


def malformed_county_number(value: str) -> bool:
    """True for a county value without letters that is not one or two digits."""
    text = value.strip()
    return not any(ch.isalpha() for ch in text) and not _COUNTY_NUMBER.match(text)
