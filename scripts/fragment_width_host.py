#!/usr/bin/env python3
"""Writes a host page that embeds an nbrun fragment (or LMS page) in a narrow text column
and, when Chromium loads it, records how far any figure sticks out of that column.

Usage: fragment_width_host.py FRAGMENT.html HOST.html [COLUMN_PX]

Run `chromium --headless --dump-dom file://HOST.html`: the dumped <body> carries
data-overflow="N", the largest number of CSS pixels by which an <svg> or <img> inside the
fragment extends past the column's right edge (0 when every figure fits).
"""
import sys

fragment_path, host_path = sys.argv[1], sys.argv[2]
column = int(sys.argv[3]) if len(sys.argv) > 3 else 360
with open(fragment_path, encoding="utf-8") as handle:
    fragment = handle.read()
host = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<style>body{{margin:0;font:16px serif}} .column{{width:{column}px;margin:0 20px}}</style></head>
<body><div class="column" id="column">{fragment}</div>
<script>
window.addEventListener('load', function () {{
  var column = document.getElementById('column').getBoundingClientRect();
  var worst = 0;
  document.querySelectorAll('#column svg, #column img').forEach(function (figure) {{
    if (figure.closest('svg') !== figure && figure.tagName.toLowerCase() === 'svg' && figure.parentElement.closest('svg')) return;
    var box = figure.getBoundingClientRect();
    worst = Math.max(worst, Math.ceil(box.right - column.right));
  }});
  document.body.setAttribute('data-overflow', String(worst));
}});
</script></body></html>"""
with open(host_path, "w", encoding="utf-8") as handle:
    handle.write(host)
