"""Import cost: wall time and peak RSS of a fresh interpreter importing one thing (median of N runs)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass

from _table import Row

# Peak RSS as the child itself sees it. Not getrusage's ru_maxrss: Linux carries the parent's RSS at fork into
# the child's ru_maxrss across exec, so every child of a big benchmark process would look as big as it.
# VmHWM belongs to the address space exec created. (Elsewhere, ru_maxrss is the best there is.)
PEAK_RSS_KB = """
def _peak_rss_kb():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        import resource, sys
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak
"""

# The child times only the import statement (interpreter start-up is the same for every case) and reports
# its own peak RSS, which does include the interpreter's.
_CHILD = (
    PEAK_RSS_KB
    + """
import json, time
started = time.perf_counter()
{statement}
elapsed = time.perf_counter() - started
print(json.dumps({{"seconds": elapsed, "rss_kb": _peak_rss_kb()}}))
"""
)

FLOOR = "import httpx, attrs"
ONE_OPERATION = "from vismanet_client.api.customer import customer_get_all"
# What importing one operation costs when the models package is not lazy (the stock generator's models
# __init__ imports every model): the same operation plus every model.
EAGER = ONE_OPERATION + "\nimport vismanet_client.models as _m\nfor _name in _m.__all__:\n    getattr(_m, _name)"
EXT = "import vismanet_ext"
EXT_CLIENT = "from vismanet_ext import VismaNet"


@dataclass(frozen=True)
class ImportCost:
    seconds: float
    rss_mb: float


def child_env(pycache: str) -> dict[str, str]:
    """Imports as an installed package sees them: with bytecode caching on (kept out of the source tree).

    PYTHONDONTWRITEBYTECODE would make every run compile all it imports from source, which says nothing
    about what users see.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def measure(statement: str, runs: int, env: dict[str, str]) -> ImportCost:
    """Median over ``runs`` fresh interpreters, after one run that only warms the bytecode cache."""
    samples = [_once(statement, env) for _ in range(runs + 1)][1:]
    return ImportCost(
        seconds=statistics.median(s.seconds for s in samples),
        rss_mb=statistics.median(s.rss_mb for s in samples),
    )


def _once(statement: str, env: dict[str, str]) -> ImportCost:
    run = subprocess.run(
        [sys.executable, "-c", _CHILD.format(statement=statement)],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    if run.returncode != 0:
        raise RuntimeError(f"importing failed:\n{statement}\n{run.stderr}")
    result = json.loads(run.stdout.strip().splitlines()[-1])
    return ImportCost(seconds=result["seconds"], rss_mb=result["rss_kb"] / 1024)


def rows(runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="vismanet-bench-pycache-") as pycache:
        env = child_env(pycache)
        return _rows(runs, env) + cli_start_rows(runs, env)


def _console_script() -> list[str]:
    """The installed ``vismanet`` script next to this interpreter, else its equivalent."""
    script = os.path.join(os.path.dirname(sys.executable), "vismanet")
    if os.path.isfile(script):
        return [sys.executable, script]
    return [sys.executable, "-c", "import sys; from vismanet_ext.cli import main; sys.exit(main())"]


def _process_seconds(command: list[str], runs: int, env: dict[str, str]) -> float:
    """Median wall time of the whole process (start-up, imports, work, exit), after one warm-up run."""
    import time

    samples = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        run = subprocess.run(command, check=False, capture_output=True, env=env, timeout=120)
        samples.append(time.perf_counter() - started)
        if run.returncode != 0:
            raise RuntimeError(f"{command} exited {run.returncode}: {run.stderr[-2000:]!r}")
    return statistics.median(samples[1:])


def cli_start_rows(runs: int, env: dict[str, str]) -> list[Row]:
    floor = _process_seconds([sys.executable, "-c", "pass"], runs * 2, env)
    out = []
    for flag in ("--version", "--help"):
        seconds = _process_seconds([*_console_script(), flag], runs * 2, env)
        out.append(
            Row.measured(
                f"`vismanet {flag}`: wall time of the whole process (median of {runs * 2})",
                f"{seconds * 1000:.0f} ms",
                f"`python -c pass` {floor * 1000:.0f} ms",
                seconds / floor,
                "within 2x of `python -c pass`",
                lambda r: r <= 2.0,
            )
        )
    return out


def _rows(runs: int, env: dict[str, str]) -> list[Row]:
    floor = measure(FLOOR, runs, env)
    eager = measure(EAGER, runs, env)
    out = []
    for label, statement in (
        ("one operation module", ONE_OPERATION),
        ("`import vismanet_ext`", EXT),
        ("`from vismanet_ext import VismaNet`", EXT_CLIENT),
    ):
        cost = measure(statement, runs, env)
        out.append(
            Row.measured(
                f"import {label}: wall time (fresh interpreter, median of {runs})",
                _ms(cost),
                f"floor `{FLOOR}` {_ms(floor)}; eager models {_ms(eager)}",
                cost.seconds / floor.seconds,
                "within 2x of the floor",
                lambda r: r <= 2.0,
            )
        )
        out.append(
            Row.measured(
                f"import {label}: peak RSS",
                f"{cost.rss_mb:.1f} MB",
                f"floor {floor.rss_mb:.1f} MB; eager models {eager.rss_mb:.1f} MB",
                cost.rss_mb / floor.rss_mb,
                "within 2x of the floor",
                lambda r: r <= 2.0,
            )
        )
    return out


def _ms(cost: ImportCost) -> str:
    return f"{cost.seconds * 1000:.0f} ms"
