"""Authentication as `httpx.Auth` flows: a static bearer token, or OAuth2 client credentials.

`ClientCredentials` makes its token request **through the same httpx client** (it yields the token
request from the auth flow, like httpx's DigestAuth yields its challenge round-trip). So whatever
transport the client has is used for the token too: the real network, a loopback test server or the
sandbox's in-process ``transport()``; no second client, nothing extra to close. The token request is
marked with the request extensions ``vismanet_token_request``, ``vismanet_idempotent`` (the retry
transport may resend it) and ``vismanet_no_rate_limit`` (connect.visma.com does not count against the
ERP quota), and carries its own timeout (`token_timeout`) because it is built outside the client.

Token lifetime: a token is reused until ``expires_in - expiry_skew`` seconds after it was requested
(the skew is capped at half the lifetime). Concurrent callers share one token request: a
`threading.Lock` serialises the sync flow, an `asyncio.Lock` (one per event loop) the async flow.
On a 401 from the API the token is dropped, refreshed once (again shared by concurrent callers) and the
request resent once if its body is replayable; a second 401 is returned to the caller.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Sequence
from dataclasses import dataclass

import httpx

from . import _redact
from .errors import ApiError, AuthenticationError, InvalidArgument, error_from_response
from .transports import extensions
from .transports.retry import request_is_replayable

__all__ = [
    "DEFAULT_SCOPE",
    "DEFAULT_SCOPES",
    "DEFAULT_TOKEN_URL",
    "BearerToken",
    "ClientCredentials",
]

DEFAULT_TOKEN_URL = "https://connect.visma.com/connect/token"
DEFAULT_SCOPES: tuple[str, ...] = (
    "vismanet_erp_service_api:read",
    "vismanet_erp_service_api:create",
    "vismanet_erp_service_api:update",
    "vismanet_erp_service_api:delete",
)
DEFAULT_SCOPE = " ".join(DEFAULT_SCOPES)
_DEFAULT_EXPIRES_IN = 3600.0
_LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
# Special-use names (RFC 6761/6762) that never reach a public server; the sandbox lives at
# http://sandbox.vismanet.local, so plain http is accepted for these too.
_LOCAL_SUFFIXES = (".localhost", ".local", ".test", ".invalid", ".example")


def _require_text(name: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgument(f"{name} must be a non-empty string")
    if any(c in value for c in "\r\n"):
        raise InvalidArgument(f"{name} must not contain line breaks")
    return value


class BearerToken(httpx.Auth):
    """A fixed access token, sent as ``Authorization: Bearer <token>`` on every request."""

    def __init__(self, token: str) -> None:
        self._token = _require_text("token", token)
        _redact.register_secret(self._token)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return "BearerToken(token=***)"


@dataclass(frozen=True, slots=True)
class _Token:
    value: str
    expires_at: float  # on the auth object's clock


class ClientCredentials(httpx.Auth):
    """OAuth2 client-credentials flow against Visma Connect (see the module docs for the mechanics).

    `scope` is a space-separated string or a sequence of scopes; `clock` (monotonic seconds) is
    injectable for tests. The client secret and tokens never appear in ``repr()``, exceptions or logs.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        tenant_id: str,
        *,
        scope: str | Sequence[str] = DEFAULT_SCOPE,
        token_url: str = DEFAULT_TOKEN_URL,
        expiry_skew: float = 60.0,
        token_timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client_id = _require_text("client_id", client_id)
        self._client_secret = _require_text("client_secret", client_secret)
        self._tenant_id = _require_text("tenant_id", tenant_id)
        self._scope = _normalise_scope(scope)
        self._token_url = _check_token_url(token_url)
        for name, value in (("expiry_skew", expiry_skew), ("token_timeout", token_timeout)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
                raise InvalidArgument(f"{name} must be a number >= 0, got {value!r}")
        if token_timeout == 0:
            raise InvalidArgument("token_timeout must be > 0")
        self._expiry_skew = float(expiry_skew)
        self._token_timeout = float(token_timeout)
        self._clock = clock
        self._token: _Token | None = None
        self._state_lock = threading.Lock()  # guards _token and _async_locks; never held across I/O
        self._sync_lock = threading.Lock()  # one sync token request at a time
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        _redact.register_secret(self._client_secret)

    @property
    def client_id(self) -> str:
        return self._client_id

    @property
    def tenant_id(self) -> str:
        return self._tenant_id

    @property
    def scope(self) -> str:
        return self._scope

    @property
    def token_url(self) -> str:
        return self._token_url

    def __repr__(self) -> str:
        return (
            f"ClientCredentials(client_id={self._client_id!r}, tenant_id={self._tenant_id!r}, "
            f"token_url={self._token_url!r}, scope={self._scope!r}, client_secret=***)"
        )

    def invalidate(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        with self._state_lock:
            self._token = None

    # -- flows -----------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._valid_token()
        if token is None:
            token = yield from self._sync_fetch(stale=None)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code != 401 or not request_is_replayable(request):
            return
        self._drop(token)
        token = yield from self._sync_fetch(stale=token)
        request.headers["Authorization"] = f"Bearer {token}"
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._valid_token()
        if token is None:
            async with self._async_lock():
                token = self._valid_token()
                if token is None:
                    started = self._clock()
                    token_response = yield self._token_request()
                    await token_response.aread()
                    token = self._accept(token_response, started)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code != 401 or not request_is_replayable(request):
            return
        stale = token
        self._drop(stale)
        async with self._async_lock():
            fresh = self._valid_token()
            if fresh is None or fresh == stale:
                started = self._clock()
                token_response = yield self._token_request()
                await token_response.aread()
                fresh = self._accept(token_response, started)
        request.headers["Authorization"] = f"Bearer {fresh}"
        yield request

    # -- helpers ---------------------------------------------------------------------------

    def _sync_fetch(self, stale: str | None) -> Generator[httpx.Request, httpx.Response, str]:
        """A valid token other than `stale`, requesting one unless another thread just did."""
        with self._sync_lock:
            token = self._valid_token()
            if token is not None and token != stale:
                return token
            started = self._clock()
            response = yield self._token_request()
            response.read()
            return self._accept(response, started)

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    def _valid_token(self) -> str | None:
        token = self._token
        if token is None or self._clock() >= token.expires_at:
            return None
        return token.value

    def _drop(self, value: str) -> None:
        """Forget `value` if it is still the cached token (a concurrent refresh may have replaced it)."""
        with self._state_lock:
            if self._token is not None and self._token.value == value:
                self._token = None

    def _token_request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            self._token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": self._client_id,
                "client_secret": self._client_secret,
                "tenant_id": self._tenant_id,
                "scope": self._scope,
            },
            headers={"Accept": "application/json"},
            extensions={
                "timeout": httpx.Timeout(self._token_timeout).as_dict(),
                extensions.TOKEN_REQUEST: True,
                extensions.IDEMPOTENT: True,
                extensions.NO_RATE_LIMIT: True,
            },
        )

    def _accept(self, response: httpx.Response, started: float) -> str:
        """Cache and return the token from a token-endpoint response, or raise."""
        if not response.is_success:
            cls: type[ApiError] | None = None
            if 400 <= response.status_code < 500 and response.status_code != 429:
                cls = AuthenticationError
            error = error_from_response(response, error_class=cls)
            hint = token_error_hint(error.fault_code, self._client_id, self._scope)
            if hint:  # invalid_scope / invalid_client: what was asked for and how to change it (shown in tracebacks)
                error.add_note(hint)
            raise error
        try:
            data = json.loads(response.content)
        except ValueError:
            data = None
        value = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(value, str) or not value:
            raise AuthenticationError(
                status_code=response.status_code,
                message="the token endpoint answered without an access_token",
                method="POST",
                url=self._token_url,
            )
        _redact.register_secret(value)
        assert isinstance(data, dict)
        expires_in = _expires_in(data.get("expires_in"))
        skew = min(self._expiry_skew, expires_in / 2)
        token = _Token(value=value, expires_at=started + expires_in - skew)
        with self._state_lock:
            self._token = token
        return value


