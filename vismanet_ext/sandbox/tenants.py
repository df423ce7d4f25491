"""One tenant of the sandbox: its own company data, attachments and quota.

Visma Connect issues one token per tenant (the token request's ``tenant_id``), and
each tenant is a company with its own records and its own call budget. A
:class:`Tenant` owns a :class:`Store` (seeded from the tenant's own seed, so two
tenants hold different data under the same keys, like two companies' number
series), its attachments and the handlers that serve it; the default tenant is
what the single-company API of :class:`Sandbox` reads and writes.
"""

from __future__ import annotations

import copy
import zlib
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from .attachments import AttachmentStore
from .dates import format_datetime
from .handlers import Handlers
from .store import Store
from .throttle import RateLimiter

# What ``Sandbox(tenants={name: {...}})`` accepts per tenant.
TENANT_OPTIONS = frozenset({"seed", "sizes", "rate_limit"})


def tenant_seed(seed: int, name: str) -> int:
    """A tenant's own seed: stable for its name, whatever order tenants are added in."""
    return seed ^ zlib.crc32(name.encode("utf-8"))


class Tenant:
    """A company in the sandbox; ``sb.tenant(name)`` hands these out."""

    def __init__(
        self,
        name: str,
        seed: int,
        sizes: Mapping[str, int],
        fragment_budget: list[int],
        page_sizes: Mapping[str, tuple[int, int]],
        now: Callable[[], datetime],
        after_list: Callable[[str], None],
        throttle: RateLimiter,
        strict_bodies: bool = True,
        on_change: Callable[[str, str, str, str], None] | None = None,
    ) -> None:
        self.name = name
        self.seed = seed
        self._now = now
        self._throttle = throttle
        self._store = Store(seed, dict(sizes), budget=fragment_budget)
        self.attachments = AttachmentStore()
        notify = on_change or (lambda tenant, resource, key, event: None)

        def changed(resource: str, key: str, event: str) -> None:
            notify(name, resource, key, event)

        self._changed = changed
        self.handlers = Handlers(self._store, self.attachments, page_sizes, now, after_list,
                                 strict_bodies, changed)

    def __repr__(self) -> str:
        return f"<sandbox Tenant {self.name!r} seed={self.seed}>"

    # --- quota -----------------------------------------------------------------

    @property
    def rate_limit(self) -> int | None:
        """This tenant's quota per window (None: unlimited); set it to "test", "production" or an int."""
        return self._throttle.limit_for(self.name)

    @rate_limit.setter
    def rate_limit(self, value: None | str | int) -> None:
        self._throttle.set_limit(self.name, value)

    # --- data access for tests ----------------------------------------------------

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
        stamp = format_datetime(self._now())
        with self._store.lock:
            if isinstance(what, Mapping):
                record = copy.deepcopy(dict(what))
                key_field = store.dataset.key_field
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
                self._changed(store.dataset.name, key, "Created")  # only queues: fine under the lock
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
        for key in keys:
            self._changed(store.dataset.name, key, "Created")
        return keys

    def delete(self, resource: str, key: str) -> bool:
        with self._store.lock:
            store = self._store[resource]
            deleted = store.delete(key)
        if deleted:
            self._changed(store.dataset.name, key, "Deleted")
        return deleted

    def delete_many(self, resource: str, keys: Sequence[str] | int) -> list[str]:
        """Delete given keys, or the first n records in API order."""
        with self._store.lock:
            store = self._store[resource]
            targets = list(store.keys()[:keys]) if isinstance(keys, int) else list(keys)
            deleted = [key for key in targets if store.delete(key)]
        for key in deleted:
            self._changed(store.dataset.name, key, "Deleted")
        return deleted

    def touch(self, resource: str, key: str) -> str:
        """Mark a record modified now (new lastModifiedDateTime and ETag); returns the ETag."""
        with self._store.lock:
            store = self._store[resource]
            record = store.for_update(key)
            if "lastModifiedDateTime" in record:
                record["lastModifiedDateTime"] = format_datetime(self._now())
            store.put(key, record)
            etag = store.etag(key)
        self._changed(store.dataset.name, key, "Updated")
        return etag

    def update(self, resource: str, key: str, **fields: Any) -> str:
        """Change fields directly (no validation), as another ERP user would; returns the ETag."""
        with self._store.lock:
            store = self._store[resource]
            record = store.for_update(key)
            record.update(fields)
            if "lastModifiedDateTime" in record and "lastModifiedDateTime" not in fields:
                record["lastModifiedDateTime"] = format_datetime(self._now())
            store.put(key, record)
            etag = store.etag(key)
        self._changed(store.dataset.name, key, "Updated")
        return etag


def tenant_options(
    tenants: Sequence[str] | Mapping[str, Mapping[str, Any]] | None,
) -> dict[str, dict[str, Any]]:
    """Normalise ``Sandbox(tenants=...)``: names, or names with ``seed``/``sizes``/``rate_limit``."""
    if tenants is None:
        return {}
    if isinstance(tenants, str):
        raise TypeError("tenants must be a list of tenant ids or a mapping, not a string")
    if isinstance(tenants, Mapping):
        items = list(tenants.items())
    else:
        items = [(name, {}) for name in tenants]
    found: dict[str, dict[str, Any]] = {}
    for name, options in items:
        if not isinstance(name, str) or not name:
            raise ValueError(f"tenant ids must be non-empty strings, got {name!r}")
        if name in found:
            raise ValueError(f"tenant {name!r} is listed twice")
        if not isinstance(options, Mapping):
            raise TypeError(f"options of tenant {name!r} must be a mapping")
        unknown = set(options) - TENANT_OPTIONS
        if unknown:
            raise ValueError(f"unknown option(s) for tenant {name!r}: {sorted(unknown)}; "
                             f"known: {sorted(TENANT_OPTIONS)}")
        seed = options.get("seed")
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
            raise TypeError(f"seed of tenant {name!r} must be an int, got {seed!r}")
        found[name] = dict(options)
    return found
