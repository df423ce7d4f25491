"""One function per command: ``cmd_<name>(args) -> exit code``.

Heavy imports (httpx, the client, the sandbox) happen inside the functions; resolving names and
checking arguments happens before connecting, and connecting (credentials) before any file is opened.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from types import FrameType
from typing import Any

from .errors import EXIT_API, EXIT_OK, CLIError, UsageError
from .resources import (
    all_resources,
    attachment_operation,
    create_operation,
    item_operation,
    resolve,
)

_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv"}


def _say(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(f"vismanet: {message}", file=sys.stderr)


def _format_of(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.out:
        return _EXTENSIONS.get(os.path.splitext(args.out)[1].lower(), "jsonl")
    return "jsonl"


class Terminated(CLIError):
    """SIGTERM during an export: handled like Ctrl-C (partial output removed)."""

    exit_code = 143


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated("terminated (SIGTERM); partial output removed")


# -- export ------------------------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from .._malloc import tune_memory_once
    from .export import Page, run_export
    from .progress import Progress
    from .query import add_since, missing_required, parse_since, parse_where
    from .state import Deduper, StateFile, entry_key
    from .writers import open_writer

    resource = resolve(args.resource, args.api_version)
    args.out = expand_out(args.out)
    fmt = _format_of(args)
    query = parse_where(resource, args.where)
    since = parse_since(args.since) if args.since else None
    deduper: Deduper | None = None
    state: tuple[StateFile, str] | None = None
    start = since
    if args.state:
        state_file = StateFile(args.state)
        key = entry_key(resource.path, query)
        checkpoint = state_file.get(key)
        deduper = Deduper(checkpoint, timedelta(seconds=args.overlap))
        if checkpoint.watermark is not None:
            start = deduper.start()  # the state wins over --since once there is one
        add_since(resource, query, start, why="--state")
        state = (state_file, key)
        refuse_to_empty(args.out, args.overwrite)
    elif since is not None:
        add_since(resource, query, since, why="--since")
    missing = missing_required(resource, query)
    if missing:
        raise UsageError(f"{resource.name} requires --where for: {', '.join(missing)}")
    if args.page_size is not None and not resource.operation.pages:
        raise UsageError(f"--page-size: {resource.name} is not paged (the API returns it in one response)")

    vn = connect_for(args)
    tune_memory_once()  # only with VISMANET_TUNE_MEMORY=1 (vismanet_ext._malloc says why it is off by default)
    show_progress = not args.quiet and (args.progress or sys.stderr.isatty())
    progress = Progress(sys.stderr if show_progress else None)
    from ..pagination import IncompleteListing
    from .logs import attach_progress

    attach_progress(progress)
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        with vn:
            pages = vn.pages(
                f"GET {resource.path}",
                page_size=args.page_size,
                max_concurrency=args.concurrency,
                **({"max_pages": args.max_pages} if args.max_pages else {}),
                **query,
            )

            def feed() -> Iterator[Page]:
                with pages:
                    for page in pages:
                        yield Page(page.records, page.total_count)

            # Opened last, right before run_export guards it: an interrupt in the setup above (which may
            # import the operation index) must not find a temp file that nothing will remove.
            writer = open_writer(fmt, args.out)
            try:
                for note in writer.output.notes:
                    _say(args, note)
            except BaseException:  # SIGTERM, Ctrl-C or a closed stderr before run_export guards the part file
                writer.abort()
                raise
            try:
                summary = run_export(feed(), writer, progress=progress, deduper=deduper, since=start, state=state)
            except IncompleteListing as e:  # never exit 0 short, never move the watermark past a gap
                kept = "what went to stdout is incomplete" if args.out in (None, "-") else f"{args.out} was not written"
                raise CLIError(f"{e}\nExport failed: {kept}{'; the state file was not advanced' if state else ''}.") from e
    finally:
        signal.signal(signal.SIGTERM, previous)
        attach_progress(None)
    progress.finish()
    where = args.out if args.out not in (None, "-") else "stdout"
    text = f"exported {summary.written:,} {resource.name} record{'s' if summary.written != 1 else ''} to {where}"
    if summary.skipped:
        text += f" ({summary.skipped:,} already exported, skipped)"
    if state is not None and deduper is not None:
        watermark = deduper.checkpoint().watermark
        text += f"; state saved to {args.state}" + (f" (newest lastModifiedDateTime {watermark})" if watermark else "")
    _say(args, text)
    return EXIT_OK


def expand_out(path: str | None, now: datetime | None = None) -> str | None:
    """``{date}`` and ``{time}`` in --out become the run's local date and time (other braces stay)."""
    if path is None or ("{date}" not in path and "{time}" not in path):
        return path
    when = now or datetime.now()
    return path.replace("{date}", when.strftime("%Y-%m-%d")).replace("{time}", when.strftime("%H%M%S"))


