"""The argparse definition (no imports beyond the standard library, so ``--help`` stays fast)."""

from __future__ import annotations

import argparse
import math
from typing import Any

from .writers import FORMATS

_EPILOG = """\
credentials (environment, or --token/--base-url):
  VISMANET_TOKEN                 a bearer token, or
  VISMANET_TOKEN_FILE            a file holding it (like --token-file; keeps it out of `ps` and the environment)
  VISMANET_CLIENT_ID, VISMANET_CLIENT_SECRET, VISMANET_TENANT_ID
                                 client credentials from the Visma Developer Portal
  VISMANET_BASE_URL              API root (default https://api.finance.visma.net)
  VISMANET_COMPANY_ID            ipp-company-id, only for the legacy integration.visma.net host
  --sandbox                      run offline against the built-in sandbox instead

exit codes: 0 ok, 1 API or network error (also: output written but state not saved), 2 usage error
  (nothing sent), 130 interrupted (Ctrl-C), 141 stdout closed or its reader went away (SIGPIPE,
  e.g. `| head -1`), 143 terminated (SIGTERM)

logging: warnings (retries, rate-limit waits) go to stderr; -q keeps only errors, --debug shows every
  log line including httpx/httpcore, with tokens and secrets redacted
"""

_RESOURCE_HELP = (
    "resource name from `vismanet resources` (case-insensitive; a bare name is the lowest API "
    "version, `v2/salesorder` or --api-version picks another) or a raw path like /v1/customer"
)


def _sandbox_setting(name: str) -> Any:
    """An argparse type for one sandbox setting (parsed by vismanet_ext.sandbox.settings, imported on use)."""

    def convert(text: str) -> Any:
        from vismanet_ext.sandbox import settings

        try:
            return getattr(settings, f"parse_{name}")(text)
        except ValueError as e:
            raise argparse.ArgumentTypeError(str(e)) from None

    convert.__name__ = name.replace("_", "-")
    return convert


def _sandbox_serve_options(s: argparse.ArgumentParser) -> None:
    """``sandbox serve`` settings; each flag overrides its VISMANET_SANDBOX_* variable."""
    s.description = ("serve the sandbox until Ctrl-C. Each option overrides its variable: VISMANET_SANDBOX_SIZES, "
                     "_SEED, _LATENCY, _RATE_LIMIT, _RATE_WINDOW, _TENANTS.")
    s.add_argument("--sizes", type=_sandbox_setting("sizes"), action="append", metavar="NAME=COUNT[,...]",
                   help="records per resource, e.g. customer=20000,branch=50 (repeatable)")
    s.add_argument("--seed", type=_sandbox_setting("seed"), metavar="N", help="data seed (same seed, same data)")
    s.add_argument("--latency", type=_sandbox_setting("latency"), metavar="SECONDS",
                   help="delay added to every request (0-60)")
    s.add_argument("--rate-limit", type=_sandbox_setting("rate_limit"), metavar="test|production|N",
                   help="quota per company and client: test (500), production (15000) or N calls per window")
    s.add_argument("--rate-window", type=_sandbox_setting("rate_window"), metavar="SECONDS",
                   help="quota window (default 3600)")
    s.add_argument("--tenants", type=_sandbox_setting("tenants"), metavar="ID[,ID...]",
                   help="serve several tenants, each with its own data and quota (the first is the default)")


