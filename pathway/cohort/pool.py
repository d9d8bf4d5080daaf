"""Planning in one or several worker processes, rows in input order, memory bounded."""

from __future__ import annotations

import contextlib
import itertools
import signal
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from pathway.cohort.item import Item
from pathway.cohort.planning import Planner, rows
from pathway.cohort.row import Row, redact_key
from pathway.ruleset import RuleBook

_BOOKS: dict[Path, RuleBook] = {}  # rule books loaded whole in this process: forked workers find them


def share(book: RuleBook) -> None:
    """Load every file of `book` now, once, so that this run and its worker processes (started by
    fork) plan with it instead of each reading the rule book again (a spawned worker reads it itself)."""
    book.load_all()
    _BOOKS[book.root] = book


def book_for(root: Path) -> RuleBook:
    """The rule book of `root`: the one shared in this process, else a new one (loaded as needed)."""
    return _BOOKS.get(root) or RuleBook(root)


_WORKER: dict[str, Any] = {}
CHUNK = 64  # items sent to a worker at a time
IN_FLIGHT = 4  # chunks per worker on their way: bounds memory, whatever the cohort's size


def start_method() -> str:
    """How workers start: fork where it is safe (Linux), else spawn (macOS, Windows: the same rows,
    each worker reads the rule book itself); $PATHWAY_START_METHOD chooses one the platform has."""
    import multiprocessing
    import os
    import sys

    methods = multiprocessing.get_all_start_methods()
    wanted = os.environ.get("PATHWAY_START_METHOD", "")
    if wanted in methods:
        return wanted
    return "fork" if "fork" in methods and sys.platform.startswith("linux") else "spawn"


def _init_worker(rules_root: str, as_of: str, top: int, key: bytes | None = None, lang: str = "en") -> None:
    from pathway.messages import set_language
    from pathway.output import worker_signals

    worker_signals()
    set_language(lang)  # a spawned worker starts in a new interpreter: it speaks the parent's language
    _WORKER["planner"] = Planner(book_for(Path(rules_root)), date.fromisoformat(as_of), top, key)
    import gc

    gc.freeze()  # what the parent made (the rule book) is never garbage: not scanned again, not copied


def _row_worker(job: tuple[Item, bool, bool]) -> Row:
    planner: Planner = _WORKER["planner"]
    planner.with_unlocks = job[2]
    return planner.row(job[0], job[1])


def with_default_jobs(items: Iterable[Item], jobs: int | None) -> tuple[Iterable[Item], int]:
    """The items (still streamed) and the worker count: as given, or, when not given, from how many
    items there are, looking ahead no further than it takes to decide."""
    if jobs:
        return items, jobs
    it = iter(items)
    head = list(itertools.islice(it, MIN_ITEMS_PER_JOB * 2))
    count = len(head) if len(head) < MIN_ITEMS_PER_JOB * 2 else 10**9
    return itertools.chain(head, it), default_jobs(count)


def default_jobs(count: int) -> int:
    """Worker processes when --jobs is not given: every core this process may use, for inputs big
    enough to pay for starting the workers (the output is the same either way)."""
    import os

    if count < MIN_ITEMS_PER_JOB * 2:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, count // MIN_ITEMS_PER_JOB))


MIN_ITEMS_PER_JOB = 200


def run_rows(
    items: Iterable[Item],
    rules_root: Path,
    as_of: date,
    jobs: int = 1,
    redact: bool = False,
    top: int = 5,
    unlocks: bool = False,
) -> Iterator[Row]:
    """Rows in input order. With jobs > 1 the items are spread over processes; the output is the same.
    With `unlocks`, each row also has what would open a better route (a search per planning profile)."""
    key = redact_key() if redact else None
    if jobs <= 1:
        planner = Planner(book_for(rules_root), as_of, top, key)
        yield from rows(planner, items, redact, unlocks)
        return
    yield from pooled(_row_worker, ((item, redact, unlocks) for item in items), rules_root, as_of, jobs, top, key)


