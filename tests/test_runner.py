"""Running at scale: the results cache, --jobs, --shard and merge give the same results."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from checks.cli import main
from checks.reporters import FORMATS, load_reporters
from checks.runner import CHUNK, MAX_CHUNK, Shard, _chunk_size

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "tests" / "examples"


def run_json(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[str, int]:
    code = main(["run", "--format", "json", "--today", "2026-11-29", *arguments])
    return capsys.readouterr().out, code


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "claims"
    shutil.copytree(EXAMPLES, folder)
    shutil.copy(ROOT / "claims" / "iran_pakistan.yaml", folder / "iran_pakistan.yaml")
    return folder


def test_cached_and_uncached_runs_are_byte_identical(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = str(tmp_path / "cache")
    uncached, code = run_json(capsys, str(corpus), "--no-cache")
    cold, _ = run_json(capsys, str(corpus), "--cache-dir", cache)
    warm, warm_code = run_json(capsys, str(corpus), "--cache-dir", cache)
    assert uncached == cold == warm
    assert code == warm_code == 2
    rows = sqlite3.connect(tmp_path / "cache" / "results.sqlite3").execute(
        "SELECT data FROM entries WHERE view = 'result'"
    ).fetchall()
    assert rows and all(json.loads(row[0])["path"] for row in rows)


def test_a_json_run_keeps_each_files_report_line_beside_its_result(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "cache"
    uncached, _ = run_json(capsys, str(corpus), "--no-cache")
    run_json(capsys, str(corpus), "--cache-dir", str(cache))
    with sqlite3.connect(cache / "results.sqlite3") as connection:
        views = connection.execute("SELECT view, data FROM entries").fetchall()
    lines = {data.split("\n", 2)[2] for view, data in views if view == "json-entry"}
    assert {view for view, _ in views} == {"result", "json-entry"}
    report = [line.strip().rstrip(",") for line in uncached.splitlines() if '"path"' in line]
    valid = {line for line in report if not json.loads(line)["errors"]}  # errors: never cached
    assert valid and lines == valid


def test_a_text_run_cache_serves_a_json_run_and_a_broken_line_is_made_again(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "cache"
    uncached, _ = run_json(capsys, str(corpus), "--no-cache")
    main(["run", str(corpus), "--today", "2026-11-29", "--cache-dir", str(cache)])
    capsys.readouterr()
    with sqlite3.connect(cache / "results.sqlite3") as connection:
        assert {v for (v,) in connection.execute("SELECT view FROM entries")} == {"result"}
    from_results, _ = run_json(capsys, str(corpus), "--cache-dir", str(cache))
    assert from_results == uncached
    with sqlite3.connect(cache / "results.sqlite3") as connection:
        connection.execute("UPDATE entries SET data = '[1, 2]' WHERE view = 'json-entry'")
    again, _ = run_json(capsys, str(corpus), "--cache-dir", str(cache))
    assert again == uncached


def test_a_changed_file_or_source_text_is_judged_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "story.txt").write_text("Sales rose to $120m this year.", encoding="utf-8")
    claim = folder / "story.yaml"
    claim.write_text(
        "source: {published: 2020-01-01, text: story.txt}\n"
        "claims:\n  sales: {value: $120m, quote: rose to $120m}\n",
        encoding="utf-8",
    )
    cache = str(tmp_path / "cache")
    first, _ = run_json(capsys, str(folder), "--cache-dir", cache)
    assert json.loads(first)["summary"] == {"consistent": 1}
    (folder / "story.txt").write_text("Sales rose to $125m this year.", encoding="utf-8")
    second, code = run_json(capsys, str(folder), "--cache-dir", cache)
    assert json.loads(second)["summary"] == {"mismatch": 1}
    assert code == 1
    claim.write_text(claim.read_text(encoding="utf-8").replace("$120m", "$125m"), "utf-8")
    third, code = run_json(capsys, str(folder), "--cache-dir", cache)
    assert json.loads(third)["summary"] == {"consistent": 1}
    assert code == 0


def test_a_corrupt_cache_is_a_miss_not_a_crash(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "cache"
    expected, _ = run_json(capsys, str(corpus), "--no-cache")
    run_json(capsys, str(corpus), "--cache-dir", str(cache))
    with sqlite3.connect(cache / "results.sqlite3") as connection:
        connection.execute("UPDATE entries SET data = '{\"not\": \"a result\"}'")
    again, _ = run_json(capsys, str(corpus), "--cache-dir", str(cache))
    assert again == expected


def test_parallel_runs_give_the_serial_results(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serial, _ = run_json(capsys, str(corpus), "--no-cache")
    parallel, _ = run_json(capsys, str(corpus), "--no-cache", "--jobs", "2")
    assert parallel == serial


def test_parallel_hand_overs_grow_with_the_run_but_leave_each_worker_many() -> None:
    assert _chunk_size(100, 2) == CHUNK
    assert _chunk_size(10_000, 2) == MAX_CHUNK
    for files in (16, 500, 1_000, 2_000, 5_000):
        for workers in (2, 4):
            size = _chunk_size(files, workers)
            assert CHUNK <= size <= MAX_CHUNK
            assert size == CHUNK or files / (workers * size) >= 16


def test_shards_partition_the_files_and_merge_into_the_full_report(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full, code = run_json(capsys, str(corpus), "--no-cache")
    parts = []
    for index in (1, 2, 3):
        text, _ = run_json(capsys, str(corpus), "--no-cache", "--shard", f"{index}/3")
        part = tmp_path / f"part{index}.json"
        part.write_text(text, encoding="utf-8")
        parts.append(str(part))
    paths = [{f["path"] for f in json.loads(Path(p).read_text())["files"]} for p in parts]
    assert not (paths[0] & paths[1]) and not (paths[1] & paths[2]) and not (paths[0] & paths[2])
    assert main(["merge", *parts]) == code
    assert capsys.readouterr().out == full


def test_merging_an_incomplete_set_of_shards_is_refused(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parts = {}
    for part in ("1/3", "2/3", "3/3", "1/2"):
        text, _ = run_json(capsys, str(corpus), "--no-cache", "--shard", part)
        assert json.loads(text)["shard"] == part
        parts[part] = tmp_path / f"part{part.replace('/', 'of')}.json"
        parts[part].write_text(text, encoding="utf-8")
    whole = tmp_path / "whole.json"
    whole.write_text(run_json(capsys, str(corpus), "--no-cache")[0], encoding="utf-8")
    refused = {
        "shard 2/3 is missing": [parts["1/3"], parts["3/3"]],
        "split differently": [parts["1/3"], parts["2/3"], parts["3/3"], parts["1/2"]],
        "not the report of a shard": [parts["1/2"], whole],
    }
    bogus = tmp_path / "bogus.json"
    bogus.write_text(parts["1/2"].read_text(encoding="utf-8").replace('"1/2"', '"0/0"'),
                     encoding="utf-8")
    refused["is not a part of a run"] = [bogus]
    refused["are both shard 1/3"] = [parts["1/3"], parts["1/3"], parts["2/3"], parts["3/3"]]
    for message, reports in refused.items():
        assert main(["merge", *map(str, reports)]) == 2
        assert message in capsys.readouterr().err
    assert "shard" not in json.loads(whole.read_text(encoding="utf-8"))


def test_merging_shards_run_with_and_without_strict_is_refused(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Otherwise the merged exit code depends on which report comes first."""
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    first.write_text(run_json(capsys, str(corpus), "--no-cache", "--shard", "1/2")[0])
    second.write_text(
        run_json(capsys, str(corpus), "--no-cache", "--shard", "2/2", "--strict")[0]
    )
    for order in ((first, second), (second, first)):
        assert main(["merge", *map(str, order)]) == 2
        assert "with the same options" in capsys.readouterr().err


