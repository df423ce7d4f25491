"""Signed webhooks for record changes, so users can test their receiver offline.

Visma's Developer Portal signs each webhook message with HMAC-SHA256 of the UTF-8 body,
base64-encoded, in a header (the docs we have do not name it: ``header=`` is a parameter,
default ``X-Visma-Signature`` like :data:`vismanet_ext.webhooks.DEFAULT_SIGNATURE_HEADER`).
``sb.subscribe_webhook(url, secret)`` registers a receiver; every record change of a
tenant (creates, updates, deletes, releases, voids and attachments through the API, and
the test helpers ``insert``/``update``/``touch``/``delete``) is POSTed there as

    {"notificationId": "<uuid>", "event": "Created", "tenantId": "t1",
     "entity": "customer", "entityId": "10042", "timestamp": "2026-...Z"}

by one background thread (best effort, like the real notifier; a receiver that is down
does not slow the API). ``sb.webhook_deliveries`` records each attempt; ``sb.wait_for_webhooks()``
waits until the queue is empty. With no subscription a change costs one list check.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import queue
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx

DEFAULT_HEADER = "X-Visma-Signature"
EVENTS = frozenset({"Created", "Updated", "Deleted", "Released", "Voided"})


@dataclass(frozen=True)
class Subscription:
    id: str
    url: str
    secret: bytes
    header: str
    events: frozenset[str] | None = None      # None: every event
    resources: frozenset[str] | None = None   # None: every resource
    tenant: str | None = None                 # None: every tenant


@dataclass(frozen=True)
class Delivery:
    """One POST to a receiver: ``status`` is the receiver's answer, 0 if it could not be reached."""

    subscription: str
    url: str
    headers: dict[str, str]
    body: bytes
    status: int
    error: str | None = None


def sign(body: bytes, secret: bytes) -> str:
    """base64(HMAC-SHA256(secret, body)): what Visma puts in the signature header."""
    return base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest()).decode("ascii")


Post = Callable[[str, bytes, dict[str, str]], int]


def _http_post(url: str, body: bytes, headers: dict[str, str]) -> int:
    return httpx.post(url, content=body, headers=headers, timeout=5.0).status_code


class WebhookNotifier:
    def __init__(self, clock: Callable[[], float], post: Post = _http_post) -> None:
        self._clock = clock
        self._post = post
        self._subscriptions: list[Subscription] = []
        self._queue: queue.Queue[tuple[Subscription, bytes] | None] = queue.Queue()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending = 0
        self._thread: threading.Thread | None = None
        self.deliveries: list[Delivery] = []

    # --- subscriptions -----------------------------------------------------------

    def subscribe(
        self, url: str, secret: str | bytes, *, header: str = DEFAULT_HEADER,
        events: set[str] | frozenset[str] | None = None, resources: set[str] | frozenset[str] | None = None,
        tenant: str | None = None,
    ) -> Subscription:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"webhook url must be an absolute http(s) URL, got {url!r}")
        key = secret.encode("utf-8") if isinstance(secret, str) else secret
        if not isinstance(key, bytes) or not key:
            raise ValueError("webhook secret must be a non-empty str or bytes")
        if not isinstance(header, str) or not header.strip():
            raise ValueError("header must name the signature header")
        unknown = set(events or ()) - EVENTS
        if unknown:
            raise ValueError(f"unknown webhook event(s) {sorted(unknown)}; known: {sorted(EVENTS)}")
        found = Subscription(str(uuid.uuid4()), url, key, header.strip(),
                             frozenset(events) if events else None,
                             frozenset(resources) if resources else None, tenant)
        with self._lock:
            self._subscriptions = [*self._subscriptions, found]
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="sandbox-webhooks", daemon=True)
                self._thread.start()
        return found

    def unsubscribe(self, subscription_id: str) -> bool:
        with self._lock:
            before = len(self._subscriptions)
            self._subscriptions = [s for s in self._subscriptions if s.id != subscription_id]
            return len(self._subscriptions) != before

    # --- events ------------------------------------------------------------------

    def changed(self, tenant: str, resource: str, key: str, event: str) -> None:
        """A record changed: queue a signed notification for every matching subscription."""
        subscriptions = self._subscriptions  # replaced, never mutated: no lock needed to read
        if not subscriptions:
            return
        for sub in subscriptions:
            if (sub.events is not None and event not in sub.events) or \
                    (sub.resources is not None and resource not in sub.resources) or \
                    (sub.tenant is not None and sub.tenant != tenant):
                continue
            document = {
                "notificationId": str(uuid.uuid4()), "event": event, "tenantId": tenant,
                "entity": resource, "entityId": key,
                "timestamp": datetime.fromtimestamp(self._clock(), UTC).isoformat(timespec="milliseconds")
                .replace("+00:00", "Z"),
            }
            body = json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
            with self._lock:
                self._pending += 1
            self._queue.put((sub, body))

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every queued notification was delivered (or failed); False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=2.0)

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            sub, body = item
            headers = {"Content-Type": "application/json; charset=utf-8", sub.header: sign(body, sub.secret)}
            try:
                delivery = Delivery(sub.id, sub.url, headers, body, self._post(sub.url, body, headers))
            except Exception as error:  # noqa: BLE001 - best effort: a broken receiver never breaks the sandbox
                delivery = Delivery(sub.id, sub.url, headers, body, 0, f"{type(error).__name__}: {error}")
            with self._idle:
                self.deliveries.append(delivery)
                self._pending -= 1
                self._idle.notify_all()
