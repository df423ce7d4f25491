"""Many Visma.net companies from one app registration: one connection pool, one client per tenant.

An integrator's app is approved by many companies; Visma Connect hands out **one token per tenant**
(``tenant_id`` in the client-credentials request) and counts the quota **per company and client**
(500 calls/hour for test clients, 15,000 in production). So a :class:`Tenants` pool keeps, per tenant:

* its own :class:`~vismanet_ext.auth.ClientCredentials` (own token cache and lock): a tenant whose token
  request fails or is slow never blocks another tenant's requests;
* its own :class:`~vismanet_ext.transports.RateLimiter`, which follows the company's ``X-RateLimit-*``
  headers (and optionally caps calls client-side), shared by every thread and
  task that works for that tenant;
* its own logger, ``vismanet.tenant.<tenant id>`` (a child of ``vismanet``), and errors that carry
  ``tenant_id`` (attribute and exception note);

while all tenants share **one connection pool** (one ``httpx.HTTPTransport``, or the sandbox's
in-process transport): the pool is closed by the :class:`Tenants` object, never by a tenant's client.

::

    with Tenants(client_id="isv_...", client_secret="...", rate_limit="production") as tenants:
        vn = tenants.for_tenant("4f1b...")          # a VismaNet; the same object on every call
        for customer in vn.paginate("GET /v1/customer"):
            ...
        outcomes = tenants.map(lambda vn: vn.call("GET /v1/company").value, ["t1", "t2"], max_workers=4)

:class:`AsyncTenants` is the async twin (``AsyncVismaNet`` clients, ``await tenants.gather(...)``).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar

import httpx

from .auth import DEFAULT_SCOPE, DEFAULT_TOKEN_URL, ClientCredentials
from .client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, AsyncVismaNet, VismaNet
from .errors import InvalidArgument, VismaNetError
from .transports import (
    DEFAULT_RETRY_POLICY,
    AsyncLoggingTransport,
    LoggingTransport,
    RateLimiter,
    RetryPolicy,
    build_async_transport,
    build_transport,
)

__all__ = [
    "AsyncTenantClient",
    "AsyncTenants",
    "TenantClient",
    "TenantOutcome",
    "Tenants",
    "tenant_logger",
]

T = TypeVar("T")
#: What ``rate_limit=`` takes: None (no client-side cap: only the server's ``X-RateLimit-*`` headers are
#: followed), "test" / "production" (Visma's hourly quotas, headers followed too), ``(calls, per_seconds)``,
#: or a function making a fresh limiter for a tenant id.
RateLimitSpec = None | str | tuple[int, float] | Callable[[str], RateLimiter]

_PRESETS: dict[str, Callable[[], RateLimiter]] = {
    "test": RateLimiter.test_client,
    "production": RateLimiter.production,
}


def tenant_logger(tenant_id: str) -> logging.Logger:
    """``vismanet.tenant.<id>``: records name the tenant and still reach handlers on ``vismanet``."""
    return logging.getLogger("vismanet.tenant." + tenant_id.replace(".", "_"))


def _check_tenant_id(tenant_id: object) -> str:
    if not isinstance(tenant_id, str) or not tenant_id.strip() or any(c in tenant_id for c in "\r\n\x00"):
        raise InvalidArgument(f"tenant_id must be a non-empty single-line string, got {tenant_id!r}")
    return tenant_id.strip()


def _limiter_factory(rate_limit: RateLimitSpec, retry: RetryPolicy | None) -> Callable[[str], RateLimiter]:
    if rate_limit is None:
        policy = retry if retry is not None else DEFAULT_RETRY_POLICY
        return lambda tenant: RateLimiter.server_headers(max_wait=policy.max_rate_limit_wait)
    if isinstance(rate_limit, str):
        preset = _PRESETS.get(rate_limit)
        if preset is None:
            raise InvalidArgument(f"rate_limit must be 'test', 'production', (calls, seconds) or a function, "
                                  f"got {rate_limit!r}")
        return lambda tenant: preset()
    if isinstance(rate_limit, tuple):
        if len(rate_limit) != 2:
            raise InvalidArgument(f"rate_limit=(calls, per_seconds), got {rate_limit!r}")
        calls, per_seconds = rate_limit
        RateLimiter(calls, per_seconds)  # validate now, before any tenant is opened
        return lambda tenant: RateLimiter(calls, per_seconds)
    if callable(rate_limit):
        factory = rate_limit

        def checked(tenant: str) -> RateLimiter:
            limiter = factory(tenant)
            if not isinstance(limiter, RateLimiter):
                raise InvalidArgument(f"rate_limit({tenant!r}) must return a RateLimiter, got "
                                      f"{type(limiter).__name__}")
            return limiter

        return checked
    raise InvalidArgument(f"rate_limit must be None, 'test', 'production', (calls, seconds) or a function, "
                          f"got {rate_limit!r}")


def _name_tenant(error: VismaNetError, tenant_id: str) -> None:
    """Attach the tenant to an error once (attribute for code, note for tracebacks)."""
    if getattr(error, "tenant_id", None) is None:
        error.tenant_id = tenant_id  # type: ignore[attr-defined]
        error.add_note(f"tenant: {tenant_id}")


class TenantClient(VismaNet):
    """A :class:`VismaNet` bound to one tenant; errors it raises carry ``tenant_id``.

    Made by :meth:`Tenants.for_tenant`; closing it is harmless (the shared pool stays open).
    """

    tenant_id: str

    def send(self, prepared: Any, *, extensions: dict[str, Any] | None = None) -> httpx.Response:
        try:
            return super().send(prepared, extensions=extensions)
        except VismaNetError as error:
            _name_tenant(error, self.tenant_id)
            raise

    def __repr__(self) -> str:
        return f"TenantClient(tenant_id={self.tenant_id!r}, base_url={self.base_url!r})"


class AsyncTenantClient(AsyncVismaNet):
    """The async twin of :class:`TenantClient`."""

    tenant_id: str

    async def send(self, prepared: Any, *, extensions: dict[str, Any] | None = None) -> httpx.Response:
        try:
            return await super().send(prepared, extensions=extensions)
        except VismaNetError as error:
            _name_tenant(error, self.tenant_id)
            raise

    def __repr__(self) -> str:
        return f"AsyncTenantClient(tenant_id={self.tenant_id!r}, base_url={self.base_url!r})"


class _KeepOpen(httpx.BaseTransport):
    """The shared pool as one tenant's innermost transport: a tenant closing its client leaves it open."""

    def __init__(self, pool: httpx.BaseTransport) -> None:
        self.pool = pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.pool.handle_request(request)

    def close(self) -> None:
        """Owned by :class:`Tenants`."""


