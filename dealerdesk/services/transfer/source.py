"""Where an import's checked rows come from: the sheet read and checked chunk by chunk, in this process for a
small file, in a worker process for a big one.

Why a worker process: on a 100,000-row sheet reading (XML scan) and checking (the domain's normalisers per
row) are about half of the work and writing (building rows, search keys, SQLite) the other half, all of it
Python holding one interpreter lock. In two processes the importing process writes chunk k while the worker
reads and checks chunk k+1, so the two halves run on two cores at once. Threads cannot do this (measured:
the GIL serialises row building and the inserts). The worker reads the file and looks its phones, VINs and
plates up in the store through a read-only connection (under WAL it sees the store as it was before the
import: the import's own transaction is not committed yet); it never writes, so all-or-nothing stays with
the importing process's one transaction. A failure in the worker comes back as the same exception;
cancelling or any error on this side ends the worker.

The stream is: `(Table, mapping)` first (header found, columns mapped: a sheet without a name column fails
here, before anything is written), then `Chunk`s in sheet order, then the final `Table` (headers covering
the widest row, junk rows counted).
"""
from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import os
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

from dealerdesk.services.transfer.fields import resolve_mapping
from dealerdesk.services.transfer.limits import DEFAULT, ReadLimits
from dealerdesk.services.transfer.plan import (
    Entry,
    Lookups,
    Plan,
    clean_row,
    decide,
    find_in_store,
    has_identities,
)
from dealerdesk.services.transfer.read import Row, iter_table
from dealerdesk.services.transfer.write import MadeKeys, make_keys
from dealerdesk.store.db import open_reader

#: files at least this big are read and checked in a worker process (~17,000 rows of a typical .xlsx;
#: below that, starting the process, ~0.3 s, costs more than the overlap gains)
PARALLEL_FROM_BYTES = 1_000_000


@dataclass
class Chunk:
    """Checked rows of one stretch of the sheet."""

    rows: int  # data rows in the stretch
    done: int = 0  # how far reading got (bytes or rows) of `total`: for progress and estimates
    total: int = 0
    entries: list[Entry] = field(default_factory=list)  # accepted by the checks (each with its raw cells)
    rejects: dict[int, str] = field(default_factory=dict)  # row number → reasons
    rejected_rows: list[Row] = field(default_factory=list)  # those rows' cells, for the rejects file
    warnings: list[tuple] = field(default_factory=list)  # (row, column index or field, value, reason)
    skipped: list[int] = field(default_factory=list)  # rows found in the store, with "skip" (on_duplicate)
    keys: MadeKeys | None = None  # the entries' search keys, made here (with on_duplicate)


@dataclass(frozen=True)
class SourceOptions:
    """What the checks need besides the file (picklable: it is handed to the worker)."""

    sheet: str | None
    mapping: dict[int, str] | None
    saved_mapping: dict[str, str] | None
    users: dict[str, int]
    models: dict[str, int]
    today: dt.date
    store: str | None = None  # a SQLite store file: the rows are looked up in it here (find_in_store)
    #: "skip" or "create": also apply the duplicate choice here, chunk by chunk (a streamed import: see
    #: importer._stream_commit); the chunks then hold only the entries to write, without their cells
    on_duplicate: str | None = None
    limits: ReadLimits = DEFAULT  # how much the file may make the reader hold (the store's settings)


def checked(path: str | Path, options: SourceOptions, progress: Callable | None = None) -> Iterator:
    """The stream described in the module docstring, made in this process."""
    position = [0, 0]

    def read(done: int, total: int, stage: str) -> None:
        position[:] = done, total
        if progress:
            progress(done, total, stage)

    stream = iter_table(path, options.sheet, read, options.limits)
    table = next(stream)
    mapping = resolve_mapping(table.headers, options.mapping, options.saved_mapping)
    yield table, mapping
    lookups = Lookups(options.users, options.models)
    cache: dict = {}  # repeated cells (dates, levels, consultants…) are parsed once
    today = options.today
    decide = options.on_duplicate
    if decide == "update":
        raise ValueError("update merges rows: decided over the whole sheet, not per chunk")
    seen: dict = {}  # identity key → row number, over the whole sheet (dedupe_in_file)
    customers = 0  # the next new customer's number (MadeKeys)
    store_has_rows = None
    for rows in stream:
        chunk = Chunk(rows=len(rows), done=position[0], total=position[1])
        for number, vals in rows:
            entry, errors, warnings = clean_row(number, vals, mapping, lookups, today, cache)
            for w in warnings:
                chunk.warnings.append((number, *w))
            if entry is None:
                chunk.rejects[number] = "；".join(errors)
                chunk.rejected_rows.append((number, vals))
            else:
                entry.raw = vals
                chunk.entries.append(entry)
        if options.store and store_has_rows is None:
            store_has_rows = has_identities()
        if store_has_rows:
            find_in_store(chunk.entries)
        elif options.store:  # an empty store (a first import): nothing to find
            for entry in chunk.entries:
                entry.owners = set()
        if decide:
            _decide(chunk, decide, seen)
            # the writing process has the more work: the pinyin keys are made here (MadeKeys)
            chunk.keys = make_keys(chunk.entries, customers)
            customers += len(chunk.entries)
        yield chunk
    yield table


