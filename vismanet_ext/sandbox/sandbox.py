"""The public facade: configuration, transports, server, data access for tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Self

import httpx

from .app import App, LoggedRequest
from .auth import AuthConfig, TenantFailure, TokenService
from .background import BackgroundQueue, Job
from .data import DATASETS
from .faults import Faults
from .handlers import Handlers
from .http_server import LoopbackServer, serving
from .messages import SandboxRequest, SandboxResponse
from .resources import SPECS
from .store import Store
from .tenants import Tenant, tenant_options, tenant_seed
from .throttle import (
    LEGACY_POLICY,
    WINDOW_SECONDS,
    LimitStatus,
    RateLimiter,
    resolve_limit,
)
from .transport import AsyncSandboxTransport, SandboxTransport
from .webhooks import DEFAULT_HEADER as DEFAULT_WEBHOOK_HEADER
from .webhooks import Delivery as WebhookDelivery
from .webhooks import Subscription, WebhookNotifier

DEFAULT_BASE_URL = "http://sandbox.vismanet.local"
DEFAULT_TENANT = "sandbox-tenant"
RESOURCES = tuple(DATASETS)
_INHERIT: Any = object()  # add_tenant(rate_limit=...) not given: the sandbox's quota


def _post_webhook(url: str, document: dict[str, Any], headers: dict[str, str]) -> None:
    try:
        httpx.post(url, json=document, headers=headers, timeout=2.0)
    except httpx.HTTPError:
        pass  # best effort, like the real notifier


class Sandbox:
    """An in-memory Visma.net ERP API.

    ``sizes`` sets records per resource (see :data:`RESOURCES`); ``rate_limit`` is
    None (off), "test" (500/hour), "production" (15,000/hour) or an int of calls per
    ``rate_window`` seconds (default 3600; shorter windows suit load tests);
    ``max_page_size`` is an int or a per-resource mapping; ``background_delay``
    None means background jobs run only via :meth:`run_background_jobs`;
    ``clock`` (seconds, like :func:`time.time`) drives token expiry, rate-limit
    windows, background timing and the timestamps of writes. ``request_log`` keeps
    the newest ``request_log_size`` requests (0: none), ``requests_seen`` counts all.
    POST/PUT bodies are checked against the operation's body schema (a plain value
    where a ``{"value": ...}`` wrapper is declared is a 400 naming the field);
    ``strict_bodies=False`` ignores unknown members as the real server does.
    ``legacy_rate_limit`` (like ``rate_limit``) counts calls to the legacy
    ``/API/controller/api`` host per application under Visma's migration policy
    ``6-fixed-window`` instead of the per-company quota.

    ``tenants`` serves several tenants (companies) with separate data and quotas:
    a list of tenant ids, or a mapping ``{id: {"seed": .., "sizes": {..},
    "rate_limit": ..}}``. The token request's ``tenant_id`` picks the tenant. The
    default tenant (``tenant_id``, else the first listed) uses ``seed``; every other
    tenant seeds from its own name (:func:`tenant_seed`), so data differs per
    tenant. The data-access methods below act on the default tenant;
    ``sb.tenant(id)`` gives the same methods for another one.
    """

    def __init__(
        self,
        seed: int = 0,
        sizes: Mapping[str, int] | None = None,
        token_lifetime: float = 3600.0,
        background_delay: float | None = 0.05,
        rate_limit: None | str | int = None,
        max_page_size: int | Mapping[str, int] = 1000,
        default_page_size: int | Mapping[str, int] | None = None,
        client_id: str = "sandbox",
        client_secret: str = "sandbox",
        tenant_id: str | None = None,
        *,
        tenants: Sequence[str] | Mapping[str, Mapping[str, Any]] | None = None,
        base_url: str = DEFAULT_BASE_URL,
        clock: Callable[[], float] = time.time,
        fragment_cache: int = 250_000,
        rate_window: float = WINDOW_SECONDS,
        request_log_size: int = 10_000,
        strict_bodies: bool = True,
        legacy_rate_limit: None | str | int = None,
    ) -> None:
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise TypeError(f"seed must be an int, got {seed!r}")
        if isinstance(token_lifetime, bool) or not isinstance(token_lifetime, (int, float)) or token_lifetime <= 0:
            raise ValueError(f"token_lifetime must be a positive number of seconds, got {token_lifetime!r}")
        options = tenant_options(tenants)
        if tenant_id is None:
            tenant_id = next(iter(options), DEFAULT_TENANT)
        for name, value in (("client_id", client_id), ("client_secret", client_secret),
                            ("tenant_id", tenant_id)):
            if not isinstance(value, str) or not value:
                raise ValueError(f"{name} must be a non-empty string")
        if isinstance(rate_window, bool) or not isinstance(rate_window, (int, float)) or rate_window <= 0:
            raise ValueError(f"rate_window must be a positive number of seconds, got {rate_window!r}")
        self.seed = seed
        self.base_url = base_url.rstrip("/")
        self.token_url = f"{self.base_url}/connect/token"
        self.client_id = client_id
        self.client_secret = client_secret
        self.tenant_id = tenant_id
        self.clock = clock
        self._sizes = Store.check_sizes(dict(sizes or {}))
        self._page_sizes = PageSizes(max_page_size, default_page_size)
        self._fragment_budget = [fragment_cache]
        self.strict_bodies = bool(strict_bodies)
        self._tenant_names: set[str] = set()
        self._tenants: dict[str, Tenant] = {}
        self._tenants_lock = threading.Lock()
        self._auth = TokenService(AuthConfig(client_id, client_secret, self._tenant_names,
                                             float(token_lifetime), clock))
        self._throttle = RateLimiter(resolve_limit(rate_limit), clock, float(rate_window))
        self.faults = Faults(self.insert, self._delete_many)
        self._background = BackgroundQueue(background_delay, clock, _post_webhook)
        self._webhooks = WebhookNotifier(clock)
        self.add_tenant(tenant_id, **options.pop(tenant_id, {}))
        for name, extra in options.items():
            self.add_tenant(name, **extra)
        self.attachments = self._default.attachments
        if isinstance(request_log_size, bool) or not isinstance(request_log_size, int) or request_log_size < 0:
            raise ValueError(f"request_log_size must be a non-negative int, got {request_log_size!r}")
        self._legacy_throttle = RateLimiter(resolve_limit(legacy_rate_limit), clock, float(rate_window),
                                            LEGACY_POLICY)
        self._app = App(self._auth, self._throttle, self.faults, self._background,
                        self._handlers_for, request_log_size, self._legacy_throttle)

    # --- tenants ---------------------------------------------------------------

    def add_tenant(
        self, tenant_id: str, *, seed: int | None = None, sizes: Mapping[str, int] | None = None,
        rate_limit: None | str | int = _INHERIT,
    ) -> Tenant:
        """Add a tenant (a company): its own records (``seed``, ``sizes``) and quota."""
        if not isinstance(tenant_id, str) or not tenant_id:
            raise ValueError("tenant_id must be a non-empty string")
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
            raise TypeError(f"seed must be an int, got {seed!r}")
        merged = {**self._sizes, **Store.check_sizes(dict(sizes or {}))}
        if rate_limit is not _INHERIT:
            resolve_limit(rate_limit)  # validate before adding
        with self._tenants_lock:
            if tenant_id in self._tenants:
                raise ValueError(f"tenant {tenant_id!r} already exists")
            if seed is None:
                seed = self.seed if not self._tenants else tenant_seed(self.seed, tenant_id)
            tenant = Tenant(tenant_id, seed, merged, self._fragment_budget, self._page_sizes,
                            self.now, self.faults.after_list, self._throttle, self.strict_bodies,
                            self._webhooks.changed)
            self._tenants[tenant_id] = tenant
            self._tenant_names.add(tenant_id)
        if rate_limit is not _INHERIT:
            tenant.rate_limit = rate_limit
        return tenant

    def tenant(self, tenant_id: str | None = None) -> Tenant:
        """A tenant's data and quota (default: the default tenant); KeyError if unknown."""
        name = tenant_id or self.tenant_id
        found = self._tenants.get(name)
        if found is None:
            raise KeyError(f"unknown sandbox tenant {name!r}; known: {sorted(self._tenants)}")
        return found

    @property
    def tenants(self) -> tuple[str, ...]:
        """The tenant ids, in the order they were added (the default tenant first)."""
        return tuple(self._tenants)

    @property
    def _default(self) -> Tenant:
        return self._tenants[self.tenant_id]

    def _handlers_for(self, tenant_id: str) -> Handlers:
        found = self._tenants.get(tenant_id)
        if found is None:  # a token issued for a tenant that was never added
            found = self._ensure_tenant(tenant_id)
        return found.handlers

    def _ensure_tenant(self, tenant_id: str) -> Tenant:
        try:
            return self.add_tenant(tenant_id)
        except ValueError:  # another thread added it meanwhile
            return self._tenants[tenant_id]

    def fail_tenant(
        self, tenant_id: str, error: str = "invalid_grant", *, status: int = 400, delay: float = 0.0
    ) -> None:
        """Make a tenant's credentials fail: its token requests answer ``error`` (an OAuth error,
        or a ``server_error`` for a 5xx ``status``) after ``delay`` seconds, and its tokens already
        issued get 401. The other tenants are not affected. :meth:`restore_tenant` undoes it."""
        self.tenant(tenant_id)
        if status not in (400, 401, 403, 500, 502, 503):
            raise ValueError(f"status must be 400, 401, 403, 500, 502 or 503, got {status!r}")
        if isinstance(delay, bool) or not isinstance(delay, (int, float)) or not delay >= 0:
            raise ValueError(f"delay must be a non-negative number of seconds, got {delay!r}")
        self._auth.failing[tenant_id] = TenantFailure(error, status, float(delay))

    def restore_tenant(self, tenant_id: str) -> None:
        self._auth.failing.pop(tenant_id, None)

    # --- serving ---------------------------------------------------------------

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """The one handler behind every transport and the HTTP server."""
        return self._app.handle(request)

    def transport(self) -> httpx.BaseTransport:
        return SandboxTransport(self.handle)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return AsyncSandboxTransport(self.handle)

    def client(self, **kwargs: Any) -> httpx.Client:
        """A plain httpx client wired to the in-process transport (for quick tests)."""
        return httpx.Client(transport=self.transport(), base_url=self.base_url, **kwargs)

    @contextmanager
    def serve(self, port: int = 0, host: str = "127.0.0.1") -> Iterator[str]:
        """Serve over real HTTP; yields the base URL (``http://127.0.0.1:<port>``)."""
        with serving(self.handle, host, port) as url:
            yield url

    def serve_forever(self, host: str = "127.0.0.1", port: int = 8765) -> None:
        """Block serving HTTP until interrupted (the CLI's ``sandbox serve``)."""
        LoopbackServer(self.handle, host, port).serve_forever()

    def close(self) -> None:
        self._background.close()
        self._webhooks.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- auth ------------------------------------------------------------------

    def issue_token(
        self, tenant_id: str | None = None, scopes: Sequence[str] | None = None, *, company_bound: bool = True,
        client_id: str | None = None,
    ) -> str:
        """A valid bearer token without a token request (not counted); adds an unknown tenant.

        Like a client-credentials token it names its tenant, so the legacy host needs no
        ``ipp-company-id`` for it; ``company_bound=False`` gives a token without a company
        context, for which the legacy host answers fault 12002 unless the header is sent."""
        tenant = tenant_id or self.tenant_id
        if tenant not in self._tenants:
            self._ensure_tenant(tenant)
        if client_id is not None and self._auth.config.secret_of(client_id) is None:
            raise KeyError(f"unknown client {client_id!r}; add it with add_client()")
        return self._auth.issue(tenant, list(scopes) if scopes else None, company_bound=company_bound,
                                client_id=client_id)

    def add_client(self, client_id: str, client_secret: str) -> None:
        """Another app registration: it reaches every tenant, with its own quota per company
        (Visma counts "per company and client")."""
        for name, value in (("client_id", client_id), ("client_secret", client_secret)):
            if not isinstance(value, str) or not value:
                raise ValueError(f"{name} must be a non-empty string")
        if client_id == self.client_id:
            raise ValueError(f"client {client_id!r} already exists")
        self._auth.config.other_clients[client_id] = client_secret

    def auth_headers(self, tenant_id: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.issue_token(tenant_id)}"}

    def client_kwargs(self, base_url: str | None = None, tenant_id: str | None = None) -> dict[str, str]:
        """Credentials for a client doing the real client-credentials flow against us.

        Pass the ``serve()`` URL as ``base_url`` when talking over loopback, and
        ``tenant_id`` for a tenant other than the default one.
        """
        base = (base_url or self.base_url).rstrip("/")
        return {
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "tenant_id": tenant_id or self.tenant_id,
            "token_url": f"{base}/connect/token",
        }

    @property
    def token_requests(self) -> int:
        """POSTs to the token endpoint, successful or not."""
        return self._auth.token_requests

    @property
    def tokens_issued(self) -> int:
        return self._auth.tokens_issued

    def revoke_tokens(self) -> None:
        self._auth.revoke_all()

    # --- observation -------------------------------------------------------------

    @property
    def request_log(self) -> list[LoggedRequest]:
        """(method, path, query, headers-without-Authorization, status) of the newest
        ``request_log_size`` requests (a ring buffer; a copy, oldest first)."""
        return self._app.log_snapshot()

    @property
    def requests_seen(self) -> int:
        """Every request answered (or dropped) since the start, also those the log no longer holds."""
        return self._app.requests_seen

    @property
    def errors(self) -> list[str]:
        """Tracebacks of unexpected exceptions (each answered 500); empty if healthy."""
        return self._app.errors

    def rate_limit_remaining(self, company: str | None = None, client_id: str | None = None) -> int | None:
        """Calls left in the current window of ``company`` (default: the default tenant) for
        ``client_id`` (default: the sandbox's client); None if unlimited."""
        return self._throttle.remaining(company or self.tenant_id, client_id or self.client_id)

    def rate_limit_status(self, company: str | None = None, client_id: str | None = None) -> LimitStatus | None:
        """(limit, remaining, reset, policy) as the next response's ``X-RateLimit-*`` headers would say."""
        return self._throttle.status(company or self.tenant_id, client_id or self.client_id)

    # --- background --------------------------------------------------------------

    def run_background_jobs(self) -> int:
        """Run every queued background job now; returns how many ran."""
        return self._background.run_pending()

    def wait_for_background(self, job_id: str, timeout: float | None = None) -> bool:
        """Block until the job has run (by the worker or run_background_jobs)."""
        return self._background.wait(job_id, timeout)

    @property
    def background_jobs(self) -> list[Job]:
        return self._background.jobs()

    @property
    def background_notifications(self) -> list[dict[str, Any]]:
        return self._background.notifications

    # --- webhooks ------------------------------------------------------------------

    def subscribe_webhook(
        self, url: str, secret: str | bytes, *, header: str = DEFAULT_WEBHOOK_HEADER,
        events: set[str] | frozenset[str] | None = None, resources: set[str] | frozenset[str] | None = None,
        tenant: str | None = None,
    ) -> Subscription:
        """POST a signed notification to ``url`` for every record change (see :mod:`.webhooks`):
        base64 HMAC-SHA256 of the body under ``secret`` in the ``header`` header. ``events``
        ("Created", "Updated", "Deleted", "Released", "Voided"), ``resources`` (store names) and
        ``tenant`` narrow it."""
        return self._webhooks.subscribe(url, secret, header=header, events=events, resources=resources,
                                        tenant=tenant)

    def unsubscribe_webhook(self, subscription_id: str) -> bool:
        return self._webhooks.unsubscribe(subscription_id)

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Every delivery attempt so far (url, headers, body, the receiver's status or 0)."""
        return list(self._webhooks.deliveries)

    def wait_for_webhooks(self, timeout: float | None = 10.0) -> bool:
        """Block until every queued notification was delivered or failed; False on timeout."""
        return self._webhooks.wait(timeout)

    # --- data access for tests (the default tenant; sb.tenant(id) for others) --------

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock())

    def records(self, resource: str) -> list[dict[str, Any]]:
        """Deep copies of all records in API order (materialises seeded records)."""
        return self._default.records(resource)

    def keys(self, resource: str) -> list[str]:
        return self._default.keys(resource)

    def record(self, resource: str, key: str) -> dict[str, Any] | None:
        return self._default.record(resource, key)

    def count(self, resource: str) -> int:
        return self._default.count(resource)

    def etag(self, resource: str, key: str) -> str:
        return self._default.etag(resource, key)

    def insert(self, resource: str, what: int | Mapping[str, Any] = 1) -> list[str]:
        """Insert ``what`` generated records (an int) or one given record; returns keys.

        Inserted records are created and modified "now" and go to the end of the
        API order, as new records do on the real server.
        """
        return self._default.insert(resource, what)

    def delete(self, resource: str, key: str) -> bool:
        return self._default.delete(resource, key)

    def _delete_many(self, resource: str, keys: Sequence[str] | int) -> list[str]:
        """Delete given keys, or the first n records in API order."""
        return self._default.delete_many(resource, keys)

    def touch(self, resource: str, key: str) -> str:
        """Mark a record modified now (new lastModifiedDateTime and ETag); returns the ETag."""
        return self._default.touch(resource, key)

    def update(self, resource: str, key: str, **fields: Any) -> str:
        """Change fields directly (no validation), as another ERP user would; returns the ETag."""
        return self._default.update(resource, key, **fields)


