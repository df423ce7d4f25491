"""`vismanet export` against a hand-written httpx + json.loads + json.dumps loop, and against the tree before
this round (commit da4f64e), every variant served by the same sandbox process.

Each variant runs as its own process, as a user runs it; its CPU is the process's own user+system time
(``RUSAGE_CHILDREN``), start-up included (the hand loop imports httpx, the CLI the SDK). Runs are interleaved
round by round and the median of the paired ratios is reported, so drifts in machine load hit all alike.
Every variant must write the same bytes: the hand loop (records without Visma's per-record ``metadata``, as
the CLI writes them), the CLI with orjson and the CLI with ``VISMANET_JSON=stdlib``.

The "before" tree is a git worktree of da4f64e in ``VISMANET_BENCH_BEFORE`` (default /tmp/perf/before; rows
is left out when it is absent): ``git worktree add --detach /tmp/perf/before da4f64e``.
"""

from __future__ import annotations

import hashlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from _imports import child_env
from _memory import _CLI, _LIBRARY
from _server import SandboxProcess, ServerConfig
from _table import Row

BEFORE_COMMIT = "da4f64e"

# What a user would write by hand: page through GET /v1/customer, decode, drop the paging metadata, write lines.
HAND_LOOP = """
import json, sys
import httpx
base_url, token, page_size, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, timeout=120) as client, \\
        open(out, "w", encoding="utf-8") as f:
    page = 1
    while True:
        response = client.get("/v1/customer", params={"pageSize": page_size, "pageNumber": page})
        response.raise_for_status()
        records = json.loads(response.content)
        for record in records:
            record.pop("metadata", None)
            f.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\\n")
        if len(records) < page_size:
            break
        page += 1
"""


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    digest: str


def before_tree() -> Path | None:
    """The tree before this round, or None (``VISMANET_BENCH_BEFORE=""``: not compared, the row is left out)."""
    where = os.environ.get("VISMANET_BENCH_BEFORE", "/tmp/perf/before")
    tree = Path(where) if where else None
    return tree if tree is not None and (tree / "vismanet_ext" / "__init__.py").is_file() else None


def before_env(env: dict[str, str], tree: Path) -> dict[str, str]:
    """The before tree first on sys.path (ahead of the editable install of this one)."""
    return {**env, "PYTHONPATH": os.pathsep.join([str(tree), str(tree / "generated")])}


def _child(arguments: list[str], env: dict[str, str], out: Path) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = subprocess.run(
        arguments, check=False, capture_output=True, text=True, env=env, timeout=1800, cwd=out.parent
    )  # cwd: not this tree (python -c puts the working directory first on sys.path)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode != 0:
        raise RuntimeError(f"{arguments[2:4]} exited {run.returncode}: {run.stderr.strip()[-2000:]}")
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    out.unlink()
    return Run(wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), digest)


def hand_loop(server: SandboxProcess, page_size: int, env: dict[str, str], tmp: str) -> Run:
    out = Path(tmp) / "hand.jsonl"
    return _child([sys.executable, "-c", HAND_LOOP, server.base_url, server.token, str(page_size), str(out)], env, out)


def cli_export(server: SandboxProcess, page_size: int, concurrency: int, env: dict[str, str], tmp: str) -> Run:
    out = Path(tmp) / "cli.jsonl"
    arguments = [
        "export", "customer", "--base-url", server.base_url, "--token", server.token, "--page-size", str(page_size),
        "--concurrency", str(concurrency), "--out", str(out), "--quiet",
    ]  # fmt: skip
    return _child([sys.executable, "-c", _CLI, *arguments], env, out)


def paginate(server: SandboxProcess, page_size: int, kind: str, env: dict[str, str], tmp: str) -> Run:
    """``vn.paginate`` in its own process (``kind`` "typed" or a raw route); ``cpu`` is the paging loop's own
    CPU time in that process (start-up excluded: the features compared are per page, and interpreter
    start-up moved these whole-process rows by 10-15% from run to run; the import rows measure start-up)."""
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-c", _LIBRARY, server.base_url, server.token, kind, str(page_size)],
        check=False, capture_output=True, text=True, env=env, timeout=1800, cwd=tmp,
    )  # fmt: skip
    wall = time.perf_counter() - started
    if run.returncode != 0:
        raise RuntimeError(f"vn.paginate exited {run.returncode}: {run.stderr.strip()[-2000:]}")
    count, _peak, paging_cpu = run.stdout.split()
    return Run(wall, float(paging_cpu), count)


def _paired(cases: dict[str, Callable[[], Run]], rounds: int) -> dict[str, list[Run]]:
    runs: dict[str, list[Run]] = {name: [] for name in cases}
    for name, case in cases.items():  # warm-up: bytecode caches filled, server pages built
        case()
    for _ in range(rounds):
        for name, case in cases.items():
            runs[name].append(case())
    return runs


def _ratio(runs: dict[str, list[Run]], top: str, bottom: str, what: str = "cpu") -> float:
    pairs = zip(runs[top], runs[bottom], strict=True)
    return statistics.median(getattr(a, what) / getattr(b, what) for a, b in pairs)


def _med(runs: list[Run], what: str = "cpu") -> float:
    return statistics.median(getattr(r, what) for r in runs)


