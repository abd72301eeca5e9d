"""Running many claim files: sharding, the results cache, worker processes, progress.

The engine judges one file; this module decides *which* files (``--shard I/N``), skips
those whose result is cached and still valid, spreads the rest over ``--jobs`` worker
processes, and yields results in sorted path order whatever the parallelism, so every
way of running gives byte-identical output.
"""

from __future__ import annotations

import datetime as dt
import gc
import heapq
import os
import zlib
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any, Generic, TypeVar

import msgspec

from checks.cache import RESULT, Key, ResultCache, is_dated
from checks.discovery import discover
from checks.grammar import Branch
from checks.loading import Location, Problem
from checks.options import Options
from checks.results import FileResult
from checks.serialization import SerializationError, from_data, to_data
from checks.units import UnitInfo

CHUNK = 8
"""The fewest files handed to a worker at a time: enough to amortise a hand-over."""
MAX_CHUNK = 64
"""The most: see :func:`_chunk_size`."""

V = TypeVar("V")

Progress = Callable[[int, int], None]
"""Called with (files done, files in the run) as results come in."""


class Shard(msgspec.Struct, frozen=True):
    """Part ``index`` (1-based) of ``count``: a file belongs to one part, chosen by its path."""

    index: int
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        """Read ``I/N`` (``1/4`` … ``4/4``); ``ValueError`` with a usage message otherwise."""
        index_text, _, count_text = text.partition("/")
        try:
            index, count = int(index_text), int(count_text)
        except ValueError:
            raise ValueError(f"expected I/N such as 1/4, not {text!r}") from None
        if not 1 <= index <= count:
            raise ValueError(f"{text}: I must be between 1 and N")
        return cls(index, count)

    def owns(self, path: Path) -> bool:
        """Whether this part checks ``path`` (stable across machines and runs)."""
        return zlib.crc32(path.as_posix().encode("utf-8")) % self.count == self.index - 1


def options_fingerprint(options: Options) -> str:
    """The options a result depends on, for the cache key."""
    return f"strict={options.strict};today={options.today};details={options.details}"


class _Job(msgspec.Struct, Generic[V], frozen=True):
    """One file to judge, and what to hand back (made where it is judged)."""

    path: str
    root: str
    options: Options
    make: Callable[[FileResult], V]
    dump: Callable[[V], Any]
    keep: bool
    """Whether the result goes into the cache (its data and its view's data come back)."""


class _Judged(msgspec.Struct, Generic[V], frozen=True):
    """A judged file as the run needs it: the view, and what the cache would keep."""

    value: V
    stored: Any | None
    """The result's data for the cache (``None``: not to be cached)."""
    dumped: Any | None
    """The view's data for the cache, when the view is not the result itself."""
    dependencies: tuple[str, ...]
    dated: bool
    """Whether the result depends on the run's date (see :func:`checks.cache.is_dated`)."""
    learned: tuple[tuple[str, UnitInfo | None], ...] = ()
    """Unit phrases a worker process resolved with pint, for the parent to remember."""
    learned_shapes: tuple[tuple[tuple[str, str], Branch], ...] = ()
    """Shapes a worker process parsed with lark, for the parent to remember."""


def _judge_in_worker(job: _Job[V]) -> _Judged[V]:
    """:func:`_judge` in a worker process, handing back the unit phrases and shapes it learned.

    A worker's memory is its own: what it learns would otherwise be lost with it, and
    every parallel run would import pint and lark again for the same phrases and shapes.
    """
    from checks import grammar, units

    judged = _judge(job)
    if not (units.LEARNED or grammar.LEARNED):
        return judged
    learned, shapes = tuple(units.LEARNED.items()), tuple(grammar.LEARNED.items())
    units.LEARNED.clear()
    grammar.LEARNED.clear()
    return msgspec.structs.replace(judged, learned=learned, learned_shapes=shapes)


def _judge(job: _Job[V]) -> _Judged[V]:
    """Judge one file and make its view (in a worker, so only the view crosses back)."""
    from checks.engine import check_file  # not imported when every result is cached

    result = check_file(Path(job.path), job.options, Path(job.root))
    value = job.make(result)
    if not job.keep or result.errors:
        return _Judged(value, None, None, result.dependencies, False)
    dumped = None if job.make is _itself else job.dump(value)
    return _Judged(value, to_data(result), dumped, result.dependencies, is_dated(result))