def test_merging_overlapping_reports_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, _ = run_json(capsys, str(ROOT / "claims"), "--no-cache")
    report = tmp_path / "a.json"
    report.write_text(text, encoding="utf-8")
    assert main(["merge", str(report), str(report)]) == 2
    assert "two reports" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["0/2", "3/2", "a/b", "1"])
def test_a_bad_shard_is_a_usage_error(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError):
        Shard.parse(text)
    with pytest.raises(SystemExit) as exited:
        main(["run", "claims", "--shard", text])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "usage: claim-checks run" in error
    assert f"argument --shard: {text}" in error or f"not {text!r}" in error


def test_every_format_name_maps_to_its_module() -> None:
    assert set(FORMATS) == set(load_reporters())


def test_streamed_json_is_the_json_document_one_line_per_file(corpus: Path) -> None:
    import io

    from checks.engine import Options, run
    from checks.reporters.json import file_data, write_json

    result = run([str(corpus), str(corpus / "missing")], Options(details=False))
    out = io.StringIO()
    code = write_json(result.files, result.strict, out)
    document = {
        "version": 1,
        "files": [file_data(f) for f in result.files],
        "summary": result.summary(),
        "errors": result.error_count,
        "exit_code": result.exit_code(),
        "strict": result.strict,
    }
    text = out.getvalue()
    assert json.loads(text) == document
    lines = text.splitlines()
    for file in result.files:
        line = json.dumps(file_data(file), ensure_ascii=False, separators=(", ", ": "))
        assert "    " + line + ("," if file is not result.files[-1] else "") in lines
    assert code == result.exit_code() == 2


