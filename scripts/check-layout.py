#!/usr/bin/env python3
"""Reads every committed report in headless Chromium the way a demanding reader does,
and fails on what that reader would see (issue 14, "What must hold" 3):

  width     at 390 px and 1100 px no element makes the page scroll sideways; a box that
            scrolls (wide table or equation) shows a cue (its scroll shadow) and clips nothing
            at the page edge.
  figtext   figure text renders at 9 CSS px or more, at both widths, and none runs out of
            its figure's view box (where it would be clipped).
  print     printed to A4 (DevTools Page.printToPDF), no page but the last is more than half
            empty, and no page ends with a step label ("{train} line 12").
  contrast  under prefers-color-scheme: dark, text meets 4.5:1 against the colour behind it
            and figure marks (lines, points, text) 3:1 / 4.5:1, from the rendered colours
            (translucent region fills and grid lines, class nb-grid, are not marks).
  axe       axe-core 4 reports no serious or critical violation, in light and in dark. The
            script is the axe.min.js that the PyPI package axe-playwright-python bundles
            (installed without its Playwright dependency: Selenium drives the browser).
  alt       every figure has a text alternative (an svg with role="img" and a non-empty
            accessible name from aria-labelledby/aria-label, an img with alt).

Usage: check-layout.py [--shots DIR] REPORT.html...
With --shots, also writes full-page screenshots at both widths, in dark mode, and the PDF,
for looking at by eye. Exit status 1 when any check fails; each failure is one line
`report: check: what`.
"""
import argparse
import base64
import json
import os
import re
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

WIDTHS = (390, 1100)
MIN_FIGURE_TEXT_PX = 9.0
# A4 in inches, with the browser's default 1 cm margins.
A4 = (8.27, 11.69)
MARGIN_IN = 0.4

# Runs in the page: every reason the page scrolls sideways, and every box that scrolls.
OVERFLOW_JS = r"""
const width = document.documentElement.clientWidth;
const problems = [];
if (document.documentElement.scrollWidth > width + 1)
  problems.push(`page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`);
const scrolls = el => { const s = getComputedStyle(el).overflowX; return s === 'auto' || s === 'scroll'; };
const label = el => {
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  if (el.classList.length) s += '.' + [...el.classList].join('.');
  const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return text ? `${s} "${text}"` : s;
};
// Elements that stick out past the right edge without a scrolling ancestor to hold them.
for (const el of document.querySelectorAll('body *')) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.right <= width + 1) continue;
  let a = el.parentElement, held = false;
  while (a && a !== document.body) { if (scrolls(a)) { held = true; break; } a = a.parentElement; }
  if (!held) { problems.push(`${label(el)} reaches ${Math.round(r.right)} px`); if (problems.length > 8) break; }
}
// Text that spills out of its element (no wrap point) past the right edge: the deepest such element.
const spills = [...document.querySelectorAll('body *')].filter(el => {
  if (el.closest('svg') || el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1) return false;
  if (scrolls(el) || getComputedStyle(el).overflowX !== 'visible') return false;
  return el.getBoundingClientRect().left + el.scrollWidth > width + 1;
});
for (const el of spills) {
  if (spills.some(other => other !== el && el.contains(other))) continue;
  let a = el.parentElement, held = false;
  while (a && a !== document.body) { if (scrolls(a)) { held = true; break; } a = a.parentElement; }
  if (!held) problems.push(`${label(el)}: its content (${el.scrollWidth} px) spills past the edge`);
}
// Boxes that do scroll must show it: a scroll shadow (background-attachment local + gradient).
const boxes = [];
for (const el of document.querySelectorAll('body *')) {
  if (!scrolls(el) || el.scrollWidth <= el.clientWidth + 1 || el.getClientRects().length === 0) continue;
  const s = getComputedStyle(el);
  const cue = s.backgroundImage.includes('gradient') && s.backgroundAttachment.includes('local');
  boxes.push(label(el));
  if (!cue) problems.push(`${label(el)} scrolls (${el.scrollWidth} in ${el.clientWidth} px) with no visible cue`);
  if (el.getBoundingClientRect().right > width + 1) problems.push(`${label(el)} scroll box itself passes the edge`);
}
return {problems, boxes};
"""

