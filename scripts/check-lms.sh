#!/usr/bin/env bash
# Checks nbrun's course-platform outputs against the platforms' own rules:
#  1. the allowlist walker (scripts/lms_check.py) passes its self-test;
#  2. every bundled lesson rendered with --lms canvas and --lms moodle by the binary just built
#     (into a temporary folder, not the committed output/) loses nothing to that platform's
#     sanitizer (../shared/conformance/lms/*.json);
#  3. the Common Cartridge and IMS Content Package of all lessons validate against the
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

if [ -f scripts/check_package.py ]; then
    "$nbrun" notebooks/*.md --package "$work/course.imscc" --quiet
    "$nbrun" notebooks/*.md --package "$work/course-ims.zip" --quiet
    "$venv/bin/python" scripts/check_package.py "$work/course.imscc" "$work/course-ims.zip" || status=1
fi
exit $status
