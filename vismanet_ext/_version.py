"""The SDK version, as a literal: ``vismanet --version`` and ``import vismanet_ext`` must not pay for
``importlib.metadata`` (about 23 ms of a 70 ms ``--version``; benchmarks/run.py). tests/perf checks that it
equals ``[project] version`` in pyproject.toml, so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

__version__: str = "0.1.0"

__all__ = ["__version__"]
