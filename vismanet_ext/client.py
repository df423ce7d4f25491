"""`VismaNet` and `AsyncVismaNet`: one object that authenticates, throttles, retries and calls any operation.

Both twins share everything but I/O (httpx style: same names, ``await`` on the async one)::

    with VismaNet(token="...") as vn:
        r = vn.call(customer_get_bycustomer_cd, customer_cd="10001")     # generated operation module
        r = vn.call("GET /v1/customer/{customerCd}", customerCd="10001")  # or a raw route
        for customer in vn.paginate(customer_get_all, status="Active", max_concurrency=4):
            ...

What is per-operation lives in :mod:`vismanet_ext.operations` (validation, building the request with the
generated ``_get_kwargs``, parsing with ``_parse_response``) and :mod:`vismanet_ext.pagination`; this
module wires auth (:mod:`vismanet_ext.auth`), the transport stack (:mod:`vismanet_ext.transports`) and the
generated ``AuthenticatedClient`` together, and turns non-2xx responses into :mod:`vismanet_ext.errors`.
"""

from __future__ import annotations

import copy
import os
import platform
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

import httpx

from . import writes as _writes
from ._gc import collector_paused
from ._log_env import configure_from_env as configure_logging_from_env
from ._version import __version__
from .auth import DEFAULT_SCOPE, DEFAULT_TOKEN_URL, BearerToken, ClientCredentials
from .client_options import (
    AsyncSharedTransport,
    SharedTransport,
    inner_transport,
    split_sandbox_kwargs,
    timeout_extension,
    timeout_value,
)
from .errors import InvalidArgument, NetworkError, aerror_from_response, error_from_response
from .operations import (
    ABSENT,
    NUMBER_TO_READ,
    PAGE_NUMBER,
    PAGE_SIZE,
    SKIP_RECORDS,
    OpSpec,
    Prepared,
    RawRoute,
    Target,
    resolve,
)
from .pagination import (
    DEFAULT_MAX_PAGES,
    DEFAULT_PAGE_SIZE,
    AsyncPageIterator,
    AsyncRecordIterator,
    FetchedPage,
    PageIterator,
    PagingStats,
    RecordIterator,
    RecordKey,
    _Plan,
    check_paging_args,
    split_body,
)
from .result import Result, decode_body
from .transports import DEFAULT_RETRY_POLICY, RateLimiter, RetryPolicy, build_async_transport, build_transport
from .transports.extensions import EXPECT
from .validation import validate
from .writes.etag import if_match_headers

if TYPE_CHECKING:
    from vismanet_client import AuthenticatedClient

    from .attachments_download import Downloaded

__all__ = [
    "DEFAULT_BASE_URL",
    "LEGACY_HOST",
    "AsyncVismaNet",
    "VismaNet",
    "user_agent",
]

DEFAULT_BASE_URL = "https://api.finance.visma.net"
#: The legacy host wants the company in a header on every request, except with a client-credentials token
#: (the token names the company; reported by ON-IT/Visma.Net users).
LEGACY_HOST = "integration.visma.net"
#: Base URLs known to serve the API (README "Authentication" says which to use when): the current host, the
#: same API under the legacy path prefix (seen in public clients), and the legacy host.
KNOWN_BASE_URLS = (
    DEFAULT_BASE_URL,
    DEFAULT_BASE_URL + "/API/controller/api",
    "https://" + LEGACY_HOST + "/API/controller/api",
)
LEGACY_APPLICATION_TYPE = "Visma.net Financials"
COMPANY_HEADER = "ipp-company-id"
APPLICATION_TYPE_HEADER = "ipp-application-type"
BRANCH_HEADER = "ipp-branch-id"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

_ENV_PREFIX = "VISMANET_"
_PAGING_CONFLICTS = {
    NUMBER_TO_READ: "numberToRead",
    "number_to_read": "numberToRead",
    SKIP_RECORDS: "skipRecords",
    "skip_records": "skipRecords",
}


def user_agent(app_name: str | None = None) -> str:
    """``vismanet-python/<v> (+app) httpx/<v> python/<v>``: lets Visma support see who is calling."""
    app = f" (+{app_name})" if app_name else ""
    return f"vismanet-python/{__version__}{app} httpx/{httpx.__version__} python/{platform.python_version()}"


