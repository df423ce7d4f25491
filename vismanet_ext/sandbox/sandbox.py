"""The public facade: configuration, transports, server, data access for tests."""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Self

import httpx

from .app import App, LoggedRequest
from .attachments import AttachmentStore
from .auth import AuthConfig, TokenService
from .background import BackgroundQueue, Job
from .data import DATASETS
from .dates import format_datetime
from .faults import Faults
from .handlers import Handlers
from .http_server import LoopbackServer, serving
from .messages import SandboxRequest, SandboxResponse
from .resources import SPECS
from .store import Store
from .throttle import WINDOW_SECONDS, LimitStatus, RateLimiter, resolve_limit
from .transport import AsyncSandboxTransport, SandboxTransport

DEFAULT_BASE_URL = "http://sandbox.vismanet.local"
RESOURCES = tuple(DATASETS)


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
    windows, background timing and the timestamps of writes.
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
        tenant_id: str = "sandbox-tenant",
        *,
        base_url: str = DEFAULT_BASE_URL,
        clock: Callable[[], float] = time.time,
        fragment_cache: int = 250_000,
        rate_window: float = WINDOW_SECONDS,
    ) -> None:
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise TypeError(f"seed must be an int, got {seed!r}")
        if isinstance(token_lifetime, bool) or not isinstance(token_lifetime, (int, float)) or token_lifetime <= 0:
            raise ValueError(f"token_lifetime must be a positive number of seconds, got {token_lifetime!r}")
        for name, value in (("client_id", client_id), ("client_secret", client_secret),
                            ("tenant_id", tenant_id)):
            if not isinstance(value, str) or not value:
                raise ValueError(f"{name} must be a non-empty string")
        self.seed = seed
        self.base_url = base_url.rstrip("/")
        self.token_url = f"{self.base_url}/connect/token"
        self.client_id = client_id
        self.client_secret = client_secret
        self.tenant_id = tenant_id
        self.clock = clock
        self.tenants = {tenant_id}
        self._store = Store(seed, dict(sizes or {}), fragment_cache)
        self._page_sizes = _page_sizes(max_page_size, default_page_size)
        self._auth = TokenService(AuthConfig(client_id, client_secret, self.tenants,
                                             float(token_lifetime), clock))
        self.attachments = AttachmentStore()
        self.faults = Faults(self.insert, self._delete_many)
        self._background = BackgroundQueue(background_delay, clock, _post_webhook)
        if isinstance(rate_window, bool) or not isinstance(rate_window, (int, float)) or rate_window <= 0:
            raise ValueError(f"rate_window must be a positive number of seconds, got {rate_window!r}")
        self._throttle = RateLimiter(resolve_limit(rate_limit), clock, float(rate_window))
        handlers = Handlers(self._store, self.attachments, self._page_sizes, self.now,
                            self.faults.after_list)
        self._app = App(self._auth, self._throttle, self.faults, self._background, handlers)

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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- auth ------------------------------------------------------------------

    def issue_token(self, tenant_id: str | None = None, scopes: Sequence[str] | None = None) -> str:
        """A valid bearer token without a token request (not counted)."""
        tenant = tenant_id or self.tenant_id
        if tenant not in self.tenants:
            self.tenants.add(tenant)
        return self._auth.issue(tenant, list(scopes) if scopes else None)

    def auth_headers(self, tenant_id: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.issue_token(tenant_id)}"}

    def client_kwargs(self, base_url: str | None = None) -> dict[str, str]:
        """Credentials for a client doing the real client-credentials flow against us.

        Pass the ``serve()`` URL as ``base_url`` when talking over loopback.
        """
        base = (base_url or self.base_url).rstrip("/")
        return {
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "tenant_id": self.tenant_id,
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
        """(method, path, query, headers-without-Authorization, status) per request."""
        return self._app.request_log

    @property
    def errors(self) -> list[str]:
        """Tracebacks of unexpected exceptions (each answered 500); empty if healthy."""
        return self._app.errors

    def rate_limit_remaining(self, company: str | None = None) -> int | None:
        """Calls left in the current window of ``company`` (default: the default tenant); None if unlimited."""
        return self._throttle.remaining(company or self.tenant_id, self.client_id)

    def rate_limit_status(self, company: str | None = None) -> LimitStatus | None:
        """(limit, remaining, reset, policy) as the next response's ``X-RateLimit-*`` headers would say."""
        return self._throttle.status(company or self.tenant_id, self.client_id)

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

    # --- data access for tests -------------------------------------------------------

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock())

    def records(self, resource: str) -> list[dict[str, Any]]:
        """Deep copies of all records in API order (materialises seeded records)."""
        with self._store.lock:
            return [copy.deepcopy(r) for r in self._store[resource].records()]

    def keys(self, resource: str) -> list[str]:
        with self._store.lock:
            return list(self._store[resource].keys())

    def record(self, resource: str, key: str) -> dict[str, Any] | None:
        with self._store.lock:
            found = self._store[resource].get(key)
            return copy.deepcopy(found) if found is not None else None

    def count(self, resource: str) -> int:
        with self._store.lock:
            return len(self._store[resource])

    def etag(self, resource: str, key: str) -> str:
        with self._store.lock:
            if key not in self._store[resource]:
                raise KeyError(key)
            return self._store[resource].etag(key)

    def insert(self, resource: str, what: int | Mapping[str, Any] = 1) -> list[str]:
        """Insert ``what`` generated records (an int) or one given record; returns keys.

        Inserted records are created and modified "now" and go to the end of the
        API order, as new records do on the real server.
        """
        store = self._store[resource]
        stamp = format_datetime(self.now())
        with self._store.lock:
            if isinstance(what, Mapping):
                record = copy.deepcopy(dict(what))
                key_field = DATASETS[resource].key_field
                key = record.get(key_field)
                if key is None:
                    key, _ = store.next_generated()
                    record[key_field] = key
                key = str(key)
                if key in store:
                    raise ValueError(f"{resource} {key!r} already exists")
                template = store.get(store.keys()[0]) if len(store) else None
                for field in ("createdDateTime", "lastModifiedDateTime"):
                    if field not in record and (template is None or field in template):
                        record[field] = stamp
                store.put(key, record)
                return [key]
            if isinstance(what, bool) or not isinstance(what, int) or what < 1:
                raise ValueError(f"insert() takes a positive count or a record, got {what!r}")
            keys = []
            for _ in range(what):
                key, record = store.generate_new()
                for field in ("createdDateTime", "lastModifiedDateTime"):
                    if field in record:
                        record[field] = stamp
                store.put(key, record)
                keys.append(key)
            return keys

    def delete(self, resource: str, key: str) -> bool:
        with self._store.lock:
            return self._store[resource].delete(key)

    def _delete_many(self, resource: str, keys: Sequence[str] | int) -> list[str]:
        """Delete given keys, or the first n records in API order."""
        with self._store.lock:
            store = self._store[resource]
            targets = list(store.keys()[:keys]) if isinstance(keys, int) else list(keys)
            return [key for key in targets if store.delete(key)]

    def touch(self, resource: str, key: str) -> str:
        """Mark a record modified now (new lastModifiedDateTime and ETag); returns the ETag."""
        with self._store.lock:
            store = self._store[resource]
            record = store.for_update(key)
            if "lastModifiedDateTime" in record:
                record["lastModifiedDateTime"] = format_datetime(self.now())
            store.put(key, record)
            return store.etag(key)

    def update(self, resource: str, key: str, **fields: Any) -> str:
        """Change fields directly (no validation), as another ERP user would; returns the ETag."""
        with self._store.lock:
            store = self._store[resource]
            record = store.for_update(key)
            record.update(fields)
            if "lastModifiedDateTime" in record and "lastModifiedDateTime" not in fields:
                record["lastModifiedDateTime"] = format_datetime(self.now())
            store.put(key, record)
            return store.etag(key)


def _page_sizes(
    max_page_size: int | Mapping[str, int], default_page_size: int | Mapping[str, int] | None
) -> dict[str, tuple[int, int]]:
    def per_resource(value: int | Mapping[str, int] | None, name: str, fallback: int) -> int:
        if value is None:
            return fallback
        if isinstance(value, Mapping):
            unknown = set(value) - set(SPECS)
            if unknown:
                raise ValueError(f"unknown resource(s) in page sizes: {sorted(unknown)}")
            chosen = value.get(name, fallback)
        else:
            chosen = value
        if isinstance(chosen, bool) or not isinstance(chosen, int) or chosen < 1:
            raise ValueError(f"page sizes must be positive ints, got {chosen!r}")
        return chosen

    sizes = {}
    for name in SPECS:
        maximum = per_resource(max_page_size, name, 1000)
        default = per_resource(default_page_size, name, maximum)
        sizes[name] = (maximum, min(default, maximum))
    return sizes
