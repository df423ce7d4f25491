"""Turn "what to call" (a generated operation module or a ``"METHOD /path"`` string) into a request.

One mechanism for all 498 operations: everything per-operation comes from the generated operation index
(``vismanet_client._operations``) and the module's own ``_get_kwargs`` / ``_parse_response``; nothing
here knows an endpoint by name. Each operation is resolved once and cached (:func:`resolve`), so a call
costs a dict lookup plus a loop over the keywords actually given.

Keyword rules for generated operations: the generated function's Python names (``customer_cd``) and the
wire names (``customerCd``, ``erp-api-background`` spelled ``erp_api_background``) are both accepted;
``None`` means "not given"; unknown names, missing path parameters, wrong types and a body where none is
taken raise :class:`~vismanet_ext.errors.InvalidArgument` before anything is sent. Date filters and
conditions (see :mod:`vismanet_ext.filters`) are checked and put on the wire by us, not by
``_get_kwargs`` (which would call ``.isoformat()`` on strings for ``format: date-time`` parameters).
"""

from __future__ import annotations

import datetime as _dt
import decimal
import importlib
import inspect
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Any
from urllib.parse import quote, unquote

import httpx

from .bodies import shape_body
from .errors import InvalidArgument, VismaNetError
from .filters import FilterRules, format_date
from .jsonbody import check_json_body
from .result import decode_body
from .transports.body_check import expected_shape

__all__ = [
    "ABSENT",
    "OpSpec",
    "Prepared",
    "RawRoute",
    "ResponseParseError",
    "Target",
    "resolve",
]

#: Marks "keyword not given" where None is a meaningful value (a JSON ``null`` body).
ABSENT: Any = type("_Absent", (), {"__repr__": lambda self: "ABSENT", "__bool__": lambda self: False})()

PAGE_NUMBER = "pageNumber"
PAGE_SIZE = "pageSize"
NUMBER_TO_READ = "numberToRead"
SKIP_RECORDS = "skipRecords"

_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
_PLACEHOLDER = re.compile(r"\{([^{}/]+)\}")


