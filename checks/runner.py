"""Running many claim files: sharding, the results cache, worker processes, progress.

The engine judges one file; this module decides *which* files (``--shard I/N``), skips
those whose result is cached and still valid, spreads the rest over ``--jobs`` worker
processes, and yields results in sorted path order whatever the parallelism, so every
way of running gives byte-identical output.
"""

from __future__ import annotations

import gc
import heapq
import os
import zlib
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

from checks.cache import Key, ResultCache
from checks.discovery import discover
from checks.loading import Location, Problem
from checks.options import Options
from checks.results import FileResult

CHUNK = 8
"""Files handed to a worker at a time: large enough to amortise the hand-over."""

Progress = Callable[[int, int], None]
"""Called with (files done, files in the run) as results come in."""


@dataclass(frozen=True, slots=True)
class Shard:
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


def _judge(job: tuple[str, str, Options]) -> FileResult:
    from checks.engine import check_file  # not imported when every result is cached

    path, root, options = job
    return check_file(Path(path), options, Path(root))


def _warm(units: bool) -> None:
    """Import the engine and build the grammar (and the unit registry) before judging.

    Then freeze what exists: the cyclic garbage collector otherwise walks the few hundred
    thousand objects of the imported libraries at every full collection, which cost a
    quarter of a large run; and forked workers share them untouched.
    """
    from checks.engine import check_file  # noqa: F401 - imported for its side effect
    from checks.grammar import parser
    from checks.kinds import load_kinds

    parser()
    load_kinds()
    if units:
        from checks.units import registry

        registry()
    gc.freeze()


def judge_files(
    paths: list[str],
    options: Options,
    jobs: int = 1,
    shard: Shard | None = None,
    cache: ResultCache | None = None,
    progress: Progress | None = None,
) -> Iterator[FileResult]:
    """Yield every claim file's result under ``paths``, in sorted path order."""
    files, problems = discover(paths)
    missing = sorted(
        (FileResult(p.location.path, errors=(p,)) for p in problems), key=lambda r: r.path
    )
    judged = _judge_found(files, options, jobs, shard, cache, progress)
    yield from heapq.merge(missing, judged, key=lambda result: result.path)


def _judge_found(
    files: list[tuple[Path, Path]],
    options: Options,
    jobs: int,
    shard: Shard | None,
    cache: ResultCache | None,
    progress: Progress | None,
) -> Iterator[FileResult]:
    if shard is not None:
        files = [(path, root) for path, root in files if shard.owns(path)]
    keys: list[Key | None] = []
    cached: list[FileResult | None] = []
    for path, root in files:
        key: Key | None = None
        hit: FileResult | None = None
        if cache is not None:
            try:
                content = path.read_bytes()
            except OSError:
                content = None
            if content is not None:
                key = Key.of(path, content, root, options_fingerprint(options))
                hit = cache.get(key)
        keys.append(key)
        cached.append(hit)
    misses = [
        (path.as_posix(), root.as_posix(), options)
        for (path, root), hit in zip(files, cached, strict=True)
        if hit is None
    ]
    total = len(files)
    fresh = _judge_all(misses, jobs)
    done = 0
    try:
        for (path, _), key, hit in zip(files, keys, cached, strict=True):
            if hit is not None:
                result = hit
            else:
                try:
                    result = next(fresh)
                except StopIteration:  # pragma: no cover - a worker pool lost a result
                    message = "the worker judging this file stopped; run again with --jobs 1"
                    result = FileResult(
                        path.as_posix(),
                        errors=(Problem(Location(path.as_posix(), 1, 1), message),),
                    )
                if cache is not None and key is not None and not result.errors:
                    cache.put(key, result)
            done += 1
            if progress is not None:
                progress(done, total)
            yield result
    finally:
        fresh.close()
        if cache is not None:
            cache.commit()


def _judge_all(
    jobs_list: list[tuple[str, str, Options]], jobs: int
) -> Generator[FileResult, None, None]:
    if not jobs_list:
        return
    if jobs <= 1 or len(jobs_list) < 2 * CHUNK:
        _warm(units=False)
        for job in jobs_list:
            yield _judge(job)
        return
    _warm(units=True)
    import multiprocessing  # only parallel runs need it

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(processes=min(jobs, os.cpu_count() or 1)) as pool:
        yield from pool.imap(_judge, jobs_list, chunksize=CHUNK)
