"""Find operations without reading the source: by route, id or name, or search by resource and words.

::

    >>> op = vismanet_ext.operation("POST /v1/customerinvoice")
    >>> op.import_line
    'from vismanet_client.api.customer_invoice import customer_invoice_create'
    >>> op.body_model, [p.name for p in op.params]
    ('CustomerInvoiceUpdateDto', ['erp_api_background'])
    >>> [o.route for o in vismanet_ext.find_operations(resource="customer", writes=True)][:2]
    ['POST /v1/customer', 'PUT /v1/customer/{customerCd}']
    >>> vn.call(op.load(), body={...})          # the module itself, ready for call/create/paginate

Everything comes from the generated operation index (``vismanet_client._operations``) and the body table
(``vismanet_client._body_shapes``), so the answers follow each regeneration. ``operation()`` accepts a
route (``"GET /v1/customer/{customerCd}"``, a concrete ``"GET /v1/customer/10001"`` too), an operation
id (``"CustomerInvoice_Create"``), a module name (``"customer_invoice_create"``, dotted or not) or the
module/function object; an unknown name is an ``InvalidArgument`` listing close matches.

(The search is ``find_operations`` rather than ``operations``: ``vismanet_ext.operations`` is the module
that turns calls into requests.)
"""

from __future__ import annotations

import difflib
import importlib
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .errors import InvalidArgument

if TYPE_CHECKING:
    from vismanet_client._operations import Operation

__all__ = ["OperationInfo", "ParamInfo", "find_operations", "operation"]

