"""Reading the arguments of a batch (files, folders, NDJSON, CSV, stdin) into items, streamed."""

from __future__ import annotations

import contextlib
import csv
import itertools
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from pathway.cohort.csvmap import CSV_COLUMNS, CSV_REQUIRED, csv_id
from pathway.cohort.item import CANDIDATE_SUFFIXES, NDJSON_SUFFIXES, Item, error_item
from pathway.cohort.lines import Lines
from pathway.cohort.row import YAML_ID
from pathway.errors import InputError
from pathway.messages import text
from pathway.output import file_key, output_key, refuse_input
from pathway.yamlio import MAX_BYTES, decode

# Cohorts are streamed: files are read one at a time and NDJSON/CSV line by line, so a cohort of
# millions of rows takes bounded memory. The size cap (yamlio.MAX_BYTES) is per candidate: per YAML
# file, per NDJSON line, per CSV row. An input that cannot be read (not UTF-8, too big, a dangling
# link, a loop of folders) becomes one `error` item, and so one `invalid` row: the rest are planned.
# What makes a whole argument unusable (a missing file, a CSV header without the required columns)
# is found before the first row is written, and stops the run with exit code 2.


def collect(args: Iterable[str], stdin: BinaryIO | None = None, output: str | None = None) -> Iterator[Item]:
    """Every candidate named by the arguments, in order. Raises InputError for unusable arguments
    (checked before the first item is returned), for an `output` file that is one of the inputs (a
    file named, a file in a folder named, stdin) and when there is no candidate at all."""
    sources = [_source(arg, stdin, output) for arg in args]
    return _items(sources, ",".join("<stdin>" if a == "-" else a for a in args) or "<stdin>")


def count(args: Iterable[str]) -> int | None:
    """About how many candidates the arguments hold, for a progress bar's count and time left:
    files counted, CSV and NDJSON lines counted (never parsed); None when it cannot be known (stdin)."""
    total = 0
    for arg in args:
        if arg == "-":
            return None
        path = Path(arg)
        try:
            is_dir = path.is_dir()
        except (OSError, ValueError):
            is_dir = False
        files = [f for f, problem in _walk(path) if problem is None] if is_dir else [arg]
        for name in files:
            lowered = name.lower()
            if not lowered.endswith(NDJSON_SUFFIXES + (".csv",)):
                total += 1
                continue
            try:
                with open(name, "rb") as fh:
                    lines = sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
                continue
            total += max(lines - 1, 0) if lowered.endswith(".csv") else lines
    return total


def _items(sources: list[Iterator[Item]], shown: str) -> Iterator[Item]:
    count = 0
    for source in sources:
        for item in source:
            count += 1
            yield item
    if not count:
        raise InputError.at(shown, 1, 1, "", text("batch.empty"))


def _source(arg: str, stdin: BinaryIO | None, output: str | None = None) -> Iterator[Item]:
    guarded = output_key(output) is not None  # the output replaces a file: it must be none of the inputs
    if arg == "-":
        if guarded and stdin is not None:
            with contextlib.suppress(AttributeError, OSError, ValueError):
                refuse_input(output, file_key(stdin.fileno()), "<stdin>")
        return _from_stdin(stdin)
    path = Path(arg)
    try:
        is_dir = path.is_dir()
    except (OSError, ValueError) as exc:  # a name the file system refuses (too long): one row, the rest goes on
        return iter([error_item(arg, 1, 1, text("file.unreadable", reason=getattr(exc, "strerror", None) or exc))])
    if is_dir:
        files = _walk(path)
        if not files:
            raise InputError.at(arg, 1, 1, "", text("batch.no_candidates"))
        for name, _ in files if guarded else ():
            refuse_input(output, file_key(name), name)
        return _from_files(files)
    if guarded:
        refuse_input(output, file_key(arg), arg)
    if not os.path.lexists(arg):  # a row like any other unreadable input: the rest is checked
        return iter([error_item(arg, 1, 1, text("file.missing"))])
    if arg.lower().endswith(".csv"):
        return _csv_source(arg)
    return _from_files([(arg, None)])


