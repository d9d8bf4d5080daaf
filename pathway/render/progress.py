"""Progress on long work, on stderr and only for a person at a terminal: how many are done (of how
many), how fast, and the time left (rich's progress columns)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

from pathway.messages import number, text
from pathway.render.base import SETTINGS, _stderr_console


def progress(items: Iterator[Any], total: int | None) -> Iterator[Any]:
    """A progress bar on stderr, only for a person at a terminal and more than 200 candidates (or an
    unknown number: a streamed cohort, where the count and the rate are shown without a time left)."""
    if (total is not None and total <= 200) or not sys.stderr.isatty() or SETTINGS["quiet"]:
        yield from items
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns: list[Any] = [TextColumn("{task.description}")]
    if total is not None:
        columns += [BarColumn(), MofNCompleteColumn(), _rate_column(), TimeRemainingColumn()]
    else:
        columns += [TextColumn("{task.completed}"), _rate_column()]
    with Progress(*columns, console=_stderr_console(), transient=True) as bar:
        task = bar.add_task(text("view.progress"), total=total)
        for item in items:
            yield item
            bar.advance(task)


def _rate_column() -> Any:
    from rich.progress import ProgressColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        """Candidates per second, in the user's language."""

        def render(self, task: Any) -> Text:
            speed = task.finished_speed or task.speed
            return Text(text("view.progress_rate", rate=number(round(speed, 1))) if speed else "", style="dim")

    return Rate()
