#!/usr/bin/env python3
"""Writes one seed file per formula: the TeXMath golden corpus and the external formulas.

Usage: fuzz/texmath/seeds.py OUTPUT_DIR   (run from the repository root)
"""
import hashlib
import pathlib
import sys

out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
formulas = []
for line in pathlib.Path("Tests/TeXMathTests/Fixtures/corpus.txt").read_text().splitlines():
    if line[:2] in ("i ", "d ", "e "):
        formulas.append(line[2:])
external = pathlib.Path("../shared/conformance/math-external/external.tex")
if external.exists():
    for line in external.read_text().splitlines():
        if line[:2] in ("I|", "D|"):
            formulas.append(line[2:])
for tex in formulas:
    data = tex.encode()
    (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
print(f"{len(formulas)} seeds in {out}", file=sys.stderr)
