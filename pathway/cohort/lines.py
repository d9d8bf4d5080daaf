"""Splitting a byte stream into lines the way spreadsheets and editors do: on CR LF, LF or a lone CR
(old Mac exports), read in chunks, each line within the size cap."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from pathway.yamlio import MAX_BYTES

_BREAK = re.compile(rb"\r\n|\r|\n")
_CHUNK = 1 << 16


class Lines:
    """(line number, bytes with its line ending) for each line of `fh`; None for a line longer than
    `limit` (read past without keeping it). `rest()` gives what is left of the stream, unsplit."""

    def __init__(self, fh: BinaryIO, limit: int = MAX_BYTES) -> None:
        self.limit = limit
        self.buffer = b""
        self.pos = 0  # where the next line starts in buffer
        self.done = False
        self._read = getattr(fh, "read1", None) or fh.read

    def _more(self) -> bool:
        if self.done:
            return False
        chunk = self._read(_CHUNK)
        if not chunk:
            self.done = True
            return True  # one more look: a CR at the very end is a line ending after all
        self.buffer = self.buffer[self.pos :] + chunk
        self.pos = 0
        return True

    def __iter__(self) -> Iterator[tuple[int, bytes | None]]:
        number = 0
        skipping = False  # inside a line over the cap: drop its bytes up to its end
        while True:
            found = _BREAK.search(self.buffer, self.pos)
            if found is not None and found.end() == len(self.buffer) and found.group() == b"\r" and not self.done:
                found = None  # a CR at the end of what was read so far: an LF may follow
            if found is None:
                if len(self.buffer) - self.pos > self.limit:
                    skipping, self.buffer, self.pos = True, b"", 0
                if self._more():
                    continue
                if self.pos < len(self.buffer) or skipping:  # the last line, without a line ending
                    line = self.buffer[self.pos :]
                    self.buffer, self.pos = b"", 0
                    number += 1
                    yield number, None if skipping else line
                return
            begin, self.pos = self.pos, found.end()
            number += 1
            if skipping or found.start() - begin > self.limit:
                skipping = False
                yield number, None
            else:
                yield number, self.buffer[begin : found.end()]

    def rest(self, limit: int) -> bytes:
        """What the stream holds after the lines taken so far, up to `limit` + 1 bytes."""
        while len(self.buffer) - self.pos <= limit and self._more():
            pass
        out = self.buffer[self.pos : self.pos + limit + 1]
        self.buffer, self.pos = b"", 0
        return out
