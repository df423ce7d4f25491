"""`vismanet --version`/`--help` import little; the version is a literal equal to pyproject's; the pager
fixes glibc's mmap threshold once (unless VISMANET_TUNE_MEMORY=0)."""

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
heavy = [m for m in ("importlib.metadata", "httpx", "orjson", "vismanet_client") if m in sys.modules]
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


def test_the_first_pager_tunes_memory_once(loopback: Loopback, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(_malloc, "tune_memory", lambda: calls.append(1) or True)
    monkeypatch.setattr(_malloc, "_done", False)
    monkeypatch.delenv("VISMANET_TUNE_MEMORY", raising=False)
    loopback.route("GET", "/v1/customer", Listing(customers(15), max_page_size=10))
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        assert len(list(vn.paginate("GET /v1/customer", page_size=10))) == 15
        assert len(list(vn.paginate("GET /v1/customer", page_size=10))) == 15
    assert calls == [1]


def test_visma_tune_memory_0_leaves_the_allocator_alone(loopback: Loopback, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(_malloc, "tune_memory", lambda: calls.append(1) or True)
    monkeypatch.setattr(_malloc, "_done", False)
    monkeypatch.setenv("VISMANET_TUNE_MEMORY", "0")
    loopback.route("GET", "/v1/customer", Listing(customers(5), max_page_size=10))
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        assert len(list(vn.paginate("GET /v1/customer", page_size=10))) == 5
    assert calls == []
