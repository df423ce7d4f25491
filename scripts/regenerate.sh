#!/usr/bin/env bash
# Regenerate generated/vismanet_client from Visma's OpenAPI spec.
#   scripts/regenerate.sh [SPEC]          SPEC: a file path or URL (default: Visma's published spec URL)
#   scripts/regenerate.sh SPEC --output DIR [--previous DIR]
# Needs the codegen extra: pip install -e ".[codegen]"  (pins openapi-python-client and ruff exactly).
# Prints an API change report against the previously generated package; replaces it only on success.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${PYTHON:-}"
if [ -z "$python" ]; then
  if [ -x "$here/../.venv/bin/python" ]; then python="$here/../.venv/bin/python"; else python="python3"; fi
fi
if ! "$python" -c "import openapi_python_client, ruff" 2>/dev/null; then
  echo "regenerate: openapi-python-client is not installed for $python; run: pip install -e '.[codegen]'" >&2
  exit 1
fi
exec "$python" "$here/codegen/regenerate.py" "$@"