def refuse_to_empty(out: str | None, overwrite: bool) -> None:
    """With --state, a non-empty --out holds the previous run's records: never replace it silently."""
    if overwrite or out is None or out == "-":
        return
    real = os.path.realpath(out)
    try:
        st = os.stat(real)
    except OSError:
        return
    import stat as stat_mod

    if stat_mod.S_ISREG(st.st_mode) and st.st_size > 0:
        raise UsageError(
            f"--out {out} is not empty (the previous run's output?). With --state each run writes only the "
            "records that are new since the last one, so replacing the file would lose the earlier ones. "
            "Give every run its own file, e.g. --out 'customers-{date}-{time}.jsonl', or pass --overwrite"
        )


def connect_for(args: argparse.Namespace) -> Any:
    from .connect import connect

    return connect(args)


# -- resources ---------------------------------------------------------------------------------------------


def cmd_resources(args: argparse.Namespace) -> int:
    if getattr(args, "writes", False):
        from .call import print_writes

        return print_writes(args)
    resources = all_resources()
    out = sys.stdout
    if args.json:
        for r in resources:
            out.write(json.dumps({
                "name": r.name, "path": r.path, "version": r.version, "paged": r.operation.pages,
                "since": r.supports_since, "summary": r.summary,
            }) + "\n")
        return EXIT_OK
    width = max(len(r.name) for r in resources)
    pwidth = max(len(r.path) for r in resources)
    out.write(f"{'NAME':<{width}}  {'PATH':<{pwidth}}  PAGED  SINCE  SUMMARY\n")
    for r in resources:
        out.write(
            f"{r.name:<{width}}  {r.path:<{pwidth}}  {'yes' if r.operation.pages else 'no':<5}  "
            f"{'yes' if r.supports_since else 'no':<5}  {_shorten(r.summary, 90)}\n"
        )
    return EXIT_OK


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


# -- get / create / attach -------------------------------------------------------------------------------


def _path_params(path: str) -> list[str]:
    import re

    return re.findall(r"\{([^{}/]+)\}", path)


#: Longest id accepted on the command line (Visma's ids are tens of characters; URLs are capped).
MAX_ID_LENGTH = 1000


def _check_id(text: str, what: str = "id") -> str:
    import re

    shown = repr(text if len(text) <= 60 else text[:60] + "...")
    if len(text) > MAX_ID_LENGTH:
        raise UsageError(f"{what} {shown} is {len(text):,} characters long; at most {MAX_ID_LENGTH:,} are accepted")
    if re.search(r"[\x00-\x1f\x7f]", text):
        raise UsageError(f"{what} {shown} contains control characters")
    return text


def _split_id(text: str) -> list[str]:
    _check_id(text)
    parts = text.split("/")
    if not text or any(not p for p in parts):
        raise UsageError(f"bad id {text!r}: expected ID or PART/PART for compound ids")
    return parts


def _print_json(value: Any) -> None:
    if isinstance(value, (bytes, bytearray)):
        sys.stdout.buffer.write(value)
        return
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def cmd_get(args: argparse.Namespace) -> int:
    resource = resolve(args.resource, args.api_version)
    parts = _split_id(args.id)
    op = item_operation(resource, len(parts))
    if op is None:
        one = item_operation(resource, 1)
        hint = f" (it takes one id: {one.path})" if one is not None and len(parts) != 1 else ""
        raise UsageError(f"{resource.name} has no GET {resource.path}/{{id}}{'/{id}' * (len(parts) - 1)} operation{hint}")
    vn = connect_for(args)
    with vn:
        result = vn.call(f"GET {op.path}", **dict(zip(_path_params(op.path), parts)))
    _print_json(result.json())
    return EXIT_OK