def _warm(before_fork: bool) -> None:
    """Import the engine (and maybe lark's parser and pint's registry) before judging.

    Before workers are forked, the parser is built when no shape is remembered and the
    registry when no unit phrase is (a first run), so that the workers share them rather
    than each building its own; otherwise the files most likely use known shapes and
    phrases, and importing lark or pint would only delay every worker (a serial run builds
    either the first time it needs it). Then freeze what exists: the cyclic
    garbage collector otherwise walks the few hundred thousand objects of the imported
    libraries at every full collection, which cost a quarter of a large run; and forked
    workers share them untouched.
    """
    from checks import grammar, units
    from checks.engine import check_file  # noqa: F401 - imported for its side effect
    from checks.kinds import load_kinds

    load_kinds()
    if before_fork and not grammar.REMEMBERED:
        grammar.parser()
    if before_fork and not units.REMEMBERED:
        units.registry()
    gc.freeze()


class View(msgspec.Struct, Generic[V], frozen=True):
    """What a run yields for each file, and how the cache keeps it as JSON data.

    Most front ends want the :class:`FileResult` itself (:data:`RESULTS`). A streaming
    report may ask for its own projection instead (the JSON report's line for a file):
    the cache keeps it beside the result, so a hit hands it over without rebuilding the
    result's ninety-odd objects and rendering them again.
    """

    name: str
    make: Callable[[FileResult], V]
    dump: Callable[[V], Any]
    load: Callable[[Any], V]
    text: bool = False
    """``dump`` gives the text the cache keeps as it is (``load`` gets it back), not JSON
    data: a report line stored inside a JSON string had to be unescaped on every hit."""

    @property
    def texts(self) -> tuple[str, ...]:
        """The views (this one, or none) whose cached data is text, for :meth:`ResultCache.put`."""
        return (self.name,) if self.text else ()


def _itself(result: FileResult) -> FileResult:
    return result


def _load_result(data: Any) -> FileResult:
    return from_data(FileResult, data)


RESULTS: View[FileResult] = View(RESULT, _itself, to_data, _load_result)


def judge_files(
    paths: list[str],
    options: Options,
    jobs: int = 1,
    shard: Shard | None = None,
    cache: ResultCache | None = None,
    progress: Progress | None = None,
) -> Iterator[FileResult]:
    """Yield every claim file's result under ``paths``, in sorted path order."""
    return judge_views(paths, RESULTS, options, jobs, shard, cache, progress)


def judge_views(
    paths: list[str],
    view: View[V],
    options: Options,
    jobs: int = 1,
    shard: Shard | None = None,
    cache: ResultCache | None = None,
    progress: Progress | None = None,
) -> Iterator[V]:
    """Yield ``view`` of every claim file's result under ``paths``, in sorted path order."""
    files, problems = discover(paths)
    missing = sorted(
        ((p.location.path, view.make(FileResult(p.location.path, errors=(p,)))) for p in problems),
        key=lambda pair: pair[0],
    )
    judged = _judge_found(files, view, options, jobs, shard, cache, progress)
    for _, value in heapq.merge(missing, judged, key=lambda pair: pair[0]):
        yield value


def _cached(cache: ResultCache, key: Key, view: View[V]) -> V | None:
    """The cached ``view`` for ``key``, made from the cached result if need be; else ``None``."""
    data = cache.get(key, view.name, text=view.text)
    if data is not None:
        try:
            return view.load(data)
        except (SerializationError, ValueError, TypeError):
            pass
    if view is RESULTS:
        return None
    result = cache.get_result(key)
    if result is None:
        return None
    value = view.make(result)
    views = {view.name: view.dump(value)}
    cache.put(key, result.dependencies, views, is_dated(result), texts=view.texts)
    return value


