"""A sandbox served over loopback from its own process, for the benchmarks that go over the wire.

The server runs in a child process so that its CPU time (building pages, encoding JSON) never counts as the
SDK's and never competes with the client for the GIL. The parent side is :class:`SandboxProcess`; the child
side is :func:`main` (``python _server.py CONFIG_JSON``). The child prints one JSON line when it is ready
(``base_url``, ``token``), answers ``stats`` on stdin with what it saw, and exits when stdin closes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class ServerConfig:
    """What the child sandbox looks like.

    ``rate_per_second`` sets the sandbox's per-company quota to that many calls in fixed one-second windows
    (429 with Retry-After beyond it). ``warm`` lists resources read once, page by page, before the server
    reports ready, so that benchmarks measure the client rather than the sandbox building records the
    first time.
    """

    sizes: dict[str, int] = field(default_factory=dict)
    latency: float = 0.0
    rate_per_second: int | None = None
    warm: tuple[str, ...] = ()
    #: The quota window in seconds (``rate_per_second`` calls per window); 1 unless a benchmark says otherwise.
    rate_window: float = 1.0
    seed: int = 1

    def to_json(self) -> str:
        return json.dumps(
            {
                "sizes": self.sizes,
                "latency": self.latency,
                "rate_per_second": self.rate_per_second,
                "rate_window": self.rate_window,
                "warm": list(self.warm),
                "seed": self.seed,
            }
        )


@dataclass(frozen=True)
class ServerStats:
    """What the server saw: every API request's arrival time (monotonic seconds) and response status."""

    arrivals: list[float]
    statuses: list[int]

    def count(self, status: int) -> int:
        return sum(1 for s in self.statuses if s == status)


class SandboxProcess:
    """Start a sandbox in a child process; ``base_url`` and ``token`` once started. A context manager."""

    def __init__(self, config: ServerConfig, *, start_timeout: float = 300.0) -> None:
        self.config = config
        self._start_timeout = start_timeout
        self._proc: subprocess.Popen[str] | None = None
        self.base_url = ""
        self.token = ""

    def __enter__(self) -> Self:
        self._proc = subprocess.Popen(
            [sys.executable, str(HERE / "_server.py"), self.config.to_json()],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        ready = self._read_line(self._start_timeout)
        self.base_url, self.token = ready["base_url"], ready["token"]
        return self

    def stats(self) -> ServerStats:
        proc = self._running()
        assert proc.stdin is not None
        proc.stdin.write("stats\n")
        proc.stdin.flush()
        answer = self._read_line(60.0)
        return ServerStats(arrivals=answer["arrivals"], statuses=answer["statuses"])

    def set_latency(self, seconds: float) -> None:
        """Change the server's latency per request from now on (one process serves every variant of a row)."""
        proc = self._running()
        assert proc.stdin is not None
        proc.stdin.write(f"latency {seconds}\n")
        proc.stdin.flush()
        self._read_line(60.0)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        proc = self._proc
        if proc is None:
            return
        self._proc = None
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()

    def _running(self) -> subprocess.Popen[str]:
        if self._proc is None:
            raise RuntimeError("the sandbox process is not running")
        return self._proc

    def _read_line(self, timeout: float) -> dict[str, Any]:
        proc = self._running()
        assert proc.stdout is not None
        line: list[str] = []
        reader = threading.Thread(target=lambda: line.append(proc.stdout.readline() if proc.stdout else ""))
        reader.start()
        reader.join(timeout)
        if reader.is_alive() or not line or not line[0]:
            proc.kill()
            raise RuntimeError(f"the sandbox process did not answer within {timeout:.0f} s (exit {proc.poll()})")
        result: dict[str, Any] = json.loads(line[0])
        return result


def main(argv: list[str]) -> int:
    from vismanet_ext.sandbox import Sandbox, SandboxRequest, SandboxResponse

    config = json.loads(argv[0])
    # The sandbox models Visma's hourly quota; a benchmark needs the same policy per second.
    sandbox = Sandbox(
        seed=config["seed"], sizes=config["sizes"], rate_limit=config["rate_per_second"],
        rate_window=config.get("rate_window", 1.0),
    )
    warm(sandbox, config["warm"])
    sandbox.faults.latency = config["latency"]

    arrivals: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()
    handle = sandbox.handle

    def observed(request: SandboxRequest) -> SandboxResponse:
        arrived = time.monotonic()
        response = handle(request)
        if "/connect/token" not in request.path:
            with lock:
                arrivals.append(arrived)
                statuses.append(response.status)
        return response

    sandbox.handle = observed  # type: ignore[method-assign]  # serve() dispatches through this attribute
    with sandbox, sandbox.serve(port=0) as base_url:
        print(json.dumps({"base_url": base_url, "token": sandbox.issue_token()}), flush=True)
        for command in sys.stdin:
            if command.strip() == "stats":
                with lock:
                    print(json.dumps({"arrivals": arrivals, "statuses": statuses}), flush=True)
            elif command.startswith("latency "):
                sandbox.faults.latency = float(command.split()[1])
                print(json.dumps({"latency": sandbox.faults.latency}), flush=True)
    return 0


def warm(sandbox: Any, resources: list[str]) -> None:
    """Read every page of each resource in-process, so the served pages come from the sandbox's cache."""
    if not resources:
        return
    with sandbox.client(headers=sandbox.auth_headers()) as client:
        for resource in resources:
            page = 1
            while True:
                response = client.get(f"/v1/{resource}", params={"pageSize": 1000, "pageNumber": page})
                response.raise_for_status()
                if len(response.json()) < 1000:
                    break
                page += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
