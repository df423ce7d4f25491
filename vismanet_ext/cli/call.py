"""``vismanet call OPERATION``: any of the generated operations from a shell, in the spirit of ``gh api``.

OPERATION is an operation id (``CustomerInvoice_Create``), a module name (``customer_invoice_create``) or a
route (``"GET /v1/customer/{customerCd}"``, or concrete: ``"GET /v1/customer/10001"``), found with
:func:`vismanet_ext.lookup.operation`. Parameters come as ``--param name=value`` (the Python or the wire
name), converted by the operation's declared types and checked like ``vn.call`` checks them; the body comes
from ``--json FILE`` (plain values are wrapped where Visma wants ``{"value": X}``). Authentication, retries,
``--sandbox`` and exit codes are those of every other command.

Also here: ``vismanet resources --writes``, the write operations of the index.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from typing import Any

from .errors import EXIT_OK, UsageError

_DESCRIPTION = """\
Call any operation of the Visma.net ERP API and print its answer as JSON.

OPERATION: an operation id (CustomerInvoice_Create), a generated module name (customer_invoice_create) or
a route in quotes ("GET /v1/customer/{customerCd}", or "GET /v1/customer/10001" with the values in place).
Find one with `vismanet resources --writes` or --describe.

--param NAME=VALUE sets a path, query or header parameter (Python or wire name; repeatable; a list
parameter takes a comma-separated value); values are converted to the declared type and checked before
anything is sent. --json FILE is the request body ('-' for stdin): plain values are wrapped where Visma's
write DTOs want {"value": ...}, an unknown field name is refused with close matches.

output: the response body as JSON (an empty body prints {"status": ..., "id": ..., "location": ...});
--format jsonl prints one record per line; --all pages through a paged listing and streams every record
(jsonl, json or csv; --out FILE).

examples:
  vismanet call Customer_GetBycustomerCd --param customerCd=10001 --sandbox
  vismanet call "GET /v1/customer" --param status=Active --all --format csv --out customers.csv
  vismanet call customer_invoice_create --json invoice.json
  vismanet call "POST /v1/customerinvoice" --describe
"""


def add_call_parser(add: Callable[[str, str, str | None], argparse.ArgumentParser]) -> None:
    """Register ``call`` with the CLI's ``add(name, help, description)`` (see :mod:`.args`)."""
    from .writers import FORMATS

    p = add("call", "call any operation by id, module name or 'METHOD /path'", _DESCRIPTION)
    p.set_defaults(handler=_run)
    p.add_argument("operation", metavar="OPERATION", help="operation id, module name or 'METHOD /path'")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="a path, query or header parameter (repeatable)")
    p.add_argument("--json", dest="json_file", metavar="FILE", help="request body as JSON ('-' for stdin)")
    p.add_argument("--if-match", metavar="ETAG", help="send If-Match (optimistic concurrency)")
    p.add_argument("--all", action="store_true", help="page through a paged listing and stream every record")
    p.add_argument("--format", choices=FORMATS, help="jsonl or csv per record, json (default) as answered")
    p.add_argument("--out", "-o", metavar="FILE", help="write there instead of stdout")
    p.add_argument("--describe", action="store_true", help="print what OPERATION takes and exit (nothing is sent)")


_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


def convert(param: Any, text: str) -> Any:
    """A ``--param`` value as the parameter's declared type (UsageError naming the parameter)."""
    kind = param.type
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        raise UsageError(f"--param {param.name}: {text!r} is not {'an integer' if kind == 'integer' else 'a number'}") \
            from None
    if kind == "boolean":
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise UsageError(f"--param {param.name}: {text!r} is not true or false")
    if kind == "array":
        return [item for item in text.split(",") if item]
    if param.enum and text not in param.enum:
        raise UsageError(f"--param {param.name}: {text!r} is not one of {', '.join(param.enum)}")
    return text


def parse_params(info: Any, items: list[str]) -> dict[str, Any]:
    """``--param`` items -> wire name -> converted value (unknown names list the allowed ones)."""
    by_name: dict[str, Any] = {}
    for p in info.params:
        by_name[p.name] = p
        by_name.setdefault(p.wire, p)
        by_name.setdefault(p.wire.replace("-", "_"), p)
    out: dict[str, Any] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(f"--param {item!r}: expected NAME=VALUE")
        param = by_name.get(name)
        if param is None:
            allowed = ", ".join(p.name for p in info.params) or "(none)"
            raise UsageError(f"--param {name}: {info.route} has no such parameter; allowed: {allowed}")
        if param.wire in out:
            raise UsageError(f"--param {param.name} given twice")
        out[param.wire] = convert(param, value)
    return out


