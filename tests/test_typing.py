"""The extension layer is mypy --strict clean, and so is user code written against it (py.typed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _mypy(tmp_path: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), *targets],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )


def test_vismanet_ext_is_mypy_strict_clean(tmp_path: Path) -> None:
    run = _mypy(tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Success: no issues found" in run.stdout


def test_user_code_type_checks_against_the_public_names(tmp_path: Path) -> None:
    run = _mypy(tmp_path, "--strict", str(REPO / "tests" / "typing" / "consumer.py"))
    assert run.returncode == 0, run.stdout + run.stderr