def _walk(root: Path) -> list[tuple[str, str | None]]:
    """(file, None) for each candidate file under root, sorted (suffixes in any case: `a.CSV`,
    `B.YAML`); (path, message) for every other file, a folder that cannot be read or was already read
    (a loop of symbolic links): each becomes a row, so no file of the folder is passed over unsaid."""
    import stat

    seen: set[str] = set()
    out: list[tuple[str, str | None]] = []
    planned = CANDIDATE_SUFFIXES + NDJSON_SUFFIXES + (".csv",)

    def failed(exc: OSError) -> None:
        out.append((str(exc.filename or root), text("file.unreadable", reason=exc.strerror)))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=failed):
        real = os.path.realpath(dirpath)
        if real in seen:
            out.append((dirpath, text("batch.symlink_loop")))
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if not name.lower().endswith(planned):
                out.append((path, text("batch.not_candidate")))
                continue
            try:
                mode = os.stat(path).st_mode
            except OSError:
                out.append((path, None))  # a dangling link: reported when it is read
                continue
            out.append((path, None if stat.S_ISREG(mode) else text("batch.not_regular")))
    return out


def _from_files(files: list[tuple[str, str | None]]) -> Iterator[Item]:
    for path, problem in files:
        if problem is not None:
            yield error_item(path, 1, 1, problem)
        elif path.lower().endswith(".csv"):
            try:
                rows = _csv_source(path)
            except InputError as exc:  # in a folder, a CSV that cannot be read is one row, not the end
                p = exc.problems[0]
                yield error_item(path, p.line, p.col, p.message)
                continue
            yield from rows
        elif path.lower().endswith(NDJSON_SUFFIXES):
            try:
                with open(path, "rb") as fh:
                    yield from _ndjson(path, fh)
            except OSError as exc:
                yield _open_error(path, exc)
        else:
            yield _document(path)


def _open_error(path: str, exc: OSError) -> Item:
    if isinstance(exc, FileNotFoundError):
        return error_item(path, 1, 1, text("batch.dangling_link" if os.path.islink(path) else "file.missing"))
    if isinstance(exc, IsADirectoryError):
        return error_item(path, 1, 1, text("file.is_folder"))
    return error_item(path, 1, 1, text("file.unreadable", reason=exc.strerror))


