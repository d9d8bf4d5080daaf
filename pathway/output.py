"""Where a command's output goes: stdout, or a file written whole or not at all.

Every command that writes uses `destination(path)`. The rules, in one place:
- no path or `-`: stdout. A reader that goes away (`pathway check … | head`) ends the run quietly
  (`PipeClosed`); a closed stdout, a full disk or an encoding that cannot hold the text is one error line;
- a regular file (or a new one): written to a temporary file beside it and renamed over it on success,
  keeping the old file's owner and group (where the user may set them: root always) and mode; on any
  error, Ctrl-C or SIGTERM the temporary file is removed. The temporary file is made and renamed
  relative to the folder opened once (`dir_fd`), with `O_EXCL | O_NOFOLLOW`: a link planted at the
  name after the checks is replaced, never followed;
- a file with more than one name (hard links) is replaced like any other: only the name given gets
  the new content, the other names keep the old one, and one warning line on stderr says so. Writing
  in place instead would keep the link, but would lose the all-or-nothing write, and a hard link
  planted in a shared folder would let the writer overwrite a file it never named;
- a symbolic link is followed: the file it points to is replaced, the link stays a link. Except in a
  shared folder (sticky and world-writable, like /tmp): there a link is followed only if it belongs
  to the user or to the folder's owner, the rule of Linux's `fs.protected_symlinks`, checked here
  for every link on the way whether or not the kernel does. Anyone may plant a link in /tmp; root
  writing through it would replace /etc/passwd. Such a link is refused with one line, exit 2;
- a FIFO or a character device (`/dev/null`, a named pipe): written to directly (opened with
  `O_NOFOLLOW`), never replaced;
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
from typing import IO, TYPE_CHECKING, Any, cast

from pathway.messages import text

if TYPE_CHECKING:
    from pathway.errors import InputError

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
    from pathway.errors import InputError  # loaded when an output fails, not on every start (--help)

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
    target, kind, st = _target(path)
    if kind == "direct":
        try:
            fd = os.open(target, os.O_WRONLY | os.O_TRUNC | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
            fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
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
    yield from _atomic(path, target, st)
    if st is not None and st.st_nlink > 1:  # after the write: a failed one changed nothing
        with suppress(OSError, ValueError, AttributeError):  # stderr closed: the file is written all the same
            sys.stderr.write(f"pathway: {text('output.hard_links', path=path, links=st.st_nlink)}\n")


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


def _shared(folder_st: os.stat_result) -> bool:
    """A folder anyone may write to but only owners may rename in: /tmp, /var/tmp, a shared drop box."""
    return bool(folder_st.st_mode & stat.S_ISVTX) and bool(folder_st.st_mode & stat.S_IWOTH)


def _resolve(path: str) -> str:
    """`path` with every symbolic link followed, like os.path.realpath, but refusing (one InputError) a
    link in a shared folder that belongs to neither the user nor the folder's owner. A missing part
    ends the walk: the rest is joined as it stands."""
    parts = [p for p in os.path.abspath(path).split(os.sep) if p]
    done = os.sep
    hops = 0
    while parts:
        part = parts.pop(0)
        if part in ("", "."):
            continue
        if part == "..":
            done = os.path.dirname(done)
            continue
        here = os.path.join(done, part)
        try:
            st = os.lstat(here)
        except OSError:
            return os.path.join(here, *parts)
        if not stat.S_ISLNK(st.st_mode):
            done = here
            continue
        hops += 1
        if hops > 40:
            raise _write_error(path, OSError(errno.ELOOP, os.strerror(errno.ELOOP)))
        try:
            folder = os.stat(done)
        except OSError as exc:
            raise _write_error(path, exc) from None
        if _shared(folder) and st.st_uid not in (os.geteuid(), folder.st_uid):
            raise _fail(path, "output.shared_link", link=here, folder=done)
        try:
            points = os.readlink(here)
        except OSError as exc:
            raise _write_error(path, exc) from None
        if os.path.isabs(points):
            done = os.sep
        parts = [p for p in points.split(os.sep) if p] + parts
    return done


def _target(path: str) -> tuple[str, str, os.stat_result | None]:
    """(the path to write, 'atomic' or 'direct', the replaced file's status) or an InputError."""
    target = _resolve(path)
    try:
        st = os.lstat(target)  # every link is followed already
    except FileNotFoundError:
        if os.path.islink(path):
            raise _fail(path, "output.dangling_link") from None
        folder = os.path.dirname(target)
        if not os.path.isdir(folder):
            raise _fail(path, "output.no_folder", folder=folder) from None
        return target, "atomic", None
    except OSError as exc:
        raise _write_error(path, exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise _fail(path, "output.is_folder")
    if stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode):
        return target, "direct", None
    if not stat.S_ISREG(st.st_mode):
        raise _fail(path, "output.not_regular")
    return target, "atomic", st


def _new_file_mode() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _temporary(folder: int) -> tuple[int, str]:
    """A new file in the open folder, made with O_EXCL | O_NOFOLLOW (never through a planted link)."""
    import secrets

    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        name = f".pathway-{secrets.token_hex(6)}.tmp"
        try:
            return os.open(name, flags, 0o600, dir_fd=folder), name
        except FileExistsError:
            continue
    raise OSError(errno.EEXIST, "no unused temporary file name")


def _keep_owner(tmp: str, folder: int, old: os.stat_result) -> None:
    """The new file gets the old one's owner and group where the user may set them (root may; others
    may keep their own uid and a group they belong to); else the owner is the writer's, as a new file's is."""
    try:
        os.chown(tmp, old.st_uid, old.st_gid, dir_fd=folder, follow_symlinks=False)
    except OSError:
        with suppress(OSError):
            os.chown(tmp, -1, old.st_gid, dir_fd=folder, follow_symlinks=False)


def _atomic(shown: str, target: str, old: os.stat_result | None) -> Iterator[IO[str]]:
    name = os.path.basename(target)
    try:
        folder = os.open(os.path.dirname(target), os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _write_error(shown, exc) from None
    try:
        try:
            fd, tmp = _temporary(folder)
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
                if old is not None:
                    _keep_owner(tmp, folder, old)  # before the mode: chown clears set-id bits
                os.chmod(tmp, _new_file_mode() if old is None else stat.S_IMODE(old.st_mode), dir_fd=folder)
                os.replace(tmp, name, src_dir_fd=folder, dst_dir_fd=folder)
            except OSError as exc:
                raise _write_error(shown, exc) from None
        except BaseException:
            with suppress(OSError):
                os.unlink(tmp, dir_fd=folder)
            raise
    finally:
        os.close(folder)


def quiet_stdout() -> None:
    """After the reader of stdout went away: point fd 1 at /dev/null so that the interpreter's last
    flush at exit cannot complain."""
    with suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