def _text_arg(name: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or any(c in value for c in "\r\n\x00"):
        raise InvalidArgument(f"{name} must be a non-empty single-line string, got {value!r}")
    return value.strip()


class _Settings:
    """Everything both twins derive from the constructor arguments (validated once, before any I/O)."""

    __slots__ = ("base_url", "auth", "headers", "timeout", "retry", "rate_limiter", "legacy", "company_id", "strict")

    def __init__(
        self,
        *,
        base_url: str | None,
        token: str | None,
        client_id: str | None,
        client_secret: str | None,
        tenant_id: str | None,
        scopes: str | Sequence[str] | None,
        token_url: str | None,
        company_id: str | int | None,
        branch_id: str | int | None,
        application_type: str | None,
        auth: httpx.Auth | None,
        timeout: float | httpx.Timeout | None,
        retry: RetryPolicy | None,
        rate_limit: tuple[int, float] | RateLimiter | None,
        app_name: str | None,
        headers: Mapping[str, str] | None,
        strict: bool = False,
    ) -> None:
        if not isinstance(strict, bool):
            raise InvalidArgument(f"strict must be True or False, got {strict!r}")
        #: validate every typed value parsed (vismanet_ext.validation); lenient parsing otherwise
        self.strict = strict
        url = (base_url or DEFAULT_BASE_URL).strip().rstrip("/")
        parts = urlsplit(url)
        if parts.username is not None or parts.password is not None:
            # httpx would log the password with every request; credentials go in token= or client_secret=.
            raise InvalidArgument("base_url must not contain credentials (user:password@host); pass token= or client credentials")
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
            raise InvalidArgument(f"base_url must be an http(s) URL without query, got {base_url!r}")
        self.base_url = url
        self.auth = _choose_auth(
            token=token,
            client_id=client_id,
            client_secret=client_secret,
            tenant_id=tenant_id,
            scopes=scopes,
            token_url=token_url,
            auth=auth,
        )
        self.legacy = (parts.hostname or "").lower() == LEGACY_HOST
        agent = user_agent(_text_arg("app_name", app_name) if app_name else None)
        request_headers: dict[str, str] = {"User-Agent": agent, "Accept": "application/json"}
        self.company_id = None if company_id is None else _text_arg("company_id", str(company_id))
        if self.legacy and self.company_id is None and not isinstance(self.auth, ClientCredentials):
            # A client-credentials token names its company (ON-IT/Visma.Net: no ipp-company-id with it).
            raise InvalidArgument(
                f"{LEGACY_HOST} needs company_id= (sent as the {COMPANY_HEADER} header on every request), "
                "unless you sign in with client credentials (client_id=, client_secret=, tenant_id=): their "
                "token names the company and no header is sent"
            )
        if self.company_id is not None:
            request_headers[COMPANY_HEADER] = self.company_id
            if self.legacy or application_type:
                request_headers[APPLICATION_TYPE_HEADER] = _text_arg(
                    "application_type", application_type or LEGACY_APPLICATION_TYPE
                )
        if branch_id is not None:
            request_headers[BRANCH_HEADER] = _text_arg("branch_id", str(branch_id))
        if headers:
            request_headers.update(headers)
        self.headers = request_headers
        if timeout is None or isinstance(timeout, httpx.Timeout):
            self.timeout = timeout
        elif isinstance(timeout, (int, float)) and not isinstance(timeout, bool) and timeout > 0:
            self.timeout = httpx.Timeout(float(timeout))
        else:
            raise InvalidArgument(f"timeout must be seconds > 0, an httpx.Timeout or None, got {timeout!r}")
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise InvalidArgument(f"retry must be a RetryPolicy or None, got {type(retry).__name__}")
        self.retry = retry
        if rate_limit is None or isinstance(rate_limit, RateLimiter):
            self.rate_limiter = rate_limit
        elif isinstance(rate_limit, tuple) and len(rate_limit) == 2:
            self.rate_limiter = RateLimiter(rate_limit[0], rate_limit[1])
        else:
            raise InvalidArgument(
                f"rate_limit must be (calls, per_seconds), a RateLimiter or None, got {rate_limit!r}"
            )


def _choose_auth(
    *,
    token: str | None,
    client_id: str | None,
    client_secret: str | None,
    tenant_id: str | None,
    scopes: str | Sequence[str] | None,
    token_url: str | None,
    auth: httpx.Auth | None,
) -> httpx.Auth:
    credentials = {"client_id": client_id, "client_secret": client_secret, "tenant_id": tenant_id}
    given = [name for name, value in credentials.items() if value is not None]
    ways = sum((auth is not None, token is not None, bool(given)))
    if ways > 1:
        raise InvalidArgument("give exactly one of token=, client_id/client_secret/tenant_id, or auth=")
    if auth is not None:
        if not isinstance(auth, httpx.Auth):
            raise InvalidArgument(f"auth must be an httpx.Auth, got {type(auth).__name__}")
        return auth
    if token is not None:
        return BearerToken(token)
    if given:
        missing = [name for name, value in credentials.items() if value is None]
        if missing:
            raise InvalidArgument(f"client credentials need {', '.join(missing)} as well")
        assert client_id is not None and client_secret is not None and tenant_id is not None
        return ClientCredentials(
            client_id,
            client_secret,
            tenant_id,
            scope=scopes if scopes is not None else DEFAULT_SCOPE,
            token_url=token_url or DEFAULT_TOKEN_URL,
        )
    raise InvalidArgument(
        "no credentials: pass token=, or client_id=, client_secret= and tenant_id=, or use VismaNet.from_env()"
    )


def _env_kwargs(environ: Mapping[str, str], overrides: dict[str, Any]) -> dict[str, Any]:
    """Constructor keywords from VISMANET_* variables; explicit keywords win over the environment."""

    def env(name: str) -> str | None:
        value = environ.get(_ENV_PREFIX + name, "").strip()
        return value or None

    kwargs: dict[str, Any] = {}
    for key, name in (
        ("base_url", "BASE_URL"),
        ("company_id", "COMPANY_ID"),
        ("branch_id", "BRANCH_ID"),
        ("token_url", "TOKEN_URL"),
        ("scopes", "SCOPES"),
        ("app_name", "APP_NAME"),
    ):
        value = env(name)
        if value is not None:
            kwargs[key] = value
    has_auth = any(k in overrides for k in ("token", "client_id", "client_secret", "tenant_id", "auth"))
    if not has_auth:
        token = env("TOKEN")
        token_file = env("TOKEN_FILE")
        if token is None and token_file is not None:
            token = read_token_file(token_file, what="VISMANET_TOKEN_FILE")
        creds = {k: env(k.upper()) for k in ("client_id", "client_secret", "tenant_id")}
        if token is not None:
            kwargs["token"] = token
        elif any(v is not None for v in creds.values()):
            missing = [_ENV_PREFIX + k.upper() for k, v in creds.items() if v is None]
            if missing:
                raise InvalidArgument(
                    f"VismaNet.from_env(): client credentials are incomplete, missing {', '.join(missing)}"
                )
            kwargs.update(creds)
        else:
            raise InvalidArgument(
                "VismaNet.from_env(): no credentials in the environment; set VISMANET_TOKEN, or "
                "VISMANET_CLIENT_ID, VISMANET_CLIENT_SECRET and VISMANET_TENANT_ID "
                "(optional: VISMANET_BASE_URL, VISMANET_COMPANY_ID, VISMANET_BRANCH_ID, VISMANET_SCOPES, "
                "VISMANET_TOKEN_URL)"
            )
    base_url = overrides.get("base_url", kwargs.get("base_url")) or DEFAULT_BASE_URL
    company = overrides.get("company_id", kwargs.get("company_id"))
    signs_in = kwargs.get("client_id") is not None or overrides.get("client_id") is not None or isinstance(
        overrides.get("auth"), ClientCredentials
    )
    if (urlsplit(str(base_url)).hostname or "").lower() == LEGACY_HOST and company is None and not signs_in:
        raise InvalidArgument(
            f"VismaNet.from_env(): VISMANET_BASE_URL is the legacy host {LEGACY_HOST}, which needs "
            "VISMANET_COMPANY_ID with a token (client credentials name the company themselves)"
        )
    kwargs.update(overrides)
    return kwargs


def read_token_file(path: str, *, what: str = "token file") -> str:
    """The bearer token in ``path`` (surrounding whitespace dropped; one line); InvalidArgument if unusable.

    A token in a file (mode 0600) is not visible to other users the way ``--token`` in ``ps`` or an
    exported variable in ``/proc/<pid>/environ`` of a shared process can be.
    """
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read(64 * 1024 + 1)
    except FileNotFoundError:
        raise InvalidArgument(f"{what}: {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidArgument(f"{what}: cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    token = text.strip()
    if not token or len(text) > 64 * 1024 or any(c in token for c in "\r\n\x00"):
        raise InvalidArgument(f"{what}: {path} must hold one token on one line")
    return token


def _split_body_kwargs(target: Target, body: Any, json: Any) -> Any:
    if body is not ABSENT and json is not ABSENT:
        raise InvalidArgument("give the request body once, as body= or json=")
    return body if body is not ABSENT else json


def _paging_params(
    target: Target, params: dict[str, Any], page_size: int | None
) -> tuple[dict[str, Any], int | None, bool | None]:
    """Strip the paging keywords out of ``params``; (params, page size, paged?) or InvalidArgument."""
    paged: bool | None = target.pages
    if PAGE_SIZE in params:
        value = params.pop(PAGE_SIZE)
        if page_size is not None and value is not None:
            raise InvalidArgument("give the page size once, as page_size=")
        page_size = value if value is not None else page_size
    for name in (PAGE_NUMBER, "page_number"):
        if params.get(name) is not None:
            raise InvalidArgument(f"paginate()/pages() set {PAGE_NUMBER} themselves; do not pass {name}=")
        params.pop(name, None)
    if any(params.get(name) is not None for name in ("erp_api_background", "erp-api-background")):
        raise InvalidArgument(
            "paginate()/pages() read results page by page; a background call (erp-api-background) returns a "
            "job instead: use call() or start_background()"
        )
    if paged is not False:
        conflicts = [wire for name, wire in _PAGING_CONFLICTS.items() if params.get(name) is not None]
        if conflicts:
            raise InvalidArgument(
                f"{', '.join(sorted(set(conflicts)))} cannot be combined with paging (pageNumber/pageSize); "
                "use call() for numberToRead/skipRecords, or drop them to page through everything"
            )
    check_paging_args(page_size, 1, 1)
    return params, page_size, paged


def _check_call_params(params: Mapping[str, Any]) -> None:
    if any(params.get(n) is not None for n in _PAGING_CONFLICTS) and any(
        params.get(n) is not None for n in (PAGE_NUMBER, PAGE_SIZE, "page_number", "page_size")
    ):
        raise InvalidArgument("numberToRead/skipRecords cannot be combined with pageNumber/pageSize")


def _release_stream(response: httpx.Response) -> None:
    """Let a read response be freed as soon as it is dropped.

    httpx keeps ``response.stream`` bound to the response (a reference cycle), so a read response, body
    and all, lives until the cyclic collector runs; while paging, megabyte page bodies would pile up between
    collections. Once the body is read the bound stream has no job left: a plain stream over the same bytes
    replaces it, which ends the cycle (``response.content`` and ``close()`` behave as before).
    """
    if response.is_stream_consumed and response.is_closed:
        response.stream = httpx.ByteStream(response.content)


class _Common:
    """Shared by both twins: settings, the generated client, request preparation, results."""

    _settings: _Settings
    sandbox_server: Any
    _is_async = False
    _owns_sandbox = True  # False for a Sandbox passed in and for with_options() clients

    def __init__(
        self,
        base_url: str | None = None,
        token: str | None = None,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        tenant_id: str | None = None,
        scopes: str | Sequence[str] | None = None,
        token_url: str | None = None,
        company_id: str | int | None = None,
        branch_id: str | int | None = None,
        application_type: str | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = DEFAULT_RETRY_POLICY,
        rate_limit: tuple[int, float] | RateLimiter | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        proxy: str | httpx.Proxy | None = None,
        trust_env: bool = True,
        app_name: str | None = None,
        headers: Mapping[str, str] | None = None,
        log: bool = True,
        strict: bool = False,
    ) -> None:
        self._settings = s = _Settings(
            base_url=base_url,
            token=token,
            client_id=client_id,
            client_secret=client_secret,
            tenant_id=tenant_id,
            scopes=scopes,
            token_url=token_url,
            company_id=company_id,
            branch_id=branch_id,
            application_type=application_type,
            auth=auth,
            timeout=timeout,
            retry=retry,
            rate_limit=rate_limit,
            app_name=app_name,
            headers=headers,
            strict=strict,
        )
        self.sandbox_server = None
        configure_logging_from_env()  # VISMANET_LOG=debug|info|...
        self._log = log
        self._inner = inner_transport(
            is_async=self._is_async, transport=transport, proxy=proxy, http_client=http_client, trust_env=trust_env
        )
        self._open(s, self._inner, log)

    def _open(self, s: _Settings, transport: Any, log: bool) -> None:
        """Create the httpx client (sync or async) and the generated client sharing it."""
        raise NotImplementedError

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = ABSENT,
        retry: RetryPolicy | None = ABSENT,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A light client with other defaults, sharing this one's connection pool, auth (token) and throttle.

        ``vn.with_options(timeout=5, retry=None).call(...)``, like Stainless' ``with_options``: only the
        settings are new; closing it leaves the pool open (the parent client owns and closes it).
        """
        settings = copy.copy(self._settings)
        if timeout is not ABSENT:
            settings.timeout = timeout_value(timeout)
        if retry is not ABSENT:
            if retry is not None and not isinstance(retry, RetryPolicy):
                raise InvalidArgument(f"retry must be a RetryPolicy or None, got {type(retry).__name__}")
            settings.retry = retry
        if headers:
            settings.headers = {**settings.headers, **{k: _text_arg(f"header {k}", v) for k, v in headers.items()}}
        clone = copy.copy(self)
        clone._settings = settings
        clone._owns_sandbox = False
        shared = AsyncSharedTransport(self._inner) if self._is_async else SharedTransport(self._inner)
        clone._open(settings, shared, self._log)
        return clone

    def _prepare(
        self,
        target: Any,
        params: dict[str, Any],
        *,
        body: Any,
        json: Any,
        headers: Mapping[str, str] | None,
        files: Any,
        content: Any,
        data: Any,
    ) -> Prepared:
        resolved = resolve(target)
        if isinstance(resolved, OpSpec):
            if content is not None or data is not None:
                raise InvalidArgument(f"{resolved.name}: content=/data= are for raw routes; use body=")
            return resolved.prepare(  # body= is shaped (vismanet_ext.bodies); json= is sent as given
                params, body=_split_body_kwargs(resolved, body, json), headers=headers, files=files, shape=json is ABSENT
            )
        return resolved.prepare(
            params, json=json, body=body, headers=headers, files=files, content=content, data=data
        )

    def _result(self, prepared: Prepared, response: httpx.Response) -> Result[Any]:
        target = prepared.target
        if isinstance(target, RawRoute):
            value = decode_body(response)
            return Result(value, response, value)
        client = self.client
        if self._settings.strict:  # VismaNet(strict=True): typed values are checked against the spec's types
            return Result.lazy(response, lambda raw: validate(target.parse(raw, client)))
        return Result.lazy(response, lambda raw: target.parse(raw, client))

    def _fetched(
        self, prepared: Prepared, number: int, size: int | None, response: httpx.Response
    ) -> FetchedPage:
        target = prepared.target
        with collector_paused():
            raw = decode_body(response)
            typed = raw if isinstance(target, RawRoute) else target.parse(response, self.client, decoded=raw)
        if self._settings.strict and not isinstance(target, RawRoute):
            validate(typed)
        raw_records, records, total, max_size, shaped = split_body(raw, typed)
        return FetchedPage(number, size, Result(typed, response, raw), raw_records, records, total, max_size, shaped)

    def _plan(
        self,
        target: Any,
        params: dict[str, Any],
        *,
        page_size: int | None,
        max_concurrency: int,
        max_pages: int,
        headers: Mapping[str, str] | None,
    ) -> tuple[Prepared, _Plan]:
        check_paging_args(page_size, max_concurrency, max_pages)
        resolved = resolve(target)
        params, page_size, paged = _paging_params(resolved, dict(params), page_size)
        prepared = self._prepare(
            resolved, params, body=ABSENT, json=ABSENT, headers=headers, files=None, content=None, data=None
        )
        if prepared.method != "GET":
            raise InvalidArgument(f"{resolved.name}: only GET operations can be paged")
        plan = _Plan(
            page_size=(page_size or DEFAULT_PAGE_SIZE) if paged is not False else None,
            max_concurrency=max_concurrency if paged is not False else 1,
            max_pages=max_pages,
            paged=paged,
            key=RecordKey.for_operation(resolved.op),
            stats=PagingStats(),
            route=resolved.name,
            lines=resolved.op.page_lines if resolved.op is not None else None,
        )
        return prepared, plan

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def client(self) -> AuthenticatedClient:
        """The generated ``vismanet_client.AuthenticatedClient``, sharing this object's connection and auth."""
        return self._generated

    _generated: AuthenticatedClient

    def _make_generated(self) -> AuthenticatedClient:
        from vismanet_client import AuthenticatedClient

        return AuthenticatedClient(base_url=self._settings.base_url, token="", raise_on_unexpected_status=False)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._settings.base_url!r}, auth={self._settings.auth!r})"