def _document(path: str) -> Item:
    """One candidate file (YAML or JSON): read whole, within the size cap."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
        body = decode(raw, path)
    except OSError as exc:
        return _open_error(path, exc)
    except InputError as exc:
        p = exc.problems[0]
        ident = YAML_ID.search(raw[:4096].decode("utf-8", "replace")) if p.line > 1 or p.col > 1 else None
        found = next(g for g in ident.groups() if g is not None) if ident else None
        return error_item(path, p.line, p.col, p.message, found)
    return Item("yaml", path, 1, body)


def _lines(fh: BinaryIO) -> Lines:
    """(line number, bytes) for each line, split on CR LF, LF or a lone CR; None for a line over the
    size cap (read past without keeping it)."""
    return Lines(fh)


def _decode_line(path: str, number: int, raw: bytes) -> str | Item:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        col = len(raw[: exc.start].decode("utf-8", "replace")) + 1
        return error_item(path, number, col, text("file.not_utf8"))


def _ndjson(path: str, fh: BinaryIO, lines: Iterable[tuple[int, bytes | None]] | None = None) -> Iterator[Item]:
    for number, raw in lines if lines is not None else _lines(fh):
        if raw is None:
            yield error_item(path, number, 1, text("batch.line_too_big", limit=MAX_BYTES))
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        line = _decode_line(path, number, raw)
        yield line if isinstance(line, Item) else Item("json", path, number, line)


def _from_stdin(stdin: BinaryIO | None) -> Iterator[Item]:
    """NDJSON when the first line with text is a JSON object on its own, else one YAML document."""
    if stdin is None:
        return
    lines = _lines(stdin)
    numbered = iter(lines)  # one pass: the numbers go on after the head
    head: list[tuple[int, bytes | None]] = []
    for number, raw in numbered:
        head.append((number, raw))
        if raw is None or raw.strip():
            break
    first = head[-1][1] if head else None
    if first is not None and _json_object_line(first):
        yield from _ndjson("<stdin>", stdin, itertools.chain(head, numbered))
        return
    if first is not None and _csv_header_line(first) and len(head) == 1:
        yield from _csv_source("<stdin>", stdin, itertools.chain(head, numbered))
        return
    if any(raw is None for _, raw in head):
        yield error_item("<stdin>", 1, 1, text("file.too_big", limit=MAX_BYTES))
        return
    rest = lines.rest(MAX_BYTES)
    raw_doc = b"".join(raw for _, raw in head if raw is not None) + rest
    if not raw_doc.strip():
        return
    try:
        body = decode(raw_doc, "<stdin>")
    except InputError as exc:
        p = exc.problems[0]
        yield error_item("<stdin>", p.line, p.col, p.message)
        return
    yield Item("yaml", "<stdin>", 1, body)


def _json_object_line(raw: bytes) -> bool:
    line = raw.strip().lstrip(b"\xef\xbb\xbf")
    return line.startswith(b"{") and line.endswith(b"}")


_CSV_HEADER = re.compile(rb"^\s*(?:\xef\xbb\xbf)?[A-Za-z_]+\s*(?:[,;]\s*[A-Za-z_]*\s*)+$")


def _csv_header_line(raw: bytes) -> bool:
    """A CSV header on stdin (`id,birth_date,county,…`): column names only, one of them a known column."""
    if not _CSV_HEADER.match(raw):
        return False
    names = re.split(r"[,;]", raw.decode("utf-8", "replace").lstrip("\ufeff").lower())
    return any(name.strip() in CSV_COLUMNS for name in names)


def _csv_source(
    path: str, stream: BinaryIO | None = None, lines: Iterator[tuple[int, bytes | None]] | None = None
) -> Iterator[Item]:
    """Opens the file (or reads the stream) and reads the header now (a missing column stops the run
    before any output); the rows are read as they are planned."""
    if stream is None:
        try:
            fh: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed by _csv_rows
        except OSError as exc:
            return iter([_open_error(path, exc)])
    else:
        fh = stream
    bad: dict[int, str] = {}
    decoded = _csv_lines(lines if lines is not None else iter(_lines(fh)), bad)
    first = next(decoded, None)
    if first is None or not first.strip():
        fh.close()
        raise InputError.at(path, 1, 1, "", text("batch.empty"))
    delimiter = ";" if first.count(";") > first.count(",") else ","
    try:
        header = tuple(h.strip().lower() for h in next(csv.reader([first], delimiter=delimiter), []))
    except csv.Error as exc:
        fh.close()
        raise InputError.at(path, 1, 1, "", text("batch.csv_syntax", problem=str(exc))) from None
    missing = [c for c in CSV_REQUIRED if c not in header]
    if "age" not in header and "birth_date" not in header:
        missing.append("age")
    allowed = ", ".join(CSV_COLUMNS)
    if missing:
        fh.close()
        raise InputError.at(path, 1, 1, "", text("batch.csv_columns", missing=_missing(missing), allowed=allowed))
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if unknown:
        fh.close()
        raise InputError.at(
            path, 1, header.index(unknown[0]) + 1, unknown[0], text("batch.csv_unknown_column", allowed=allowed)
        )
    return _csv_rows(path, fh, decoded, bad, header, delimiter)


def _missing(columns: list[str]) -> str:
    from pathway.messages import plural

    return plural("n.csv_missing", len(columns), names=", ".join(columns))


def _csv_lines(lines: Iterator[tuple[int, bytes | None]], bad: dict[int, str]) -> Iterator[str]:
    """Text lines for the csv module; a line that is not UTF-8 or too long is noted in `bad` with
    its problem (and given as an empty line, so the line count stays right)."""
    for number, raw in lines:
        if number == 1 and raw is not None and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if raw is None:
            bad[number] = text("batch.line_too_big", limit=MAX_BYTES)
            yield "\n"
            continue
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            bad[number] = text("file.not_utf8")
            yield "\n"


def _csv_rows(
    path: str, fh: BinaryIO, decoded: Iterator[str], bad: dict[int, str], header: tuple[str, ...], delimiter: str
) -> Iterator[Item]:
    import json

    reader = csv.reader(decoded, delimiter=delimiter)
    last = 1  # the line the previous row ended on: a row starts on the next one
    try:
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield error_item(path, last + 1, 1, text("batch.csv_syntax", problem=str(exc)))
                last = reader.line_num + 1  # the header was read before the reader
                continue
            start, last = last + 1, reader.line_num + 1
            problems = [bad[n] for n in range(start, last + 1) if n in bad]
            if problems:
                yield error_item(path, start, 1, problems[0], csv_id(header, cells))
                continue
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                message = text("batch.csv_extra_cells", columns=len(header))
                yield error_item(path, start, len(header) + 1, message, csv_id(header, cells))
                continue
            if not any(c.strip() for c in cells):
                continue
            yield Item("csv", path, start, json.dumps(cells, ensure_ascii=False), header)
    finally:
        fh.close()
