"""Months as integers: index 0 is the planning month (as_of); index 1 is the month after."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta


def month_abs(d: date) -> int:
    return d.year * 12 + d.month - 1


def month_label(abs_month: int) -> str:
    return f"{abs_month // 12:04d}-{abs_month % 12 + 1:02d}"


class Calendar:
    """Converts between month indexes relative to the planning date and calendar months."""

    def __init__(self, as_of: date) -> None:
        self.as_of = as_of
        self.base = month_abs(as_of)

    def label(self, index: int) -> str:
        return month_label(self.base + index)

    def month_of_year(self, index: int) -> int:
        return (self.base + index) % 12 + 1

    def year(self, index: int) -> int:
        return (self.base + index) // 12

    def next_month(self, index: int, month: int) -> int:
        """The first index >= `index` that falls in calendar month `month` (1-12)."""
        return index + (month - self.month_of_year(index)) % 12

    def first_day(self, index: int) -> date:
        m = self.base + index
        return date(m // 12, m % 12 + 1, 1)


# --- dates as people write them ---------------------------------------------------------------
# Candidate files and spreadsheets carry dates in the ISO form (2008-05-14), the Norwegian form
# (14.05.2008) and, where a month is enough, as a month (2025-06 or 06.2025). One parser for all
# readers (YAML, JSON, CSV), so that they accept the same things and say the same thing when not.

_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NB_DAY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_NB_MONTH = re.compile(r"^(\d{1,2})[./](\d{4})$")
_MIDNIGHT = re.compile(r"(?:[T ]00:00(?::00)?)$")
_SHORT_YEAR = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2}$")


def _bad(value: object, months: bool) -> ValueError:
    from pathway.messages import text, withheld

    if withheld(value) is not value:  # a national id or a name where a date belongs: not repeated
        return ValueError(text("date.month_invalid" if months else "date.invalid", value=withheld(value)))

    if isinstance(value, str) and _SHORT_YEAR.match(value.strip()):
        return ValueError(text("date.short_year", value=value))
    if isinstance(value, float) and months:  # YAML reads an unquoted 01.2021 as the number 1.2021
        return ValueError(text("date.month_number", value=value))
    shown = value if isinstance(value, str) else repr(value)
    return ValueError(text("date.month_invalid" if months else "date.invalid", value=shown))


FIRST_YEAR, LAST_YEAR = 1900, 2999  # the years a date in a file may have: every sum of months stays a date


class YearOutOfRange(ValueError):
    """A real day, in a year no file means (9999-12-31)."""


def _day(value: str, year: str, month: str, day: str, months: bool, any_year: bool = False) -> date:
    try:
        parsed = date(int(year), int(month), int(day))
    except ValueError:
        raise _bad(value, months) from None
    if parsed.year < FIRST_YEAR and not any_year:
        raise _bad(value, months)
    if parsed.year > LAST_YEAR and not any_year:
        from pathway.messages import text

        raise YearOutOfRange(text("date.year_range", value=value, first=FIRST_YEAR, last=LAST_YEAR))
    return parsed


def parse_date(value: object, *, any_year: bool = False) -> date:
    """A day: `2008-05-14` or `14.05.2008` (also `14.5.2008`). Raises ValueError with a sentence for people.

    Numbers are refused (a spreadsheet serial or a Unix time is not a date a person wrote). The year
    is 1900-2999 unless `any_year` (for a date the caller bounds itself, such as --as-of)."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        raise _bad(value, False)
    s = _MIDNIGHT.sub("", value.strip())  # a spreadsheet's date cell may carry a time of 00:00
    if m := _ISO_DAY.match(s):
        return _day(value, m[1], m[2], m[3], False, any_year)
    if m := _NB_DAY.match(s):
        return _day(value, m[3], m[2], m[1], False, any_year)
    raise _bad(value, False)


def parse_month(value: object, *, end: bool = False) -> date:
    """A month (`2025-06`, `06.2025`) or a day (as parse_date).

    A month gives its first day, or its last day with `end=True` (for the `to` of a period)."""
    if isinstance(value, str):
        s = value.strip()
        m = _ISO_MONTH.match(s)
        year, month = (m[1], m[2]) if m else (None, None)
        if m is None and (m := _NB_MONTH.match(s)):
            year, month = m[2], m[1]
        if year is not None and month is not None:
            first = _day(value, year, month, "1", True)
            return month_end(first) if end else first
    try:
        return parse_date(value)
    except YearOutOfRange:
        raise
    except ValueError:
        raise _bad(value, True) from None


def month_end(day: date) -> date:
    """The last day of the month of `day`."""
    nxt = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return nxt - timedelta(days=1)
