"""Tables that fit: no column narrower than its longest word, so a word is never broken.

A word that is longer than a third of the width (a path) is shortened at its start (`…/kull.csv:12`);
when the columns still do not fit, the least needed ones are left out, and a hint on stderr says which.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from pathway.messages import join, text
from pathway.render.base import SETTINGS

ELLIPSIS = "…"


def shorten(word: str, most: int) -> str:
    """A word of at most `most` characters: the end kept (a file name and its line), the start cut."""
    if len(word) <= most:
        return word
    return ELLIPSIS + word[-(most - 1) :]


def shorten_words(cell: str, most: int) -> str:
    if all(len(word) <= most for word in cell.split()):
        return cell
    return "\n".join(" ".join(shorten(w, most) for w in line.split(" ")) for line in cell.split("\n"))


def longest_word(cell: str) -> int:
    return max((len(word) for word in cell.split()), default=0)


def fit(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    per_column: int,
    fixed: int = 0,
    drop: Sequence[int] = (),
) -> tuple[list[int], list[int], list[list[str]], list[str]]:
    """Which columns to show at `width` (their indices), each one's width in characters (at least its
    longest word), and the cells and headers with over-long words shortened. `per_column` is what each column
    adds besides its text (padding, a border); `drop` lists the columns that may be left out, the
    least needed first."""
    most = max(12, width // 3)
    cells = [[shorten_words(c, most) for c in row] for row in rows]
    heads = [shorten_words(h, most) for h in headers]
    need = [max([longest_word(heads[i])] + [longest_word(row[i]) for row in cells]) for i in range(len(heads))]
    shown = list(range(len(heads)))

    def total() -> int:
        return sum(need[i] + per_column for i in shown) + fixed

    for i in drop:
        if total() <= width:
            break
        if len(shown) > 1:
            shown.remove(i)
    # Each shown column at least its longest word; the room left goes to those that would wrap.
    natural = [max([_longest_line(heads[i])] + [_longest_line(row[i]) for row in cells]) for i in range(len(heads))]
    room = width - total()
    wants = {i: natural[i] - need[i] for i in shown if natural[i] > need[i]}
    widths = list(need)
    if room > 0 and wants:
        wanted = sum(wants.values())
        for i, more in wants.items():
            widths[i] += more if wanted <= room else more * room // wanted
    return shown, widths, cells, heads


def _longest_line(cell: str) -> int:
    return max((len(line) for line in cell.split("\n")), default=0)


def say_left_out(headers: Sequence[str], shown: Sequence[int], width: int, fmt: str = "csv") -> None:
    """The hint for a narrow terminal: which columns were left out (on stderr; not with --quiet)."""
    left = [" ".join(headers[i].split()) for i in range(len(headers)) if i not in shown]
    if left and not SETTINGS["quiet"]:
        sys.stderr.write(text("view.columns_left_out", width=width, columns=join(left), fmt=fmt) + "\n")
