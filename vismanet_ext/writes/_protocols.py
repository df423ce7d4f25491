"""The slice of VismaNet / AsyncVismaNet the write helpers need, so they take any client with ``call``."""

from __future__ import annotations

from typing import Any, Protocol

from ..result import Result

__all__ = ["AsyncCaller", "SyncCaller"]


class SyncCaller(Protocol):
    def call(self, target: Any, /, **kwargs: Any) -> Result[Any]: ...


class AsyncCaller(Protocol):
    async def call(self, target: Any, /, **kwargs: Any) -> Result[Any]: ...
