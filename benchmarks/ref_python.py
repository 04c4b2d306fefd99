#!/usr/bin/env python3
"""W4 in pure Python, as seed 004 wrote it (standard library only).

Usage: ref_python.py W4 <manifest.json>
Prints one JSON line: {"workload", "impl": "python", "seconds", "final_loss", "epochs", "checkpoints"}.

The class below is seed 004's NN with three changes, none to the algorithm:
the initial weights, data and targets come from the workload files instead of
`uniform`, the per-epoch progress print is dropped, and there is no plot.
Everything else is kept as written, including the unused `copy` calls in `fit`.
"""

import json
import os
import sys
import time
from array import array
from copy import copy

CHECKPOINT_EPOCHS = (1, 10, 100, 1000, 10000)


class NN:
    def __init__(self, layers, w, b):
        self.layers = layers
        self.wts = []
        self.w_size = 0
        for i in range(len(layers) - 1):
            temp = layers[i : 2 + i][::-1]
            self.w_size += temp[0] * temp[1]
            self.wts.append(temp)
        self.w = list(w)
        self.b = list(b)
        self.losses = []
        assert len(self.w) == self.w_size and len(self.b) == len(layers) - 1

    def forward(self, x):
        shift = 0
        for index, (r, c) in enumerate(self.wts):
            z = []
            for i in range(r):
                s = 0
                for j in range(c):
                    s += x[j] * self.w[shift + i * c + j]
                s += self.b[index]
                z.append(s)
            shift += r * c
            x = z
        return x

    def forward_w(self, x, w, b, wi, h):
        shift = 0
        for index, (r, c) in enumerate(self.wts):
            z = []
            for i in range(r):
                s = 0
                for j in range(c):
                    if wi == shift + i * c + j:
                        s += x[j] * (w[shift + i * c + j] + h)
                    else:
                        s += x[j] * w[shift + i * c + j]
                s += b[index]
                z.append(s)
            shift += r * c
            x = z
        return x

    def forward_b(self, x, w, b, bi, h):
        shift = 0
        for index, (r, c) in enumerate(self.wts):
            z = []
            for i in range(r):
                s = 0
                for j in range(c):
                    s += x[j] * w[shift + i * c + j]
                if index == bi:
                    s += b[index] + h
                else:
                    s += b[index]
                z.append(s)
            shift += r * c
            x = z
        return x

    def predict(self, x):
        return [self.forward(i) for i in x]

    def loss(self, yt, y):
        l = 0
        for i, j in zip(yt, y):
            l += (i - j) ** 2
        l /= len(yt)
        return l

    def overall_loss(self, yt, y):
        l = 0
        for i in range(len(yt)):
            for j in range(len(yt[0])):
                l += (yt[i][j] - y[i][j]) ** 2
        l /= len(yt) * len(yt[0])
        return l

    def fit(self, x, y, epochs, h, lr):
        for epoch in range(epochs):
            for xi in range(len(x)):
                dw = []
                for wi in range(self.w_size):
                    wl = copy(self.w)
                    wl[wi] += h
                    wr = copy(self.w)
                    wr[wi] -= h
                    dwi = (
                        self.loss(y[xi], self.forward_w(x[xi], self.w, self.b, wi, h))
                        - self.loss(y[xi], self.forward_w(x[xi], self.w, self.b, wi, -h))
                    ) / (2 * h)
                    dw.append(dwi)
                db = []
                for bi in range(len(self.b)):
                    bl = copy(self.b)
                    bl[bi] += h
                    br = copy(self.b)
                    br[bi] -= h
                    dbi = (
                        self.loss(y[xi], self.forward_b(x[xi], self.w, self.b, bi, h))
                        - self.loss(y[xi], self.forward_b(x[xi], self.w, self.b, bi, -h))
                    ) / (2 * h)
                    db.append(dbi)
                for i in range(len(dw)):
                    self.w[i] -= lr * dw[i]
                for i in range(len(db)):
                    self.b[i] -= lr * db[i]
            l = self.overall_loss(y, self.predict(x))
            self.losses.append(l)


def read_floats(directory, entry):
    """A raw little-endian float64 file as a list of rows (2-D shape) or a flat list."""
    values = array("d")
    path = os.path.join(directory, entry["file"])
    with open(path, "rb") as handle:
        values.frombytes(handle.read())
    if sys.byteorder != "little":
        values.byteswap()
    shape = entry["shape"]
    count = 1
    for extent in shape:
        count *= extent
    if len(values) != count:
        raise ValueError("%s holds %d numbers, manifest says %s" % (path, len(values), shape))
    if len(shape) == 2:
        return [list(values[r * shape[1]:(r + 1) * shape[1]]) for r in range(shape[0])]
    return list(values)


def main(argv):
    if len(argv) != 3 or argv[1] != "W4":
        sys.stderr.write("usage: ref_python.py W4 <manifest.json>\n")
        return 2
    with open(argv[2]) as handle:
        manifest = json.load(handle)
    directory = os.path.dirname(os.path.abspath(argv[2]))
    x = read_floats(directory, manifest["inputs"])
    y = read_floats(directory, manifest["targets"])
    nn = NN(manifest["layer_sizes"], read_floats(directory, manifest["flat_weights"]),
            read_floats(directory, manifest["flat_biases"]))
    start = time.perf_counter()
    nn.fit(x, y, manifest["epochs"], manifest["h"], manifest["learning_rate"])
    seconds = time.perf_counter() - start
    final_loss = nn.overall_loss(y, nn.predict(x))
    losses = nn.losses
    marks = sorted({e for e in CHECKPOINT_EPOCHS if e <= len(losses)} | {len(losses)})
    line = {"workload": "W4", "impl": "python", "seconds": seconds, "final_loss": final_loss,
            "epochs": len(losses), "checkpoints": {str(e): losses[e - 1] for e in marks}}
    sys.stdout.write(json.dumps(line) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
