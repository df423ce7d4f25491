"""VISMANET_LOG turns on the SDK's logging without code; each retry's number is in its line.

Each case runs in a fresh interpreter (logging is process-wide) against the in-process sandbox, whose
next two answers are 503s, so the client retries twice before the 200.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from vismanet_ext import _log_env

from .conftest import REPO

SCRIPT = """
from vismanet_ext import VismaNet, RetryPolicy
vn = VismaNet.sandbox(sandbox={"sizes": {"customer": 2}}, retry=RetryPolicy(max_attempts=4, backoff_base=0, jitter=0))
vn.call("GET /v1/customer")
vn.sandbox_server.faults.fail_next(2, status=503)
print(len(vn.call("GET /v1/customer").value))
"""


def _run(value: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "VISMANET_LOG"}
    if value is not None:
        env["VISMANET_LOG"] = value
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), str(REPO / "generated"), env.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60,
                          check=False)  # fmt: skip


def test_debug_shows_every_request_and_each_retry_number() -> None:
    run = _run("debug")
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "2"
    lines = run.stderr.splitlines()
    retries = [line for line in lines if "503 Service Unavailable; retry" in line]
    assert [("retry 1 of 3" in r, "retry 2 of 3" in r) for r in retries] == [(True, False), (False, True)]
    assert all(" WARNING vismanet: GET http://sandbox.vismanet.local/v1/customer" in r for r in retries)
    assert any("DEBUG vismanet: GET http://sandbox.vismanet.local/v1/customer -> 200" in line and "(retries=2)" in line
               for line in lines)  # fmt: skip
    assert not any("Bearer" in line or "client_secret=sandbox" in line for line in lines)


def test_info_shows_retries_but_not_each_request() -> None:
    run = _run("INFO")
    assert run.returncode == 0, run.stderr
    assert sum("; retry " in line for line in run.stderr.splitlines()) == 2
    assert "-> 200" not in run.stderr


def test_unset_prints_nothing() -> None:
    run = _run(None)
    assert run.returncode == 0 and run.stderr == ""


def test_unknown_value_warns_and_is_ignored() -> None:
    run = _run("verbose")
    assert run.returncode == 0
    assert "RuntimeWarning: VISMANET_LOG='verbose' is not one of debug, info, warning, error; ignored" in run.stderr
    assert "; retry " not in run.stderr


def test_an_applications_own_handler_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("vismanet")
    saved = (logger.level, list(logger.handlers))
    mine = logging.Handler()
    logger.addHandler(mine)
    try:
        monkeypatch.setattr(_log_env, "_applied", None)
        assert _log_env.configure_from_env({"VISMANET_LOG": "debug"}) == logging.DEBUG
        assert logger.level == logging.DEBUG
        assert not any(isinstance(h, _log_env._EnvHandler) for h in logger.handlers)  # no second printer
    finally:
        logger.setLevel(saved[0])
        logger.handlers[:] = saved[1]
