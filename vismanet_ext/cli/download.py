"""``vismanet download ATTACHMENT_ID [--out PATH]``: an attachment, streamed to a file, a directory or stdout.

ATTACHMENT_ID is what ``vismanet attach`` prints (and ``upload_attachment(...).id`` returns). ``--out``
may be a file (written through a hidden part file, renamed at the end; ``--overwrite`` to replace one), a
directory (the server's file name is used) or ``-`` for stdout; without it the file lands in the current
directory under the server's name.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from .errors import EXIT_OK, UsageError


def add_download_parser(add: Callable[[str, str, str | None], argparse.ArgumentParser]) -> None:
    """Register ``download`` with the CLI's ``add(name, help, description)`` (see :mod:`.args`)."""
    p = add("download", "download an attachment by its id", __doc__.split("\n\n", 1)[1] if __doc__ else None)
    p.set_defaults(handler=_run)
    p.add_argument("attachment_id", metavar="ATTACHMENT_ID", help="the id `vismanet attach` printed")
    p.add_argument("--out", "-o", metavar="PATH",
                   help="file, directory or - for stdout (default: the server's file name, here)")
    p.add_argument("--overwrite", action="store_true", help="replace an existing file")


def _run(args: argparse.Namespace) -> int:
    from vismanet_ext.errors import InvalidArgument

    from .commands import connect_for

    out = args.out if args.out is not None else "."
    if not args.attachment_id.strip():
        raise UsageError("ATTACHMENT_ID is empty")
    vn = connect_for(args)
    with vn:
        try:
            if out == "-":
                got = vn.download_attachment(args.attachment_id, sys.stdout.buffer)
            else:
                got = vn.download_attachment(args.attachment_id, out, overwrite=args.overwrite)
        except InvalidArgument as e:  # an existing file without --overwrite, a missing directory
            raise UsageError(str(e).replace("overwrite=True", "--overwrite")) from None
    if not args.quiet:
        where = str(got.path) if got.path is not None else "stdout"
        kind = f", {got.content_type}" if got.content_type else ""
        print(f"vismanet: downloaded {got.size:,} bytes{kind} to {where}", file=sys.stderr)
    return EXIT_OK
