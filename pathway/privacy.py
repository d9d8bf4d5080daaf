"""What identifies a person and is never echoed: national identity numbers (fødselsnummer,
D-nummer) and people's names. No sentences here (messages words them); nothing above the standard
library, so that every layer, errors.py too, can keep these values out of what it prints."""

from __future__ import annotations

import re
import unicodedata

# --- national identity numbers ------------------------------------------------------------------
# A candidate's id must be a pseudonym. The guard catches the usual disguises: separators of any
# kind and length between groups of digits (010190-12345, 01.01.90 12345, 010190 - 12345,
# 010190:12345, 010190--12345), full-width digits, a prefix (k-01019012345), and a number inside a
# longer string, where either the groups it is written in (eleven digits starting with a date) or
# the number's own check digits decide.

# Groups of digits joined by any run of what is neither a digit nor a letter (`_` counts as a
# separator). The two classes never overlap, so matching takes linear time.
_DIGIT_RUN = re.compile(r"\d+(?:[\W_]+\d+)*")
_GROUP = re.compile(r"\d+")
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


def _national_id_span(run: str, whole: bool) -> tuple[int, int] | None:
    """Where in one run of digit groups (`010190 - 12345`) a national identity number stands (start
    and end in `run`), or None; `whole`: the run is all the value holds."""
    groups = list(_GROUP.finditer(run))
    digits = "".join(g.group() for g in groups)
    if len(digits) < 11:
        return None
    if len(digits) == 11 and whole:
        return 0, len(run)
    # Consecutive groups that make eleven digits starting with a date: k-1-010190-12345.
    for i in range(len(groups)):
        count = 0
        for j in range(i, len(groups)):
            count += len(groups[j].group())
            if count == 11 and _birth_date_like("".join(g.group() for g in groups[i : j + 1])):
                return groups[i].start(), groups[j].end()
            if count >= 11:
                break
    at = [i for i, ch in enumerate(run) if ch.isdigit()]  # where each digit stands in the run
    for i in range(len(digits) - 10):
        if _check_digits_ok(digits[i : i + 11]) and _birth_date_like(digits[i : i + 11]):
            return at[i], at[i + 10] + 1
    return None


def _folded(value: str) -> str:
    """Full-width and other compatibility digits as ASCII digits (`０１０１…` reads as 0101…)."""
    return value if value.isascii() else unicodedata.normalize("NFKC", value)


def looks_like_national_id(value: str) -> bool:
    """True for what may be a Norwegian national identity number, however it is written."""
    whole = _folded(value).strip()
    return any(_national_id_span(m.group(), m.group() == whole) for m in _DIGIT_RUN.finditer(whole))


def mask_national_ids(value: str) -> str:
    """`value` with the digits of every national identity number in it shown as `*`
    (`/cases/010190-12345.yaml` → `/cases/******-*****.yaml`): the place stays readable, the number
    is never shown. Text without one is returned as it is."""
    if not any(ch.isdigit() for ch in value):
        return value
    folded = _folded(value)
    whole = folded.strip()
    out, last = [], 0
    for m in _DIGIT_RUN.finditer(folded):
        span = _national_id_span(m.group(), m.group() == whole)
        if span is not None:
            start, end = m.start() + span[0], m.start() + span[1]
            out += [folded[last:start], re.sub(r"\d", "*", folded[start:end])]
            last = end
    return "".join([*out, folded[last:]]) if out else value


# --- people's names --------------------------------------------------------------------------------
# A value looks like a person's name when it is two to six words, each word letters only (a hyphen or
# an apostrophe may join letters inside a word: Anne-Lise, O'Neill), no digits anywhere, and at
# least two of the words start with a capital letter ("Ola Nordmann", "KARI NORDMANN", "Per van
# der Berg"). Lower-case particles (van, de, og) may stand between. Ids never look like this (they
# are lower-case slugs), and no field of the candidate file holds a person's name, so in an error
# about such a value the value is not repeated. Names of the rule book look like this too ("Møre og
# Romsdal", "Bilfaget, lette kjøretøy" does not: the comma): callers first find the value among the
# rule book's names, and a near spelling of one ("Møre og Romsdl") is a typo, shown with its hint.
# A name typed in lower case ("ola nordmann") is not caught: it cannot be told from a typo of a
# two-word name by its shape alone.

_WORD = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*$")


def looks_like_person_name(value: object) -> bool:
    if not isinstance(value, str):
        return False
    words = value.split()
    if not 2 <= len(words) <= 6 or not all(_WORD.match(w) for w in words):
        return False
    return sum(1 for w in words if w[0].isupper()) >= 2


def private_kind(value: object) -> str | None:
    """`national_id` or `name` for a value that must not be echoed in a message, else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int) and looks_like_national_id(str(value)):
        return "national_id"
    if isinstance(value, list | tuple | dict) and looks_like_national_id(repr(value)):
        return "national_id"
    if looks_like_person_name(value):
        return "name"
    if isinstance(value, list | tuple) and any(looks_like_person_name(v) for v in value):
        return "name"
    if isinstance(value, dict) and any(looks_like_person_name(v) for v in value.values()):
        return "name"
    return None