# Runs in the page: figure text sizes in CSS px (computed size × the svg's scale).
FIGURE_TEXT_JS = r"""
const out = [];
for (const svg of document.querySelectorAll('figure svg')) {
  const m = svg.getScreenCTM();
  if (!m) continue;
  const scale = Math.hypot(m.a, m.b);
  let smallest = Infinity, sample = '';
  for (const t of svg.querySelectorAll('text')) {
    if (!t.textContent.trim()) continue;
    const tm = t.getScreenCTM();
    const px = parseFloat(getComputedStyle(t).fontSize) * (tm ? Math.hypot(tm.a, tm.b) : scale);
    if (px < smallest) { smallest = px; sample = t.textContent.trim().slice(0, 30); }
  }
  // Text that sticks out of the view box is clipped (one unit of slack for glyph overhang).
  const box = svg.viewBox.baseVal, clipped = [];
  for (const t of svg.querySelectorAll('text')) {
    if (!t.textContent.trim() || t.getAttribute('transform')) continue;
    const b = t.getBBox();
    if (b.x < box.x - 1 || b.y < box.y - 1 || b.x + b.width > box.x + box.width + 1 || b.y + b.height > box.y + box.height + 1)
      clipped.push(t.textContent.trim().slice(0, 30));
  }
  const fig = svg.closest('figure');
  if (smallest < Infinity) out.push({id: fig ? fig.id : '', px: smallest, sample, clipped,
      width: svg.getBoundingClientRect().width, column: svg.closest('.nbrun').getBoundingClientRect().width});
}
return out;
"""

# Runs in the page: contrast of text and figure marks against what is behind them.
CONTRAST_JS = r"""
const parse = c => {
  const m = c.match(/rgba?\(([^)]+)\)/);
  if (!m) return null;
  const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
};
const over = (top, bottom) => { const a = top[3];
  return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]); };
const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
// The opaque colour behind an HTML element: its and its ancestors' backgrounds, composited.
const behind = el => {
  const layers = [];
  for (let a = el; a; a = a.parentElement) {
    if (a instanceof SVGElement && a.tagName.toLowerCase() !== 'svg') continue;
    const bg = parse(getComputedStyle(a).backgroundColor);
    if (bg && bg[3] > 0) { layers.push(bg); if (bg[3] >= 1) break; }
  }
  let colour = [255, 255, 255, 1];
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
};
const opacityOf = el => { let o = 1; for (let a = el; a; a = a.parentElement) o *= parseFloat(getComputedStyle(a).opacity); return o; };
const failures = [];
const label = (el, text) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''} "${text.slice(0, 30)}"`;
// HTML and MathML text: every element with its own visible text.
for (const el of document.querySelectorAll('body *')) {
  if (el.closest('svg')) continue;
  const own = [...el.childNodes].filter(n => n.nodeType === 3 && n.textContent.trim()).map(n => n.textContent.trim()).join(' ');
  if (!own) continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
  const fg = parse(getComputedStyle(el).color);
  if (!fg) continue;
  const bg = behind(el);
  const c = ratio(over([fg[0], fg[1], fg[2], fg[3] * opacityOf(el)], bg), bg);
  if (c < 4.5) failures.push(`text ${label(el, own)} ${c.toFixed(2)}:1`);
}
// Figure marks: strokes and opaque fills of lines, points and text inside figures.
for (const svg of document.querySelectorAll('figure svg')) {
  const bg = behind(svg);
  for (const el of svg.querySelectorAll('path,line,polyline,circle,rect,ellipse,polygon,text')) {
    // Grid lines are a faint guide, not a mark that carries data (WCAG 1.4.11 leaves them out).
    if (el.classList.contains('nb-grid')) continue;
    const s = getComputedStyle(el);
    if (s.display === 'none' || s.visibility === 'hidden') continue;
    const o = opacityOf(el);
    const isText = el.tagName === 'text';
    const checks = [];
    const stroke = parse(s.stroke);
    if (!isText && stroke && stroke[3] > 0 && parseFloat(s.strokeWidth) > 0)
      checks.push(['stroke', stroke, parseFloat(s.strokeOpacity) * o, 3]);
    const fill = parse(s.fill);
    // Filled areas drawn translucent (decision regions) are backgrounds, not marks.
    if (fill && fill[3] > 0 && parseFloat(s.fillOpacity) >= 1 && el.tagName !== 'rect' && !(el.tagName === 'path' && !isText && stroke))
      checks.push(['fill', fill, parseFloat(s.fillOpacity) * o, isText ? 4.5 : 3]);
    for (const [what, colour, alpha, need] of checks) {
      if (el.tagName === 'path' && what === 'fill' && el.getAttribute('fill-rule')) continue;
      const c = ratio(over([colour[0], colour[1], colour[2], colour[3] * alpha], bg), bg);
      if (c < need) failures.push(`figure ${svg.closest('figure').id} ${el.tagName} ${what} ${s[what]}${alpha < 1 ? ' at opacity ' + alpha.toFixed(2) : ''}${isText ? ' "' + el.textContent.trim().slice(0, 20) + '"' : ''} ${c.toFixed(2)}:1`);
    }
  }
}
return [...new Set(failures)];
"""

