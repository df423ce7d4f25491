"""The regenerate pipeline: reproducible output, a truthful change report, loud failures."""

from __future__ import annotations

import copy
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from api_summary import change_report, summarize
from normalize import normalize

REPO = Path(__file__).resolve().parents[2]
CODEGEN = REPO / "scripts" / "codegen"
GENERATED = REPO / "generated" / "vismanet_client"
REGENERATE = [sys.executable, str(CODEGEN / "regenerate.py")]


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_regeneration_reproduces_the_committed_tree(shared_spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "vismanet_client"
    run = subprocess.run(
        [*REGENERATE, str(shared_spec), "--output", str(out), "--previous", str(GENERATED)],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "no changes to operations, schemas, fields or enum values" in run.stdout
    new, committed = _tree(out), _tree(GENERATED)
    assert sorted(new) == sorted(committed)
    differing = [name for name in new if new[name] != committed[name]]
    assert differing == [], f"regeneration differs from the committed tree in {differing[:10]}"


def test_provenance_names_the_spec(shared_spec: Path) -> None:
    import vismanet_client

    document = json.loads(shared_spec.read_text(encoding="utf-8"))
    assert vismanet_client.SPEC.sha256 == hashlib.sha256(shared_spec.read_bytes()).hexdigest()
    assert vismanet_client.SPEC.title == document["info"]["title"]
    assert vismanet_client.SPEC.version == document["info"]["version"]
    assert vismanet_client.SPEC.generator == "openapi-python-client 0.29.1"


def _modified(spec: dict) -> dict:
    changed = copy.deepcopy(spec)
    changed["paths"]["/v1/customer/{customerCd}/archive"] = {
        "post": {
            "operationId": "Customer_Archive",
            "tags": ["Customer"],
            "parameters": [{"name": "customerCd", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"204": {"description": "ok"}},
        }
    }
    del changed["components"]["schemas"]["CustomerDto"]["properties"]["corporateId"]
    changed["components"]["schemas"]["CustomerDto"]["properties"]["status"]["enum"].append("Archived")
    return changed


def test_change_report_lists_exactly_the_changes(shared_spec: Path) -> None:
    spec = json.loads(shared_spec.read_text(encoding="utf-8"))
    report = change_report(summarize(spec), summarize(_modified(spec)))
    assert report.splitlines() == [
        "API change report:",
        "Operations added (1):",
        "  + POST /v1/customer/{customerCd}/archive  (Customer_Archive)",
        "Schemas with fields added/removed (1):",
        "  CustomerDto: -corporateId",
        "Enum values added/removed (1):",
        "  CustomerDto.status: +'Archived'",
    ]


def test_change_report_against_the_committed_package_end_to_end(shared_spec: Path, tmp_path: Path) -> None:
    spec = json.loads(shared_spec.read_text(encoding="utf-8"))
    modified = tmp_path / "spec.json"
    modified.write_text(json.dumps(_modified(spec)), encoding="utf-8")
    run = subprocess.run(
        [*REGENERATE, str(modified), "--output", str(tmp_path / "out" / "vismanet_client"), "--previous", str(GENERATED)],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "+ POST /v1/customer/{customerCd}/archive  (Customer_Archive)" in run.stdout
    assert "CustomerDto: -corporateId" in run.stdout
    assert "CustomerDto.status: +'Archived'" in run.stdout
    assert (tmp_path / "out" / "vismanet_client" / "api" / "customer" / "customer_archive.py").is_file()


def test_removed_operations_and_schemas_are_reported() -> None:
    old = {"operations": {"GET /v1/a": "A_Get", "GET /v1/b": "B_Get"}, "schemas": {"ADto": ["x"], "BDto": []}, "enums": {"ADto.x": ["1", "2"]}}
    new = {"operations": {"GET /v1/a": "A_Get"}, "schemas": {"ADto": ["x", "y"]}, "enums": {"ADto.x": ["1"]}}
    assert change_report(old, new).splitlines() == [
        "API change report:",
        "Operations removed (1):",
        "  - GET /v1/b  (B_Get)",
        "Schemas removed (1):",
        "  - BDto",
        "Schemas with fields added/removed (1):",
        "  ADto: +y",
        "Enum values added/removed (1):",
        "  ADto.x: -'2'",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01 not a spec: [", "neither JSON nor YAML"),
        (b'{"swagger": "2.0", "paths": {}}', "not OpenAPI 3.x (swagger 2.0)"),
        (b'{"openapi": "3.0.1"}', "has no 'paths' or 'info'"),
        (b"[1, 2]", "not an OpenAPI document"),
    ],
)
def test_bad_specs_fail_loudly_and_change_nothing(tmp_path: Path, content: bytes, message: str) -> None:
    spec = tmp_path / "spec.json"
    spec.write_bytes(content)
    out = tmp_path / "vismanet_client"
    out.mkdir()
    (out / "sentinel.py").write_text("kept = True\n")
    run = subprocess.run([*REGENERATE, str(spec), "--output", str(out)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert message in run.stderr
    assert "nothing was changed" in run.stderr
    assert _tree(out) == {"sentinel.py": b"kept = True\n"}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".regenerate-")] == []


def test_missing_file_and_unreachable_url_fail_loudly(tmp_path: Path) -> None:
    for source, message in ((str(tmp_path / "nope.json"), "spec file not found"), ("http://127.0.0.1:9/spec.json", "cannot fetch spec")):
        run = subprocess.run([*REGENERATE, source, "--output", str(tmp_path / "out")], capture_output=True, text=True, timeout=60)
        assert run.returncode == 1
        assert message in run.stderr
        assert not (tmp_path / "out").exists()


def test_shell_wrapper_reports_usage_errors() -> None:
    run = subprocess.run(["bash", str(REPO / "scripts" / "regenerate.sh"), "--help"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0
    assert "spec path or URL" in run.stdout


def test_normalize_treats_text_json_as_json_and_drops_xml() -> None:
    spec = {
        "paths": {
            "/v1/x": {
                "put": {
                    "requestBody": {"content": {"text/json": {"schema": {"type": "object"}}, "application/xml": {}, "text/xml": {}}},
                    "responses": {"200": {"content": {"application/json": {"schema": {"type": "string"}}, "text/json": {}}}},
                }
            }
        }
    }
    result = normalize(spec)
    operation = result["paths"]["/v1/x"]["put"]
    assert operation["requestBody"]["content"] == {"application/json": {"schema": {"type": "object"}}}
    assert operation["responses"]["200"]["content"] == {"application/json": {"schema": {"type": "string"}}}
    assert "text/json" in spec["paths"]["/v1/x"]["put"]["requestBody"]["content"], "input must not be mutated"
