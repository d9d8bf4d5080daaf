"""Progress on long work, on stderr and only for a person at a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

from pathway.messages import text
from pathway.render.base import SETTINGS, _stderr_console


def progress(items: Iterator[Any], total: int | None) -> Iterator[Any]:
    """A progress bar on stderr, only for a person at a terminal and more than 200 candidates (or an
    unknown number: a streamed cohort)."""
    if (total is not None and total <= 200) or not sys.stderr.isatty() or SETTINGS["quiet"]:
        yield from items
        return
    from rich.progress import Progress

    with Progress(console=_stderr_console(), transient=True) as bar:
        task = bar.add_task(text("view.progress"), total=total)
        for item in items:
            yield item
            bar.advance(task)