def test_a_cached_acknowledgement_expires_on_its_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt
    import types

    from checks import engine, runner
    from checks.cache import opened
    from checks.options import Options

    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "late.yaml").write_text(
        "source: {title: Budget, published: 2026-01-05}\n"
        "claims:\n"
        "  a: {value: $300 million}\n  b: {value: $500 million}\n  t: {value: $900 million}\n"
        "checks:\n"
        "  - id: total\n    sum: [a, b]\n    equals: t\n"
        "    known: {reason: the paper was told, until: 2026-11-30}\n",
        encoding="utf-8",
    )

    def verdict_on(day: dt.date) -> str:
        class Day(dt.date):
            @classmethod
            def today(cls) -> dt.date:
                return cls(day.year, day.month, day.day)

        clock = types.SimpleNamespace(date=Day)
        monkeypatch.setattr(runner, "dt", clock)
        monkeypatch.setattr(engine, "dt", types.SimpleNamespace(date=Day))
        with opened(tmp_path / "cache") as cache:
            (result,) = runner.judge_files([str(folder)], Options(details=False), cache=cache)
        return result.checks[0].verdict.value

    assert verdict_on(dt.date(2026, 11, 30)) == "known"
    assert verdict_on(dt.date(2026, 11, 30)) == "known"  # from the cache
    assert verdict_on(dt.date(2026, 12, 1)) == "mismatch"  # expired: not the cached "known"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('["known", ', '["Known", '),
        ("\n{", "\n{broken"),
        ("\n{", '\n{"path": "elsewhere", '),
        ("\n[0, [[", "\n[-1, [["),
        ("\n[0, [[", "\n[1, [["),  # well-formed counts that do not match the line
        ('[["consistent", ', '[["mismatch", '),
        ("\n[0, [[", '\n["0", [['),
        (", [[", ", [[[], "),
    ],
)
def test_a_corrupt_report_line_in_the_cache_is_a_miss(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str
) -> None:
    cache = tmp_path / "cache"
    expected, _ = run_json(capsys, str(corpus), "--no-cache")
    run_json(capsys, str(corpus), "--cache-dir", str(cache))
    with sqlite3.connect(cache / "results.sqlite3") as connection:
        connection.execute(
            "UPDATE entries SET data = replace(data, ?, ?) WHERE view = 'json-entry'", (old, new)
        )
        (corrupted,) = connection.execute(
            "SELECT count(*) FROM entries WHERE instr(data, ?) > 0", (new,)
        ).fetchone()
    assert corrupted
    again, _ = run_json(capsys, str(corpus), "--cache-dir", str(cache))
    assert again == expected


