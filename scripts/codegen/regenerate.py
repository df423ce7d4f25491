"""Generate ``generated/vismanet_client`` from Visma's OpenAPI spec (run through scripts/regenerate.sh).

Steps: load and check the spec, trim it to JSON bodies (normalize.py), run openapi-python-client with
our config and templates into a scratch directory, add the operation index, provenance and API summary,
format with a pinned ruff, print the API change report, then swap the new package in. Nothing is
replaced unless every step succeeded, so a failed run never leaves a half-written package.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from api_summary import change_report, summarize  # noqa: E402
from body_shapes import render as render_body_shapes  # noqa: E402
from normalize import normalize  # noqa: E402
from operation_index import render as render_operation_index  # noqa: E402
from spec_source import DEFAULT_SPEC_URL, SpecError, load_spec  # noqa: E402

REPO = HERE.parent.parent
DEFAULT_OUTPUT = REPO / "generated" / "vismanet_client"
PACKAGE = "vismanet_client"
GENERATOR = "openapi-python-client"
SUMMARY_FILE = "_api_summary.json"
RUFF_SETTINGS = ["--isolated", "--line-length", "120", "--target-version", "py311"]

PROVENANCE = '''"""Which spec this package was generated from (written by scripts/regenerate.sh; do not edit)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SpecInfo:
    """Provenance of the generated client: compare ``sha256`` with a spec file to know if it is current."""

    sha256: str
    title: str
    version: str
    openapi: str
    generator: str
    operations: int
    schemas: int


SPEC = SpecInfo(
    sha256={sha256!r},
    title={title!r},
    version={version!r},
    openapi={openapi!r},
    generator={generator!r},
    operations={operations!r},
    schemas={schemas!r},
)
'''


class GenerationError(Exception):
    pass


def _generate_into(spec: dict[str, Any], scratch: Path) -> None:
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import ErrorLevel, GeneratorError

    normalized_path = scratch.parent / "normalized-spec.json"
    normalized_path.write_text(json.dumps(spec), encoding="utf-8")
    config = Config.from_sources(
        ConfigFile.load_from_path(HERE / "config.yaml"), MetaType.NONE, normalized_path, "utf-8", True, scratch
    )
    data = GeneratorData.from_dict(spec, config=config)
    if isinstance(data, GeneratorError):
        raise GenerationError(f"openapi-python-client cannot read the spec: {data.header}: {data.detail}")
    project = Project(openapi=data, config=config, custom_template_path=HERE / "templates")
    problems = project.build()
    errors = [p for p in problems if p.level == ErrorLevel.ERROR]
    if errors:
        details = "\n".join(f"  {e.header}: {e.detail}" for e in errors[:20])
        raise GenerationError(f"openapi-python-client reported {len(errors)} error(s):\n{details}")
    warnings = [p for p in problems if p.level != ErrorLevel.ERROR]
    if warnings:
        print(f"openapi-python-client: {len(warnings)} warning(s) (operations named here are NOT generated):", file=sys.stderr)
        for warning in warnings:
            detail = (warning.detail or "").splitlines()[0] if warning.detail else ""
            print(f"  {warning.header}: {detail}", file=sys.stderr)
    (scratch / "_operations.py").write_text(
        render_operation_index(spec, data, PACKAGE, config.field_prefix), encoding="utf-8"
    )
    (scratch / "_body_shapes.py").write_text(render_body_shapes(spec), encoding="utf-8")


def _write_metadata(raw_spec: dict[str, Any], sha256: str, scratch: Path) -> dict[str, Any]:
    summary = summarize(raw_spec)
    info = raw_spec["info"]
    (scratch / "_provenance.py").write_text(
        PROVENANCE.format(
            sha256=sha256,
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            openapi=str(raw_spec["openapi"]),
            generator=f"{GENERATOR} {version(GENERATOR)}",
            operations=len(summary["operations"]),
            schemas=len(summary["schemas"]),
        ),
        encoding="utf-8",
    )
    (scratch / SUMMARY_FILE).write_text(json.dumps(summary, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    (scratch / "py.typed").write_text("", encoding="utf-8")
    return summary


def _format(scratch: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    for args in (["check", "--fix-only", "--exit-zero", "--quiet"], ["format", "--quiet"]):
        result = subprocess.run([*ruff, *args, *RUFF_SETTINGS, str(scratch)], capture_output=True, text=True)
        if result.returncode != 0:
            raise GenerationError(f"ruff {args[0]} failed:\n{result.stderr or result.stdout}")


def _previous_summary(output: Path) -> dict[str, Any] | None:
    path = output / SUMMARY_FILE
    if not path.is_file():
        return None
    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return result


def _swap_in(scratch: Path, output: Path) -> None:
    backup = output.with_name(f".{output.name}.old")
    if backup.exists():
        shutil.rmtree(backup)
    if output.exists():
        output.rename(backup)
    try:
        scratch.rename(output)
    except OSError:
        if backup.exists():
            backup.rename(output)
        raise
    if backup.exists():
        shutil.rmtree(backup)


def regenerate(source: str, output: Path, previous: Path | None) -> str:
    loaded = load_spec(source)
    output.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".regenerate-", dir=output.parent))
    try:
        scratch = work / PACKAGE
        _generate_into(normalize(loaded.document), scratch)
        summary = _write_metadata(loaded.document, loaded.sha256, scratch)
        _format(scratch)
        report = change_report(_previous_summary(previous or output), summary)
        _swap_in(scratch, output)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/regenerate.sh", description=__doc__.splitlines()[0])
    parser.add_argument("spec", nargs="?", default=DEFAULT_SPEC_URL, help=f"spec path or URL (default: {DEFAULT_SPEC_URL})")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="package directory to (re)write")
    parser.add_argument(
        "--previous", type=Path, default=None, help="package to compare against for the change report (default: --output)"
    )
    args = parser.parse_args(argv)
    try:
        report = regenerate(args.spec, args.output.resolve(), args.previous)
    except (SpecError, GenerationError) as exc:
        print(f"regenerate: error: {exc}", file=sys.stderr)
        print("regenerate: nothing was changed.", file=sys.stderr)
        return 1
    print(report)
    print(f"regenerate: wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