#: Deepest nesting accepted in a --json body; Visma's DTOs nest a handful of levels.
MAX_JSON_DEPTH = 100


def _json_depth(text: str) -> int:
    """The deepest [ / { nesting of ``text``, strings skipped (linear, no recursion)."""
    import re

    depth = deepest = 0
    for m in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text):
        token = m.group()
        if token in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_JSON_DEPTH:
                    break
        elif token in "]}":
            depth -= 1
    return deepest


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON (NaN and Infinity are JavaScript, not JSON)")


def parse_json_strict(text: str, where: str) -> Any:
    """JSON as RFC 8259 defines it: no NaN/Infinity, nesting at most MAX_JSON_DEPTH (a usage error otherwise)."""
    if _json_depth(text) > MAX_JSON_DEPTH:
        raise UsageError(f"--json: {where} nests deeper than {MAX_JSON_DEPTH} levels")
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError:  # pragma: no cover - the depth check comes first
        raise UsageError(f"--json: {where} nests too deeply") from None
    except ValueError as e:
        raise UsageError(f"--json: {where} is not valid JSON: {e}") from None


def _read_json(path: str) -> Any:
    try:
        if path == "-":
            if sys.stdin is None:
                raise UsageError("--json -: stdin is closed")
            return parse_json_strict(sys.stdin.read(), "stdin")
        with open(path, encoding="utf-8") as f:
            return parse_json_strict(f.read(), path)
    except FileNotFoundError:
        raise UsageError(f"--json: {path} does not exist") from None
    except UnicodeDecodeError:
        raise UsageError(f"--json: {path} is not UTF-8 text") from None
    except OSError as e:
        raise UsageError(f"--json: cannot read {path}: {e.strerror or e}") from None


def cmd_create(args: argparse.Namespace) -> int:
    resource = resolve(args.resource, args.api_version)
    op = create_operation(resource)
    if op is None:
        raise UsageError(f"{resource.name} cannot be created through the API (no POST {resource.path})")
    if args.json_file == "-" and getattr(args, "token_file", None) == "-":
        raise UsageError("--json - and --token-file - cannot both read stdin")
    body = _read_json(args.json_file)
    if not isinstance(body, dict):
        raise UsageError(f"--json: {args.json_file} must hold one JSON object")
    vn = connect_for(args)
    with vn:
        result = vn.create(f"POST {op.path}", body=body)
    new_id = result.id
    if new_id is None:  # 200/204 without Location: nothing to print but the fact
        _say(args, f"created ({result.status_code}); the server named no id")
        return EXIT_OK
    print(new_id)
    return EXIT_OK


def _attachment_forms(resource: Any) -> str:
    """``ID (invoiceNumber) or ID/LINE (invoiceNumber/lineNumber)``: the id shapes a resource takes."""
    from .resources import attachment_operations

    forms: list[str] = []
    for op in attachment_operations(resource):
        names = [p.wire for p in op.params if p.location == "path"]
        shape = "/".join("LINE" if n.lower() == "linenumber" else "ID" if i == 0 else "PART" for i, n in enumerate(names))
        form = f"{shape} ({'/'.join(names)})"
        if form not in forms:
            forms.append(form)
    return " or ".join(forms)


def cmd_attach(args: argparse.Namespace) -> int:
    from .resources import attachment_operations

    resource = resolve(args.resource, args.api_version)
    parts = _split_id(args.id)
    if not attachment_operations(resource):
        raise UsageError(
            f"{resource.name} has no attachment endpoint in the API (no POST {resource.path}/.../attachment); "
            "resources that take attachments include customerinvoice, supplierInvoice, salesorder and inventory"
        )
    op = attachment_operation(resource, len(parts))
    if op is None:
        raise UsageError(f"{resource.name} attachments take {_attachment_forms(resource)}, not a {len(parts)}-part id")
    if not os.path.isfile(args.file):
        raise UsageError(f"{args.file} is not a file")
    names = [p.wire for p in op.params if p.location == "path"]
    line = any(n.lower() == "linenumber" for n in names)
    vn = connect_for(args)
    with vn:
        result = vn.upload_attachment(f"POST {op.path}", args.file, **dict(zip(names, parts)))
    attachment_id = _attachment_id(result)
    target = f"{resource.name} {args.id}" + (" (line-level)" if line else "")
    if attachment_id is not None:
        print(attachment_id)
        _say(args, f"attached {os.path.basename(args.file)} to {target}")
    else:
        _say(args, f"attached {os.path.basename(args.file)} to {target} ({result.status_code}); the server named no attachment id")
    return EXIT_OK


