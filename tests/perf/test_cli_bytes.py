"""`vismanet export` writes the same bytes with orjson, with VISMANET_JSON=stdlib and without orjson installed.

Served over real HTTP on loopback: a page whose JSON holds what orjson and the stdlib treat differently
(non-ASCII and control characters, floats below 1e-4 and in exponent form, integers beyond 64 bits, NaN and
Infinity). The reference is the stdlib's ``json.dumps`` of each record without Visma's paging ``metadata``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from vn_loopback import Loopback, Reply, Seen

PAGE = (
    '[{"internalId":1,"name":"Ærøskøbing Ünïcødé 日本 😀","note":"tab\\there\\u0001\\u2028","amount":1e-05,'
    '"small":0.00012,"tiny":9.5e-05,"big":123456789012345678901234567890,"neg":-9223372036854775809,'
    '"u64":18446744073709551615,"f":[0.1,1e16,1.5e300,-0.0,5e-324,2.5,225662.37],"nested":{"a":null,"b":true},'
    '"metadata":{"totalCount":3}},'
    '{"internalId":2,"nan":NaN,"inf":-Infinity,"e":1E400,"metadata":{"totalCount":3}},'
    '{"internalId":3,"name":"plain","list":[],"metadata":{"totalCount":3}}]'
).encode()

CHILD = """
import sys
if sys.argv[1] == "without-orjson":
    sys.modules["orjson"] = None  # as if not installed
from vismanet_ext import _json
from vismanet_ext.cli import main
code = main(sys.argv[2:])
sys.stderr.write(f"\\nbackend={_json.BACKEND}\\n")
sys.exit(code)
"""


@pytest.fixture
def server() -> Iterator[Loopback]:
    loopback = Loopback()

    def listing(seen: Seen) -> Reply:
        body = PAGE if seen.query.get("pageNumber", "1") == "1" else b"[]"
        return Reply(200, body, {"Content-Type": "application/json; charset=utf-8"})

    loopback.route("GET", "/v1/customer", listing)
    try:
        yield loopback
    finally:
        loopback.close()


def _export(server: Loopback, out: Path | None, mode: str, env: dict[str, str]) -> tuple[str, bytes]:
    """(the backend the child used, the bytes written to --out or, without one, to stdout)."""
    arguments = ["export", "customer", "--base-url", server.base_url, "--token", "t", "--quiet"]
    arguments += ["--out", str(out)] if out is not None else []
    run = subprocess.run(
        [sys.executable, "-c", CHILD, mode, *arguments], check=False, capture_output=True, env=env, timeout=120
    )
    assert run.returncode == 0, run.stderr
    backend = run.stderr.decode().strip().splitlines()[-1]
    return backend, out.read_bytes() if out is not None else run.stdout


def expected_bytes() -> bytes:
    records = json.loads(PAGE)
    for record in records:
        del record["metadata"]
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records).encode()


def test_export_writes_the_same_bytes_with_and_without_orjson(server: Loopback, tmp_path: Path) -> None:
    base = {k: v for k, v in os.environ.items() if k != "VISMANET_JSON"}
    variants = {
        "orjson": ("with-orjson", base),
        "stdlib": ("with-orjson", {**base, "VISMANET_JSON": "stdlib"}),
        "without": ("without-orjson", base),
    }
    written: dict[str, bytes] = {}
    for name, (mode, env) in variants.items():
        for where in ("file", "stdout"):
            out = tmp_path / f"{name}.jsonl" if where == "file" else None
            backend, written[f"{name} {where}"] = _export(server, out, mode, {**env, "PYTHONIOENCODING": "utf-8"})
            assert backend == ("backend=orjson" if name == "orjson" else "backend=stdlib")
    expected = expected_bytes()
    assert b'"amount":1e-05' in expected and b'"nan":NaN' in expected and b"123456789012345678901234567890" in expected
    assert "Ærøskøbing Ünïcødé 日本 😀".encode() in expected and b"\\u0001" in expected
    assert written == dict.fromkeys(written, expected) and len(written) == 6