def pooled(
    fn: Any, jobs_in: Iterable[Any], rules_root: Path, as_of: date, jobs: int, top: int, key: bytes | None = None
) -> Iterator[Any]:
    """fn over jobs_in in `jobs` worker processes, results in input order, with a bounded number of
    chunks on their way (memory stays bounded whatever the cohort's size).

    Each worker has its own pair of pipes (no lock shared between processes, so a worker killed by
    SIGTERM cannot leave the others waiting on it); chunks go round robin and come back in the same
    order. On any error, Ctrl-C or SIGTERM the workers are killed before the error goes on."""
    import multiprocessing
    from collections import deque

    source = iter(jobs_in)
    first = list(itertools.islice(source, CHUNK))
    if len(first) < 2:  # not worth a process
        _init_local(rules_root, as_of, top, key)
        for job in first:
            yield fn(job)
        return
    from pathway.messages import current_language

    ctx: Any = multiprocessing.get_context(start_method())
    initargs = (str(rules_root), as_of.isoformat(), top, key, current_language())
    workers: list[tuple[Any, Any, Any]] = []
    try:
        with _signals_held():  # a worker starts with Ctrl-C and SIGTERM held until it has its own handlers
            for _ in range(jobs):
                task_out, task_in = ctx.Pipe(duplex=False)
                result_out, result_in = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_serve, args=(task_out, result_in, fn, initargs), daemon=True)
                workers.append((proc, task_in, result_out))
                proc.start()
                task_out.close()
                result_in.close()
        pending: deque[int] = deque()
        chunk, sent = first, 0
        while chunk or pending:
            while chunk and len(pending) < jobs * IN_FLIGHT:
                w = sent % jobs
                workers[w][1].send(chunk)
                pending.append(w)
                sent += 1
                chunk = list(itertools.islice(source, CHUNK))
            try:
                status, payload = workers[pending.popleft()][2].recv()
            except EOFError:
                raise RuntimeError("a worker process ended unexpectedly") from None
            if status != "ok":
                raise RuntimeError(payload)
            yield from payload
        for _, task_in, _ in workers:
            task_in.send(None)
    finally:
        _stop(workers)


_HELD = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Signals that arrive meanwhile are delivered after (in this process: once every worker is known)."""
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    except (AttributeError, OSError, ValueError):  # not on this platform or thread
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)


def _stop(workers: list[tuple[Any, Any, Any]]) -> None:
    for _proc, task_in, result_out in workers:
        for conn in (task_in, result_out):
            with contextlib.suppress(OSError):
                conn.close()
    for proc, _, _ in workers:
        proc.join(timeout=2)
        if proc.is_alive():
            proc.kill()
            proc.join()


def _serve(tasks: Any, results: Any, fn: Any, initargs: tuple[Any, ...]) -> None:
    """A worker: a thread takes chunks off the pipe as they come (so the parent never waits to send),
    the main thread plans them in order and sends the rows back."""
    import queue
    import threading

    from pathway.output import worker_signals

    worker_signals()
    with contextlib.suppress(AttributeError, OSError, ValueError):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)  # held by the parent while it started the workers
    _init_worker(*initargs)
    inbox: queue.Queue[Any] = queue.Queue()

    def receive() -> None:
        while True:
            try:
                chunk = tasks.recv()
            except (EOFError, OSError):
                chunk = None
            inbox.put(chunk)
            if chunk is None:
                return

    threading.Thread(target=receive, daemon=True).start()
    while True:
        chunk = inbox.get()
        if chunk is None:
            return
        out: tuple[str, Any]
        try:
            out = ("ok", [fn(job) for job in chunk])
        except Exception as exc:  # noqa: BLE001 - the parent reports it
            out = ("error", f"{type(exc).__name__}: {exc}")
        try:
            results.send(out)
        except (OSError, EOFError):
            return


def _init_local(rules_root: Path, as_of: date, top: int, key: bytes | None) -> None:
    """For a cohort too small for a pool: the worker's planner, in this process."""
    _WORKER["planner"] = Planner(book_for(rules_root), as_of, top, key)
