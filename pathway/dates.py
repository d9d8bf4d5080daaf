"""Months as integers: index 0 is the planning month (as_of); index 1 is the month after."""

from __future__ import annotations

from datetime import date


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