def _with_expect(prepared: Prepared, extensions: dict[str, Any] | None) -> dict[str, Any] | None:
    """Tell the retry layer which body shape the operation returns, so it checks and resends bad bodies."""
    expect = prepared.target.expect
    if expect is None:
        return extensions
    return {**extensions, EXPECT: expect} if extensions else {EXPECT: expect}


def _page_request(prepared: Prepared, number: int, size: int | None) -> Prepared:
    return prepared.with_page(number, size) if size is not None else prepared


# httpcore reports each step of an exchange to the request's ``trace`` extension; the pager waits for
# "the request has left" before decoding the next page (see vismanet_ext.pagination).
_SENT_EVENT = "send_request_body.complete"


def _report_sent(sent: Callable[[], None]) -> dict[str, Any]:
    def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith(_SENT_EVENT):
            sent()

    return {"trace": trace}


def _areport_sent(sent: Callable[[], None]) -> dict[str, Any]:
    async def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith(_SENT_EVENT):
            sent()

    return {"trace": trace}


class VismaNet(_Common):
    """Synchronous client. A context manager: leaving ``with`` closes its connections."""

    def _open(self, s: _Settings, transport: Any, log: bool) -> None:
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise InvalidArgument(f"transport must be an httpx.BaseTransport, got {type(transport).__name__}")
        self._http = httpx.Client(
            base_url=s.base_url,
            auth=s.auth,
            headers=s.headers,
            timeout=s.timeout,
            transport=build_transport(transport, retry=s.retry, rate_limiter=s.rate_limiter, log=log),
        )
        self._generated = self._make_generated()
        self._generated.set_httpx_client(self._http)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> VismaNet:
        """Configure from ``VISMANET_*`` variables (keywords override); InvalidArgument names what is missing."""
        return cls(**_env_kwargs(os.environ if environ is None else environ, overrides))

    @classmethod
    def sandbox(cls, sandbox: Any = None, **kwargs: Any) -> VismaNet:
        """A client wired to an in-process :class:`vismanet_ext.sandbox.Sandbox` (``vn.sandbox_server``).

        ``VismaNet.sandbox(sandbox={"sizes": {"customer": 50}}, retry=None)``: sandbox settings in
        ``sandbox=`` (or a ready ``Sandbox``), client options as keywords (see ``split_sandbox_kwargs``).
        """
        vn: VismaNet = _sandbox_client(cls, sandbox, kwargs)
        return vn

    @property
    def http(self) -> httpx.Client:
        """The underlying ``httpx.Client`` (auth, User-Agent and the transport stack included)."""
        return self._http

    # -- calls ---------------------------------------------------------------------------------------

    def call(
        self,
        target: Any,
        /,
        *,
        body: Any = ABSENT,
        json: Any = ABSENT,
        headers: Mapping[str, str] | None = None,
        files: Any = None,
        content: Any = None,
        data: Any = None,
        if_match: Any = None,
        timeout: float | httpx.Timeout | None = ABSENT,
        **params: Any,
    ) -> Result[Any]:
        """Call one operation (a generated module or ``"METHOD /path"``) and return its :class:`Result`.

        Raises :class:`~vismanet_ext.errors.InvalidArgument` before sending for bad keywords, an
        :class:`~vismanet_ext.errors.ApiError` subclass for a non-2xx answer and
        :class:`~vismanet_ext.errors.NetworkError` when the server could not be reached.
        ``if_match`` (an ETag, a Result or a record with ``timeStamp``) sends ``If-Match`` on any operation;
        a 412 raises :class:`~vismanet_ext.errors.PreconditionFailed` and is never retried.
        ``timeout`` (seconds, an ``httpx.Timeout``, or None for no limit) applies to this call only.
        """
        if params:
            _check_call_params(params)
        headers = if_match_headers(headers, if_match)
        prepared = self._prepare(
            target, params, body=body, json=json, headers=headers, files=files, content=content, data=data
        )
        extensions = timeout_extension(timeout) if timeout is not ABSENT else None  # this call only
        try:
            response = self.send(prepared, extensions=_writes.lost.send_extensions(prepared, extensions))
        except _writes.lost.RECOVERABLE as err:  # a write whose answer may be lost: reconcile or OutcomeUnknown
            return _writes.recover(self, prepared, err)
        return self._result(prepared, response)

    def send(self, prepared: Prepared, *, extensions: dict[str, Any] | None = None) -> httpx.Response:
        """Send a prepared request; raise the matching error for a non-2xx status (for helpers).

        ``extensions`` become the httpx request's extensions (the pager passes httpcore's ``trace`` hook).
        """
        try:
            response = self._http.request(
                prepared.method,
                prepared.url,
                params=prepared.params or None,  # an empty dict still costs httpx a URL re-parse
                headers=prepared.headers or None,
                extensions=_with_expect(prepared, extensions),
                **prepared.content_kwargs,
            )
        except httpx.RequestError as exc:
            raise NetworkError.from_exception(exc) from exc
        _release_stream(response)
        if not 200 <= response.status_code < 300:
            raise error_from_response(response)
        return response

    def pages(
        self,
        target: Any,
        /,
        *,
        page_size: int | None = None,
        max_concurrency: int = 1,
        max_pages: int = DEFAULT_MAX_PAGES,
        headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> PageIterator[Any]:
        """Iterate the pages of a listing (see :mod:`vismanet_ext.pagination` for the rules)."""
        prepared, plan = self._plan(
            target, params, page_size=page_size, max_concurrency=max_concurrency, max_pages=max_pages, headers=headers
        )

        def fetch(number: int, size: int | None, sent: Callable[[], None]) -> httpx.Response:
            return self.send(_page_request(prepared, number, size), extensions=_report_sent(sent))

        def finish(number: int, size: int | None, response: httpx.Response) -> FetchedPage:
            return self._fetched(prepared, number, size, response)

        return PageIterator(fetch, plan, finish)

    def paginate(
        self,
        target: Any,
        /,
        *,
        page_size: int | None = None,
        max_concurrency: int = 1,
        max_pages: int = DEFAULT_MAX_PAGES,
        headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> RecordIterator[Any]:
        """Iterate every record of a listing across pages; typed for generated operations, dicts for raw."""
        return RecordIterator(
            self.pages(
                target,
                page_size=page_size,
                max_concurrency=max_concurrency,
                max_pages=max_pages,
                headers=headers,
                **params,
            )
        )

    # --- write helpers (vismanet_ext.writes) -------------------------------------------------------

    def create(
        self,
        target: Any,
        /,
        *,
        body: Any = ABSENT,
        find_existing: _writes.FindExisting | None = None,
        max_sends: int = 2,
        **params: Any,
    ) -> Result[Any]:
        """POST a new record; ``result.id`` is its key from ``Location`` (ApiError if a 201 has none).

        A lost answer raises OutcomeUnknown; with ``find_existing`` (returns the record's key or None) the
        record is looked up first and the POST resent only when it is not there (see writes.created).
        """
        return _writes.create(self, target, body=body, find_existing=find_existing, max_sends=max_sends, **params)

    def update_with_retry(
        self,
        get_op: Any,
        put_op: Any,
        mutate: _writes.etag.Mutate,
        *,
        attempts: int = 3,
        check_if_match: bool = True,
        **key: Any,
    ) -> Result[Any]:
        """Read with ETag, ``mutate``, PUT with If-Match; on 412 retry from a fresh read (see writes.etag)."""
        return _writes.update_with_retry(
            self, get_op, put_op, mutate, attempts=attempts, check_if_match=check_if_match, **key
        )

    def upload_attachment(
        self,
        target: Any,
        file: _writes.multipart.FileInput,
        /,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        **path_params: Any,
    ) -> Result[Any]:
        """Stream ``file`` (path, bytes or binary file object) as multipart ``file`` to an attachment operation."""
        return _writes.upload_attachment(
            self, target, file, filename=filename, content_type=content_type, **path_params
        )

    def download_attachment(
        self, attachment_id: str, destination: Any = None, /, *, overwrite: bool = False
    ) -> Downloaded:
        """Stream ``GET /v1/attachment/{id}`` to a path, a binary file object, or memory (see attachments_download)."""
        from .attachments_download import download_attachment

        return download_attachment(self, attachment_id, destination, overwrite=overwrite)

    def start_background(
        self, target: Any, /, *, notify: _writes.notify.Notify = "none", **kwargs: Any
    ) -> _writes.BackgroundJob:
        """Queue ``target`` with ``erp-api-background``; returns the job from the 202 (see writes.background)."""
        return _writes.start_background(self, target, notify=notify, **kwargs)

    def background_job(self, job_id: str) -> _writes.BackgroundJob:
        """Resume a background job from its id (continuation token); no request until polled."""
        return _writes.background_job(self, job_id)

    # -- lifecycle -----------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connections (idempotent); also stops a sandbox made by :meth:`sandbox`."""
        self._http.close()
        if self.sandbox_server is not None and self._owns_sandbox:
            self.sandbox_server.close()

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    def __enter__(self) -> VismaNet:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncVismaNet(_Common):
    """Asynchronous twin of :class:`VismaNet`: same methods, as coroutines and async iterators."""

    _is_async = True

    def _open(self, s: _Settings, transport: Any, log: bool) -> None:
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise InvalidArgument(
                f"transport must be an httpx.AsyncBaseTransport, got {type(transport).__name__}"
            )
        self._http = httpx.AsyncClient(
            base_url=s.base_url,
            auth=s.auth,
            headers=s.headers,
            timeout=s.timeout,
            transport=build_async_transport(transport, retry=s.retry, rate_limiter=s.rate_limiter, log=log),
        )
        self._generated = self._make_generated()
        self._generated.set_async_httpx_client(self._http)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> AsyncVismaNet:
        """Configure from ``VISMANET_*`` variables (keywords override); InvalidArgument names what is missing."""
        return cls(**_env_kwargs(os.environ if environ is None else environ, overrides))

    @classmethod
    def sandbox(cls, sandbox: Any = None, **kwargs: Any) -> AsyncVismaNet:
        """A client wired to an in-process sandbox (``vn.sandbox_server``); see :meth:`VismaNet.sandbox`."""
        vn: AsyncVismaNet = _sandbox_client(cls, sandbox, kwargs)
        return vn

    @property
    def http(self) -> httpx.AsyncClient:
        return self._http

    async def call(
        self,
        target: Any,
        /,
        *,
        body: Any = ABSENT,
        json: Any = ABSENT,
        headers: Mapping[str, str] | None = None,
        files: Any = None,
        content: Any = None,
        data: Any = None,
        if_match: Any = None,
        timeout: float | httpx.Timeout | None = ABSENT,
        **params: Any,
    ) -> Result[Any]:
        """See :meth:`VismaNet.call`."""
        if params:
            _check_call_params(params)
        headers = if_match_headers(headers, if_match)
        prepared = self._prepare(
            target, params, body=body, json=json, headers=headers, files=files, content=content, data=data
        )
        extensions = timeout_extension(timeout) if timeout is not ABSENT else None  # this call only
        try:
            response = await self.send(prepared, extensions=_writes.lost.send_extensions(prepared, extensions))
        except _writes.lost.RECOVERABLE as err:  # a write whose answer may be lost: reconcile or OutcomeUnknown
            return await _writes.arecover(self, prepared, err)
        return self._result(prepared, response)

    async def send(self, prepared: Prepared, *, extensions: dict[str, Any] | None = None) -> httpx.Response:
        """See :meth:`VismaNet.send`."""
        try:
            response = await self._http.request(
                prepared.method,
                prepared.url,
                params=prepared.params or None,  # an empty dict still costs httpx a URL re-parse
                headers=prepared.headers or None,
                extensions=_with_expect(prepared, extensions),
                **prepared.content_kwargs,
            )
        except httpx.RequestError as exc:
            raise NetworkError.from_exception(exc) from exc
        _release_stream(response)
        if not 200 <= response.status_code < 300:
            raise await aerror_from_response(response)
        return response

    def pages(
        self,
        target: Any,
        /,
        *,
        page_size: int | None = None,
        max_concurrency: int = 1,
        max_pages: int = DEFAULT_MAX_PAGES,
        headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> AsyncPageIterator[Any]:
        """``async for page in vn.pages(...)``; see :meth:`VismaNet.pages`."""
        prepared, plan = self._plan(
            target, params, page_size=page_size, max_concurrency=max_concurrency, max_pages=max_pages, headers=headers
        )

        async def fetch(number: int, size: int | None, sent: Callable[[], None]) -> httpx.Response:
            return await self.send(_page_request(prepared, number, size), extensions=_areport_sent(sent))

        def finish(number: int, size: int | None, response: httpx.Response) -> FetchedPage:
            return self._fetched(prepared, number, size, response)

        return AsyncPageIterator(fetch, plan, finish)

    def paginate(
        self,
        target: Any,
        /,
        *,
        page_size: int | None = None,
        max_concurrency: int = 1,
        max_pages: int = DEFAULT_MAX_PAGES,
        headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> AsyncRecordIterator[Any]:
        """``async for record in vn.paginate(...)``; see :meth:`VismaNet.paginate`."""
        return AsyncRecordIterator(
            self.pages(
                target,
                page_size=page_size,
                max_concurrency=max_concurrency,
                max_pages=max_pages,
                headers=headers,
                **params,
            )
        )

    # --- write helpers (vismanet_ext.writes) -------------------------------------------------------

    async def create(
        self,
        target: Any,
        /,
        *,
        body: Any = ABSENT,
        find_existing: _writes.FindExisting | None = None,
        max_sends: int = 2,
        **params: Any,
    ) -> Result[Any]:
        """See :meth:`VismaNet.create` (``find_existing`` may be async)."""
        return await _writes.acreate(
            self, target, body=body, find_existing=find_existing, max_sends=max_sends, **params
        )

    async def update_with_retry(
        self,
        get_op: Any,
        put_op: Any,
        mutate: Any,
        *,
        attempts: int = 3,
        check_if_match: bool = True,
        **key: Any,
    ) -> Result[Any]:
        """See :meth:`VismaNet.update_with_retry`; ``mutate`` may also be an async function."""
        return await _writes.aupdate_with_retry(
            self, get_op, put_op, mutate, attempts=attempts, check_if_match=check_if_match, **key
        )

    async def upload_attachment(
        self,
        target: Any,
        file: _writes.multipart.FileInput,
        /,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        **path_params: Any,
    ) -> Result[Any]:
        """See :meth:`VismaNet.upload_attachment`."""
        return await _writes.aupload_attachment(
            self, target, file, filename=filename, content_type=content_type, **path_params
        )

    async def download_attachment(
        self, attachment_id: str, destination: Any = None, /, *, overwrite: bool = False
    ) -> Downloaded:
        """See :meth:`VismaNet.download_attachment`."""
        from .attachments_download import adownload_attachment

        return await adownload_attachment(self, attachment_id, destination, overwrite=overwrite)

    async def start_background(
        self, target: Any, /, *, notify: _writes.notify.Notify = "none", **kwargs: Any
    ) -> _writes.AsyncBackgroundJob:
        """See :meth:`VismaNet.start_background`; ``await job.wait()``."""
        return await _writes.astart_background(self, target, notify=notify, **kwargs)

    def background_job(self, job_id: str) -> _writes.AsyncBackgroundJob:
        """See :meth:`VismaNet.background_job`."""
        return _writes.abackground_job(self, job_id)

    async def aclose(self) -> None:
        """Close the connections (idempotent); also stops a sandbox made by :meth:`sandbox`."""
        await self._http.aclose()
        if self.sandbox_server is not None and self._owns_sandbox:
            self.sandbox_server.close()

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    async def __aenter__(self) -> AsyncVismaNet:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _sandbox_client(cls: Any, sandbox: Any, kwargs: dict[str, Any]) -> Any:
    """``VismaNet.sandbox(...)`` / ``AsyncVismaNet.sandbox(...)``: split the keywords, start or reuse a Sandbox."""
    from .sandbox import Sandbox

    given, server_kwargs, client_kwargs = split_sandbox_kwargs(Sandbox, cls, sandbox, kwargs)
    server = given if given is not None else Sandbox(**server_kwargs)
    tenant = client_kwargs.pop("tenant_id", None)
    credentials = server.client_kwargs(tenant_id=tenant) if tenant else server.client_kwargs()
    transport = server.async_transport() if cls._is_async else server.transport()
    vn = cls(base_url=server.base_url, **credentials, transport=transport, **client_kwargs)
    vn.sandbox_server = server
    vn._owns_sandbox = given is None  # a Sandbox you pass in stays yours to close
    return vn