_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
_PLACEHOLDER = re.compile(r"\{[^{}/]+\}")
_VERSION = re.compile(r"^/v\d+/", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ParamInfo:
    """One parameter: its keyword in ``vn.call`` (``name``; the wire name works too) and where it goes."""

    name: str
    wire: str
    location: str  # path | query | header
    required: bool
    type: str
    enum: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OperationInfo:
    """What one operation is called, where it lives and what it takes and returns."""

    operation_id: str
    method: str
    path: str
    tag: str
    module: str
    summary: str
    params: tuple[ParamInfo, ...]
    body_model: str | None
    body_fields: tuple[str, ...]
    response_model: str | None
    response_is_list: bool
    pages: bool
    background: bool
    if_match: bool
    attachment_upload: bool

    @property
    def name(self) -> str:
        """The module's own name: ``customer_invoice_create``."""
        return self.module.rsplit(".", 1)[-1]

    @property
    def function(self) -> str:
        """The generated function that sends it: ``vismanet_client.api.customer.customer_post.sync``."""
        return f"{self.module}.sync"

    @property
    def route(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def writes(self) -> bool:
        return self.method != "GET"

    @property
    def import_line(self) -> str:
        package, _, name = self.module.rpartition(".")
        return f"from {package} import {name}"

    def load(self) -> ModuleType:
        """The generated module, to pass to ``vn.call`` / ``create`` / ``paginate``."""
        return importlib.import_module(self.module)

    def describe(self) -> str:
        """A few lines for a terminal or a notebook."""
        lines = [f"{self.route}  ({self.operation_id})", f"  {self.summary}" if self.summary else "",
                 f"  {self.import_line}   (vn.call({self.name}, ...) or {self.name}.sync(client=vn.client, ...))"]  # fmt: skip
        for p in self.params:
            flag = "required" if p.required else "optional"
            enum = f" one of {', '.join(p.enum)}" if p.enum else ""
            lines.append(f"  {p.location:<6} {p.name} ({p.wire}): {p.type}, {flag}{enum}")
        if self.body_model:
            fields = ", ".join(self.body_fields[:8]) + (", ..." if len(self.body_fields) > 8 else "")
            lines.append(f"  body   {self.body_model}" + (f": {fields}" if fields else ""))
        if self.response_model:
            lines.append(f"  returns {'list of ' if self.response_is_list else ''}{self.response_model}"
                         + (" (paged)" if self.pages else ""))  # fmt: skip
        return "\n".join(line for line in lines if line)


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _info(op: Operation) -> OperationInfo:
    from .bodies import _table, body_schema

    schema = body_schema(op.operation_id)
    fields: tuple[str, ...] = ()
    if schema is not None:
        fields = tuple(_table()[1].get(schema.removeprefix("[]:"), {}))
    return OperationInfo(
        operation_id=op.operation_id,
        method=op.method,
        path=op.path,
        tag=op.tag,
        module=op.module,
        summary=" ".join(op.summary.split()),
        params=tuple(ParamInfo(p.python, p.wire, p.location, p.required, p.schema_type, p.enum) for p in op.params),
        body_model=op.body_model,
        body_fields=fields,
        response_model=op.response_model,
        response_is_list=op.response_is_list,
        pages=op.pages,
        background=op.background,
        if_match=op.if_match,
        attachment_upload=op.attachment_upload,
    )


@cache
def _all() -> tuple[OperationInfo, ...]:
    from vismanet_client._operations import OPERATIONS

    return tuple(_info(op) for op in OPERATIONS)


@cache
def _names() -> dict[str, OperationInfo]:
    """Lower-cased operation ids, short and dotted module names, and routes -> operation."""
    names: dict[str, OperationInfo] = {}
    for info in _all():
        for key in (info.operation_id, info.name, info.module, info.route):
            names.setdefault(key.lower(), info)
    return names


def _template_regex(path: str) -> re.Pattern[str]:
    return re.compile("^" + _PLACEHOLDER.sub("[^/]+", re.escape(path).replace(r"\{", "{").replace(r"\}", "}")) + "$",
                      re.IGNORECASE)  # fmt: skip


@cache
def _templates() -> tuple[tuple[str, re.Pattern[str], int, OperationInfo], ...]:
    return tuple((info.method, _template_regex(info.path), len(_PLACEHOLDER.findall(info.path)), info)
                 for info in _all())  # fmt: skip


def _by_route(method: str, path: str) -> OperationInfo | None:
    path = "/" + path.strip().strip("/")
    exact = _names().get(f"{method} {path}".lower())
    if exact is not None:
        return exact
    matches = [(params, info) for m, pattern, params, info in _templates() if m == method and pattern.match(path)]
    return min(matches, key=lambda item: item[0])[1] if matches else None  # literal segments beat placeholders


def operation(query: Any) -> OperationInfo:
    """The operation for a route, an operation id, a module name, or a generated module/function."""
    if isinstance(query, OperationInfo):
        return query
    if not isinstance(query, str):
        from .operations import resolve

        op = resolve(query).op
        if op is None:
            raise InvalidArgument(f"{query!r} is not an operation of the generated client")
        return _info(op)
    text = query.strip()
    method, _, rest = text.partition(" ")
    if method.upper() in _METHODS and rest.strip().startswith("/"):
        found = _by_route(method.upper(), rest.split("?", 1)[0])
        if found is not None:
            return found
    else:
        found = _names().get(text.lower())
        if found is not None:
            return found
    close = difflib.get_close_matches(text.lower(), list(_names()), n=5, cutoff=0.6)
    originals = [_names()[c] for c in close]
    hint = f"; did you mean {', '.join(sorted({f'{o.route} ({o.operation_id})' for o in originals}))}?" if close else ""
    raise InvalidArgument(
        f"no operation {text!r}{hint} (give 'METHOD /path', an operation id such as CustomerInvoice_Create, "
        "or a module name such as customer_invoice_create; vismanet_ext.find_operations() searches)"
    )


def _resource_of(info: OperationInfo) -> str:
    first = _VERSION.sub("/", info.path).strip("/").split("/", 1)[0]
    return _squash(first)


def find_operations(
    resource: str | None = None,
    *,
    search: str | None = None,
    method: str | None = None,
    writes: bool | None = None,
) -> list[OperationInfo]:
    """Operations by resource (tag or first path segment, any case: ``customerInvoice``, ``customer_invoice``),
    words (all must appear in the id, route, module or summary), method, or ``writes=True`` (not GET).

    Sorted by path, then method. An unknown resource is an ``InvalidArgument`` naming close ones.
    """
    pool = _all()
    if resource is not None:
        key = _squash(resource)
        pool = tuple(i for i in pool if _squash(i.tag) == key or _resource_of(i) == key)
        if not pool:
            known = sorted({_resource_of(i) for i in _all()} | {_squash(i.tag) for i in _all()})
            close = difflib.get_close_matches(key, known, n=5, cutoff=0.6)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise InvalidArgument(f"no operations for resource {resource!r}{hint}")
    if method is not None:
        wanted = method.strip().upper()
        if wanted not in _METHODS:
            raise InvalidArgument(f"method must be one of {', '.join(_METHODS)}, got {method!r}")
        pool = tuple(i for i in pool if i.method == wanted)
    if writes is not None:
        pool = tuple(i for i in pool if i.writes == writes)
    if search:
        words = search.lower().split()
        pool = tuple(i for i in pool
                     if all(w in f"{i.operation_id} {i.route} {i.module} {i.summary}".lower() for w in words))  # fmt: skip
    return sorted(pool, key=lambda i: (i.path.lower(), _METHODS.index(i.method) if i.method in _METHODS else 99))
