"""``vismanet sync``: load listings of one or many companies into a database with dlt.

    vismanet sync customer supplier customerinvoice --to duckdb:///visma.duckdb --tenant T1 --tenant T2
    vismanet sync --sandbox                      # offline: every sandbox listing into ./visma.duckdb

The command is the face of :func:`vismanet_ext.dlt.visma_net_source`; dlt (``pip install
"vismanet[dlt]"``) is imported only when the command runs, so ``vismanet --help`` stays instant. Exit
codes as for ``export``: 0 ok, 1 an API/network error for any tenant (the other tenants were loaded) or a
failed load, 2 usage error (nothing sent), 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from .errors import EXIT_API, EXIT_OK, CLIError, UsageError

__all__ = ["DEFAULT_DESTINATION", "add_sync_parser", "cmd_sync", "parse_destination"]

DEFAULT_DESTINATION = "duckdb:///visma.duckdb"
DEFAULT_DATASET = "visma_net"
DEFAULT_PIPELINE = "vismanet_sync"

_DESCRIPTION = """\
Load every record of the named listings (default with --sandbox: every sandbox listing) into a
database, for one or many tenants (companies), with dlt (pip install "vismanet[dlt]").

Listings with a lastModifiedDateTime filter are merged on their key: each run fetches only what changed
since the tenant's previous run (minus --overlap) and a run with no changes loads nothing. Listings
without it, and small ones the API returns whole (account), are reloaded per tenant; that is also the
only way to see deletions, since Visma's API has no deletion feed (--full-refresh NAME forces it).
All tenants share the tables; a tenant_id column is part of every key. A tenant that fails is reported
and the others are loaded.

destinations:
  duckdb:///visma.duckdb           a DuckDB file (relative path; duckdb:////abs/path for an absolute one)
  postgresql://user:pw@host/db     PostgreSQL (pip install psycopg2-binary)

examples:
  vismanet sync --sandbox
  vismanet sync customer supplier customerinvoice --tenant 4f1b... --tenant 9a2c...
  vismanet sync customer --to postgresql://loader@db/warehouse --full-refresh customer
"""


def add_sync_parser(add: Callable[[str, str, str | None], argparse.ArgumentParser]) -> None:
    """Register ``sync`` with the CLI's ``add(name, help, description)`` (see :mod:`.args`)."""
    # The CLI's own whole-number type; imported here because args imports this module lazily.
    from .args import _positive

    p = add("sync", "load listings of one or many companies into DuckDB or PostgreSQL (dlt)", _DESCRIPTION)
    p.set_defaults(handler=_run)
    p.add_argument("resources", nargs="*", metavar="RESOURCE",
                   help="listings to load (`vismanet resources`); default with --sandbox: all sandbox listings")
    p.add_argument("--to", default=DEFAULT_DESTINATION, metavar="URL",
                   help=f"destination (default {DEFAULT_DESTINATION})")
    p.add_argument("--tenant", action="append", default=[], metavar="ID",
                   help="tenant (company) id, repeatable; default VISMANET_TENANT_ID (comma-separated)")
    p.add_argument("--dataset", default=DEFAULT_DATASET, metavar="NAME",
                   help=f"dataset (schema) name in the destination (default {DEFAULT_DATASET})")
    p.add_argument("--pipeline", default=DEFAULT_PIPELINE, metavar="NAME",
                   help=f"dlt pipeline name: state and cursors are kept under it (default {DEFAULT_PIPELINE})")
    p.add_argument("--work-dir", metavar="DIR",
                   help="dlt's working directory (default: dlt's own, ~/.dlt); the cursors also live in the "
                   "destination, so a lost working directory costs nothing")
    p.add_argument("--full-refresh", action="append", default=[], metavar="RESOURCE",
                   help="reload this listing whole per tenant instead of merging changes (sees deletions)")
    p.add_argument("--page-size", type=_positive, metavar="N", help="records per request (server caps it)")
    p.add_argument("--concurrency", type=_positive, default=4, metavar="N",
                   help="pages fetched in parallel per tenant (default 4)")
    p.add_argument("--tenant-workers", type=_positive, default=4, metavar="N",
                   help="tenants fetched at the same time (default 4)")
    p.add_argument("--overlap", type=_seconds, default=300.0, metavar="SECONDS",
                   help="re-read this much before each tenant's newest lastModifiedDateTime (default 300)")
    p.add_argument("--since", metavar="DATETIME",
                   help="a first run starts at lastModifiedDateTime >= DATETIME instead of the beginning")


