#!/usr/bin/env python3
"""Says whether a PNG screenshot shows something: the share of pixels that differ
from the background (the most common grey level) must reach --min-ink.

Standard library only; the PNG decoding is png_ink.py's."""
import argparse
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from png_ink import read_png  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("png")
    parser.add_argument("--min-ink", type=float, default=0.01)
    parser.add_argument("--label", default=None)
    arguments = parser.parse_args()
    label = arguments.label or arguments.png
    try:
        width, height, rows = read_png(arguments.png)
    except (OSError, ValueError) as error:
        print(f"{label}: no usable screenshot ({error})")
        return 1
    levels = [level for row in rows for level in row]
    background, _ = Counter(levels).most_common(1)[0]
    ink = sum(1 for level in levels if abs(level - background) > 24) / len(levels)
    verdict = "ok" if ink >= arguments.min_ink else "BLANK"
    print(f"{label}: {width}x{height} screenshot, {ink:.1%} of pixels drawn: {verdict}")
    return 0 if ink >= arguments.min_ink else 1


if __name__ == "__main__":
    sys.exit(main())
