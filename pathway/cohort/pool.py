"""Planning in one or several worker processes, rows in input order, memory bounded."""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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
    """The rule book of `root`: the one shared in this process, else a new one (loaded as needed).
    Every cohort (check, barriers; in this process or in a worker) takes its book here, so this is
    where the cycle collector is turned on again (`collect_from_now`)."""
    book = _BOOKS.get(root) or RuleBook(root)
    collect_from_now()
    return book


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


def collect_from_now() -> None:
    """The cycle collector on, for what a cohort makes from here. What was made so far (the modules,
    the rule book where it was shared) is never garbage: it is frozen, never scanned again (and in a
    forked worker never copied); young objects are scanned once 100,000 have been made. The command
    line starts with the collector off (pathway/cli/__init__.py)."""
    import gc

    gc.freeze()
    gc.set_threshold(100_000, 20, 20)
    gc.enable()


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
    planner = Planner(book_for(rules_root), as_of, top, key)
    if jobs <= 1:
        yield from rows(planner, items, redact, unlocks)
        return
    jobs_in = ((item, redact, unlocks) for item in items)

    def lost(job: tuple[Item, bool, bool]) -> Row:
        return planner.lost(job[0], job[1])

    yield from pooled(_row_worker, jobs_in, rules_root, as_of, jobs, top, key, lost)


RESTARTS = 8  # workers started again after one ended (and 4 more per worker): beyond, the run stops


@dataclass
class _Sent:
    """A chunk on its way: the worker it went to, its jobs, how often a worker ended while it was
    the one being planned; `done` holds its results once they are known without a worker."""

    worker: int
    jobs: list[Any]
    tries: int = 0
    done: list[Any] | None = None


def pooled(
    fn: Any,
    jobs_in: Iterable[Any],
    rules_root: Path,
    as_of: date,
    jobs: int,
    top: int,
    key: bytes | None = None,
    lost: Any = None,
) -> Iterator[Any]:
    """fn over jobs_in in `jobs` worker processes, results in input order, with a bounded number of
    chunks on their way (memory stays bounded whatever the cohort's size).

    Each worker has its own pair of pipes (no lock shared between processes, so a worker killed by
    SIGTERM cannot leave the others waiting on it); chunks go round robin and come back in the same
    order. A worker that ends (killed, out of memory) is started again and given its chunks again;
    a chunk that ends a worker twice is planned one job at a time, and a job that ends a worker again
    gives `lost(job)` (an invalid row that says so). Workers end when this process ends, however it
    ends (see `_serve`). On any error, Ctrl-C or SIGTERM the workers are killed before it goes on."""
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
    forked = ctx.get_start_method() == "fork"
    workers: list[tuple[Any, Any, Any]] = []

    def start(w: int | None) -> None:
        """Start a worker (again, at index w): it closes what it inherits of the others' pipes."""
        with _signals_held():  # a worker starts with Ctrl-C and SIGTERM held until it has its own handlers
            task_out, task_in = ctx.Pipe(duplex=False)
            result_out, result_in = ctx.Pipe(duplex=False)
            others = [c.fileno() for i, (_, *conns) in enumerate(workers) if i != w for c in conns] if forked else []
            if forked:
                others += [task_in.fileno(), result_out.fileno()]
            args = (task_out, result_in, fn, initargs, os.getpid(), others)
            proc = ctx.Process(target=_serve, args=args, daemon=True)
            if w is None:
                workers.append((proc, task_in, result_out))
            else:
                workers[w] = (proc, task_in, result_out)
            proc.start()
            task_out.close()
            result_in.close()

    def send(entry: _Sent) -> None:
        with contextlib.suppress(OSError, EOFError):  # the worker has ended: found when its results are
            workers[entry.worker][1].send(entry.jobs)  # read, and sent again then

    restarts = 0
    pending: deque[_Sent] = deque()

    def replace(w: int) -> None:
        """Worker w has ended: start it again and give it its chunks again (see `pooled`)."""
        nonlocal restarts, pending
        restarts += 1
        if restarts > RESTARTS + 4 * jobs:
            raise RuntimeError(f"worker processes ended {restarts} times; run with --jobs 1 to see why")
        _stop([workers[w]])
        start(w)
        suspect = next(e for e in pending if e.worker == w and e.done is None)  # the one being planned
        suspect.tries += 1
        if suspect.tries >= 2:
            if len(suspect.jobs) == 1:
                if lost is None:
                    raise RuntimeError("a worker process ended twice on the same job")
                suspect.done = [lost(suspect.jobs[0])]
            else:
                singles = [_Sent(w, [job], suspect.tries) for job in suspect.jobs]
                at = pending.index(suspect)
                pending = deque([*itertools.islice(pending, at), *singles, *itertools.islice(pending, at + 1, None)])
        for entry in pending:
            if entry.worker == w and entry.done is None:
                send(entry)

    try:
        for _ in range(jobs):
            start(None)
        chunk, sent = first, 0
        while chunk or pending:
            while chunk and len(pending) < jobs * IN_FLIGHT:
                entry = _Sent(sent % jobs, chunk)
                pending.append(entry)
                send(entry)
                sent += 1
                chunk = list(itertools.islice(source, CHUNK))
            head = pending[0]
            if head.done is not None:
                pending.popleft()
                yield from head.done
                continue
            try:
                status, payload = workers[head.worker][2].recv()
            except (EOFError, OSError):
                replace(head.worker)
                continue
            if status != "ok":
                raise RuntimeError(payload)
            pending.popleft()
            yield from payload
        for _, task_in, _ in workers:
            with contextlib.suppress(OSError):
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


PARENT_POLL = 0.2  # seconds between a worker's looks at whether the process that started it still runs


def _watch_parent(parent: int) -> None:
    """End this worker as soon as the process that started it has ended (killed with SIGKILL, it can
    tell no one): on Linux the kernel says so (PR_SET_PDEATHSIG); everywhere a thread looks at the
    parent's process id (an orphan is given another parent) and the worker ends with it."""
    import sys
    import threading
    import time

    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: SIGKILL when the parent ends
    if os.getppid() != parent:  # ended already, before the watch began
        os._exit(0)

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, daemon=True, name="pathway-parent-watch").start()


def _serve(
    tasks: Any, results: Any, fn: Any, initargs: tuple[Any, ...], parent: int = 0, inherited: list[int] | None = None
) -> None:
    """A worker: a thread takes chunks off the pipe as they come (so the parent never waits to send),
    the main thread plans them in order and sends the rows back. It ends when the parent ends: the
    task pipe ends (a forked worker first closes what it inherited of the other workers' pipes, so
    that only the parent holds the pipe open) or the parent's process id changes (`_watch_parent`)."""
    import queue
    import threading

    from pathway.output import worker_signals

    for fd in inherited or ():
        with contextlib.suppress(OSError):
            os.close(fd)
    worker_signals()
    with contextlib.suppress(AttributeError, OSError, ValueError):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)  # held by the parent while it started the workers
    if parent:
        _watch_parent(parent)
    _init_worker(*initargs)
    inbox: queue.Queue[Any] = queue.Queue()

    def receive() -> None:
        while True:
            try:
                chunk = tasks.recv()
            except (EOFError, OSError):  # the parent has ended, or given up on this run: so does the worker
                os._exit(0)
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
