"""`vismanet --version`/`--help` import little; the version is a literal equal to pyproject's; the pager
fixes glibc's mmap threshold only when asked (VISMANET_TUNE_MEMORY=1)."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from vn_loopback import Listing, Loopback, customers

import vismanet_ext
from vismanet_ext import VismaNet, _malloc

ROOT = Path(__file__).resolve().parents[2]

MODULES_AFTER = """
import contextlib, io, json, sys
from vismanet_ext.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main([sys.argv[1]])
heavy = [m for m in ("importlib.metadata", "httpx", "orjson", "vismanet_client", "tempfile") if m in sys.modules]
print(json.dumps({"code": code, "first": out.getvalue().splitlines()[0], "heavy": heavy}))
"""


def test_the_version_is_pyprojects() -> None:
    with (ROOT / "pyproject.toml").open("rb") as f:
        assert vismanet_ext.__version__ == tomllib.load(f)["project"]["version"]


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_import_neither_metadata_nor_httpx(flag: str) -> None:
    run = subprocess.run([sys.executable, "-c", MODULES_AFTER, flag], check=False, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)
    assert seen["code"] == 0 and seen["heavy"] == []
    if flag == "--version":
        assert seen["first"] == f"vismanet {vismanet_ext.__version__}"


def test_tune_memory_applies_on_glibc() -> None:
    import platform

    libc, _ = platform.libc_ver()
    assert vismanet_ext.tune_memory() is (libc == "glibc")


def test_the_pager_leaves_the_allocator_alone_by_default(loopback: Loopback, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fixing the mmap threshold cost 15-25% CPU and is no longer needed for flat RSS (benchmarks/run.py)."""
    calls: list[int] = []
    monkeypatch.setattr(_malloc, "tune_memory", lambda: calls.append(1) or True)
    monkeypatch.setattr(_malloc, "_done", False)
    monkeypatch.delenv("VISMANET_TUNE_MEMORY", raising=False)
    loopback.route("GET", "/v1/customer", Listing(customers(5), max_page_size=10))
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        assert len(list(vn.paginate("GET /v1/customer", page_size=10))) == 5
    assert calls == []


@pytest.mark.parametrize("value", ["1", "true", " ON "])
def test_visma_tune_memory_1_tunes_once_when_the_first_pager_starts(
    value: str, loopback: Loopback, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(_malloc, "tune_memory", lambda: calls.append(1) or True)
    monkeypatch.setattr(_malloc, "_done", False)
    monkeypatch.setenv("VISMANET_TUNE_MEMORY", value)
    loopback.route("GET", "/v1/customer", Listing(customers(15), max_page_size=10))
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        assert len(list(vn.paginate("GET /v1/customer", page_size=10))) == 15
        assert len(list(vn.paginate("GET /v1/customer", page_size=10))) == 15
    assert calls == [1]