def _attachment_id(result: Any) -> str | None:
    """The new attachment's id: from ``Location`` (like create), else the body's id field."""
    new_id = getattr(result, "id", None)
    if new_id:
        return str(new_id)
    try:
        body = result.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        for key in ("id", "attachmentId", "fileId", "guid"):
            value = body.get(key)
            if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value):
                return str(value)
    if isinstance(body, str) and body.strip() and len(body) < 200:
        return body.strip()
    return None


# -- job ---------------------------------------------------------------------------------------------------


def cmd_job(args: argparse.Namespace) -> int:
    job_id = _check_id(args.id.strip(), "job id")
    if not job_id:
        raise UsageError("job id is empty")
    if args.timeout is not None and not args.wait:
        raise UsageError("--timeout only applies with --wait (without it, job prints the current state at once)")
    vn = connect_for(args)
    from vismanet_ext.errors import BackgroundTimeout

    with vn:
        job = vn.background_job(job_id)
        if not args.wait:
            state = job.poll()
            _print_json(dict(state.raw))
            return EXIT_OK if not state.failed else EXIT_API
        try:
            result = job.wait(timeout=args.timeout)
        except BackgroundTimeout as e:
            status = getattr(e.last_state, "status", None) or "unknown"
            raise CLIError(
                f"background job {job_id} is not done after {args.timeout:g} s (last status: {status}); "
                f"it keeps running on the server: check again with `vismanet job {job_id} --wait` "
                "(Visma keeps a job's state for 24 hours)"
            ) from None
    _print_json({
        "id": result.job_id,
        "status": result.state.status,
        "statusCode": result.status_code,
        "location": result.location,
        "createdId": result.id,
        "content": result.content if not isinstance(result.content, (bytes, bytearray)) else None,
    })
    return EXIT_OK


# -- sandbox serve -----------------------------------------------------------------------------------------


SERVED_TOKEN_LIFETIME = 7 * 24 * 3600.0


def cmd_sandbox_serve(args: argparse.Namespace) -> int:
    if args.port < 0 or args.port > 65535:
        raise UsageError(f"--port {args.port} is not a port number")
    from vismanet_ext.sandbox import Sandbox
    from vismanet_ext.sandbox.settings import SandboxSettings

    try:
        settings = SandboxSettings.from_env(os.environ)
    except ValueError as e:
        raise UsageError(str(e)) from None
    sizes = {k: v for given in (getattr(args, "sizes", None) or []) for k, v in given.items()}
    settings = settings.override(
        sizes={**settings.sizes, **sizes} if sizes else None, seed=getattr(args, "seed", None),
        latency=getattr(args, "latency", None), rate_limit=getattr(args, "rate_limit", None),
        rate_window=getattr(args, "rate_window", None), tenants=getattr(args, "tenants", None),
    )
    # A server for other tools runs for hours: the printed token must outlive a working day.
    sandbox = Sandbox(token_lifetime=SERVED_TOKEN_LIFETIME, **settings.sandbox_kwargs())
    if settings.latency:
        sandbox.faults.latency = settings.latency
    with sandbox, sandbox.serve(port=args.port, host=args.host) as base_url:
        _say(args, f"sandbox serving at {base_url} (Ctrl-C stops it)")
        _say(args, f"try (token valid 7 days): vismanet --base-url {base_url} --token {sandbox.issue_token()} export customer")
        if len(settings.tenants) > 1:
            _say(args, f"tenants {', '.join(sandbox.tenants)}: client_id {sandbox.client_id}, client_secret "
                       f"{sandbox.client_secret}, token URL {base_url}/connect/token (tenant_id picks the tenant)")
        print(base_url, flush=True)
        try:
            signal.pause() if hasattr(signal, "pause") else _sleep_forever()
        except KeyboardInterrupt:
            pass
    return EXIT_OK


def _sleep_forever() -> None:
    import time

    while True:
        time.sleep(3600)
