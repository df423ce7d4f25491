"""No credential in any log line, exception text, repr, output or state file (issue 12, item 7).

A scripted loopback server plays a hostile Visma: its token endpoint and API echo the client secret, the
token and the Authorization header back in bodies, ``WWW-Authenticate`` and ``Set-Cookie`` headers, and
it fails in every way the client meets (401, 403, 500, a dropped connection, a refused token request).
The library and the CLI run in subprocesses with the root logger at DEBUG, so httpx's INFO lines and
httpcore's raw header dumps are captured too, and everything they print is searched for the secrets.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from ._subproc import env, run

CLIENT_SECRET = "Xq7-sh0rt!"  # 10 characters: shorter than the old 12-character registration floor
TOKEN = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.sig-0123456789"
COOKIE = "sessid-77f1e2d3c4b5a697"
URL_PASSWORD = "urlpass-5566"
SECRETS = (CLIENT_SECRET, TOKEN, COOKIE, URL_PASSWORD)

CUSTOMERS = [
    {"internalId": i, "number": f"1000{i}", "name": f"Customer {i}",
     "lastModifiedDateTime": f"2025-06-0{i}T10:00:00.000", "metadata": {"totalCount": 3, "maxPageSize": 1000}}
    for i in range(1, 4)
]


class _Hostile(BaseHTTPRequestHandler):
    mode = "ok"  # class attribute: set by the test between runs
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Set-Cookie", f"session={COOKIE}; HttpOnly")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        form = self.rfile.read(length).decode()
        if self.mode == "token-refused":
            self._send(400, {"error": "invalid_client",
                             "error_description": f"client secret {CLIENT_SECRET} is not valid ({form})"},
                       {"WWW-Authenticate": f'Basic realm="connect", secret="{CLIENT_SECRET}"'})
            return
        self._send(200, {"access_token": TOKEN, "token_type": "Bearer", "expires_in": 3600})

    def do_GET(self) -> None:
        auth = self.headers.get("Authorization", "")
        if self.mode == "401":
            self._send(401, {"message": f"token {auth} has expired"},
                       {"WWW-Authenticate": f'Bearer error="invalid_token", token="{TOKEN}"'})
        elif self.mode == "403":
            self._send(403, {"message": f"Authorization: {auth} lacks the scope"})
        elif self.mode == "500":
            self._send(500, {"ExceptionMessage": f"internal error handling {auth}", "ExceptionType": "X"})
        elif self.mode == "drop":
            self.close_connection = True
            self.connection.close()
        else:
            self._send(200, CUSTOMERS)


@pytest.fixture(scope="module")
def hostile() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _assert_clean(where: str, text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaked in {where}:\n{text}"


MODES = ["ok", "401", "403", "500", "drop", "token-refused"]

_LIBRARY = """
import io, logging, sys, traceback
log = io.StringIO()
logging.basicConfig(level=logging.DEBUG, stream=log, format="%(name)s %(levelname)s %(message)s")
from vismanet_ext import VismaNet
from vismanet_ext.transports import RetryPolicy
base, token_url, secret = sys.argv[1], sys.argv[2], sys.argv[3]
out = []
with VismaNet(base_url=base, client_id="isv_test", client_secret=secret, tenant_id="tenant-1",
              token_url=token_url, retry=RetryPolicy(max_attempts=1)) as vn:
    out.append(repr(vn)); out.append(repr(vn.http.auth))
    try:
        r = vn.call("GET /v1/customer")
        out.append(repr(r)); out.append(str(r.json()))
    except Exception as e:
        out.append(str(e)); out.append(repr(e))
        out.append("".join(traceback.format_exception(e)))
        out.append(repr(vars(e)))
