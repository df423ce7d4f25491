"""Packaging: sdist and wheel carry the MIT LICENSE, the SPDX license metadata, no setuptools deprecation
warning, and an sdist from which the wheel builds and the tests run. Built in a temporary copy of the
tracked files with the project's own build backend (setuptools.build_meta, no network)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO

pytestmark = pytest.mark.slow

BUILD = """
import os, sys, setuptools.build_meta as backend
out, kinds = sys.argv[1], sys.argv[2:]  # read first: the backend rewrites sys.argv
names = []
if "sdist" in kinds:
    names.append(backend.build_sdist(out))
if "wheel" in kinds:
    names.append(backend.build_wheel(out))
with open(os.path.join(out, "built.txt"), "w") as f:  # setuptools' own output fills stdout
    f.write(" ".join(names))
"""


def _tracked_files() -> list[str]:
    run = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO,
                         capture_output=True, text=True, check=False)  # fmt: skip
    if run.returncode != 0:
        pytest.skip("not a git checkout: which files belong to the project is unknown")
    return [name for name in run.stdout.split("\0") if name and (REPO / name).is_file()]


def _build(source: Path, out: Path, *kinds: str) -> tuple[list[str], str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHONWARNINGS")}
    run = subprocess.run([sys.executable, "-W", "always", "-c", BUILD, str(out), *kinds], cwd=source, env=env,
                         capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    names = (out / "built.txt").read_text().split()
    assert len(names) == len(kinds), (names, run.stderr[-2000:], run.stdout[-2000:])
    return names, run.stderr + run.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    root = tmp_path_factory.mktemp("pkg")
    source = root / "src"
    for name in _tracked_files():
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target)
    out = root / "dist"
    out.mkdir()
    (sdist_name, wheel_name), log = _build(source, out, "sdist", "wheel")
    return out / sdist_name, out / wheel_name, log


def test_no_setuptools_deprecation_warning(built: tuple[Path, Path, str]) -> None:
    warned = [line for line in built[2].splitlines() if "Warning" in line or "deprecat" in line.lower()]
    assert warned == []  # e.g. SetuptoolsDeprecationWarning: `project.license` as a TOML table is deprecated


def test_wheel_carries_the_license(built: tuple[Path, Path, str]) -> None:
    with zipfile.ZipFile(built[1]) as wheel:
        names = wheel.namelist()
        info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        metadata = wheel.read(f"{info}/METADATA").decode()
        license_text = wheel.read(f"{info}/licenses/LICENSE").decode()
    assert license_text.startswith("MIT License")
    assert "License-Expression: MIT" in metadata and "License-File: LICENSE" in metadata
    assert {"vismanet_client/_body_shapes.py", "vismanet_client/_operations.py", "vismanet_client/py.typed",
            "vismanet_client/_api_summary.json", "vismanet_ext/py.typed", "vismanet_ext/webhooks.py"} <= set(names)
    assert not any(n.startswith(("tests/", "scripts/")) for n in names)


def test_sdist_has_what_building_and_testing_need(built: tuple[Path, Path, str], tmp_path: Path) -> None:
    with tarfile.open(built[0]) as sdist:
        members = sdist.getnames()
        top = members[0].split("/")[0]
        sdist.extractall(tmp_path, filter="data")
    names = {m.split("/", 1)[1] for m in members if "/" in m}
    for needed in ("LICENSE", "README.md", "pyproject.toml", "MANIFEST.in", ".ci/run", "scripts/regenerate.sh",
                   "scripts/codegen/regenerate.py", "scripts/codegen/body_shapes.py", "scripts/codegen/config.yaml",
                   "generated/vismanet_client/_operations.py", "tests/ergonomics/test_lookup.py",
                   "tests/transport/_loopback.py", "benchmarks/run.py"):  # fmt: skip
        assert needed in names, needed
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)
    assert "License-Expression: MIT" in (tmp_path / top / "PKG-INFO").read_text(encoding="utf-8")
    unpacked = tmp_path / top
    out = tmp_path / "again"
    out.mkdir()
    (wheel_name,), _ = _build(unpacked, out, "wheel")  # the sdist alone builds the wheel
    assert zipfile.ZipFile(out / wheel_name).testzip() is None
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(unpacked), str(unpacked / "generated")])}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "tests/ergonomics/test_lookup.py", "tests/ergonomics/test_webhooks.py"],
                         cwd=unpacked, env=env, capture_output=True, text=True, timeout=300, check=False)  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:]
    assert " passed" in run.stdout
    code = "import vismanet_ext, vismanet_client; print(vismanet_ext.__file__, vismanet_client.__file__)"
    where = subprocess.run([sys.executable, "-c", code], cwd=unpacked, env=env, capture_output=True, text=True,
                           check=True).stdout.split()  # fmt: skip
    assert all(Path(w).is_relative_to(unpacked) for w in where)  # the tests ran on the sdist's code