class _AsyncKeepOpen(httpx.AsyncBaseTransport):
    def __init__(self, pool: httpx.AsyncBaseTransport) -> None:
        self.pool = pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.pool.handle_async_request(request)

    async def aclose(self) -> None:
        """Owned by :class:`AsyncTenants`."""


@dataclass(frozen=True, slots=True)
class TenantOutcome(Generic[T]):
    """What :meth:`Tenants.map` got for one tenant: a value, or the error (never both)."""

    tenant_id: str
    value: T | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class _Pool:
    """What both twins share: settings, per-tenant limiters, the tenant table."""

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str,
        base_url: str | None,
        token_url: str | None,
        scopes: str | Sequence[str] | None,
        rate_limit: RateLimitSpec,
        retry: RetryPolicy | None,
        timeout: float | httpx.Timeout | None,
        app_name: str | None,
        headers: Mapping[str, str] | None,
        log: bool,
    ) -> None:
        for name, value in (("client_id", client_id), ("client_secret", client_secret)):
            if not isinstance(value, str) or not value.strip():
                raise InvalidArgument(f"{name} must be a non-empty string")
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise InvalidArgument(f"retry must be a RetryPolicy or None, got {type(retry).__name__}")
        self._client_id = client_id
        self._client_secret = client_secret
        self._base_url = base_url or DEFAULT_BASE_URL
        self._token_url = token_url or DEFAULT_TOKEN_URL
        self._scopes = scopes if scopes is not None else DEFAULT_SCOPE
        new_limiter = _limiter_factory(rate_limit, retry)
        self._retry = retry
        self._timeout = timeout
        self._app_name = app_name
        self._headers = dict(headers or {})
        self._log = log
        self._lock = threading.Lock()
        self._limiters: dict[str, RateLimiter] = {}
        self._new_limiter = new_limiter
        self._closed = False
        # Validate the shared settings once (base URL, token URL, scopes) before any tenant exists.
        ClientCredentials(client_id, client_secret, "check", scope=self._scopes, token_url=self._token_url)

    def _auth(self, tenant_id: str) -> ClientCredentials:
        return ClientCredentials(
            self._client_id, self._client_secret, tenant_id, scope=self._scopes, token_url=self._token_url
        )

    def limiter(self, tenant_id: str) -> RateLimiter:
        """The tenant's rate limiter, one per tenant (made on first use), shared by all its threads and tasks.

        Every limiter follows the server's ``X-RateLimit-*`` headers (the company's quota as Visma counts
        it, other processes included); ``rate_limit=`` adds a client-side cap.
        """
        tenant_id = _check_tenant_id(tenant_id)
        with self._lock:
            if tenant_id not in self._limiters:
                self._limiters[tenant_id] = self._new_limiter(tenant_id)
            return self._limiters[tenant_id]

    def _client_kwargs(self, tenant_id: str) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "auth": self._auth(tenant_id),
            "timeout": self._timeout,
            "app_name": self._app_name,
            "headers": self._headers,
            # The stack is built here (per-tenant limiter and logger), so the client adds nothing.
            "retry": None,
            "rate_limit": None,
            "log": False,
        }

    def _check_open(self) -> None:
        if self._closed:
            raise InvalidArgument("this Tenants pool is closed")