@pytest.mark.parametrize(
    "entry", ['"a file"', '{"path": "a.yaml", "checks": [{"verdict": "odd"}], "errors": []}']
)
def test_merging_a_report_with_a_broken_file_entry_is_an_error_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], entry: str
) -> None:
    report = tmp_path / "part.json"
    report.write_text(f'{{"version": 1, "files": [{entry}], "strict": false}}', encoding="utf-8")
    assert main(["merge", str(report)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("claim-checks: ") and "Traceback" not in error


def test_rows_read_ahead_are_handed_out_once_and_never_shadow_a_newer_row(
    tmp_path: Path,
) -> None:
    from checks.cache import Key, ResultCache

    cache = ResultCache(tmp_path / "cache")
    first = Key("a.yaml", "digest-1", "2026-11-30")
    cache.put(first, [], {"json-entry": "old line"}, texts=("json-entry",))
    cache.commit()
    cache.prefetch(["a.yaml", "b.yaml"], "json-entry")
    cache.put(first, [], {"json-entry": "new line"}, texts=("json-entry",))
    assert cache.get(first, "json-entry", text=True) == "new line"
    cache.prefetch(["a.yaml"], "json-entry")
    assert cache.get(first, "json-entry", text=True) == "new line"
    assert cache.get(Key("a.yaml", "digest-2", "2026-11-30"), "json-entry", text=True) is None
    assert cache.get(Key("b.yaml", "digest-1", "2026-11-30"), "json-entry", text=True) is None
    cache.close()


@pytest.mark.parametrize(
    "counts",
    ['[-1, [["consistent", 1]]]', '[0, [["Consistent", 1]]]', '[0, [["consistent", 1.0]]]',
     '[0, [[[], 1]]]', '[0]', "not json"],
)  # fmt: skip
def test_a_cached_report_line_with_impossible_counts_is_a_miss_even_with_a_matching_crc(
    counts: str,
) -> None:
    import zlib

    from checks.reporters.json import dump_entry, entry, load_entry
    from checks.results import FileResult
    from checks.serialization import SerializationError

    sealed = f'{counts}\n{{"path": "a.yaml", "checks": [], "errors": []}}'
    with pytest.raises(SerializationError):
        load_entry(f"{zlib.crc32(sealed.encode())}\n{sealed}")
    made = entry(FileResult("a.yaml"))
    assert load_entry(dump_entry(made)) == made


def _claim_file(folder: Path, total: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "budget.yaml"
    path.write_text(
        "source: {title: Aid withheld, published: 2018-09-05}\n"
        "claims:\n"
        "  first: {value: $300 million}\n"
        "  second: {value: $500 million}\n"
        f"  total: {{value: {total}}}\n"
        "checks:\n"
        "  - {id: adds-up, sum: [first, second], equals: total}\n",
        encoding="utf-8",
    )
    return path


def _every_file_settled_and_local(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Stamps recorded at once, and for ``folder``'s file system whatever it is."""
    import os

    from checks import cache as cache_module

    monkeypatch.setattr(cache_module, "SETTLED_NS", -(10**10))
    monkeypatch.setattr(
        cache_module, "_local_devices", lambda: frozenset({os.stat(folder).st_dev})
    )


def test_a_warm_run_of_unchanged_files_neither_reads_nor_judges_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files with input errors are judged on every run (never cached): none here."""
    from checks import cache as cache_module
    from checks import runner

    corpus = tmp_path / "claims"
    for kind in ("sum", "change", "share"):
        shutil.copytree(EXAMPLES / kind, corpus / kind)
    _every_file_settled_and_local(monkeypatch, tmp_path)
    cache = str(tmp_path / "cache")
    uncached, _ = run_json(capsys, str(corpus), "--no-cache")
    run_json(capsys, str(corpus), "--cache-dir", cache)

    def fail(*_: object, **__: object) -> None:
        raise AssertionError("a file was read or judged again")

    monkeypatch.setattr(cache_module, "open", fail, raising=False)
    monkeypatch.setattr(runner, "_judge", fail)
    warm, _ = run_json(capsys, str(corpus), "--cache-dir", cache)
    assert warm == uncached


def test_stamps_are_trusted_on_local_file_systems_only() -> None:
    """NFS serves stale attributes for up to a minute; sshfs reports mtime as ctime."""
    import os

    from checks.cache import local_devices_in

    mountinfo = (
        "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
        "31 23 0:28 / /run rw,relatime - tmpfs tmpfs rw,mode=755\n"
        "40 27 0:41 / /mnt/share rw,relatime - nfs4 server:/export rw,vers=4.2\n"
        "41 27 0:42 / /mnt/remote rw,nosuid - fuse.sshfs me@host:/ rw\n"
        "42 27 0:43 / /var/lib/docker/x rw shared:5 - overlay overlay rw,lowerdir=/a\n"
        "a broken line\n"
    )
    assert local_devices_in(mountinfo) == {
        os.makedev(254, 0), os.makedev(0, 28), os.makedev(0, 43)
    }


def test_a_file_whose_mtime_was_set_back_moments_ago_gets_no_stamp(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``touch -d`` sets the modification time back, not the change time."""
    import os

    from checks import cache as cache_module

    monkeypatch.setattr(
        cache_module, "_local_devices", lambda: frozenset({os.stat(tmp_path).st_dev})
    )
    cache = tmp_path / "cache"
    path = _claim_file(tmp_path / "claims", "$800 million")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    run_json(capsys, str(path.parent), "--cache-dir", str(cache))
    with sqlite3.connect(cache / "results.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM stamps").fetchone() == (0,)


def test_a_stamps_table_of_another_shape_costs_the_shortcut_not_the_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _every_file_settled_and_local(monkeypatch, tmp_path)
    cache = tmp_path / "cache"
    cache.mkdir()
    with sqlite3.connect(cache / "results.sqlite3") as connection:
        connection.execute("CREATE TABLE stamps (path TEXT PRIMARY KEY, stamp TEXT)")
    path = _claim_file(tmp_path / "claims", "$800 million")
    first, _ = run_json(capsys, str(path.parent), "--cache-dir", str(cache))
    second, _ = run_json(capsys, str(path.parent), "--cache-dir", str(cache))
    assert first == second
    with sqlite3.connect(cache / "results.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] > 0


def test_an_unchanged_stamp_stands_for_the_files_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib

    from checks import cache as cache_module
    from checks.cache import ResultCache

    _every_file_settled_and_local(monkeypatch, tmp_path)
    path = _claim_file(tmp_path / "claims", "$800 million")
    name = path.as_posix()
    first = ResultCache(tmp_path / "cache")
    assert first.content_digest(name) == hashlib.sha256(path.read_bytes()).hexdigest()
    first.close()

    def unreadable(*_: object, **__: object) -> None:
        raise AssertionError("the file was read although its stamp was unchanged")

    monkeypatch.setattr(cache_module, "open", unreadable, raising=False)
    second = ResultCache(tmp_path / "cache")
    second.prefetch([name])
    assert second.content_digest(name) == hashlib.sha256(path.read_bytes()).hexdigest()
    second.close()


def test_a_file_changed_to_the_same_size_and_times_is_read_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editor or a checkout can keep a file's size and modification time; not its ctime."""
    import os
    import time


    _every_file_settled_and_local(monkeypatch, tmp_path)
    cache = str(tmp_path / "cache")
    path = _claim_file(tmp_path / "claims", "$800 million")
    before = os.stat(path)
    holds, code = run_json(capsys, str(path.parent), "--cache-dir", cache)
    assert code == 0 and '"verdict": "consistent"' in holds
    time.sleep(0.05)
    _claim_file(tmp_path / "claims", "$900 million")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    if after.st_ctime_ns == before.st_ctime_ns:
        pytest.skip("this file system's clock did not tick between the two writes")
    fails, code = run_json(capsys, str(path.parent), "--cache-dir", cache)
    assert code == 1 and '"verdict": "mismatch"' in fails
    assert fails == run_json(capsys, str(path.parent), "--no-cache")[0]


def test_a_file_changed_moments_ago_gets_no_stamp(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Within a tick of the file system's clock a second change could keep the stamp."""
    cache = tmp_path / "cache"
    path = _claim_file(tmp_path / "claims", "$800 million")
    run_json(capsys, str(path.parent), "--cache-dir", str(cache))
    with sqlite3.connect(cache / "results.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM stamps").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] > 0