class ResponseParseError(VismaNetError):
    """A 2xx response whose body does not fit the operation's documented response model."""

    def __init__(self, message: str, *, status_code: int, body: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body


@dataclass(slots=True)
class Prepared:
    """A validated request, ready for ``httpx.Client.request(**prepared.request_kwargs())``."""

    method: str
    url: str
    params: dict[str, Any]
    headers: dict[str, str]
    content_kwargs: dict[str, Any]  # json= / files= / content= / data=
    target: Target

    def __post_init__(self) -> None:
        if "json" in self.content_kwargs:  # a date, bytes, set or NaN: InvalidArgument now, not a TypeError later
            check_json_body(self.content_kwargs["json"], where=self.target.name)

    def with_page(self, number: int, size: int) -> Prepared:
        """The same request for another page (every other filter unchanged, as Visma requires)."""
        params = dict(self.params)
        params[PAGE_NUMBER] = number
        params[PAGE_SIZE] = size
        return Prepared(self.method, self.url, params, self.headers, self.content_kwargs, self.target)


class _JsonBody:
    """Lets a plain dict pass through a generated ``_get_kwargs`` that calls ``body.to_dict()``: sent as-is."""

    __slots__ = ("data",)

    def __init__(self, data: Any) -> None:
        self.data = data

    def to_dict(self) -> Any:
        return self.data


def _type_ok(schema_type: str, value: Any, location: str) -> bool:
    if schema_type == "string":
        return isinstance(value, str) or (
            location == "path" and isinstance(value, int) and not isinstance(value, bool)
        )
    if schema_type == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if schema_type == "number":
        return isinstance(value, (int, float, decimal.Decimal)) and not isinstance(value, bool)
    if schema_type == "boolean":
        return isinstance(value, bool)
    if schema_type == "array":
        return isinstance(value, (list, tuple))
    return True


_TYPE_WORDS = {
    "string": "a str",
    "integer": "an int",
    "number": "a number",
    "boolean": "a bool",
    "array": "a list",
    "object": "an object",
}


_UNDECODED: Any = object()


class OpSpec:
    """One generated operation, resolved once: name tables, filter rules and the module's hooks."""

    __slots__ = (
        "op",
        "module",
        "name",
        "_get_kwargs",
        "_parse_response",
        "by_name",
        "required",
        "injected",
        "filters",
        "body_required",
        "body_class_name",
        "_body_class",
        "allowed_text",
        "pages",
        "files_allowed",
        "_response_class",
        "expect",
    )

    def __init__(self, op: Any, module: ModuleType) -> None:
        self.op = op
        self.module = module
        self.name = f"{op.method} {op.path} ({module.__name__.rsplit('.', 1)[-1]})"
        self._get_kwargs: Callable[..., dict[str, Any]] = module._get_kwargs
        self._parse_response: Callable[..., Any] = module._parse_response
        by_name: dict[str, Any] = {}
        for p in op.params:
            by_name[p.python] = p
        for p in op.params:  # wire names where they do not clash with another parameter's Python name
            by_name.setdefault(p.wire, p)
            by_name.setdefault(p.wire.replace("-", "_"), p)
        self.by_name = by_name
        self.required = tuple(p for p in op.params if p.required or p.location == "path")
        self.filters = FilterRules.for_params(op.params)
        # Filter values and conditions are validated together and put on the wire by us.
        self.injected = self.filters.dates | self.filters.conditions | {v for v, _ in self.filters.pairs}
        signature = inspect.signature(self._get_kwargs)
        body = signature.parameters.get("body")
        self.body_required = body is not None and body.default is inspect.Parameter.empty
        self.body_class_name: str | None = op.body_model if body is not None else None
        self._body_class: type | None = None
        self.pages: bool = bool(op.pages)
        self.files_allowed = op.attachment_upload or op.body_is_multipart
        self.allowed_text = ", ".join(p.python for p in op.params) + (", body" if body is not None else "")
        self._response_class: Any = None
        #: The body shape the retry layer checks a 2xx answer against (transports.body_check).
        self.expect = expected_shape(op.method, op)

    # -- request -------------------------------------------------------------------------------------

    def prepare(
        self,
        kwargs: Mapping[str, Any],
        *,
        body: Any = ABSENT,
        headers: Mapping[str, str] | None = None,
        files: Any = None,
        shape: bool = True,
    ) -> Prepared:
        by_name = self.by_name
        call_kwargs: dict[str, Any] = {}
        injected: dict[str, Any] | None = None
        for name, value in kwargs.items():
            param = by_name.get(name)
            if param is None:
                raise InvalidArgument(
                    f"{self.name}: unknown keyword {name!r}; allowed: {self.allowed_text or '(none)'}"
                )
            if value is None:
                continue
            if param.python in call_kwargs or (injected is not None and param.wire in injected):
                raise InvalidArgument(f"{self.name}: {param.python!r} given twice (as {param.python} and {param.wire})")
            wire = param.wire
            if wire in self.injected:
                if wire not in self.filters.dates and wire not in self.filters.conditions and not _type_ok(
                    param.schema_type, value, param.location
                ):
                    raise InvalidArgument(
                        f"{self.name}: {param.python} must be {_TYPE_WORDS.get(param.schema_type, param.schema_type)}, "
                        f"got {type(value).__name__} {value!r}"
                    )
                if injected is None:
                    injected = {}
                injected[wire] = value
                continue
            if not _type_ok(param.schema_type, value, param.location):
                raise InvalidArgument(
                    f"{self.name}: {param.python} must be {_TYPE_WORDS.get(param.schema_type, param.schema_type)}, "
                    f"got {type(value).__name__} {value!r}"
                )
            if param.location == "path":
                _path_text(param.python, value)  # "", ".", ".." would change the endpoint
            call_kwargs[param.python] = value
        for param in self.required:
            if param.python not in call_kwargs and (injected is None or param.wire not in injected):
                raise InvalidArgument(f"{self.name}: missing required {param.location} parameter {param.python!r}")
        if injected:
            self.filters.apply(injected)
        if body is not ABSENT:
            if self.body_class_name is None:
                raise InvalidArgument(f"{self.name} takes no request body, but body= was given")
            call_kwargs["body"] = self._coerce_body(body, shape)
        elif self.body_required:
            raise InvalidArgument(f"{self.name} needs a request body: pass body=<{self.body_class_name} or dict>")
        if files is not None and not self.files_allowed:
            raise InvalidArgument(f"{self.name} does not take a file upload, but files= was given")
        built = self._get_kwargs(**call_kwargs)
        params: dict[str, Any] = built.get("params") or {}
        if injected:
            params.update(injected)
        request_headers: dict[str, str] = built.get("headers") or {}
        if headers:
            request_headers.update(headers)
        content_kwargs: dict[str, Any] = {}
        for key in ("json", "data", "files", "content"):
            if key in built:
                content_kwargs[key] = built[key]
        if files is not None:
            content_kwargs["files"] = files
        return Prepared(built["method"].upper(), built["url"], params, request_headers, content_kwargs, self)

    def _coerce_body(self, body: Any, shape: bool = True) -> Any:
        if isinstance(body, (dict, list)):  # plain values are wrapped where the schema wants {"value": X}
            return _JsonBody(shape_body(self.op.operation_id, body, where=self.name) if shape else body)
        cls = self._body_class
        if cls is None:
            models = importlib.import_module("vismanet_client.models")
            cls = self._body_class = getattr(models, self.body_class_name or "", None)
        if cls is not None and isinstance(body, cls):
            return body
        raise InvalidArgument(
            f"{self.name}: body must be a {self.body_class_name} or a dict, got {type(body).__name__}"
        )

    # -- response ------------------------------------------------------------------------------------

    def parse(self, response: httpx.Response, client: Any, decoded: Any = _UNDECODED) -> Any:
        """The typed value of a 2xx response (None for an empty body, e.g. 204).

        ``decoded`` is the body already decoded by the caller (the pager reads its metadata): a 200 is then
        built from it with the response model, as ``_parse_response`` would, instead of decoding the same
        bytes a second time (a 1,000-record page costs as much to decode as to turn into models).
        """
        if not response.content:
            return None
        if decoded is _UNDECODED:  # the retry layer may have decoded it while checking its shape
            decoded = response.extensions.get("vismanet_decoded", _UNDECODED)
        try:
            if decoded is not _UNDECODED and response.status_code == 200 and self.op.response_model:
                model = self._response_class
                if model is None:
                    models = importlib.import_module("vismanet_client.models")
                    model = self._response_class = getattr(models, self.op.response_model)
                if self.op.response_is_list:
                    return [model.from_dict(item) for item in decoded]
                return model.from_dict(decoded)
            return self._parse_response(client=client, response=response)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ResponseParseError(
                f"{self.name}: the {response.status_code} response does not match the documented model "
                f"({type(exc).__name__}: {exc}); use the raw body via Result.json()",
                status_code=response.status_code,
                body=response.text[:2000],
            ) from exc


class RawRoute:
    """A ``"METHOD /path/{template}"`` call: path parameters by template name, the rest as query."""

    __slots__ = ("method", "template", "path_names", "op", "filters", "pages", "name", "expect")

    def __init__(self, method: str, template: str, op: Any | None) -> None:
        self.method = method
        self.template = template
        self.path_names = tuple(_PLACEHOLDER.findall(template))
        self.op = op
        self.filters: FilterRules | None = FilterRules.for_params(op.params) if op is not None else None
        # None: not in the index, decide from the response shape.
        self.pages: bool | None = bool(op.pages) if op is not None else None
        self.name = f"{method} {template}"
        self.expect = expected_shape(method, op)

    def prepare(
        self,
        kwargs: Mapping[str, Any],
        *,
        json: Any = ABSENT,
        body: Any = ABSENT,
        headers: Mapping[str, str] | None = None,
        files: Any = None,
        content: Any = None,
        data: Any = None,
    ) -> Prepared:
        url = self.template
        query: dict[str, Any] = {}
        if self.path_names:
            missing = [n for n in self.path_names if kwargs.get(n) is None]
            if missing:
                raise InvalidArgument(f"{self.name}: missing path parameter(s) {', '.join(missing)}")
            for name in self.path_names:
                url = url.replace("{" + name + "}", quote(_path_text(name, kwargs[name]), safe=""))
        for name, value in kwargs.items():
            if value is None or name in self.path_names:
                continue
            query[name] = value
        if query:
            rules = self.filters if self.filters is not None else FilterRules.for_names(query)
            if not rules.empty:
                rules.apply(query)
            for name, value in query.items():
                if isinstance(value, _dt.date):  # a date in a parameter that is not a known filter
                    query[name] = format_date(name, value, validate_strings=False)
        content_kwargs: dict[str, Any] = {}
        if json is not ABSENT and body is not ABSENT:
            raise InvalidArgument(f"{self.name}: give the body once, as json= or body=")
        if body is not ABSENT:
            json = body.to_dict() if hasattr(body, "to_dict") and not isinstance(body, (dict, list)) else body
            if self.op is not None and isinstance(body, (dict, list)):  # body= is shaped; json= is sent as given
                json = shape_body(self.op.operation_id, json, where=self.name)
        if json is not ABSENT:
            content_kwargs["json"] = json
        given = [k for k, v in (("files", files), ("content", content), ("data", data)) if v is not None]
        if given and "json" in content_kwargs and given != ["data"]:
            raise InvalidArgument(f"{self.name}: json= cannot be combined with {', '.join(given)}=")
        if files is not None:
            content_kwargs["files"] = files
        if content is not None:
            content_kwargs["content"] = content
        if data is not None:
            content_kwargs["data"] = data
        return Prepared(self.method, url, query, dict(headers) if headers else {}, content_kwargs, self)

    def parse(self, response: httpx.Response, client: Any) -> Any:
        return decode_body(response)


def _path_text(name: str, value: Any) -> str:
    """The text of one path parameter, checked as a single URL segment (the caller percent-encodes it, ``/``
    included). ``""``, ``.`` and ``..`` (also as ``%2e`` and other encodings of them) would be removed or
    resolved by URL normalisation and so change the endpoint (``DELETE /v1/customer/.`` is
    ``DELETE /v1/customer``): refused, like any value that is not a str, int, bool, date or Decimal.
    """
    if isinstance(value, _dt.date):
        return format_date(name, value, validate_strings=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    if not isinstance(value, (str, int, decimal.Decimal)):
        raise InvalidArgument(f"path parameter {name} must be a str or int, got {type(value).__name__} {value!r:.80}")
    return check_segment(name, str(value))


def check_segment(name: str, text: str) -> str:
    """``text`` if it is usable as one path segment; InvalidArgument for what URL normalisation removes."""
    decoded = text
    for _ in range(4):  # %2e, %252e, ...: what a proxy or server decoding more than once would see
        if decoded.strip() in ("", ".", ".."):
            shown = "an empty string" if not text else repr(text)
            raise InvalidArgument(
                f"path parameter {name} is {shown}: URL normalisation would remove it and change the endpoint"
            )
        once = unquote(decoded)
        if once == decoded:
            break
        decoded = once
    return text


Target = OpSpec | RawRoute

# -- resolution (cached) ---------------------------------------------------------------------------------

_SPECS: dict[str, OpSpec] = {}
_SPECS_LOCK = threading.Lock()


def _operations_index() -> ModuleType:
    return importlib.import_module("vismanet_client._operations")


def spec_for_module(module: ModuleType) -> OpSpec:
    """The cached :class:`OpSpec` of a generated operation module."""
    name = module.__name__
    spec = _SPECS.get(name)
    if spec is not None:
        return spec
    try:
        op = _operations_index().by_module(name)
    except KeyError:
        raise InvalidArgument(
            f"{name} is not a generated operation module (expected e.g. vismanet_client.api.customer.customer_get_all)"
        ) from None
    with _SPECS_LOCK:
        spec = _SPECS.get(name)
        if spec is None:
            spec = _SPECS[name] = OpSpec(op, module)
    return spec


@lru_cache(maxsize=1024)
def raw_route(route: str) -> RawRoute:
    """Parse and cache ``"METHOD /path/{template}"``."""
    method, _, path = route.strip().partition(" ")
    method = method.upper()
    path = path.strip()
    if method not in _METHODS or not path.startswith("/") or " " in path:
        raise InvalidArgument(
            f"{route!r} is not a raw route; expected 'METHOD /path', e.g. 'GET /v1/customer/{{customerCd}}'"
        )
    if "?" in path:
        raise InvalidArgument(f"{route!r}: pass query parameters as keyword arguments, not in the path")
    op = _operations_index().find(method, path)
    return RawRoute(method, path, op)


def resolve(target: Any) -> Target:
    """An :class:`OpSpec` or :class:`RawRoute` for a module, a generated function, or a route string."""
    if isinstance(target, str):
        return raw_route(target)
    if isinstance(target, ModuleType):
        return spec_for_module(target)
    if isinstance(target, (OpSpec, RawRoute)):
        return target
    module_name = getattr(target, "__module__", None)
    if callable(target) and isinstance(module_name, str) and module_name.startswith("vismanet_client.api."):
        return spec_for_module(importlib.import_module(module_name))
    raise InvalidArgument(
        f"cannot call {target!r}: pass a generated operation module (from vismanet_client.api.<tag> import "
        "<operation>) or a route string like 'GET /v1/customer'"
    )