def _judge_found(
    files: list[tuple[Path, Path]],
    view: View[V],
    options: Options,
    jobs: int,
    shard: Shard | None,
    cache: ResultCache | None,
    progress: Progress | None,
) -> Iterator[tuple[str, V]]:
    if shard is not None:
        files = [(path, root) for path, root in files if shard.owns(path)]
    keys: list[Key | None] = []
    cached: list[V | None] = []
    fingerprint = options_fingerprint(options)
    today = (options.today or dt.date.today()).isoformat()
    names = [path.as_posix() for path, _ in files]
    if cache is not None:
        cache.prefetch(names, view.name)
        for name, (_, root) in zip(names, files, strict=True):
            key: Key | None = None
            hit: V | None = None
            digest = cache.content_digest(name)
            if digest is not None:
                key = Key.of(name, digest, root, fingerprint, today)
                hit = _cached(cache, key, view)
            keys.append(key)
            cached.append(hit)
    else:
        keys = [None] * len(files)
        cached = [None] * len(files)
    misses = [
        _Job(name, root.as_posix(), options, view.make, view.dump, cache is not None)
        for name, (_, root), hit in zip(names, files, cached, strict=True)
        if hit is None
    ]
    total = len(files)
    fresh = _judge_all(misses, jobs)
    done = 0
    try:
        for name, key, hit in zip(names, keys, cached, strict=True):
            if hit is not None:
                value = hit
            else:
                try:
                    judged = next(fresh)
                except StopIteration:  # pragma: no cover - a worker pool lost a result
                    message = "the worker judging this file stopped; run again with --jobs 1"
                    lost = FileResult(
                        name, errors=(Problem(Location(name, 1, 1), message),),
                    )
                    judged = _Judged(view.make(lost), None, None, (), False)
                value = judged.value
                if cache is not None and key is not None and judged.stored is not None:
                    views = {RESULT: judged.stored}
                    if judged.dumped is not None:
                        views[view.name] = judged.dumped
                    cache.put(key, judged.dependencies, views, judged.dated, view.texts)
            done += 1
            if progress is not None:
                progress(done, total)
            yield name, value
    finally:
        fresh.close()
        if cache is not None:
            cache.commit()


def _judge_all(jobs_list: list[_Job[V]], jobs: int) -> Generator[_Judged[V], None, None]:
    if not jobs_list:
        return
    if jobs <= 1 or len(jobs_list) < 2 * CHUNK:
        _warm(before_fork=False)
        for job in jobs_list:
            yield _judge(job)
        return
    _warm(before_fork=True)
    import multiprocessing  # only parallel runs need it

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    from checks import grammar, units

    workers = min(jobs, os.cpu_count() or 1)
    with context.Pool(
        processes=workers,
        initializer=_start_worker,
        initargs=(grammar.LARK_MAY_IMPORT_REGEX, units.REMEMBERED, grammar.REMEMBERED),
    ) as pool:
        for judged in pool.imap(
            _judge_in_worker, jobs_list, chunksize=_chunk_size(len(jobs_list), workers)
        ):
            if judged.learned:
                units.LEARNED.update(judged.learned)
            if judged.learned_shapes:
                grammar.LEARNED.update(judged.learned_shapes)
            yield judged


def _start_worker(
    regex_allowed: bool,
    unit_phrases: dict[str, UnitInfo | None],
    shapes: dict[tuple[str, str], str],
) -> None:
    """Set up a worker as its parent is: lark's ``regex`` setting, and what is remembered.

    A forked worker has both already; one started afresh (``spawn``, where there is no
    fork: Windows, macOS) would otherwise import pint and lark for phrases and shapes its
    parent knows.
    """
    from checks import grammar, units

    grammar.allow_regex_for_lark(regex_allowed)
    if not units.REMEMBERED:
        units.REMEMBERED.update(unit_phrases)
    if not grammar.REMEMBERED:
        grammar.REMEMBERED.update(shapes)


def _chunk_size(files: int, workers: int) -> int:
    """Files handed to a worker at a time in a parallel run.

    Every hand-over is a message the parent pickles, sends, receives and unpickles while
    the workers judge, on the same processors: eight files at a time, the parent of a
    10,000-file run with two workers spent about 1.6 s of processor time, 64 at a time
    about 1.0 s (and the run took 0.6 to 1.4 s less). But the last chunk ends the run
    with the other workers idle, so above the smallest hand-over (:data:`CHUNK`) a chunk
    stays a sixteenth of a worker's share or less.
    """
    return max(CHUNK, min(MAX_CHUNK, files // (workers * 16)))