#: Longest --overlap accepted: a week. More re-reads most of a company's history on every run.
MAX_OVERLAP = 7 * 24 * 3600.0


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 <= value <= MAX_OVERLAP:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"{text!r} must be from 0 to {MAX_OVERLAP:.0f} seconds")
    return value


class Terminated(CLIError):
    """SIGTERM during a sync: like Ctrl-C. Nothing half-done is committed: dlt loads a package whole, and
    what was extracted but not loaded stays pending in the working directory for the next run."""

    exit_code = 143


def _raise_terminated(signum: int, frame: Any) -> None:
    raise Terminated("terminated (SIGTERM); nothing of this run was committed past the last complete load")


def _run(args: argparse.Namespace) -> int:
    import signal

    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        return cmd_sync(args)
    finally:
        signal.signal(signal.SIGTERM, previous)


# -- destinations -----------------------------------------------------------------------------------------


def parse_destination(url: str) -> tuple[str, str]:
    """``(dlt destination name, location)`` from ``duckdb:///file`` or ``postgresql://...`` (UsageError)."""
    text = url.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme == "duckdb":
        if parts.netloc:
            raise UsageError(f"--to {url}: write duckdb:///relative/file.duckdb or duckdb:////absolute/file.duckdb")
        path = text[len("duckdb:///"):] if text.lower().startswith("duckdb:///") else ""
        if not path or path.endswith("/"):
            raise UsageError(f"--to {url}: name the DuckDB file, e.g. duckdb:///visma.duckdb")
        directory = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(directory):
            raise UsageError(f"--to {url}: directory {directory} does not exist")
        return "duckdb", os.path.abspath(path)
    if scheme in ("postgresql", "postgres"):
        if not parts.hostname and "host=" not in parts.query:
            raise UsageError(f"--to {url}: give the server, e.g. postgresql://user:password@localhost:5432/db")
        return "postgres", "postgresql" + text[len(parts.scheme):]
    raise UsageError(f"--to {url}: unsupported destination; use duckdb:///FILE or postgresql://USER@HOST/DB")


def _shown(url: str) -> str:
    """The destination without its password, for messages."""
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@", 1)
    return url


# -- the command ------------------------------------------------------------------------------------------


def _env_tenants(environ: Mapping[str, str]) -> list[str]:
    return [t for t in (p.strip() for p in environ.get("VISMANET_TENANT_ID", "").split(",")) if t]


def _import_dlt() -> Any:
    try:
        import dlt
    except ImportError:
        raise UsageError('vismanet sync needs dlt: pip install "vismanet[dlt]"') from None
    return dlt


def _sandbox_pool(args: argparse.Namespace, environ: Mapping[str, str]) -> tuple[Any, list[str]]:
    from vismanet_ext.sandbox import Sandbox
    from vismanet_ext.tenants import Tenants

    from .connect import _sandbox_kwargs, _sandbox_latency

    if args.base_url or args.token or getattr(args, "token_file", None):
        raise UsageError("--sandbox runs offline; it cannot be combined with --base-url, --token or --token-file")
    kwargs = _sandbox_kwargs(environ)
    latency = _sandbox_latency(environ)
    tenants = list(dict.fromkeys(args.tenant)) or ["sandbox-tenant"]
    try:
        server = Sandbox(tenants=tenants, **kwargs)
    except (TypeError, ValueError) as e:
        raise UsageError(f"sandbox settings: {e}") from None
    if latency:
        server.faults.latency = latency
    pool = Tenants.sandbox(server, retry=_retry(args))
    pool.sandbox_server = server  # closed with the pool
    return pool, tenants


def _retry(args: argparse.Namespace) -> Any:
    from vismanet_ext.transports import DEFAULT_RETRY_POLICY, RetryPolicy

    return DEFAULT_RETRY_POLICY if args.retries is None else RetryPolicy(max_attempts=args.retries + 1)