class Tenants(_Pool):
    """One app registration, many tenants (sync). See the module docs.

    ``transport`` is the shared innermost transport (default a pooled ``httpx.HTTPTransport``;
    ``limits=`` sizes it); the pool closes it on :meth:`close`.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        base_url: str | None = None,
        token_url: str | None = None,
        scopes: str | Sequence[str] | None = None,
        rate_limit: RateLimitSpec = None,
        retry: RetryPolicy | None = DEFAULT_RETRY_POLICY,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        app_name: str | None = None,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        limits: httpx.Limits | None = None,
        log: bool = True,
    ) -> None:
        super().__init__(
            client_id=client_id, client_secret=client_secret, base_url=base_url, token_url=token_url,
            scopes=scopes, rate_limit=rate_limit, retry=retry, timeout=timeout, app_name=app_name,
            headers=headers, log=log,
        )
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise InvalidArgument(f"transport must be an httpx.BaseTransport, got {type(transport).__name__}")
        self._pool = transport if transport is not None else httpx.HTTPTransport(limits=limits or httpx.Limits(
            max_connections=100, max_keepalive_connections=20))
        self._clients: dict[str, TenantClient] = {}
        self.sandbox_server: Any = None

    @classmethod
    def sandbox(cls, server: Any = None, **kwargs: Any) -> Tenants:
        """A pool on an in-process :class:`~vismanet_ext.sandbox.Sandbox` (``server`` or a fresh one)."""
        from .sandbox import Sandbox

        own = server is None
        sb = Sandbox() if server is None else server
        creds = sb.client_kwargs()
        tenants = cls(creds["client_id"], creds["client_secret"], base_url=sb.base_url,
                      token_url=creds["token_url"], transport=sb.transport(), **kwargs)
        if own:
            tenants.sandbox_server = sb
        return tenants

    def for_tenant(self, tenant_id: str) -> TenantClient:
        """The client for ``tenant_id`` (created on first use, then the same object)."""
        tenant_id = _check_tenant_id(tenant_id)
        with self._lock:
            self._check_open()
            client = self._clients.get(tenant_id)
            if client is not None:
                return client
        limiter = self.limiter(tenant_id)
        stack = build_transport(_KeepOpen(self._pool), retry=self._retry, rate_limiter=limiter, log=False)
        if self._log:
            stack = LoggingTransport(stack, tenant_logger(tenant_id))
        client = TenantClient(transport=stack, **self._client_kwargs(tenant_id))
        client.tenant_id = tenant_id
        with self._lock:
            return self._clients.setdefault(tenant_id, client)

    @property
    def tenant_ids(self) -> list[str]:
        """Tenants with an open client, in the order they were first used."""
        with self._lock:
            return list(self._clients)

    def map(
        self,
        fn: Callable[[TenantClient], T],
        tenant_ids: Iterable[str],
        *,
        max_workers: int = 4,
    ) -> list[TenantOutcome[T]]:
        """Run ``fn(client)`` for every tenant, ``max_workers`` at a time; one outcome per tenant, in order.

        A tenant that fails (bad credentials, 403, network) gets an outcome with its error; the other
        tenants run on. ``KeyboardInterrupt`` and other non-``Exception`` errors still propagate.
        """
        ids = [_check_tenant_id(t) for t in tenant_ids]
        if isinstance(max_workers, bool) or not isinstance(max_workers, int) or max_workers < 1:
            raise InvalidArgument(f"max_workers must be an int >= 1, got {max_workers!r}")

        def run(tenant_id: str) -> TenantOutcome[T]:
            try:
                return TenantOutcome(tenant_id, value=fn(self.for_tenant(tenant_id)))
            except Exception as error:  # noqa: BLE001 - reported per tenant, the others go on
                if isinstance(error, VismaNetError):
                    _name_tenant(error, tenant_id)
                return TenantOutcome(tenant_id, error=error)

        if max_workers == 1 or len(ids) <= 1:
            return [run(t) for t in ids]
        with ThreadPoolExecutor(max_workers=min(max_workers, len(ids)), thread_name_prefix="vismanet-tenant") as pool:
            return list(pool.map(run, ids))

    def close(self) -> None:
        """Close every tenant's client and the shared pool (idempotent)."""
        with self._lock:
            self._closed = True
            clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            client.close()
        self._pool.close()
        if self.sandbox_server is not None:
            self.sandbox_server.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Tenants(client_id={self._client_id!r}, base_url={self._base_url!r}, tenants={len(self._clients)})"


