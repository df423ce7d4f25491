"""dlt is optional: importing vismanet_ext (and starting the CLI) never imports it; vismanet_ext.dlt is
the real dlt inside, not a package shadowing it."""

from __future__ import annotations

import subprocess
import sys

import pytest

_CHECK = """
import sys
import vismanet_ext, vismanet_ext.tenants
from vismanet_ext import VismaNet, AsyncVismaNet
from vismanet_ext.cli import main
from vismanet_ext.cli.args import build_parser
build_parser().parse_args(["sync", "--sandbox", "--to", "duckdb:///x.duckdb"])
assert main(["--version"]) == 0
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("dlt", "duckdb", "dagster", "psycopg2"))
assert not heavy, heavy
"""


def test_importing_vismanet_ext_and_the_cli_does_not_import_dlt() -> None:
    run = subprocess.run([sys.executable, "-c", _CHECK], check=False, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr


def test_vismanet_ext_dlt_imports_the_real_dlt() -> None:
    pytest.importorskip("dlt")
    run = subprocess.run(
        [sys.executable, "-c", ("import vismanet_ext.dlt as v, dlt, sys; "
                                "assert dlt.__file__ != v.__file__ and hasattr(dlt, 'pipeline'); "
                                "assert sys.modules['dlt'] is dlt; print(dlt.__version__)")],
        check=False, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
