"""Ids: lower-case ASCII slugs of Norwegian names, and the nearest id for a typo (no sentences here:
the hint that names it is `messages.did_you_mean`)."""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})


@lru_cache(maxsize=8192)  # the same counties, trades and file names come again and again in a cohort
def slug(name: str) -> str:
    """`Møre og Romsdal` → `more-og-romsdal`; `Tømrerfaget` → `tomrerfaget`."""
    text = name.strip().translate(_FOLD).lower()
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[\s_/]+", "-", text)
    text = re.sub(r"[^a-z0-9+-]", "", text)
    return re.sub(r"-{2,}", "-", text).strip("-")


def nearest(word: str, choices: list[str]) -> str | None:
    if not choices:
        return None
    found = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return found[0] if found else None


# --- national identity numbers (fødselsnummer, D-nummer) --------------------------------------
# A candidate's id must be a pseudonym. The guard catches the usual disguises: separators
# (010190-12345, 01.01.90 12345), a prefix (k-01019012345) and a number inside a longer string,
# where the number's own check digits decide.

_DIGIT_RUN = re.compile(r"\d(?:[ .\-/_]?\d)*")
_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _check_digits_ok(d: str) -> bool:
    n = [int(c) for c in d]
    k1 = (11 - sum(w * x for w, x in zip(_W1, n[:9], strict=True)) % 11) % 11
    k2 = (11 - sum(w * x for w, x in zip(_W2, n[:10], strict=True)) % 11) % 11
    return k1 != 10 and k2 != 10 and (k1, k2) == (n[9], n[10])


def _birth_date_like(d: str) -> bool:
    day, month = int(d[0:2]), int(d[2:4])
    day -= 40 if day > 40 else 0  # D-nummer
    month -= 80 if month > 80 else 40 if month > 40 else 0  # synthetic and H-nummer
    return 1 <= day <= 31 and 1 <= month <= 12


def looks_like_national_id(value: str) -> bool:
    """True for what may be a Norwegian national identity number, however it is written."""
    whole = value.strip()
    for m in _DIGIT_RUN.finditer(whole):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) < 11:
            continue
        if len(digits) == 11 and (m.group() == whole or _birth_date_like(digits)):
            return True
        if any(
            _check_digits_ok(digits[i : i + 11]) and _birth_date_like(digits[i : i + 11])
            for i in range(len(digits) - 10)
        ):
            return True
    return False