# Runs in the page: figures without a text alternative.
ALT_JS = r"""
const missing = [];
const named = el => {
  if ((el.getAttribute('aria-label') || '').trim()) return true;
  const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
  return ids.length > 0 && ids.every(id => { const t = document.getElementById(id); return t && t.textContent.trim(); });
};
for (const fig of document.querySelectorAll('figure')) {
  const graphics = fig.querySelectorAll('svg, img');
  if (!graphics.length) missing.push(`figure ${fig.id} holds no graphic`);
  for (const g of graphics) {
    if (g.tagName.toLowerCase() === 'img') { if (!(g.getAttribute('alt') || '').trim()) missing.push(`img in ${fig.id} has no alt`); continue; }
    if (g.parentElement.closest('svg')) continue;
    if (g.getAttribute('role') !== 'img' || !named(g)) missing.push(`svg in ${fig.id} has no text alternative`);
  }
}
for (const svg of document.querySelectorAll('svg')) {
  if (svg.closest('figure') || svg.parentElement.closest('svg')) continue;
  if (svg.getAttribute('aria-hidden') !== 'true' && !named(svg)) missing.push('an svg outside a figure has no text alternative');
}
return missing;
"""

STEP_LABEL = re.compile(r"^\s*[▶▸►]?\s*\{[a-z][a-z -]*\}(\s+line\s+\d+)?\s*$")


def start_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--force-device-scale-factor=1", "--hide-scrollbars", "--font-render-hinting=none"):
        options.add_argument(flag)
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(options=options, service=service)


def set_view(driver, width, dark=False, media=""):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": media,
        "features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}],
    })


def screenshot(driver, path):
    size = driver.execute_script(
        "return [document.documentElement.clientWidth, document.documentElement.scrollHeight]")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1},
    })
    with open(path, "wb") as handle:
        handle.write(base64.b64decode(shot["data"]))


def print_pdf(driver):
    set_view(driver, 1100, media="print")
    result = driver.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": A4[0], "paperHeight": A4[1], "printBackground": True,
        "marginTop": MARGIN_IN, "marginBottom": MARGIN_IN, "marginLeft": MARGIN_IN, "marginRight": MARGIN_IN,
    })
    return base64.b64decode(result["data"])


def read_pgm(path):
    with open(path, "rb") as handle:
        data = handle.read()
    fields, position = [], 0
    while len(fields) < 4:
        while data[position:position + 1].isspace():
            position += 1
        if data[position:position + 1] == b"#":
            position = data.index(b"\n", position)
            continue
        end = position
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    width, height = int(fields[1]), int(fields[2])
    pixels = data[position + 1:]
    return width, height, [pixels[row * width:(row + 1) * width] for row in range(height)]


