"""Remembering what was worked out once: the planner asks for the same sentences, sources and
conditions many times per plan and for many candidates alike."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def remembered(memo: dict[K, V], key: K, make: Callable[[], V], limit: int = 0) -> V:
    """memo[key], made by `make` the first time it is asked for. With a `limit`, a memo that has
    grown to it starts again: memory stays bounded however long a cohort is."""
    found = memo.get(key)
    if found is None:
        if limit and len(memo) >= limit:
            memo.clear()
        found = memo[key] = make()
    return found