class AsyncTenants(_Pool):
    """The async twin of :class:`Tenants` (``AsyncTenantClient`` clients, :meth:`gather`)."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        base_url: str | None = None,
        token_url: str | None = None,
        scopes: str | Sequence[str] | None = None,
        rate_limit: RateLimitSpec = None,
        retry: RetryPolicy | None = DEFAULT_RETRY_POLICY,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        app_name: str | None = None,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        limits: httpx.Limits | None = None,
        log: bool = True,
    ) -> None:
        super().__init__(
            client_id=client_id, client_secret=client_secret, base_url=base_url, token_url=token_url,
            scopes=scopes, rate_limit=rate_limit, retry=retry, timeout=timeout, app_name=app_name,
            headers=headers, log=log,
        )
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise InvalidArgument(
                f"transport must be an httpx.AsyncBaseTransport, got {type(transport).__name__}"
            )
        self._pool = transport if transport is not None else httpx.AsyncHTTPTransport(
            limits=limits or httpx.Limits(max_connections=100, max_keepalive_connections=20))
        self._clients: dict[str, AsyncTenantClient] = {}
        self.sandbox_server: Any = None

    @classmethod
    def sandbox(cls, server: Any = None, **kwargs: Any) -> AsyncTenants:
        """See :meth:`Tenants.sandbox`."""
        from .sandbox import Sandbox

        own = server is None
        sb = Sandbox() if server is None else server
        creds = sb.client_kwargs()
        tenants = cls(creds["client_id"], creds["client_secret"], base_url=sb.base_url,
                      token_url=creds["token_url"], transport=sb.async_transport(), **kwargs)
        if own:
            tenants.sandbox_server = sb
        return tenants

    def for_tenant(self, tenant_id: str) -> AsyncTenantClient:
        """See :meth:`Tenants.for_tenant`."""
        tenant_id = _check_tenant_id(tenant_id)
        with self._lock:
            self._check_open()
            client = self._clients.get(tenant_id)
            if client is not None:
                return client
        limiter = self.limiter(tenant_id)
        stack = build_async_transport(
            _AsyncKeepOpen(self._pool), retry=self._retry, rate_limiter=limiter, log=False
        )
        if self._log:
            stack = AsyncLoggingTransport(stack, tenant_logger(tenant_id))
        client = AsyncTenantClient(transport=stack, **self._client_kwargs(tenant_id))
        client.tenant_id = tenant_id
        with self._lock:
            return self._clients.setdefault(tenant_id, client)

    @property
    def tenant_ids(self) -> list[str]:
        with self._lock:
            return list(self._clients)

    async def gather(
        self,
        fn: Callable[[AsyncTenantClient], Awaitable[T]],
        tenant_ids: Iterable[str],
        *,
        max_concurrency: int = 4,
    ) -> list[TenantOutcome[T]]:
        """Await ``fn(client)`` for every tenant, ``max_concurrency`` at a time (see :meth:`Tenants.map`)."""
        ids = [_check_tenant_id(t) for t in tenant_ids]
        if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int) or max_concurrency < 1:
            raise InvalidArgument(f"max_concurrency must be an int >= 1, got {max_concurrency!r}")
        gate = asyncio.Semaphore(max_concurrency)

        async def run(tenant_id: str) -> TenantOutcome[T]:
            async with gate:
                try:
                    return TenantOutcome(tenant_id, value=await fn(self.for_tenant(tenant_id)))
                except Exception as error:  # noqa: BLE001 - reported per tenant, the others go on
                    if isinstance(error, VismaNetError):
                        _name_tenant(error, tenant_id)
                    return TenantOutcome(tenant_id, error=error)

        return list(await asyncio.gather(*(run(t) for t in ids)))

    async def aclose(self) -> None:
        """Close every tenant's client and the shared pool (idempotent)."""
        with self._lock:
            self._closed = True
            clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            await client.aclose()
        await self._pool.aclose()
        if self.sandbox_server is not None:
            self.sandbox_server.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return (f"AsyncTenants(client_id={self._client_id!r}, base_url={self._base_url!r}, "
                f"tenants={len(self._clients)})")