def _real_pool(args: argparse.Namespace, environ: Mapping[str, str]) -> tuple[Any, list[str]]:
    if args.token or getattr(args, "token_file", None):
        raise UsageError("vismanet sync uses client credentials (one token per tenant); "
                         "set VISMANET_CLIENT_ID and VISMANET_CLIENT_SECRET instead of a token")
    missing = [n for n in ("VISMANET_CLIENT_ID", "VISMANET_CLIENT_SECRET") if not environ.get(n, "").strip()]
    if missing:
        raise UsageError(f"no credentials: set {', '.join(missing)} (one app registration serves every tenant); "
                         "or add --sandbox to run offline")
    tenants = list(dict.fromkeys(args.tenant)) or _env_tenants(environ)
    if not tenants:
        raise UsageError("name the companies: --tenant ID (repeatable) or VISMANET_TENANT_ID=ID1,ID2")
    from vismanet_ext.errors import InvalidArgument
    from vismanet_ext.tenants import Tenants

    try:
        pool = Tenants(
            environ["VISMANET_CLIENT_ID"].strip(), environ["VISMANET_CLIENT_SECRET"].strip(),
            base_url=args.base_url or environ.get("VISMANET_BASE_URL", "").strip() or None,
            token_url=environ.get("VISMANET_TOKEN_URL", "").strip() or None,
            retry=_retry(args), app_name="vismanet-sync",
            scopes=environ.get("VISMANET_SCOPES", "").strip() or "vismanet_erp_service_api:read",  # sync only reads
        )
    except InvalidArgument as e:
        raise UsageError(str(e)) from None
    return pool, tenants


def _sandbox_resources() -> list[str]:
    from vismanet_ext.sandbox.resources import SPECS

    return [spec.collection for spec in SPECS.values()]


