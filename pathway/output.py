"""Where a command's output goes: stdout, or a file written whole or not at all.

Every command that writes uses `destination(path)`. The rules, in one place:
- no path or `-`: stdout. A reader that goes away (`pathway check … | head`) ends the run quietly
  (`PipeClosed`); a closed stdout, a full disk or an encoding that cannot hold the text is one error line;
- a regular file (or a new one): written to a temporary file beside it and renamed over it on success,
  keeping the old file's mode; on any error, Ctrl-C or SIGTERM the temporary file is removed;
- a symbolic link is followed: the file it points to is replaced, the link stays a link;
- a FIFO or a character device (`/dev/null`, a named pipe): written to directly, never replaced;
- a folder, a block device, a socket or a dangling link: refused with one line, nothing written;
- one of the command's inputs (the same device and inode: a hard link, a link to it, a file in a
  folder being planned, a file on stdin): refused with one line before anything is read.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import IO, Any, cast

from pathway.errors import InputError
from pathway.messages import text

EXIT_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a writer whose reader went away
EXIT_TERM = 143  # 128 + SIGTERM


class PipeClosed(Exception):
    """The reader of stdout went away: stop quietly."""


class Terminated(BaseException):
    """SIGTERM, raised like KeyboardInterrupt so that every `finally` (temporary files) runs."""


def _on_term(signum: int, frame: Any) -> None:
    raise Terminated


def handle_signals() -> None:
    """SIGTERM unwinds like Ctrl-C (the temporary output file is removed). Main thread only."""
    with suppress(ValueError, OSError):
        signal.signal(signal.SIGTERM, _on_term)


def worker_signals() -> None:
    """In a worker process: Ctrl-C is the parent's business, SIGTERM ends the worker silently."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _fail(path: str, key: str, **values: object) -> InputError:
    return InputError.at(path, 1, 1, "output", text(key, **values))


def _write_error(path: str, exc: BaseException) -> BaseException:
    """An error while writing, as what the user should see."""
    if isinstance(exc, BrokenPipeError) or (isinstance(exc, OSError) and exc.errno == errno.EPIPE):
        return PipeClosed()
    if isinstance(exc, UnicodeEncodeError):
        return _fail(path, "output.encoding", encoding=exc.encoding, char=f"U+{ord(exc.object[exc.start]):04X}")
    if isinstance(exc, OSError):
        return _fail(path, "output.write_failed", reason=exc.strerror or str(exc))
    return exc


class Stream:
    """A text stream that turns low-level write errors into `PipeClosed` or one clear `InputError`."""

    def __init__(self, raw: IO[str], name: str) -> None:
        self._raw = raw
        self.name = name

    def write(self, data: str) -> int:
        try:
            return self._raw.write(data)
        except (OSError, UnicodeEncodeError, ValueError) as exc:
            raise self._translate(exc) from None

    def flush(self) -> None:
        try:
            self._raw.flush()
        except (OSError, ValueError) as exc:
            raise self._translate(exc) from None

    def _translate(self, exc: BaseException) -> BaseException:
        if isinstance(exc, ValueError) and not isinstance(exc, UnicodeEncodeError):  # I/O on a closed file
            return _fail(self.name, "output.closed")
        return _write_error(self.name, exc)

    def isatty(self) -> bool:
        try:
            return bool(self._raw.isatty())
        except (OSError, ValueError):
            return False

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._raw, attr)


def stdout() -> Stream:
    """sys.stdout wrapped, or one error line when the program was started with stdout closed."""
    raw = sys.stdout
    if raw is None:
        raise _fail("<stdout>", "output.closed")
    return Stream(raw, "<stdout>")


@contextmanager
def destination(path: str | None) -> Iterator[IO[str]]:
    """Where to write: stdout for None or `-`, else the file `path` (see the module's rules)."""
    if path is None or path == "-":
        out = stdout()
        yield cast(IO[str], out)
        out.flush()
        return
    target, kind, mode = _target(path)
    if kind == "direct":
        try:
            fh = open(target, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise _write_error(path, exc) from None
        out = Stream(fh, path)
        try:
            yield cast(IO[str], out)
            out.flush()
        finally:
            with suppress(OSError):
                fh.close()
        return
    yield from _atomic(path, target, mode)


FileKey = tuple[int, int]


def output_key(path: str | None) -> FileKey | None:
    """(device, inode) of an existing regular output file, to compare the inputs with; None for
    stdout, a file not yet made, a FIFO or a device (writing there replaces no input)."""
    if path is None or path == "-":
        return None
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None  # a new file, or one `destination` reports
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def file_key(path: str | int) -> FileKey | None:
    """(device, inode) of an input file or descriptor (links followed), None when it cannot be seen."""
    try:
        st = os.fstat(path) if isinstance(path, int) else os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def refuse_input(output: str | None, key: FileKey | None, shown: str) -> None:
    """One error line when the output file `output` is the input `shown` (its key)."""
    if key is not None and key == output_key(output):
        raise _fail(str(output), "output.is_input", input=shown)


def refuse_inputs(output: str | None, inputs: list[str]) -> None:
    """Refuse an output file that is one of the input files (`-`: stdin), before anything is read."""
    if output_key(output) is None:
        return
    for name in inputs:
        refuse_input(output, file_key(0) if name == "-" else file_key(name), "<stdin>" if name == "-" else name)


def _target(path: str) -> tuple[str, str, int | None]:
    """(the path to write, 'atomic' or 'direct', the mode to keep) or an InputError."""
    try:
        st = os.stat(path)  # follows links
    except FileNotFoundError:
        if os.path.islink(path):
            raise _fail(path, "output.dangling_link") from None
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise _fail(path, "output.no_folder", folder=folder) from None
        return os.path.abspath(path), "atomic", None
    except OSError as exc:
        raise _write_error(path, exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise _fail(path, "output.is_folder")
    if stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode):
        return path, "direct", None
    if not stat.S_ISREG(st.st_mode):
        raise _fail(path, "output.not_regular")
    return os.path.realpath(path), "atomic", stat.S_IMODE(st.st_mode)


def _new_file_mode() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _atomic(shown: str, target: str, mode: int | None) -> Iterator[IO[str]]:
    import tempfile

    folder = os.path.dirname(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".pathway-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _write_error(shown, exc) from None
    try:
        fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        try:
            out = Stream(fh, shown)
            yield cast(IO[str], out)
            out.flush()
            with suppress(OSError):  # not every file system syncs (and a full disk fails above)
                os.fsync(fh.fileno())
        finally:
            try:
                fh.close()
            except OSError as exc:
                raise _write_error(shown, exc) from None
        try:
            os.chmod(tmp, _new_file_mode() if mode is None else mode)
            os.replace(tmp, target)
        except OSError as exc:
            raise _write_error(shown, exc) from None
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def quiet_stdout() -> None:
    """After the reader of stdout went away: point fd 1 at /dev/null so that the interpreter's last
    flush at exit cannot complain."""
    with suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
