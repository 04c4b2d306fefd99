#!/usr/bin/env bash
# Renders nbrun's MathML in a real browser and checks the layout from the pixels.
#
# 1. Installs Debian's `chromium` and a math font with an OpenType MATH table
#    (fonts-lmodern: Latin Modern Math) when missing, using apt-get as root.
# 2. Writes probes.html and corpus.html from the TeXMath test corpus (the
#    RenderPage test, enabled by NBRUN_MATH_PAGE_DIR).
# 3. Screenshots both with headless Chromium.
# 4. Checks probes.png with scripts/png_ink.py: the page is not blank, display
#    fractions, radicals and a 4-row matrix are taller than a text line, \left(
#    \right) stretches around 4 rows, a display sum is taller than an inline one, and
#    a radical around 4 rows and a display \sum grow (only a font with an OpenType
#    MATH table does that; Chromium builds tall brackets from Unicode pieces anyway);
#    \big < \Big < \bigg < \Bigg grow (at least 1.05, 1.5, 2.0, 2.5 text lines: TeX's
#    1.2, 1.8, 2.4, 3.0 em), \bigr)^2 does not sag (both parentheses end on one row),
#    and every accent (\bar \tilde \hat \vec \dot \ddot \check \breve) leaves a blank
#    pixel row between itself and its letter;
#    then the same with Latin Modern Math embedded by MathStylesheet.fontFace as
#    the only math font (the page's stack names no installed one).
#
# Usage: scripts/check-math-render.sh [OUTPUT_DIR]   (default .build/math-render)
set -euo pipefail

cd "$(dirname "$0")/.."
out="${1:-.build/math-render}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

bash "$(dirname "$0")/install-deps.sh" chromium fonts-lmodern
if ! fc-list : family 2>/dev/null | grep "Latin Modern Math" >/dev/null; then
    echo "warning: fontconfig does not list Latin Modern Math; brackets may not stretch" >&2
fi

font_file=$(fc-match -f '%{file}' 'Latin Modern Math' 2>/dev/null || true)
case "$font_file" in *latinmodern-math*) ;; *) font_file="" ;; esac

echo "writing pages to $out" >&2
rm -f "$out/probes-embedded.html"
NBRUN_MATH_FONT="$font_file" NBRUN_MATH_PAGE_DIR="$out" swift test --filter TeXMathTests.RenderPage >"$out/swift-test.log" 2>&1 || {
    cat "$out/swift-test.log" >&2
    exit 1
}
[ -s "$out/probes.html" ] && [ -s "$out/corpus.html" ] || { echo "error: pages were not written" >&2; exit 1; }

screenshot() {
    local page=$1 png=$2 size=$3
    rm -f "$png"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --screenshot="$png" --window-size="$size" "file://$page" >"$out/chromium.log" 2>&1 || true
    [ -s "$png" ] || { cat "$out/chromium.log" >&2; echo "error: no screenshot of $page" >&2; exit 1; }
}

probe_count=$(wc -l <"$out/probes.txt")
screenshot "$out/probes.html" "$out/probes.png" "600,$((probe_count * 200))"
entries=$(grep -c '^[ide] ' Tests/TeXMathTests/Fixtures/corpus.txt)
screenshot "$out/corpus.html" "$out/corpus.png" "1500,$(((entries / 3 + 1) * 100))"

python3 scripts/png_ink.py check "$out/probes.png" "$out/probes.txt"
if [ -n "$font_file" ]; then
    # The same probes with Latin Modern Math embedded as a data: URL and no installed math font named.
    screenshot "$out/probes-embedded.html" "$out/probes-embedded.png" "600,$((probe_count * 200))"
    python3 scripts/png_ink.py check "$out/probes-embedded.png" "$out/probes.txt"
else
    echo "warning: Latin Modern Math file not found; embedded-font check skipped" >&2
fi
echo "ok: math renders and lays out ($out/probes.png, $out/corpus.png)"
