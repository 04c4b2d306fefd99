"""Writes seed003_weights.json: the exact initial weights of seed 003.

Seed 003 calls np.random.seed(42), then np.random.uniform(size=(4, 3)) and
np.random.uniform(size=(3, 1)) for the one-pass walkthrough (In [9]), and the
NEXT two draws of the same shapes for the 1000-epoch run (In [41]).
Run once with `python3 seed003_weights.py`; the output is committed.
"""
import json
import numpy as np

np.random.seed(42)
first_hidden = np.random.uniform(size=(4, 3))
first_output = np.random.uniform(size=(3, 1))
second_hidden = np.random.uniform(size=(4, 3))
second_output = np.random.uniform(size=(3, 1))

def rows(a):
    return [[float(v) for v in row] for row in a]

fixture = {
    "numpy_version": np.__version__,
    "walkthrough": {"weights_input_hidden": rows(first_hidden), "weights_hidden_output": rows(first_output)},
    "training": {"weights_input_hidden": rows(second_hidden), "weights_hidden_output": rows(second_output)},
}
with open("seed003_weights.json", "w") as f:
    json.dump(fixture, f, indent=1, sort_keys=True)
    f.write("\n")