def _handler(name: str) -> Any:
    """A handler that imports ``commands`` only when the command actually runs."""

    def run(args: argparse.Namespace) -> int:
        import importlib

        commands = importlib.import_module("vismanet_ext.cli.commands")
        result: int = getattr(commands, name)(args)
        return result

    return run


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """Options accepted both before and after the command (sub-parsers must not reset them)."""
    d: Any = (lambda value: value) if top else (lambda value: argparse.SUPPRESS)
    g = parser.add_argument_group("connection and output")
    g.add_argument("--sandbox", action="store_true", default=d(False),
                   help="use the built-in offline sandbox instead of Visma's servers")
    g.add_argument("--base-url", metavar="URL", default=d(None), help="API root (overrides VISMANET_BASE_URL)")
    g.add_argument("--token", metavar="TOKEN", default=d(None),
                   help="bearer token (overrides VISMANET_TOKEN); visible to other users of the machine "
                   "(ps, /proc): prefer --token-file or VISMANET_TOKEN_FILE")
    g.add_argument("--token-file", metavar="PATH", default=d(None), type=_nonempty("--token-file"),
                   help="read the bearer token from PATH ('-' for stdin); overrides VISMANET_TOKEN[_FILE]")
    g.add_argument("--retries", type=_retries, default=d(None), metavar="N",
                   help="retries after a network error, 429 or 502-504 (default: the SDK's policy, 4)")
    g.add_argument("--max-wait", type=_max_wait, default=d(None), metavar="SECONDS",
                   help="longest wait per request for Visma's call quota: 429 Retry-After and window resets "
                   "(default 600)")
    g.add_argument("-q", "--quiet", action="store_true", default=d(False),
                   help="nothing on stderr but errors (no progress, no retry warnings)")
    g.add_argument("--progress", action="store_true", default=d(False),
                   help="show progress on stderr even when it is not a terminal")
    g.add_argument("--debug", action="store_true", default=d(False),
                   help="show tracebacks and every log line (HTTP included; secrets redacted)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


def _shown(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:40] + "...")


def _bounded_seconds(limit: float, why: str) -> Any:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{_shown(text)} is not a number of seconds") from None
        if not math.isfinite(value) or value < 0:
            raise argparse.ArgumentTypeError(f"{_shown(text)} must be a finite number of seconds, 0 or more")
        if value > limit:
            raise argparse.ArgumentTypeError(f"{_shown(text)} is more than {limit:,.0f} seconds ({why})")
        return value

    return parse


_seconds = _bounded_seconds(math.inf, "")
#: --overlap: one year is far beyond any late commit; more only re-reads (and overflows dates).
_overlap = _bounded_seconds(366 * 86400, "366 days")
#: --max-wait: Visma's quota window is an hour; a day of waiting is surely a mistake.
_max_wait = _bounded_seconds(86400, "a day")
#: --timeout: Visma keeps a background job's state for 24 hours.
_timeout = _bounded_seconds(86400, "a background job's state lives 24 hours")


def _retries(text: str) -> int:
    value = _count(text)
    if value > 100:
        raise argparse.ArgumentTypeError(f"{_shown(text)}: at most 100 retries")
    return value


