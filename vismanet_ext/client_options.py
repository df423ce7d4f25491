"""What a client sends through and how long it waits: the innermost transport, proxies, timeouts, sandbox keywords.

The SDK's own layers (logging, retries, throttling) are httpx transports wrapped around one *inner*
transport, which owns the connection pool. This module picks that inner transport:

* ``transport=``: yours (an ``httpx.MockTransport``, the sandbox's in-process transport, a tuned
  ``httpx.HTTPTransport(retries=..., verify=...)``);
* ``http_client=``: your ``httpx.Client`` / ``httpx.AsyncClient`` (its proxies, certificates, limits, event
  hooks and mounts), driven through :class:`ClientTransport` so the SDK's layers still run above it. You
  keep ownership: closing the SDK client does not close yours;
* ``proxy=``: ``"http://proxy.corp:3128"`` or an ``httpx.Proxy`` for every request (token requests too);
* otherwise, with ``trust_env=True`` (the default, as in httpx), the ``HTTPS_PROXY``/``HTTP_PROXY``/
  ``ALL_PROXY``/``NO_PROXY`` variables are honoured exactly as httpx reads them; with none set, a plain
  ``httpx.HTTPTransport()``. (httpx ignores these variables whenever a transport is passed, which the SDK
  always does, so without this step a corporate proxy in the environment would be silently bypassed.)

:class:`SharedTransport` lets a light client from ``with_options()`` use its parent's pool without
closing it.
"""

from __future__ import annotations

import inspect
import os
import warnings
from collections.abc import Mapping
from typing import Any

import httpx

from .errors import InvalidArgument

__all__ = [
    "AsyncClientTransport",
    "AsyncSharedTransport",
    "ClientTransport",
    "SharedTransport",
    "inner_transport",
    "split_sandbox_kwargs",
    "timeout_extension",
    "timeout_value",
]

_PROXY_VARIABLES = ("https_proxy", "http_proxy", "all_proxy")


class ClientTransport(httpx.BaseTransport):
    """Sends through a user's ``httpx.Client`` (its own auth is not applied: the SDK authenticates)."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.client.send(request, stream=True, auth=None, follow_redirects=False)

    def close(self) -> None:
        """The client belongs to whoever passed it in; they close it."""


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`ClientTransport`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True, auth=None, follow_redirects=False)

    async def aclose(self) -> None:
        """The client belongs to whoever passed it in; they close it."""


class SharedTransport(httpx.BaseTransport):
    """A parent's inner transport, used by a light client; closing the light client leaves the pool open."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)

    def close(self) -> None:
        """The parent client owns the pool."""


class AsyncSharedTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`SharedTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        """The parent client owns the pool."""


def _environment_has_proxy(environ: Mapping[str, str]) -> bool:
    return any(environ.get(name) or environ.get(name.upper()) for name in _PROXY_VARIABLES)


def inner_transport(
    *,
    is_async: bool,
    transport: Any,
    proxy: Any,
    http_client: Any,
    trust_env: bool,
    environ: Mapping[str, str] | None = None,
) -> Any:
    """The innermost transport for a client (see the module docstring); InvalidArgument on a bad mix."""
    given = [name for name, value in (("transport", transport), ("proxy", proxy), ("http_client", http_client))
             if value is not None]  # fmt: skip
    if len(given) > 1:
        raise InvalidArgument(f"give at most one of transport=, proxy=, http_client= (got {', '.join(given)})")
    if not isinstance(trust_env, bool):
        raise InvalidArgument(f"trust_env must be a bool, got {trust_env!r}")
    if transport is not None:
        return transport  # checked by the client (sync or async)
    if http_client is not None:
        wanted = "httpx.AsyncClient" if is_async else "httpx.Client"
        if isinstance(http_client, httpx.AsyncClient if is_async else httpx.Client) and http_client.is_closed:
            raise InvalidArgument("http_client is already closed")
        if is_async and isinstance(http_client, httpx.AsyncClient):
            return AsyncClientTransport(http_client)
        if not is_async and isinstance(http_client, httpx.Client):
            return ClientTransport(http_client)
        raise InvalidArgument(f"http_client must be an {wanted}, got {type(http_client).__name__}")
    if proxy is not None:
        if not isinstance(proxy, (str, httpx.URL, httpx.Proxy)):
            raise InvalidArgument(f"proxy must be a URL string or an httpx.Proxy, got {type(proxy).__name__}")
        try:
            return httpx.AsyncHTTPTransport(proxy=proxy) if is_async else httpx.HTTPTransport(proxy=proxy)
        except (ValueError, httpx.InvalidURL) as exc:
            raise InvalidArgument(f"proxy {str(proxy)!r} is not usable: {exc}") from None
    if trust_env and _environment_has_proxy(os.environ if environ is None else environ):
        # httpx's own reading of the proxy variables (NO_PROXY included), below the SDK's layers.
        if is_async:
            return AsyncClientTransport(httpx.AsyncClient(trust_env=True, timeout=None))
        return ClientTransport(httpx.Client(trust_env=True, timeout=None))
    return httpx.AsyncHTTPTransport() if is_async else httpx.HTTPTransport()


def timeout_value(timeout: Any) -> httpx.Timeout | None:
    """A checked timeout: seconds > 0, an ``httpx.Timeout``, or None (wait forever)."""
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, (int, float)) and not isinstance(timeout, bool) and timeout > 0:
        return httpx.Timeout(float(timeout))
    raise InvalidArgument(f"timeout must be seconds > 0, an httpx.Timeout or None, got {timeout!r}")


def timeout_extension(timeout: Any) -> dict[str, Any]:
    """Request extensions for a per-call ``timeout=`` (httpx reads ``extensions["timeout"]`` per request)."""
    return {"timeout": (timeout_value(timeout) or httpx.Timeout(None)).as_dict()}


# -- VismaNet.sandbox(...) keywords ----------------------------------------------------------------------

#: Client keywords a sandbox client cannot take: the sandbox decides where it is and how to sign in.
_SANDBOX_PROVIDES = {"base_url", "token", "client_id", "client_secret", "token_url", "auth", "transport",
                     "http_client", "proxy", "scopes"}  # fmt: skip
#: Keywords both the Sandbox and the client take; without ``sandbox=`` they keep their old, sandbox meaning.
_BOTH_WARN = {"rate_limit": "the sandbox's server quota"}


def _parameters(cls: type) -> set[str]:
    return {name for name, p in inspect.signature(cls).parameters.items()
            if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)}  # fmt: skip


def split_sandbox_kwargs(
    sandbox_class: type, client_class: type, sandbox: Any, kwargs: dict[str, Any]
) -> tuple[Any, dict[str, Any], dict[str, Any]]:
    """``(sandbox instance or None, Sandbox(...) keywords, client keywords)`` for ``VismaNet.sandbox(...)``.

    The rule: with ``sandbox=`` (a mapping of Sandbox settings, or a ready Sandbox), every other keyword is
    a client option, exactly as for ``VismaNet(...)`` (so ``rate_limit=`` is the client's throttle). Without
    it (the older form) a keyword goes to the Sandbox when the Sandbox takes it and to the client otherwise;
    ``rate_limit=`` then still means the sandbox's server quota, with a DeprecationWarning.
    """
    sandbox_names = _parameters(sandbox_class)
    client_names = _parameters(client_class) - _SANDBOX_PROVIDES
    if sandbox is not None:
        only_sandbox = sorted(set(kwargs) & (sandbox_names - client_names))
        if only_sandbox:
            raise InvalidArgument(
                f"{', '.join(only_sandbox)}: sandbox settings go inside sandbox={{...}} once sandbox= is given"
            )
        if isinstance(sandbox, sandbox_class):
            return sandbox, {}, dict(kwargs)
        if not isinstance(sandbox, Mapping):
            raise InvalidArgument(f"sandbox= must be a mapping of Sandbox settings or a Sandbox, got "
                                  f"{type(sandbox).__name__}")  # fmt: skip
        unknown = sorted(set(sandbox) - sandbox_names)
        if unknown:
            raise InvalidArgument(f"unknown sandbox setting(s) {', '.join(unknown)}; the Sandbox takes "
                                  f"{', '.join(sorted(sandbox_names))}")  # fmt: skip
        return None, dict(sandbox), dict(kwargs)
    server_kwargs: dict[str, Any] = {}
    client_kwargs: dict[str, Any] = {}
    for name, value in kwargs.items():
        if name in sandbox_names:
            server_kwargs[name] = value
            if name in _BOTH_WARN and name in client_names:
                warnings.warn(
                    f"VismaNet.sandbox({name}=...) sets {_BOTH_WARN[name]}; write "
                    f"VismaNet.sandbox(sandbox={{{name!r}: ...}}) for that, or pass sandbox= to make {name}= "
                    "the client's own setting",
                    DeprecationWarning,
                    stacklevel=3,
                )
        elif name in client_names:
            client_kwargs[name] = value
        else:
            raise InvalidArgument(
                f"VismaNet.sandbox(): unknown keyword {name!r}; sandbox settings: {', '.join(sorted(sandbox_names))}; "
                f"client options: {', '.join(sorted(client_names))}"
            )
    return None, server_kwargs, client_kwargs
