"""The one request handler. Both the in-process transports and the loopback
HTTP server call :meth:`App.handle`, so they cannot drift apart.

Order of checks, as on the real service: injected faults (a gateway failing),
the token endpoint, bearer authentication, company context (``ipp-company-id``
on the legacy host), the per-company call budget, routing, scopes, then either
queueing as a background job or executing.
"""

from __future__ import annotations

import threading
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from . import catalog, routes
from .auth import Identity, TokenService
from .background import BackgroundQueue, parse_mode
from .errors import (
    ApiError,
    ipp_error,
    json_response,
    message_error,
    no_route,
    not_modelled,
)
from .faults import Faults
from .handlers import Call, Handlers
from .messages import SandboxRequest, SandboxResponse
from .throttle import RateLimiter

LEGACY_PREFIX = "/api/controller/api"  # matched case-insensitively
LEGACY_PREFIX_CASED = "/API/controller/api"
TOKEN_PATH = "/connect/token"
LEGACY_QUOTA = "*"  # the legacy policy counts per application, over all companies


class LoggedRequest(NamedTuple):
    """One entry of ``Sandbox.request_log``; status 0 means the connection was dropped."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    status: int


@dataclass
class App:
    auth: TokenService
    throttle: RateLimiter
    faults: Faults
    background: BackgroundQueue
    handlers_for: Callable[[str], Handlers]  # tenant -> the handlers serving its data
    log_size: int = 10_000
    legacy_throttle: RateLimiter | None = None  # 6-fixed-window: the old host, per application

    def __post_init__(self) -> None:
        # A ring buffer: a long-running `sandbox serve` or a benchmark keeps the newest entries only.
        self.request_log: deque[LoggedRequest] = deque(maxlen=self.log_size)
        self.requests_seen = 0
        self.errors: list[str] = []  # tracebacks of unexpected exceptions (500s)
        self._log_lock = threading.Lock()

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        response = self.faults.before(request)
        if response is None:
            try:
                response = self._handle(request)
            except ApiError as error:
                response = error.to_response()
            except Exception:  # noqa: BLE001 - a server answers 500, it does not crash
                self.errors.append(traceback.format_exc())
                response = json_response(500, {"message": "An error has occurred."})
        self._log(request, response)
        return response

    def log_snapshot(self) -> list[LoggedRequest]:
        with self._log_lock:
            return list(self.request_log)

    def _log(self, request: SandboxRequest, response: SandboxResponse) -> None:
        headers = {k: v for k, v in request.headers.items() if k != "authorization"}
        entry = LoggedRequest(request.method, request.path, request.query(), headers,
                              0 if response.drop else response.status)
        with self._log_lock:
            self.requests_seen += 1
            if self.log_size:
                self.request_log.append(entry)

    def _handle(self, request: SandboxRequest) -> SandboxResponse:
        path = request.path
        lowered = path.lower()
        if lowered.rstrip("/") == TOKEN_PATH:
            if request.method != "POST":
                raise message_error(405, "The token endpoint only accepts POST.")
            return self.auth.token_endpoint(request)
        legacy = lowered.startswith(LEGACY_PREFIX + "/")
        api_path = path[len(LEGACY_PREFIX):] if legacy else path
        identity = self.auth.authenticate(request)
        if legacy:
            company = (request.header("ipp-company-id") or "").strip()
            if not company and identity.company_bound:
                company = identity.tenant  # a client-credentials token carries its company
            if not company:
                raise ipp_error(400, "Company context is missing: send the ipp-company-id header "
                                     "on integration.visma.net requests.", "12002")
        else:
            company = identity.tenant
        if legacy and self.legacy_throttle is not None and self.legacy_throttle.limit is not None:
            limit_headers = self.legacy_throttle.consume(LEGACY_QUOTA, identity.client_id)
        else:
            limit_headers = self.throttle.consume(company, identity.client_id)
        try:
            response = self._route(request, api_path, company, legacy, identity)
        except ApiError as error:
            error.headers = [*error.headers, *limit_headers]
            raise
        response.headers.extend(limit_headers)
        return response

    def _route(
        self, request: SandboxRequest, api_path: str, company: str, legacy: bool,
        identity: Identity,
    ) -> SandboxResponse:
        parts = api_path.strip("/").split("/")
        found = routes.find(request.method, parts)
        if found is None or isinstance(found, str) or found.params:
            # An all-literal list path of the spec beats a {key} route: /v1/customer/balance.
            found = catalog.find_generic_list(request.method, parts) or found
        if found is None:
            found = catalog.find_generic_key(request.method, parts)
        if found is None:
            operation = catalog.spec_operation(request.method, parts)
            if operation is not None:
                raise not_modelled(request.method, *operation)
            raise no_route(request.base_url + request.path)
        if isinstance(found, str):
            operation = catalog.spec_operation(request.method, parts)
            if operation is not None:
                raise not_modelled(request.method, *operation)
            raise message_error(
                405, f"The requested resource does not support http method '{request.method}'."
            )
        self.auth.authorize(identity, request.method)
        base = request.base_url + (LEGACY_PREFIX_CASED if legacy else "")
        call = Call(request, found.route, found.params, company, base, identity.tenant, api_path)
        header = request.header("erp-api-background")
        if header is not None and not found.route.op.startswith("background"):
            mode = parse_mode(header)
            job = self.background.submit(
                company, mode, request, lambda: self._run_safely(call), f"{base}/v1/background"
            )
            body = {"id": job.id, "stateLocation": job.state_location}
            return json_response(202, body, [("Location", job.state_location)])
        return self.execute(call)

    def _run_safely(self, call: Call) -> SandboxResponse:
        try:
            return self.execute(call)
        except ApiError as error:
            return error.to_response()

    def execute(self, call: Call) -> SandboxResponse:
        op = call.route.op
        if op == "background_state":
            return json_response(200, self.background.state(call.params["requestId"], call.company))
        if op == "background_content":
            return self.background.content(call.params["requestId"], call.company)
        handler: Callable[[Call], SandboxResponse] = getattr(self.handlers_for(call.tenant), op)
        return handler(call)

