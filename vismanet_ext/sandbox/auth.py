"""Visma Connect's client-credentials token endpoint and bearer checks.

Token errors follow OAuth 2.0 (``{"error": "invalid_client"}``, 400, or 401
when the client authenticated with HTTP Basic); API calls without a valid,
unexpired bearer get a 401 in the API's own ``{"message": ...}`` shape with a
``WWW-Authenticate`` challenge.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote

from .errors import ApiError, json_response, message_error
from .messages import SandboxRequest, SandboxResponse

SCOPE_PREFIX = "vismanet_erp_service_api:"
ALL_SCOPES = tuple(f"{SCOPE_PREFIX}{name}" for name in ("read", "create", "update", "delete"))
METHOD_SCOPES = {
    "GET": f"{SCOPE_PREFIX}read",
    "HEAD": f"{SCOPE_PREFIX}read",
    "POST": f"{SCOPE_PREFIX}create",
    "PUT": f"{SCOPE_PREFIX}update",
    "PATCH": f"{SCOPE_PREFIX}update",
    "DELETE": f"{SCOPE_PREFIX}delete",
}


@dataclass(frozen=True)
class Identity:
    tenant: str
    client_id: str
    scopes: frozenset[str]
    expires_at: float
    # A client-credentials token names its tenant, so the legacy host needs no ipp-company-id for it
    # (public clients report this); False models a token without a company context (fault 12002).
    company_bound: bool = True


@dataclass
class AuthConfig:
    client_id: str
    client_secret: str
    tenants: set[str]
    token_lifetime: float
    clock: Callable[[], float]
    # Further app registrations (client id -> secret): each has its own quota per company.
    other_clients: dict[str, str] = field(default_factory=dict)

    def secret_of(self, client_id: str) -> str | None:
        return self.client_secret if client_id == self.client_id else self.other_clients.get(client_id)


@dataclass(frozen=True)
class TenantFailure:
    """How a tenant's credentials fail (``Sandbox.fail_tenant``)."""

    error: str = "invalid_grant"
    status: int = 400
    delay: float = 0.0  # seconds the token endpoint takes before answering


@dataclass
class TokenService:
    config: AuthConfig
    token_requests: int = 0
    tokens_issued: int = 0
    failing: dict[str, TenantFailure] = field(default_factory=dict)
    sleep: Callable[[float], None] = time.sleep
    _tokens: dict[str, Identity] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- token endpoint ------------------------------------------------------------

    def token_endpoint(self, request: SandboxRequest) -> SandboxResponse:
        with self._lock:
            self.token_requests += 1
        content_type = (request.header("content-type") or "").split(";")[0].strip().lower()
        if content_type != "application/x-www-form-urlencoded":
            return _oauth_error(400, "invalid_request",
                                "The token request must be application/x-www-form-urlencoded.")
        form = dict(parse_qsl(request.body.read().decode("utf-8", "replace"), keep_blank_values=True))
        basic = _basic_credentials(request.header("authorization"))
        client_id = basic[0] if basic else form.get("client_id", "")
        client_secret = basic[1] if basic else form.get("client_secret", "")
        grant_type = form.get("grant_type", "")
        if not grant_type:
            return _oauth_error(400, "invalid_request", "grant_type is missing.")
        if not client_id:
            return _oauth_error(400, "invalid_client", "client_id is missing.")
        known = self.config.secret_of(client_id)
        if known is None or not secrets.compare_digest(client_secret, known):
            return _oauth_error(401 if basic else 400, "invalid_client")
        if grant_type != "client_credentials":
            return _oauth_error(400, "unsupported_grant_type",
                                f"grant_type '{grant_type}' is not supported for this client.")
        tenant = form.get("tenant_id", "")
        if not tenant:
            return _oauth_error(400, "invalid_request", "tenant_id is missing.")
        failure = self.failing.get(tenant)
        if failure is not None:
            if failure.delay:
                self.sleep(failure.delay)
            if failure.status >= 500:
                return json_response(failure.status, {"error": "server_error",
                                                      "error_description": "The token service failed."})
            return _oauth_error(failure.status, failure.error,
                                f"The client is not allowed to access tenant '{tenant}'.")
        if tenant not in self.config.tenants:
            return _oauth_error(400, "invalid_grant", f"tenant_id '{tenant}' is not valid for this client.")
        requested = form.get("scope", "").split()
        unknown = [scope for scope in requested if scope not in ALL_SCOPES]
        if unknown:
            return _oauth_error(400, "invalid_scope", f"Unknown scope(s): {' '.join(unknown)}.")
        scopes = requested or list(ALL_SCOPES)
        token = self.issue(tenant, scopes, client_id=client_id)
        return json_response(
            200,
            {
                "access_token": token,
                "expires_in": int(self.config.token_lifetime),
                "token_type": "Bearer",
                "scope": " ".join(scopes),
            },
            [("Cache-Control", "no-store"), ("Pragma", "no-cache")],
        )

    def issue(
        self, tenant: str | None = None, scopes: list[str] | None = None, *, company_bound: bool = True,
        client_id: str | None = None,
    ) -> str:
        token = "sbx." + secrets.token_urlsafe(32)
        identity = Identity(
            tenant=tenant or next(iter(sorted(self.config.tenants))),
            client_id=client_id or self.config.client_id,
            scopes=frozenset(scopes or ALL_SCOPES),
            expires_at=self.config.clock() + self.config.token_lifetime,
            company_bound=company_bound,
        )
        with self._lock:
            self._tokens[token] = identity
            self.tokens_issued += 1
        return token

    def revoke_all(self) -> None:
        with self._lock:
            self._tokens.clear()

    # --- API calls ---------------------------------------------------------------------

    def authenticate(self, request: SandboxRequest) -> Identity:
        header = request.header("authorization") or ""
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _unauthorized("Authorization has been denied for this request.", None)
        identity = self._tokens.get(token.strip())
        if identity is None:
            raise _unauthorized("Authorization has been denied for this request.",
                                'error="invalid_token", error_description="The access token is invalid"')
        if self.config.clock() >= identity.expires_at:
            raise _unauthorized("Authorization has been denied for this request.",
                                'error="invalid_token", error_description="The access token expired"')
        if self.failing and identity.tenant in self.failing:
            raise _unauthorized("Authorization has been denied for this request.",
                                'error="invalid_token", error_description="The access to this tenant was revoked"')
        return identity

    @staticmethod
    def authorize(identity: Identity, method: str) -> None:
        needed = METHOD_SCOPES.get(method.upper())
        if needed is not None and needed not in identity.scopes:
            raise message_error(
                403, f"The access token does not grant the scope required for {method}: {needed}."
            )


def _unauthorized(message: str, challenge: str | None) -> ApiError:
    value = "Bearer" if challenge is None else f"Bearer {challenge}"
    return message_error(401, message, [("WWW-Authenticate", value)])


def _oauth_error(status: int, error: str, description: str | None = None) -> SandboxResponse:
    body = {"error": error}
    if description:
        body["error_description"] = description
    headers = [("Cache-Control", "no-store")]
    if status == 401:
        headers.append(("WWW-Authenticate", 'Basic realm="connect.visma.com"'))
    return json_response(status, body, headers)


def _basic_credentials(header: str | None) -> tuple[str, str] | None:
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, sep, password = decoded.partition(":")
    return (unquote(user), unquote(password)) if sep else None