class PageSizes(dict[str, tuple[int, int]]):
    """resource -> (maxPageSize, default page size); names in the mappings in any case."""

    def __init__(
        self, max_page_size: int | Mapping[str, int], default_page_size: int | Mapping[str, int] | None
    ) -> None:
        super().__init__()
        self._max = _per_resource(max_page_size)
        self._default = _per_resource(default_page_size)
        for name in SPECS:  # validate up front; generic resources are filled in on first use
            self[name]

    def __missing__(self, name: str) -> tuple[int, int]:
        maximum = _pick(self._max, name, 1000)
        default = _pick(self._default, name, maximum)
        self[name] = found = (maximum, min(default, maximum))
        return found


def _per_resource(value: int | Mapping[str, int] | None) -> int | dict[str, int] | None:
    if isinstance(value, Mapping):
        known = {}
        for name, size in value.items():
            store_name = Store.check_sizes({name: 0})
            known[next(iter(store_name))] = _positive(size)
        return known
    return None if value is None else _positive(value)


def _pick(value: int | dict[str, int] | None, name: str, fallback: int) -> int:
    if value is None:
        return fallback
    if isinstance(value, dict):
        return value.get(name, fallback)
    return value


def _positive(chosen: object) -> int:
    if isinstance(chosen, bool) or not isinstance(chosen, int) or chosen < 1:
        raise ValueError(f"page sizes must be positive ints, got {chosen!r}")
    return chosen
