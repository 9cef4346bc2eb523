"""End-to-end ingestion benchmark: a generated batch through `ingest --queue`, Redis and a real
Celery worker on PostgreSQL. Prints throughput, the ratio to the extractor's own plain-text speed
(the same articles, timed just before and just after each run) and peak memory of the worker
and of the `ingest` command. The timed batch goes into a database already holding other articles,
with planner statistics, and the clock starts once the worker answers.

    python benchmarks/bench_ingest.py [--count 10000] [--runs 3]

Needs PostgreSQL (trust auth) on 127.0.0.1:5432 and Redis on 127.0.0.1:6379.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate_articles import generate, write  # noqa: E402

PG = "postgres://postgres@127.0.0.1:5432"
DB = "tracker_bench_ingest"


def extractor_baseline(texts: list[str]) -> float:
    from articles.extraction import extract

    start = time.perf_counter()
    for text in texts:
        extract(text, content_type="text")
    return len(texts) / (time.perf_counter() - start)


def fresh_database(env: dict) -> None:
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB}")
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)


def run_ingest(folder: Path, env: dict) -> tuple[float, float]:
    start = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "benchmarks/_peak_rss.py",
            "manage.py",
            "ingest",
            "--queue",
            "--no-progress",
            str(folder),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    peak = float(re.search(r"PEAK_RSS_MIB=([\d.]+)", done.stderr).group(1))
    return time.perf_counter() - start, peak


def wait_until_ready(env: dict) -> None:
    """Start the clock once the worker answers (start-up is not ingestion)."""
    for _ in range(120):
        ping = subprocess.run(
            [sys.executable, "-m", "celery", "-A", "config", "inspect", "ping", "--timeout=1"],
            cwd=ROOT,
            env=env,
            capture_output=True,
        )
        if ping.returncode == 0:
            return
        time.sleep(0.5)
    raise SystemExit("the worker did not start")


def vm_hwm_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024


def pending(conn) -> bool:
    """Whether any source still waits (an index lookup: the poll must not load the database)."""
    query = "SELECT EXISTS (SELECT 1 FROM articles_source WHERE status = 'pending')"
    return conn.execute(query).fetchone()[0]


def worker_start(env: dict, pool: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            f"--pool={pool}",
            *(["--concurrency=2"] if pool == "threads" else []),
            "--without-gossip",
            "--without-mingle",
            "--loglevel=WARNING",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def database_with_history(env: dict, folder: Path) -> None:
    """A database with history and planner statistics, as a running system has: a batch of
    other articles is parsed first (not timed) and ANALYZE run, as autovacuum would."""
    fresh_database(env)
    subprocess.run(["redis-cli", "-n", "14", "flushdb"], check=True, capture_output=True)
    subprocess.run(
        [sys.executable, "manage.py", "ingest", "--no-progress", str(folder)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    with psycopg.connect(env["DATABASE_URL"], autocommit=True) as conn:
        conn.execute("ANALYZE")


def end_to_end(
    env: dict, batch: Path, count: int, pool: str
) -> tuple[float, float, float, float, float]:
    """One timed run: articles/s end to end, `ingest --queue` articles/s, peak RSS of the
    ingest command and of the worker, and the cores the worker used. The clock starts once the
    worker answers."""
    worker = worker_start(env, pool)
    try:
        wait_until_ready(env)
        cpu_before = cpu_seconds(worker.pid)
        start = time.perf_counter()
        ingest_seconds, ingest_peak = run_ingest(batch, env)
        with psycopg.connect(env["DATABASE_URL"], autocommit=True) as conn:
            while pending(conn):
                time.sleep(0.1)
        total = time.perf_counter() - start
        cores = (cpu_seconds(worker.pid) - cpu_before) / total
        worker_peak = vm_hwm_mib(worker.pid)
    finally:
        worker.terminate()
        worker.wait(60)
    return count / total, count / ingest_seconds, ingest_peak, worker_peak, cores


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=1, help="repeat and print medians")
    parser.add_argument(
        "--pool",
        choices=["solo", "threads"],
        default="solo",
        help="solo: one task at a time; threads: two threads sharing one interpreter lock",
    )
    args = parser.parse_args()
    env = {
        **os.environ,
        "DATABASE_URL": f"{PG}/{DB}",
        "CELERY_BROKER_URL": "redis://127.0.0.1:6379/14",
        "DEBUG": "0",  # as in production: DEBUG keeps every query's text in memory
        "SECRET_KEY": "benchmark-only-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
    }
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    # The baseline reads the batch's own first 1,000 articles.
    sample = list(generate(min(1000, args.count), seed=2025))
    with tempfile.TemporaryDirectory() as tmp:
        small = write(Path(tmp) / "small", args.count // 10, seed=11)
        big = write(Path(tmp) / "big", args.count, seed=2025)
        history = write(Path(tmp) / "history", args.count // 10, seed=99)
        fresh_database(env)
        _, small_peak = run_ingest(small, env)
        runs = []
        for _ in range(max(1, args.runs)):
            database_with_history(env, history)
            # The machine is shared and its speed drifts: the extractor is timed just before
            # and just after each run, and the run is compared with their mean.
            before = extractor_baseline(sample)
            throughput, queued, big_peak, worker_peak, cores = end_to_end(
                env, big, args.count, args.pool
            )
            baseline = (before + extractor_baseline(sample)) / 2
            runs.append((throughput / baseline, throughput, baseline, queued, worker_peak, cores))
            print(
                f"run {len(runs)}: {throughput:7.1f} articles/s end to end, extractor "
                f"{baseline:7.1f} articles/s, ratio {throughput / baseline:.2f}, worker used "
                f"{cores:.2f} cores",
                flush=True,
            )
    ratio, throughput, baseline, queued, worker_peak, cores = (
        statistics.median(column) for column in zip(*runs, strict=True)
    )
    print(
        f"articles: {args.count} generated plain-text articles, one worker process ({args.pool} "
        f"pool), database already holding {args.count // 10} other articles"
        + (f"; medians of {len(runs)} runs" if len(runs) > 1 else "")
    )
    print(f"extractor alone (baseline, same articles, same run): {baseline:8.1f} articles/s")
    print(
        f"end to end (ingest --queue -> Redis -> worker -> PostgreSQL): {throughput:8.1f} articles/s"
    )
    print(f"ratio end-to-end / extractor: {ratio:.2f} (target >= 0.50)")
    print(f"ingest --queue alone: {queued:8.1f} articles/s stored and enqueued")
    print(
        f"peak RSS ingest command: {small_peak:.0f} MiB for {args.count // 10} articles, "
        f"{big_peak:.0f} MiB for {args.count} (flat if streaming)"
    )
    print(f"peak RSS worker: {worker_peak:.0f} MiB; worker CPU: {cores:.2f} cores")
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")


if __name__ == "__main__":
    main()