def _raw_target(info: Any, wire_params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The raw route and its keywords (path parameters by template name, the rest as query/header)."""
    headers = {p.wire for p in info.params if p.location == "header"}
    return f"{info.method} {info.path}", {k: v for k, v in wire_params.items() if k not in headers}


def _concrete_path_params(info: Any, text: str) -> dict[str, str]:
    """Values written into a concrete route (``GET /v1/customer/10001``) for its template's placeholders."""
    _, _, path = text.strip().partition(" ")
    given = path.strip().split("?", 1)[0].strip("/").split("/")
    template = info.path.strip("/").split("/")
    values: dict[str, str] = {}
    if len(given) == len(template):
        for seg, tpl in zip(given, template, strict=True):
            m = re.fullmatch(r"\{([^{}/]+)\}", tpl)
            if m and seg != tpl:
                from urllib.parse import unquote

                values[m.group(1)] = unquote(seg)
    return values


def _run(args: argparse.Namespace) -> int:
    from vismanet_ext.lookup import operation

    from .commands import _read_json, connect_for

    info = operation(args.operation)  # InvalidArgument -> usage error with close matches
    if args.describe:
        sys.stdout.write(info.describe() + "\n")
        return EXIT_OK
    wire = parse_params(info, args.param)
    for name, value in _concrete_path_params(info, args.operation).items():
        wire.setdefault(name, value)
    if args.json_file is not None and args.json_file == "-" and getattr(args, "token_file", None) == "-":
        raise UsageError("--json - and --token-file - cannot both read stdin")
    body = _read_json(args.json_file) if args.json_file is not None else None
    if body is not None and info.body_model is None:
        raise UsageError(f"--json: {info.route} takes no request body")
    if args.all and not info.pages:
        raise UsageError(f"--all: {info.route} is not a paged listing")
    spec = _check(info, wire, body)
    from .connect import METHOD_SCOPES

    args.scopes = (METHOD_SCOPES.get(info.method, "read"),)  # ask for this operation's scope only
    vn = connect_for(args)
    with vn:
        if args.all:
            route, kwargs = _raw_target(info, wire)
            return _write_records(args, vn.paginate(route, **kwargs), args.format or "jsonl")
        extra: dict[str, Any] = {"body": body} if body is not None else {}
        if args.if_match:
            extra["if_match"] = args.if_match
        result = vn.call(spec, **extra, **wire)
    return _print_result(args, result)


def _check(info: Any, wire: dict[str, Any], body: Any) -> Any:
    """Validate like ``vn.call`` does, before connecting (so a bad call never needs credentials)."""
    from vismanet_ext.operations import spec_for_module

    spec = spec_for_module(info.load())
    spec.prepare(wire, **({"body": body} if body is not None else {}))
    return spec.module


def _print_result(args: argparse.Namespace, result: Any) -> int:
    raw = result.raw
    if raw.content:
        value = result.json()
    else:
        value = {"status": result.status_code}
        if result.location:
            value.update(id=result.id, location=result.location)
    fmt = args.format or "json"
    if fmt == "json" and args.out is None:
        sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    records = value if isinstance(value, list) else [value]
    return _write_records(args, iter(records), fmt)


def _write_records(args: argparse.Namespace, records: Any, fmt: str) -> int:
    from .writers import open_writer

    writer = open_writer(fmt, args.out)
    written = 0
    try:
        for record in records:
            writer.write(record if isinstance(record, dict) else {"value": record})
            written += 1
    except BaseException:
        writer.abort()
        raise
    writer.commit()
    if args.out not in (None, "-") and not args.quiet:
        print(f"vismanet: wrote {written:,} record{'s' if written != 1 else ''} to {args.out}", file=sys.stderr)
    return EXIT_OK


def print_writes(args: argparse.Namespace) -> int:
    """``vismanet resources --writes``: every operation that is not a GET (method, path, id, summary)."""
    from vismanet_ext.lookup import find_operations

    ops = find_operations(writes=True)
    out = sys.stdout
    if args.json:
        for op in ops:
            out.write(json.dumps({"method": op.method, "path": op.path, "operation_id": op.operation_id,
                                  "module": op.module, "body": op.body_model, "summary": op.summary}) + "\n")
        return EXIT_OK
    mwidth = max(len(op.method) for op in ops)
    pwidth = min(60, max(len(op.path) for op in ops))  # a few very long paths overflow their column
    iwidth = min(44, max(len(op.operation_id) for op in ops))
    out.write(f"{'METHOD':<{mwidth}}  {'PATH':<{pwidth}}  {'OPERATION':<{iwidth}}  SUMMARY\n")
    for op in ops:
        summary = op.summary if len(op.summary) <= 70 else op.summary[:69].rstrip() + "\u2026"
        out.write(f"{op.method:<{mwidth}}  {op.path:<{pwidth}}  {op.operation_id:<{iwidth}}  {summary}\n")
    return EXIT_OK
