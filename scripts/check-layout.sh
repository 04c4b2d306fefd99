#!/usr/bin/env bash
# The committed reports in a real browser (see scripts/check-layout.py for the checks):
# at 390 and 1100 px, in print (A4) and in dark mode, with an axe-core audit.
# Installs what it needs: chromium, chromium-driver and poppler-utils from Debian;
# selenium and axe-playwright-python (for its bundled axe-core only) into a scratch venv.
# Usage: scripts/check-layout.sh [--shots DIR] [REPORT.html...]   (default: output/*.html)
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh chromium chromium-driver poppler-utils fonts-dejavu-core

venv=.venv-layout
if ! "$venv/bin/python" -c 'import selenium, axe_playwright_python' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet 'selenium==4.51.0'
    # Only its axe.min.js is used; its Playwright dependency is not needed.
    "$venv/bin/pip" install --quiet --no-deps 'axe-playwright-python==0.1.8'
fi

shots=()
if [ "${1:-}" = "--shots" ]; then shots=(--shots "$2"); shift 2; fi
reports=("$@")
[ ${#reports[@]} -gt 0 ] || reports=(output/*.html)
[ -e "${reports[0]}" ] || { echo "check-layout: no reports in output/ (run 'make render')" >&2; exit 1; }
exec "$venv/bin/python" scripts/check-layout.py "${shots[@]}" "${reports[@]}"