print("\\n".join(out))
print("=== LOG ===")
print(log.getvalue())
"""


@pytest.mark.parametrize("mode", MODES)
def test_library_at_debug_leaks_nothing(hostile: str, mode: str) -> None:
    import subprocess

    _Hostile.mode = mode
    token_url = hostile + "/connect/token"
    p = subprocess.run([sys.executable, "-c", _LIBRARY, hostile, token_url, CLIENT_SECRET], check=False,
                       capture_output=True, text=True, env=env(), timeout=60)
    assert p.returncode == 0, p.stderr
    log = p.stdout.split("=== LOG ===", 1)[1]
    assert "httpcore" in log and "HTTP Request" in log  # really at DEBUG, third-party loggers included
    if mode in ("ok", "401", "403", "500"):
        assert "set-cookie" in log.lower()  # httpcore printed the raw response headers...
    _assert_clean(f"library output ({mode})", p.stdout + p.stderr)  # ...and nothing secret in them


@pytest.mark.parametrize("mode", MODES)
def test_cli_at_debug_leaks_nothing(hostile: str, mode: str, tmp_path: Path) -> None:
    _Hostile.mode = mode
    out, state = tmp_path / "customers.jsonl", tmp_path / "sync.json"
    environ = env(
        VISMANET_BASE_URL=hostile,
        VISMANET_CLIENT_ID="isv_test",
        VISMANET_CLIENT_SECRET=CLIENT_SECRET,
        VISMANET_TENANT_ID="tenant-1",
        VISMANET_TOKEN_URL=hostile + "/connect/token",
    )
    r = run("export", "customer", "--debug", "--retries", "0", "--state", str(state), "-o", str(out),
            environ=environ)
    assert r.returncode == (0 if mode == "ok" else 1), r.stderr
    assert "httpcore" in r.stderr  # --debug really shows the third-party loggers
    files = "".join(p.read_text(errors="replace") for p in tmp_path.iterdir())
    if mode == "ok":
        assert len(out.read_text().splitlines()) == 3 and state.exists()
    _assert_clean(f"CLI ({mode})", r.stdout + r.stderr + files)


def test_credentials_in_urls_are_refused_without_echoing_them(hostile: str) -> None:
    from vismanet_ext import VismaNet
    from vismanet_ext.errors import InvalidArgument

    with_password = hostile.replace("http://", f"http://svc:{URL_PASSWORD}@")
    for kwargs in ({"base_url": with_password, "token": TOKEN},
                   {"base_url": hostile, "client_id": "c", "client_secret": CLIENT_SECRET, "tenant_id": "t",
                    "token_url": with_password + "/connect/token"}):
        with pytest.raises(InvalidArgument) as caught:
            VismaNet(**kwargs)
        _assert_clean("InvalidArgument", str(caught.value) + repr(caught.value))
    r = run("export", "customer", "--debug", environ=env(VISMANET_BASE_URL=hostile, VISMANET_TOKEN=TOKEN,
                                                        VISMANET_TOKEN_URL=with_password + "/connect/token"))
    r2 = run("export", "customer", "--debug", "--base-url", with_password, "--token", TOKEN)
    assert r2.returncode == 2 and "credentials" in r2.stderr
    _assert_clean("CLI refusing URL credentials", r.stdout + r.stderr + r2.stdout + r2.stderr)


def test_httpx_info_line_never_shows_a_url_password() -> None:
    import logging

    import httpx

    import vismanet_ext.client  # noqa: F401 - importing the client installs the filters

    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    logger = logging.getLogger("httpx")
    keep, level = Keep(), logger.level
    logger.addHandler(keep)
    logger.setLevel(logging.INFO)
    try:
        transport = httpx.MockTransport(lambda request: httpx.Response(200))
        with httpx.Client(transport=transport) as c:
            c.get(f"http://svc:{URL_PASSWORD}@example.test/x")
    finally:
        logger.removeHandler(keep)
        logger.setLevel(level)
    assert records and all(URL_PASSWORD not in m for m in records), records
    assert "[REDACTED]@example.test" in records[0]


def test_cli_with_a_token_file_and_an_echoing_401(hostile: str, tmp_path: Path) -> None:
    _Hostile.mode = "401"
    f = tmp_path / "token"
    f.write_text(TOKEN + "\n")
    r = run("get", "customer", "10001", "--debug", "--base-url", hostile, "--token-file", str(f), "--retries", "0")
    assert r.returncode == 1 and "401" in r.stderr
    _assert_clean("CLI with --token-file", r.stdout + r.stderr)


def test_short_secret_rule() -> None:
    from vismanet_ext import _redact

    _redact.register_secret("Pw-4u2")  # short, but could be real: hidden where it stands alone
    _redact.register_secret("sandbox")  # a plain word: never a generated credential, not registered
    assert _redact.scrub("secret Pw-4u2 rejected; id=Pw-4u2") == "secret [REDACTED] rejected; id=[REDACTED]"
    assert _redact.scrub("xPw-4u2y and Pw-4u2.5") == "xPw-4u2y and Pw-4u2.5"  # part of a longer word
    assert _redact.scrub("http://sandbox.vismanet.local, the sandbox") == "http://sandbox.vismanet.local, the sandbox"
    assert _redact.scrub("https://me:pa55word@host/x") == "https://[REDACTED]@host/x"
    assert _redact.scrub("(b'Set-Cookie', b'a=b'), (b'Content-Type', b'x')") == (
        "(b'Set-Cookie', b'[REDACTED]'), (b'Content-Type', b'x')"
    )
