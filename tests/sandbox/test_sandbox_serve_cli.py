"""`vismanet sandbox serve` as a subprocess: options and VISMANET_SANDBOX_* variables,
flags over variables, and every bad value a usage error (exit 2) before anything starts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from vismanet_ext.sandbox import Sandbox

CLI = [sys.executable, "-m", "vismanet_ext.cli", "sandbox", "serve", "--port", "0", "-q"]


def _env(**extra: str) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if not k.startswith("VISMANET_")}
    out.update(extra)
    return out


@contextmanager
def serving(*flags: str, **variables: str) -> Iterator[str]:
    proc = subprocess.Popen([*CLI, *flags], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_env(**variables))
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), (url, proc.stderr.read() if proc.stderr else "")
        yield url
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            assert proc.wait(timeout=20) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def _token(client: httpx.Client, tenant: str = "sandbox-tenant") -> dict[str, str]:
    reply = client.post("/connect/token", data={"grant_type": "client_credentials", "client_id": "sandbox",
                                                "client_secret": "sandbox", "tenant_id": tenant})
    assert reply.status_code == 200, reply.text
    return {"Authorization": f"Bearer {reply.json()['access_token']}"}


def test_flags_set_sizes_seed_quota_and_latency() -> None:
    with serving("--sizes", "customer=7,Branch=3", "--seed", "5", "--rate-limit", "4", "--rate-window", "60",
                 "--latency", "0.01") as url, httpx.Client(base_url=url, timeout=10) as client:
        headers = _token(client)
        customers = client.get("/v1/customer", headers=headers)
        branches = client.get("/v1/branch", headers=headers)
        assert customers.status_code == 200 and customers.headers["X-RateLimit-Limit"] == "4"
        assert customers.json()[0]["metadata"]["totalCount"] == 7
        assert len(branches.json()) == 3
        assert customers.json()[0]["name"] == Sandbox(seed=5, sizes={"customer": 7}).records("customer")[0]["name"]
        assert int(branches.headers["X-RateLimit-Reset"]) <= 60
        client.get("/v1/customer/10001", headers=headers)
        client.get("/v1/customer/10001", headers=headers)
        assert client.get("/v1/customer/10001", headers=headers).status_code == 429


def test_variables_and_flags_over_variables() -> None:
    variables = {"VISMANET_SANDBOX_SIZES": "customer=9", "VISMANET_SANDBOX_SEED": "2",
                 "VISMANET_SANDBOX_RATE_LIMIT": "test", "VISMANET_SANDBOX_LATENCY": "0.001",
                 "VISMANET_SANDBOX_TENANTS": "a,b"}
    with serving("--rate-limit", "production", **variables) as url, \
            httpx.Client(base_url=url, timeout=10) as client:
        reply = client.get("/v1/customer", headers=_token(client, "b"))
        assert reply.headers["X-RateLimit-Limit"] == "15000"
        assert reply.json()[0]["metadata"]["totalCount"] == 9
        expected = Sandbox(seed=2, sizes={"customer": 9}, tenants=["a", "b"]).tenant("b").records("customer")
        assert reply.json()[0]["name"] == expected[0]["name"]
        assert client.get("/v1/customer", headers=_token(client, "a")).status_code == 200


@pytest.mark.parametrize(("flags", "variables", "named"), [
    (["--latency", "-1"], {}, "--latency"),
    (["--latency", "nan"], {}, "--latency"),
    (["--latency", "inf"], {}, "--latency"),
    (["--seed", "-3"], {}, "--seed"),
    (["--seed", "x"], {}, "--seed"),
    (["--rate-limit", "0"], {}, "--rate-limit"),
    (["--rate-limit", "fast"], {}, "--rate-limit"),
    (["--rate-window", "0"], {}, "--rate-window"),
    (["--sizes", "customer=-1"], {}, "--sizes"),
    (["--sizes", "nosuch=3"], {}, "--sizes"),
    (["--tenants", "a,a"], {}, "--tenants"),
    ([], {"VISMANET_SANDBOX_LATENCY": "-1"}, "VISMANET_SANDBOX_LATENCY"),
    ([], {"VISMANET_SANDBOX_LATENCY": "nan"}, "VISMANET_SANDBOX_LATENCY"),
    ([], {"VISMANET_SANDBOX_SEED": "-1"}, "VISMANET_SANDBOX_SEED"),
    ([], {"VISMANET_SANDBOX_RATE_LIMIT": "-5"}, "VISMANET_SANDBOX_RATE_LIMIT"),
    ([], {"VISMANET_SANDBOX_SIZES": "customer"}, "VISMANET_SANDBOX_SIZES"),
])
def test_bad_values_are_usage_errors(flags: list[str], variables: dict[str, str], named: str) -> None:
    done = subprocess.run([*CLI, *flags], capture_output=True, text=True, env=_env(**variables), timeout=30,
                          check=False)
    assert done.returncode == 2, done.stderr
    assert named in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
