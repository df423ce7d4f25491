"""In-process httpx transports: no socket, same handler as the HTTP server.

A dropped response raises ``httpx.RemoteProtocolError`` with the message httpx
uses when a real server hangs up, so retry code sees the same exception type
in-process and over loopback. The async transport runs the (blocking) handler
in a worker thread so latency faults do not stall the event loop.
"""

from __future__ import annotations

from collections.abc import Callable

import anyio.to_thread
import httpx

from .messages import Body, SandboxRequest, SandboxResponse

Handle = Callable[[SandboxRequest], SandboxResponse]
_DROPPED = "Server disconnected without sending a response."


def _base_url(request: httpx.Request) -> str:
    url = request.url
    default = {"http": 80, "https": 443}.get(url.scheme)
    port = f":{url.port}" if url.port is not None and url.port != default else ""
    return f"{url.scheme}://{url.host}{port}"


def _to_sandbox(request: httpx.Request, body: Body) -> SandboxRequest:
    target = request.url.raw_path.decode("ascii")
    return SandboxRequest.build(
        request.method, target, request.headers.multi_items(), body, _base_url(request)
    )


def _to_httpx(response: SandboxResponse, request: httpx.Request) -> httpx.Response:
    if response.drop:
        raise httpx.RemoteProtocolError(_DROPPED, request=request)
    return httpx.Response(
        response.status, headers=response.headers, content=response.body, request=request
    )


class SandboxTransport(httpx.BaseTransport):
    def __init__(self, handle: Handle) -> None:
        self._handle = handle

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(request.stream, httpx.SyncByteStream):
            raise TypeError("SandboxTransport needs a sync request body")
        body = Body.from_chunks(request.stream)
        return _to_httpx(self._handle(_to_sandbox(request, body)), request)


class AsyncSandboxTransport(httpx.AsyncBaseTransport):
    def __init__(self, handle: Handle) -> None:
        self._handle = handle

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(request.stream, httpx.AsyncByteStream):
            raise TypeError("AsyncSandboxTransport needs an async request body")
        body = Body()
        async for chunk in request.stream:
            body.write(chunk)
        sandbox_request = _to_sandbox(request, body)
        response = await anyio.to_thread.run_sync(self._handle, sandbox_request)
        return _to_httpx(response, request)
