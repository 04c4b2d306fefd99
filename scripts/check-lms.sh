#!/usr/bin/env bash
# Checks nbrun's course-platform outputs against the platforms' own rules:
#  1. the allowlist walker (scripts/lms_check.py) passes its self-test;
#  2. every bundled lesson rendered with --lms canvas and --lms moodle by the binary just built
#     (into a temporary folder, not the committed output/) loses nothing to that platform's
#     sanitizer (../shared/conformance/lms/*.json);
#  3. in headless Chromium, inside a 360 px host column, no figure of a --fragment render or a
#     --lms canvas page sticks out of the column, and the Canvas page with Canvas's removals
#     applied still draws (a screenshot that is not blank);
#  4. the Common Cartridge and IMS Content Package of all lessons validate against the
#     IMS Common Cartridge 1.1 / Content Packaging schemas (scripts/check_package.py).
# Installs html5lib and xmlschema into the scratch venv .venv-check.
set -euo pipefail
cd "$(dirname "$0")/.."

nbrun=${NBRUN:-.build/release/nbrun}
if [ ! -x "$nbrun" ]; then
    echo "check-lms: $nbrun not built (run 'make build')" >&2
    exit 1
fi

venv=.venv-check
if ! "$venv/bin/python" -c 'import html5lib, xmlschema' >/dev/null 2>&1; then
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet html5lib xmlschema
fi

"$venv/bin/python" scripts/lms_check.py --self-test

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for lms in canvas moodle; do
    "$nbrun" notebooks/*.md --lms "$lms" -o "$work/$lms" --quiet
    echo "check-lms: $lms allowlist on $(ls notebooks/*.md | wc -l) lessons"
    "$venv/bin/python" scripts/lms_check.py "$lms" "$work/$lms"/*.html || status=1
done

"$nbrun" notebooks/*.md --fragment -o "$work/fragment" --quiet
echo "check-lms: figures inside a 360 px column (Chromium)"
mkdir -p "$work/hosts"
pages=("$work"/canvas/*.html)
for page in "$work"/fragment/*.html "$work"/canvas/*.html; do
    case "$page" in */index.html) continue ;; esac
    host="$work/hosts/$(basename "$(dirname "$page")")-$(basename "$page")"
    python3 scripts/fragment_width_host.py "$page" "$host" 360
    overflow=$(timeout 120 chromium --headless --no-sandbox --disable-gpu --virtual-time-budget=3000 \
        --dump-dom "file://$host" 2>/dev/null | sed -n 's/.*<body data-overflow="\([0-9-]*\)".*/\1/p')
    if [ "$overflow" != "0" ]; then
        echo "$page: a figure sticks out of a 360 px column by ${overflow:-?} px" >&2
        status=1
    else
        echo "$page: every figure fits a 360 px column"
    fi
done
for page in "${pages[@]}"; do
    # Written beside the page so its relative image paths still resolve.
    applied="${page%.html}.applied.htm"
    "$venv/bin/python" scripts/lms_check.py canvas "$page" --apply "$applied" >/dev/null || true
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1400 \
        --screenshot="$work/hosts/$(basename "$page").png" "file://$applied" >/dev/null 2>&1 || true
    python3 scripts/png_stats.py "$work/hosts/$(basename "$page").png" --min-ink 0.01 --label "$page (Canvas removals applied)" || status=1
done

if [ -f scripts/check_package.py ]; then
    "$nbrun" notebooks/*.md --package "$work/course.imscc" --quiet
    "$nbrun" notebooks/*.md --package "$work/course-ims.zip" --quiet
    "$venv/bin/python" scripts/check_package.py "$work/course.imscc" "$work/course-ims.zip" || status=1
fi
exit $status
