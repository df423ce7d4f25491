"""Every ```python block of README.md runs as written, against the sandbox, so the docs cannot rot.

Each block runs in a fresh interpreter, in a temporary working directory, after the one setup the README
states once (``from vismanet_ext import VismaNet`` and ``vn = VismaNet.sandbox()``), with ``VISMANET_TOKEN``
set so ``VismaNet.from_env()`` can be built. Nothing may leave the machine: a request to any host but
127.0.0.1 fails the block. A failure names the block by its README line and heading, and the traceback's
line numbers are README line numbers.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"

#: Run before every block: the setup the README states once, and a guard that keeps blocks offline.
PRELUDE = """\
import httpx as _httpx

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
for _cls, _name in ((_httpx.HTTPTransport, "handle_request"), (_httpx.AsyncHTTPTransport, "handle_async_request")):
    _real = getattr(_cls, _name)

    def _guard(self, request, _real=_real):
        if request.url.host not in _LOOPBACK:
            raise RuntimeError(f"README block tried to reach the network: {request.method} {request.url}")
        return _real(self, request)

    setattr(_cls, _name, _guard)

from vismanet_ext import VismaNet
vn = VismaNet.sandbox()
"""


@dataclass(frozen=True)
class Block:
    line: int  # README line of the first code line
    heading: str
    code: str

    @property
    def name(self) -> str:
        return f"README.md:{self.line} ({self.heading})"


def readme_blocks(text: str) -> list[Block]:
    """The ```python blocks of a Markdown text, with the line of their first code line and their section."""
    blocks: list[Block] = []
    heading = "top"
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        if re.fullmatch(r"```python\s*", line):
            start = i + 1
            end = start
            while end < len(lines) and not lines[end].startswith("```"):
                end += 1
            blocks.append(Block(start + 1, heading, "\n".join(lines[start:end]) + "\n"))
            i = end
        i += 1
    return blocks


BLOCKS = readme_blocks(README.read_text(encoding="utf-8")) if README.is_file() else []


def test_the_readme_has_python_blocks() -> None:
    assert len(BLOCKS) >= 10


def test_extraction_keeps_lines_and_sections() -> None:
    text = "# A\ntext\n```python\nx = 1\n```\n## B\n```bash\nls\n```\n```python\ny = 2\nz = 3\n```\n"
    assert readme_blocks(text) == [Block(4, "A", "x = 1\n"), Block(11, "B", "y = 2\nz = 3\n")]


def run_block(block: Block, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run one block after the prelude, in a fresh interpreter; its code sits on its README lines."""
    source = PRELUDE + "exec(compile(" + repr("\n" * (block.line - 1) + block.code) + ", 'README.md', 'exec'))\n"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VISMANET_")}
    env.update(VISMANET_TOKEN="readme-example-token", PYTHONPATH=os.pathsep.join(
        [str(REPO), str(REPO / "generated"), env.get("PYTHONPATH", "")]))  # fmt: skip
    return subprocess.run([sys.executable, "-c", source], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip


def test_a_failing_block_is_named_by_its_readme_line(tmp_path: Path) -> None:
    broken = Block(41, "Example", "x = 1\nvn.call('GET /v1/nowhere')\n")
    run = run_block(broken, tmp_path)
    assert run.returncode != 0
    assert 'File "README.md", line 42' in run.stderr and "NotFound" in run.stderr
    offline = run_block(Block(7, "Example", "import httpx\nhttpx.get('https://api.finance.visma.net/v1/x')\n"), tmp_path)
    assert "README block tried to reach the network: GET https://api.finance.visma.net/v1/x" in offline.stderr


@pytest.mark.slow  # one interpreter per block (dlt and dagster blocks import a lot)
@pytest.mark.parametrize("block", BLOCKS, ids=[b.name for b in BLOCKS])
def test_block_runs(block: Block, tmp_path: Path) -> None:
    run = run_block(block, tmp_path)
    if run.returncode != 0:
        pytest.fail(f"{block.name} failed (exit {run.returncode}):\n{block.code}\n--- stderr ---\n{run.stderr[-4000:]}",
                    pytrace=False)  # fmt: skip