def _decide(chunk: Chunk, mode: str, seen: dict) -> None:
    """Apply the duplicate choice ("skip"/"create") to a checked chunk: rows repeating an earlier row of the
    sheet (`seen`) or found in the store are rejected or skipped as in a whole-sheet plan (an accepted row
    never changes after it in these modes); the rejected rows' cells go to `rejected_rows`, the others'
    are let go."""
    plan = Plan()
    chunk.entries = decide(chunk.entries, mode, plan, chunk.rejected_rows, seen)
    chunk.rejects.update(plan.rejects)
    chunk.warnings += plan.warnings
    chunk.skipped += plan.skipped


def use_worker(path: str | Path) -> bool:
    """A file big enough to pay for a worker process (start-up ~0.3 s), on a machine with two cores."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        return False
    return size >= PARALLEL_FROM_BYTES and (os.cpu_count() or 1) >= 2


def checked_in_worker(path: str | Path, options: SourceOptions, waiting: Callable[[], None] | None = None) -> Iterator:
    """`checked`, made by a worker process (see the module docstring). The process is started here, so a
    machine that cannot start one raises OSError at once (the caller then checks in-process). `waiting()` is
    called every WAIT_TICK seconds while no chunk has come (it may raise to cancel). The worker ends when the
    returned generator is closed, finished or garbage-collected, whatever happened."""
    context = multiprocessing.get_context("spawn")  # fork is unsafe under Qt; spawn is what Windows has
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_work, args=(sender, str(path), options), daemon=True,
                              name="dealerdesk-import-check")
    try:
        process.start()
    except BaseException:
        receiver.close()
        sender.close()
        raise
    sender.close()  # only the worker holds the sending end: its exit ends recv() with EOFError
    return _receive(process, receiver, waiting)


#: seconds between `waiting()` calls while the worker has not sent the next chunk
WAIT_TICK = 0.25


#: chunks the receiving thread may hold before the worker has to wait (~0.3 MB each as sent: 2,000 rows)
MAX_AHEAD = 32


class _Drain(threading.Thread):
    """Takes the worker's messages off the pipe as soon as they are sent and queues them (as the bytes sent:
    they are unpickled when the writer takes them).

    Why: a pipe holds 64 KB (8 KB on Windows) and a chunk is ~300 KB, so without this thread the worker
    waited in `send` whenever the writer was busy with a chunk, and the writer then waited for the next
    one: measured on a 100,000-row sheet, the worker blocked 1.4 s and the writer waited 2.5 s, in turns.
    The thread spends its time in the pipe read, which releases the GIL, so it costs the writer nothing."""

    def __init__(self, receiver) -> None:
        super().__init__(daemon=True, name="dealerdesk-import-receive")
        self.receiver = receiver
        self.queue: queue.Queue = queue.Queue(MAX_AHEAD)

    def run(self) -> None:
        try:
            while True:
                self.queue.put(self.receiver.recv_bytes())
        except (EOFError, OSError):  # the worker ended (its end of the pipe closed) or was stopped
            self.queue.put(None)


def _receive(process, receiver, waiting: Callable[[], None] | None) -> Iterator:
    drain = _Drain(receiver)
    drain.start()
    try:
        while True:
            try:
                data = drain.queue.get(timeout=WAIT_TICK if waiting is not None else None)
            except queue.Empty:
                waiting()  # type: ignore[misc]  # (only with a timeout)
                continue
            if data is None:
                raise RuntimeError("导入检查进程意外退出")
            kind, item = ForkingPickler.loads(data)
            if kind == "chunk":
                yield _decode(item)
            elif kind == "item":
                yield item
            elif kind == "error":
                raise item
            else:
                return
    finally:
        if process.is_alive():
            process.terminate()
        process.join(5)
        # the worker is gone, so the thread's read ends (EOF); a full queue is emptied so its put returns
        while drain.is_alive():
            try:
                drain.queue.get(timeout=0.05)
            except queue.Empty:
                pass
        receiver.close()


def _work(sender, path: str, options: SourceOptions) -> None:
    """The worker process: send every item of `checked`, then ("end", None); an exception is sent as
    ("error", exc). A closed pipe (the importing process stopped or was killed) ends it quietly."""
    gc.disable()  # millions of short-lived row objects (as in run_import)
    try:
        if options.store:
            open_reader(options.store)
        try:
            for item in checked(path, options):
                sender.send(("chunk", _encode(item)) if isinstance(item, Chunk) else ("item", item))
        except Exception as exc:  # noqa: BLE001  # sent back: the importing process raises it as its own
            try:
                sender.send(("error", exc))
            except Exception:  # noqa: BLE001  # an exception that does not pickle: its text
                sender.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
            return
        sender.send(("end", None))
    except (BrokenPipeError, EOFError, OSError):
        return
    finally:
        sender.close()


def _encode(chunk: Chunk) -> tuple:
    return (chunk.rows, chunk.done, chunk.total, [e.to_tuple() for e in chunk.entries], chunk.rejects,
            chunk.rejected_rows, chunk.warnings, chunk.skipped, chunk.keys)


def _decode(data: tuple) -> Chunk:
    rows, done, total, entries, rejects, rejected_rows, warnings, skipped, keys = data
    return Chunk(rows=rows, done=done, total=total, entries=[Entry.from_tuple(t) for t in entries],
                 rejects=rejects, rejected_rows=rejected_rows, warnings=warnings, skipped=skipped, keys=keys)
