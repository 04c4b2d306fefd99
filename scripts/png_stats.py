#!/usr/bin/env python3
"""Says whether a PNG screenshot shows something: the share of pixels that differ
from the background (the most common colour) must reach --min-ink.

Standard library only (zlib); handles 8-bit RGB/RGBA, non-interlaced PNGs as
Chromium writes them."""
import argparse
import struct
import sys
import zlib
from collections import Counter


def read_png(path):
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour})")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
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
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + predictor) & 255
        rows.append(bytes(line))
        previous = line
    pixels = [tuple(row[i:i + 3]) for row in rows for i in range(0, stride, channels)]
    return width, height, pixels


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("png")
    parser.add_argument("--min-ink", type=float, default=0.01)
    parser.add_argument("--label", default=None)
    arguments = parser.parse_args()
    label = arguments.label or arguments.png
    try:
        width, height, pixels = read_png(arguments.png)
    except (OSError, ValueError) as error:
        print(f"{label}: no usable screenshot ({error})")
        return 1
    background, _ = Counter(pixels).most_common(1)[0]
    ink = sum(1 for pixel in pixels if max(abs(a - b) for a, b in zip(pixel, background)) > 24) / len(pixels)
    verdict = "ok" if ink >= arguments.min_ink else "BLANK"
    print(f"{label}: {width}x{height} screenshot, {ink:.1%} of pixels drawn: {verdict}")
    return 0 if ink >= arguments.min_ink else 1


if __name__ == "__main__":
    sys.exit(main())