def _say(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(f"vismanet: {message}", file=sys.stderr, flush=True)


def _progress(args: argparse.Namespace) -> Callable[[Any, int | None], None]:
    live = not args.quiet and (args.progress or sys.stderr.isatty())

    def on_event(result: Any, total: int | None) -> None:
        if args.quiet:
            return
        if result.error is not None:
            print(f"vismanet: {result.resource} [{result.tenant_id}]: failed: {result.error}", file=sys.stderr,
                  flush=True)
        elif total is None:
            unchanged = f", {result.skipped:,} unchanged" if result.skipped else ""
            print(f"vismanet: {result.resource} [{result.tenant_id}]: {result.records:,} new or changed{unchanged}",
                  file=sys.stderr, flush=True)
        elif live:
            of = f"/{total:,}" if total else ""
            print(f"vismanet: {result.resource} [{result.tenant_id}]: {result.records:,}{of} records...",
                  file=sys.stderr, flush=True)

    return on_event


def cmd_sync(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> int:
    env = os.environ if environ is None else environ
    destination, location = parse_destination(args.to)
    since = None
    if args.since:
        from .query import parse_since

        since = parse_since(args.since)
    if not args.resources and not args.sandbox:
        raise UsageError("name the listings to load, e.g. `vismanet sync customer supplier` "
                         "(`vismanet resources` lists them)")
    if args.work_dir and not os.path.isdir(args.work_dir):
        raise UsageError(f"--work-dir {args.work_dir} is not a directory")
    _tune_dlt(os.environ if environ is None else None)
    dlt = _import_dlt()
    from vismanet_ext.dlt import SyncReport, visma_net_source
    from vismanet_ext.errors import InvalidArgument

    pool, tenants = _sandbox_pool(args, env) if args.sandbox else _real_pool(args, env)
    if args.sandbox and not args.quiet:
        _say(args, "using the built-in offline sandbox (generated demo data; nothing is sent to Visma)")
    resources = args.resources or _sandbox_resources()
    report = SyncReport(on_event=_progress(args))
    with pool:
        try:
            source = visma_net_source(
                resources, tenants, pool, page_size=args.page_size, max_concurrency=args.concurrency,
                tenant_workers=args.tenant_workers, overlap=args.overlap, since=since,
                full_refresh=args.full_refresh, report=report,
            )
        except InvalidArgument as e:
            raise UsageError(str(e)) from None
        target = _duckdb(dlt, location) if destination == "duckdb" else dlt.destinations.postgres(location)
        pipeline = dlt.pipeline(pipeline_name=args.pipeline, destination=target, dataset_name=args.dataset,
                                pipelines_dir=args.work_dir, progress="log" if args.debug else None)
        file_format = loader_file_format(destination)
        from dlt.pipeline.exceptions import PipelineStepFailed

        try:
            pipeline.run(source, loader_file_format=file_format)
        except PipelineStepFailed as e:
            cause = e.__cause__ or e.__context__
            while cause is not None and not isinstance(cause, (CLIError, KeyboardInterrupt)):
                cause = cause.__cause__ or cause.__context__
            if cause is not None:
                raise cause from None  # Ctrl-C / SIGTERM inside dlt: exit 130 / 143, not a load failure
            cause = e.__cause__ or e.__context__
            print(f"vismanet: error: loading into {_shown(args.to)} failed at {e.step}: {cause or e}",
                  file=sys.stderr)
            return EXIT_API
    rows = _row_counts(pipeline)
    loaded = sum(rows.values())
    where = _shown(args.to)
    if loaded:
        tables = ", ".join(f"{name} {count:,}" for name, count in sorted(rows.items()))
        _say(args, f"loaded {loaded:,} rows into {where} (dataset {args.dataset}: {tables})")
    else:
        _say(args, f"nothing new to load into {where}")
    failed = report.failures
    if failed:
        names = sorted({f"{r.resource} [{r.tenant_id}]" for r in failed})
        print(f"vismanet: error: {len(names)} resource/tenant pair(s) failed and were not loaded: "
              f"{', '.join(names)}; the next run retries them", file=sys.stderr)
        return EXIT_API
    return EXIT_OK


#: dlt settings the command uses unless the environment sets them (dlt reads its config from variables).
#: Load files stay on this machine, so compressing them only costs CPU (a quarter of a 100,000-record
#: sync); rotating them every 50,000 rows bounds each load job (DuckDB loads 100,000 customers as Parquet
#: in 2.2 s from 50,000-row files, 2.9 s from 10,000-row files, at the same peak memory; benchmarks/_sync.py).
#: dlt's anonymous usage telemetry is off: the command sends nothing anywhere but to Visma and the destination.
DLT_DEFAULTS = {
    "RUNTIME__DLTHUB_TELEMETRY": "false",
    "DATA_WRITER__DISABLE_COMPRESSION": "true",
    "DATA_WRITER__FILE_MAX_ITEMS": "50000",
    "LOAD__WORKERS": "1",
}


#: DuckDB's own cache and working memory (its default is 80% of RAM, so peak memory grew with the rows of
#: a load). Merging 100,000 customers needs about 100 MB; DuckDB spills to disk beyond its limit.
DUCKDB_MEMORY_LIMIT = "128MB"


def loader_file_format(destination: str) -> str | None:
    """The load file format for ``destination``: Parquet for DuckDB when pyarrow is installed.

    Measured on 100,000 customers (``benchmarks/_sync.py``): DuckDB reads dlt's Parquet files in 2.7 s
    where it needs 4.5 s for the same rows as JSON lines, while dlt's normalizer spends 0.6 s more writing
    them (it still builds child tables from nested lists: the format only changes how the normalized rows
    travel to the destination; tests/dlt/test_file_format.py). Without pyarrow, JSON lines; PostgreSQL:
    dlt's default. The price is memory: pyarrow adds about 60 MB to the peak.
    """
    if destination != "duckdb":
        return None
    import importlib.util

    return "parquet" if importlib.util.find_spec("pyarrow") is not None else "jsonl"


def _duckdb(dlt: Any, path: str) -> Any:
    from dlt.destinations.impl.duckdb.configuration import DuckDbCredentials

    limit = os.environ.get("VISMANET_DUCKDB_MEMORY_LIMIT", "").strip() or DUCKDB_MEMORY_LIMIT
    return dlt.destinations.duckdb(DuckDbCredentials(path, global_config={"memory_limit": limit}))


def _tune_dlt(environ: Any) -> None:
    """Apply :data:`DLT_DEFAULTS` (and the allocator setting ``VISMANET_TUNE_MEMORY=1`` asks for), for this process."""
    if environ is not None:
        for name, value in DLT_DEFAULTS.items():
            environ.setdefault(name, value)
    from .._malloc import tune_memory_once

    tune_memory_once()


def _row_counts(pipeline: Any) -> dict[str, int]:
    """Rows normalized per data table in this run (dlt's own tables left out)."""
    trace = pipeline.last_trace
    info = getattr(trace, "last_normalize_info", None) if trace is not None else None
    counts = getattr(info, "row_counts", None) or {}
    return {name: int(n) for name, n in counts.items() if not name.startswith("_dlt")}