def _nonempty(option: str) -> Any:
    def parse(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError("the file name is empty (use - for stdin/stdout)")
        return text

    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vismanet",
        description="Command line for the Visma.net ERP API.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        # No prefix matching at the top: it would claim a command's own option (sync --to) as an
        # abbreviation of a common one (--token) before the command's parser sees it.
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="store_true", help="print the SDK version and the spec it was generated from")
    _common(parser, top=True)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def add(name: str, help_text: str, description: str | None = None) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=description or help_text,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        _common(p, top=False)
        p.set_defaults(handler=_handler(f"cmd_{name}"), command=name)  # command: for connect.command_scopes
        return p

    p = add("export", "stream every record of a resource to a file or stdout", _EXPORT_DESCRIPTION)
    p.add_argument("resource", metavar="RESOURCE", help=_RESOURCE_HELP)
    p.add_argument("--api-version", type=_positive, metavar="N", help="API version of RESOURCE (1, 2, ...)")
    p.add_argument("--since", metavar="DATETIME",
                   help="only records with lastModifiedDateTime >= DATETIME (yyyy-MM-dd[ HH:mm:ss[.FFF]])")
    p.add_argument("--where", action="append", default=[], metavar="NAME=VALUE",
                   help="query filter of the list operation (repeatable); unknown names list the allowed ones")
    p.add_argument("--page-size", type=_positive, metavar="N", help="records per request (server caps it)")
    p.add_argument("--concurrency", type=_positive, default=1, metavar="N",
                   help="pages fetched in parallel (default 1; records are still written in order)")
    p.add_argument("--max-pages", type=_positive, metavar="N",
                   help="fail after N pages (default 10000; a server that repeats pages is stopped after two)")
    p.add_argument("--format", choices=FORMATS, help="jsonl (default), csv or json; inferred from --out's extension")
    p.add_argument("--out", "-o", metavar="FILE", type=_nonempty("--out"),
                   help="output file (default stdout, also '-'); {date} and {time} in the name become the run's "
                   "local date (2025-04-01) and time (063000); a regular file is written via a hidden part file "
                   "and renamed at the end, a device or FIFO is written directly")
    p.add_argument("--state", metavar="FILE",
                   help="incremental export: continue from the newest lastModifiedDateTime of the previous run; "
                   "refuses to replace a non-empty --out (use {date} in --out, or --overwrite)")
    p.add_argument("--overwrite", action="store_true",
                   help="with --state, allow replacing a non-empty --out (it held the previous run's records)")
    p.add_argument("--overlap", type=_overlap, default=300.0, metavar="SECONDS",
                   help="with --state, re-read this much before the previous run's newest record (default 300); "
                   "records already exported are skipped")

    p = add("resources", "list the exportable resources")
    p.add_argument("--json", action="store_true", help="as JSON lines (name, path, version, since, summary)")
    p.add_argument("--writes", action="store_true",
                   help="list the API's write operations (METHOD PATH OPERATION SUMMARY) instead; see `vismanet call`")

    p = add("get", "print one record as JSON")
    p.add_argument("resource", metavar="RESOURCE", help=_RESOURCE_HELP)
    p.add_argument("id", metavar="ID", help="its id; compound ids as PART/PART (e.g. Invoice/000123)")
    p.add_argument("--api-version", type=_positive, metavar="N")

    p = add("create", "create a record from a JSON file and print its new id")
    p.add_argument("resource", metavar="RESOURCE", help=_RESOURCE_HELP)
    p.add_argument("--json", required=True, metavar="FILE", dest="json_file", help="request body ('-' for stdin)")
    p.add_argument("--api-version", type=_positive, metavar="N")

    p = add("attach", "upload a file as an attachment of a record")
    p.add_argument("resource", metavar="RESOURCE", help=_RESOURCE_HELP)
    p.add_argument("id", metavar="ID", help="the record's id; compound ids as PART/PART")
    p.add_argument("file", metavar="FILE", help="the file to upload")
    p.add_argument("--api-version", type=_positive, metavar="N")

    p = add("job", "show (or wait for) a background job")
    p.add_argument("id", metavar="ID", help="the job id returned with 202 Accepted")
    p.add_argument("--wait", action="store_true", help="poll until the job finishes; exit 1 if it failed")
    p.add_argument("--timeout", type=_timeout, metavar="SECONDS", help="with --wait, give up after this long")

    p = add("sandbox", "run the offline sandbox as an HTTP server")
    sandbox_sub = p.add_subparsers(title="sandbox commands", metavar="ACTION")
    s = sandbox_sub.add_parser("serve", help="serve the sandbox until Ctrl-C")
    _common(s, top=False)
    s.set_defaults(handler=_handler("cmd_sandbox_serve"))
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=8080, metavar="N", help="port (default 8080; 0 picks a free one)")
    _sandbox_serve_options(s)

    # argparse only; dlt is imported when the command runs
    from .sync import add_sync_parser

    add_sync_parser(add)
    from .call import add_call_parser  # argparse only

    add_call_parser(add)
    from .download import add_download_parser  # argparse only

    add_download_parser(add)
    return parser


_EXPORT_DESCRIPTION = """\
Stream every record of RESOURCE (all pages) to --out or stdout, in jsonl, csv or json.

A regular --out file is written to a hidden part file beside it (mode 0600) and renamed only when the
export is complete, so an interrupted export leaves nothing that looks finished (a part file left by a
killed run is removed by the next one).  A symlink's target is replaced; a device or FIFO is written
directly and never replaced.  CSV flattens nested objects into dotted
columns (mainAddress.city), lists become JSON text, columns are every key seen, in first-seen order.

--state FILE makes it incremental: the first run exports everything (or from --since); each later
run asks for lastModifiedDateTime >= (previous newest - --overlap) and skips records it already
exported (same key and lastModifiedDateTime), so nothing is missed or repeated.  The state is saved
only after the output is complete.  One state file can hold many resources and --where filters.
Each run writes only the records that are new since the previous one, so give every run its own
file with {date}/{time} in --out; replacing a non-empty file is refused unless --overwrite.

examples:
  vismanet export customer --out customers.csv
  vismanet export supplierInvoice --since 2025-01-01 --where status=Open
  vismanet export v2/salesorder --state sync.json --out 'orders-{date}-{time}.jsonl'   # nightly
"""