def rows(records: int, page_size: int, wall_records: int, latency: float, rounds: int) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="vismanet-bench-export-") as tmp:
        env = child_env(os.path.join(tmp, "pycache"))
        stdlib = {**env, "VISMANET_JSON": "stdlib"}
        tree = before_tree()
        out = _cpu_rows(records, page_size, rounds, env, stdlib, tree, tmp)
        out += _wall_rows(wall_records, page_size, latency, rounds, env, tmp)
    return out


def _cpu_rows(
    records: int, page_size: int, rounds: int, env: dict[str, str], stdlib: dict[str, str], tree: Path | None, tmp: str
) -> list[Row]:
    config = ServerConfig(sizes={"customer": records}, warm=("customer",))
    with SandboxProcess(config) as server:
        cases: dict[str, Callable[[], Run]] = {
            "hand": lambda: hand_loop(server, page_size, env, tmp),
            "fast": lambda: cli_export(server, page_size, 1, env, tmp),
            "stdlib": lambda: cli_export(server, page_size, 1, stdlib, tmp),
        }
        if tree is not None:
            old = before_env(env, tree)
            cases["before"] = lambda: cli_export(server, page_size, 1, old, tmp)
        runs = _paired(cases, rounds)
        library = {}
        if tree is not None:
            old = before_env(stdlib, tree)
            library = _paired(
                {
                    "typed": lambda: paginate(server, page_size, "typed", stdlib, tmp),
                    "typed before": lambda: paginate(server, page_size, "typed", old, tmp),
                    "raw": lambda: paginate(server, page_size, "GET /v1/customer", stdlib, tmp),
                    "raw before": lambda: paginate(server, page_size, "GET /v1/customer", old, tmp),
                },
                max(rounds, 5),  # cheap (about 2 s a run) and the noisiest comparison: more pairs
            )
    digests = {name: {r.digest for r in case_runs} for name, case_runs in runs.items()}
    if len(set().union(*digests.values())) != 1:
        raise RuntimeError(f"the variants wrote different bytes: {digests}")
    figure = f"`vismanet export customer` of {records:,} records, pageSize {page_size:,}, --concurrency 1: CPU"
    hand = f"hand-written httpx + json.loads + json.dumps loop {_med(runs['hand']):.2f} s (same bytes)"
    out = [
        Row.measured(
            f"{figure} (orjson installed: the `fast` extra)",
            f"{_med(runs['fast']):.2f} s",
            hand,
            _ratio(runs, "fast", "hand"),
            "at most 0.7x the hand-written loop",
            lambda r: r <= 0.7,
        ),
        Row.measured(
            f"{figure} (VISMANET_JSON=stdlib)",
            f"{_med(runs['stdlib']):.2f} s",
            hand,
            _ratio(runs, "stdlib", "hand"),
            "at most the hand-written loop",
            lambda r: r <= 1.0,
        ),
        Row.measured(
            f"hand-written loop: `httpx` + `json.loads` + `json.dumps`, {records:,} records, pageSize {page_size:,}",
            f"{_med(runs['hand']):.2f} s CPU, {_med(runs['hand'], 'wall'):.2f} s wall",
            "itself (the reference the export rows compare with)",
            1.0,
            "-",
            lambda r: True,
        ),
    ]
    if tree is not None:
        out.append(
            Row.measured(
                f"{figure}: this round's correctness features (lenient models, completeness checks, body checks, "
                f"rate-limit headers) with the stdlib decoder",
                f"{_med(runs['stdlib']):.2f} s",
                f"before this round ({BEFORE_COMMIT}) {_med(runs['before']):.2f} s",
                _ratio(runs, "stdlib", "before"),
                "at most 1.05x (each feature costs at most 5%)",
                lambda r: r <= 1.05,
            )
        )
        for kind, label in (("typed", "typed CustomerDto"), ("raw", "raw dicts")):
            out.append(
                Row.measured(
                    f"`vn.paginate` ({label}) of {records:,} records, pageSize {page_size:,}, sequential: CPU of "
                    f"the paging loop, this round (stdlib decoder) against {BEFORE_COMMIT} (median of "
                    f"{len(library[kind])} paired runs)",
                    f"{_med(library[kind]):.2f} s",
                    f"before this round {_med(library[kind + ' before']):.2f} s",
                    _ratio(library, kind, kind + " before"),
                    "at most 1.05x (each feature costs at most 5%)",
                    lambda r: r <= 1.05,
                )
            )
    return out


def _wall_rows(records: int, page_size: int, latency: float, rounds: int, env: dict[str, str], tmp: str) -> list[Row]:
    config = ServerConfig(sizes={"customer": records}, latency=latency, warm=("customer",))
    with SandboxProcess(config) as server:
        runs = _paired(
            {
                "hand": lambda: hand_loop(server, page_size, env, tmp),
                "c4": lambda: cli_export(server, page_size, 4, env, tmp),
            },
            rounds,
        )
    return [
        Row.measured(
            f"`vismanet export customer` of {records:,} records, pageSize {page_size:,}, "
            f"{latency * 1000:.0f} ms latency, --concurrency 4: wall time",
            f"{_med(runs['c4'], 'wall'):.2f} s (CPU {_med(runs['c4']):.2f} s)",
            f"hand-written loop {_med(runs['hand'], 'wall'):.2f} s (CPU {_med(runs['hand']):.2f} s)",
            _ratio(runs, "hand", "c4", "wall"),
            "at least 3x faster than the hand-written loop",
            lambda r: r >= 3.0,
        )
    ]