def token_error_hint(code: str | None, client_id: str, scope: str) -> str:
    """What to change after the token endpoint refused the scopes or the client (the secret is never shown)."""
    if code == "invalid_scope":
        return (
            f"The token request for client_id {client_id!r} asked for the scopes {scope!r}; the app registration "
            "may be granted fewer (a read-only integration gets only vismanet_erp_service_api:read). Ask for what "
            "you use with scopes= (or VISMANET_SCOPES), or add the scopes to the app in the Visma Developer Portal"
        )
    if code in ("invalid_client", "unauthorized_client"):
        return (
            f"The token endpoint did not accept client_id {client_id!r} (scopes {scope!r}): check client_id= and "
            "client_secret= (VISMANET_CLIENT_ID, VISMANET_CLIENT_SECRET) against the app in the Visma Developer "
            "Portal, and that the app may use the client-credentials flow with these scopes (scopes=, VISMANET_SCOPES)"
        )
    return ""


def _expires_in(raw: object) -> float:
    try:
        value = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return _DEFAULT_EXPIRES_IN
    return value if value > 0 else _DEFAULT_EXPIRES_IN


def _normalise_scope(scope: str | Sequence[str]) -> str:
    if isinstance(scope, str):
        parts = scope.split()
    elif isinstance(scope, Sequence) and all(isinstance(s, str) for s in scope):
        parts = [p for s in scope for p in s.split()]
    else:
        raise InvalidArgument("scope must be a string or a sequence of strings")
    if not parts:
        raise InvalidArgument("scope must name at least one scope")
    return " ".join(parts)


def _check_token_url(token_url: str) -> str:
    _require_text("token_url", token_url)
    try:
        url = httpx.URL(token_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidArgument(f"token_url is not a valid URL: {exc}") from None
    if url.userinfo:
        # Credentials travel in the form body; a user:password@ here would be logged and shown in repr().
        raise InvalidArgument("token_url must not contain credentials (user:password@host)")
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidArgument(f"token_url must be an absolute http(s) URL, got {_redact.scrub(token_url)!r}")
    host = url.host.lower()
    if url.scheme == "http" and host not in _LOOPBACK_HOSTS and not host.endswith(_LOCAL_SUFFIXES):
        raise InvalidArgument(
            "token_url must use https (plain http would expose the client secret); "
            "http is only accepted for loopback and special-use local hosts (.local, .test, ...)"
        )
    return str(url)
