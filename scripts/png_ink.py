"""Reads 8-bit PNG screenshots with the standard library only (zlib + struct).

Used by check-math-render.sh: `python3 png_ink.py check PNG MANIFEST` checks the
probe page; `python3 png_ink.py crop PNG TOP HEIGHT OUT` writes a horizontal strip.
"""
import struct
import sys
import zlib


def read_png(path):
    """Returns (width, height, rows) with rows as lists of grey levels 0..255."""
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    position, idat = 8, b""
    width = height = None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            if depth != 8 or interlace != 0 or colour not in (0, 2, 4, 6):
                raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}")
            channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += chunk
        elif kind == b"IEND":
            break
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, offset = [], bytearray(stride), 0
    for _ in range(height):
        kind = raw[offset]
        line = bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 255
            elif kind == 4:
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + predictor) & 255
        previous = line
        if channels >= 3:
            grey = [min(line[i], line[i + 1], line[i + 2]) for i in range(0, stride, channels)]
        else:
            grey = [line[i] for i in range(0, stride, channels)]
        rows.append(grey)
    return width, height, rows


def write_png(path, rows):
    """Writes grey rows as an 8-bit greyscale PNG."""
    height, width = len(rows), len(rows[0])
    raw = b"".join(b"\x00" + bytes(row) for row in rows)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    with open(path, "wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n")
        handle.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)))
        handle.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        handle.write(chunk(b"IEND", b""))


def ink_height(rows, top, height, threshold=128):
    """Rows from the first to the last that hold a pixel darker than `threshold` (0 when none)."""
    inked = [y for y in range(top, min(top + height, len(rows))) if min(rows[y]) < threshold]
    return (inked[-1] - inked[0] + 1) if inked else 0


def ink_rows(rows, top, height, threshold=128):
    """Indexes (from the box's top) of the rows holding a pixel darker than `threshold`."""
    return [y - top for y in range(top, min(top + height, len(rows))) if min(rows[y]) < threshold]


def ink_runs(inked):
    """Number of separate runs of inked rows: an accent that clears its letter makes two."""
    return sum(1 for i, y in enumerate(inked) if i == 0 or y != inked[i - 1] + 1)


def glyph_bottoms(rows, top, height, threshold=128):
    """The lowest inked row (from the box's top) of each run of inked columns, left to right."""
    box = rows[top:min(top + height, len(rows))]
    bottoms, current = [], None
    for x in range(len(box[0]) if box else 0):
        inked = [y for y in range(len(box)) if box[y][x] < threshold]
        if inked:
            current = max(current or 0, inked[-1])
        elif current is not None:
            bottoms.append(current)
            current = None
    if current is not None:
        bottoms.append(current)
    return bottoms


def check(png, manifest):
    width, height, rows = read_png(png)
    dark = sum(1 for row in rows for value in row if value < 128)
    print(f"{png}: {width}x{height}, {dark} dark pixels")
    failures = []
    if dark < 500:
        failures.append("the screenshot is blank")
    heights, inked, bottoms = {}, {}, {}
    for line in open(manifest):
        name, top, box = line.split()
        bottoms[name] = glyph_bottoms(rows, int(top), int(box))
        heights[name] = ink_height(rows, int(top), int(box))
        inked[name] = ink_rows(rows, int(top), int(box))
        print(f"  {name:17s} ink height {heights[name]:4d} px, {ink_runs(inked[name])} run(s) of rows")
    line = heights.get("line", 0)
    if line == 0:
        failures.append("the inline reference formula drew nothing")
    rules = [
        ("fraction", 1.5, "a display fraction is taller than 1.5 text lines"),
        ("sqrt", 1.5, "a radical over a fraction is taller than 1.5 text lines"),
        ("matrix", 3.0, "a 4-row bmatrix with its brackets is taller than 3 text lines"),
        ("stretch", 3.0, "\\left( \\right) around 4 rows stretches past 3 text lines (needs a MATH font)"),
    ]
    for name, factor, meaning in rules:
        if heights.get(name, 0) <= factor * line:
            failures.append(f"{meaning}: {heights.get(name, 0)} px vs line {line} px")
    if heights.get("sum-display", 0) <= 1.3 * heights.get("sum-inline", 0):
        failures.append("a display sum with limits is not taller than the inline one (limits not under/over?)")
    # Chromium assembles tall brackets from Unicode pieces even without a MATH table,
    # but radicals and display-size operators need one: these two tell the font is used.
    if heights.get("radical", 0) <= 3.0 * line:
        failures.append(f"a radical around 4 rows does not stretch (no MATH font?): {heights.get('radical', 0)} px vs line {line} px")
    if heights.get("operator-display", 0) <= 1.25 * heights.get("operator-inline", 0):
        failures.append("a display \\sum is not larger than an inline one (no MATH font?)")
    # \big, \Big, \bigg, \Bigg: TeX's 1.2, 1.8, 2.4 and 3.0 em (the inline "(x)" is about 1 em of ink).
    sizes = [heights.get(name, 0) for name in ("big", "Big", "bigg", "Bigg")]
    if sizes != sorted(sizes) or len(set(sizes)) != 4:
        failures.append(f"\\big < \\Big < \\bigg < \\Bigg do not grow: {sizes} px")
    for name, factor in (("big", 1.05), ("Big", 1.5), ("bigg", 2.0), ("Bigg", 2.5)):
        if heights.get(name, 0) < factor * line:
            failures.append(f"\\{name}( is under {factor} text lines: {heights.get(name, 0)} px vs line {line} px")
    # An exponent on \bigr) must not pull the parenthesis off the axis (Chromium did: it sagged).
    # Glyph runs of "\bigl( x \bigr)^2" are (, x (one run or two), ), 2: both parentheses
    # end on the same row (within a pixel of anti-aliasing).
    parts = bottoms.get("big-script", [])
    if len(parts) < 4 or abs(parts[-2] - parts[0]) > 1:
        failures.append(f"\\bigr)^2 sags: glyph bottoms {parts} (the closing parenthesis must end where the opening one does)")
    # Accents clear their letter: a blank row between the mark and the letter's top.
    for name in sorted(n for n in heights if n.startswith("accent-")):
        if ink_runs(inked[name]) < 2:
            failures.append(f"{name}: the accent touches its letter (no blank row between them)")
    for failure in failures:
        print("FAIL:", failure)
    return not failures


if __name__ == "__main__":
    if sys.argv[1] == "check":
        sys.exit(0 if check(sys.argv[2], sys.argv[3]) else 1)
    elif sys.argv[1] == "crop":
        _, _, all_rows = read_png(sys.argv[2])
        top, size = int(sys.argv[3]), int(sys.argv[4])
        write_png(sys.argv[5], all_rows[top:top + size])
    else:
        sys.exit("usage: png_ink.py check PNG MANIFEST | crop PNG TOP HEIGHT OUT")