def check_pdf(pdf, name, keep_dir):
    """Returns failures: half-empty pages (but the last) and pages that end with a step label."""
    failures = []
    work = tempfile.mkdtemp()
    path = os.path.join(keep_dir or work, f"{name}.pdf")
    with open(path, "wb") as handle:
        handle.write(pdf)
    subprocess.run(["pdftoppm", "-r", "24", "-gray", path, os.path.join(work, "page")], check=True)
    pages = sorted(p for p in os.listdir(work) if p.startswith("page") and p.endswith(".pgm"))
    margin_rows = MARGIN_IN / A4[1]
    for index, page in enumerate(pages, start=1):
        width, height, rows = read_pgm(os.path.join(work, page))
        inked = [y for y, row in enumerate(rows) if min(row) < 200]
        top, bottom = margin_rows * height, (1 - margin_rows) * height
        used = ((inked[-1] + 1) - top) / (bottom - top) if inked else 0
        if index < len(pages) and used < 0.5:
            failures.append(f"print: page {index} of {len(pages)} is {1 - used:.0%} empty")
    text = subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True, text=True).stdout
    for index, page in enumerate(text.split("\f")[:len(pages)], start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        if lines and STEP_LABEL.match(lines[-1]):
            failures.append(f"print: page {index} ends with the step label '{lines[-1].strip()}'")
    return failures, len(pages)


def axe_audit(driver, axe_source):
    driver.execute_script(axe_source)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations)).catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));")
    return [f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} node(s), e.g. {v['nodes'][0]['target'] if v['nodes'] else ''}"
            for v in result if v.get("impact") in ("serious", "critical")]


def axe_script():
    import axe_playwright_python
    path = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def check_report(driver, report, axe_source, shots):
    name = os.path.splitext(os.path.basename(report))[0]
    failures = []
    url = "file://" + os.path.abspath(report)
    for width in WIDTHS:
        set_view(driver, width)
        driver.get(url)
        overflow = driver.execute_script(OVERFLOW_JS)
        failures += [f"width {width}: {p}" for p in overflow["problems"]]
        for figure in driver.execute_script(FIGURE_TEXT_JS):
            if figure["px"] < MIN_FIGURE_TEXT_PX - 0.05:
                failures.append(f"figtext {width}: {figure['id']} text \"{figure['sample']}\" at {figure['px']:.1f} px")
            for text in figure["clipped"]:
                failures.append(f"clip {width}: {figure['id']} text \"{text}\" runs out of the figure")
            if figure["width"] > figure["column"] + 0.5:
                failures.append(f"width {width}: {figure['id']} is {figure['width']:.0f} px in a {figure['column']:.0f} px column")
        if shots:
            screenshot(driver, os.path.join(shots, f"{name}-{width}.png"))
    failures += [f"alt: {m}" for m in driver.execute_script(ALT_JS)]
    failures += [f"axe light: {v}" for v in axe_audit(driver, axe_source)]
    for width in WIDTHS:
        set_view(driver, width, dark=True)
        driver.get(url)
        failures += [f"contrast dark {width}: {m}" for m in driver.execute_script(CONTRAST_JS)]
        if shots:
            screenshot(driver, os.path.join(shots, f"{name}-{width}-dark.png"))
    failures += [f"axe dark: {v}" for v in axe_audit(driver, axe_source)]
    driver.get(url)
    pdf_failures, pages = check_pdf(print_pdf(driver), name, shots)
    failures += pdf_failures
    return failures, pages


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reports", nargs="+")
    parser.add_argument("--shots", help="also write screenshots and PDFs into this folder")
    arguments = parser.parse_args()
    if arguments.shots:
        os.makedirs(arguments.shots, exist_ok=True)
    axe_source = axe_script()
    driver = start_browser()
    status = 0
    try:
        driver.set_script_timeout(60)
        for report in arguments.reports:
            failures, pages = check_report(driver, report, axe_source, arguments.shots)
            verdict = "ok" if not failures else f"{len(failures)} problem(s)"
            print(f"check-layout: {report}: {pages} A4 pages: {verdict}")
            for failure in failures:
                print(f"{report}: {failure}")
            status |= bool(failures)
    finally:
        driver.quit()
    return status


if __name__ == "__main__":
    sys.exit(main())
