#!/usr/bin/env python3
"""Generates the inputs of every benchmark workload, deterministically.

For each workload W1..W6 this writes, into <data dir>/<workload>/:
  - raw little-endian float64 files (C order, no header): inputs, targets and the
    initial parameters of every layer;
  - manifest.json: shapes, file names and every hyperparameter of the training.

Every implementation (nbrun-bench, ref_numpy.py, ref_torch.py, ref_python.py,
rust/) reads these same files, so all of them start from the same data and the
same initial weights. The format is documented in benchmarks/README.md.

Usage: workloads.py [--data DIR] [--only W2] [--force]
"""

import argparse
import json
import math
import os
import sys
import time

import numpy as np

FORMAT_VERSION = 1
# Bumped whenever the generated numbers change, so stale scratch data is rebuilt.
GENERATOR_VERSION = 2

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA_DIR = os.path.join(HERE, ".data")


def write_array(directory, name, array):
    """Writes `array` as raw little-endian float64 and returns its manifest entry."""
    array = np.ascontiguousarray(array, dtype="<f8")
    path = os.path.join(directory, name)
    array.tofile(path)
    return {"file": name, "shape": list(array.shape)}


# --------------------------------------------------------------------------- W1

def xor_workload(directory):
    """Seed 001: XOR, 2-3-1 tanh/tanh, mean squared error, per-sample SGD."""
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
    y = np.array([[0], [1], [1], [0]], dtype=np.float64)
    # Seed 001 draws Dense(i, o) as randn(o, i) then bias randn(o, 1), layer by layer.
    # We draw the same way and store weights transposed to (inputs, outputs).
    rng = np.random.RandomState(1)
    w1 = rng.randn(3, 2)
    b1 = rng.randn(3, 1)
    w2 = rng.randn(1, 3)
    b2 = rng.randn(1, 1)
    return {
        "title": "XOR (seed 001): 2-3-1 tanh, MSE, per-sample SGD",
        "inputs": write_array(directory, "x.f64", x),
        "targets": write_array(directory, "y.f64", y),
        "target_kind": "values",
        "layers": [
            dense(directory, 1, w1.T, b1.ravel()),
            activation("tanh"),
            dense(directory, 2, w2.T, b2.ravel()),
            activation("tanh"),
        ],
        "loss": "mse",
        "batch_size": 1,
        "shuffle": False,
        "epochs": 1000,
        "learning_rate": 0.1,
        "init": "numpy RandomState(1): randn(3,2), randn(3,1), randn(1,3), randn(1,1) as in seed 001's Dense",
    }


# --------------------------------------------------------------------------- W2

def make_moons(n_samples, noise, seed):
    """scikit-learn's make_moons(n_samples, shuffle=True, noise, random_state=seed), in numpy.

    Same algorithm and the same random stream as sklearn 1.x: two half circles,
    shuffled with RandomState.shuffle of the index array, then Gaussian noise.
    """
    rng = np.random.RandomState(seed)
    n_out = n_samples // 2
    n_in = n_samples - n_out
    outer_x = np.cos(np.linspace(0, np.pi, n_out))
    outer_y = np.sin(np.linspace(0, np.pi, n_out))
    inner_x = 1 - np.cos(np.linspace(0, np.pi, n_in))
    inner_y = 1 - np.sin(np.linspace(0, np.pi, n_in)) - 0.5
    x = np.vstack([np.append(outer_x, inner_x), np.append(outer_y, inner_y)]).T
    y = np.hstack([np.zeros(n_out), np.ones(n_in)])
    order = np.arange(n_samples)
    rng.shuffle(order)
    x = x[order]
    y = y[order]
    x = x + rng.normal(scale=noise, size=x.shape)
    return x, y


def moons_workload(directory):
    """Seed 003: moons, 2-10-1 sigmoid without biases, full batch, 10000 epochs."""
    x, y = make_moons(1000, noise=0.1, seed=42)
    # Seed 003 scales with the global minimum and maximum (not per column).
    x -= x.min()
    x /= x.max()
    # Seed 003 draws both weight matrices from uniform [0, 1). Its own draw (global
    # seed 42 after 30 earlier draws) with its lr=0.1 trains at the edge of stability:
    # implementations that differ only in rounding end 2-5 % apart in final loss
    # (measured numpy vs PyTorch). These weights with lr=0.05 stay reproducible.
    rng = np.random.RandomState(0)
    w_ih = rng.uniform(size=(2, 10))
    w_ho = rng.uniform(size=(10, 1))
    return {
        "title": "moons (seed 003): 2-10-1 sigmoid, no biases, full batch",
        "inputs": write_array(directory, "x.f64", x),
        "targets": write_array(directory, "y.f64", y.reshape(-1, 1)),
        "target_kind": "values",
        "layers": [
            dense(directory, 1, w_ih, None),
            activation("sigmoid"),
            dense(directory, 2, w_ho, None),
            activation("sigmoid"),
        ],
        "loss": "half_squared_error_sum",
        "batch_size": 1000,
        "shuffle": False,
        "epochs": 10000,
        "learning_rate": 0.05,
        "init": "numpy RandomState(0): uniform(size=(2,10)), uniform(size=(10,1)), seed 003's distribution",
        "data": "make_moons(1000, noise=0.1, random_state=42) re-implemented in numpy, then X -= X.min(); X /= X.max()",
    }


# --------------------------------------------------------------------------- W3

def spiral_data(samples, classes, rng):
    """The nnfs spiral_data(samples, classes) algorithm, drawing from `rng`."""
    x = np.zeros((samples * classes, 2))
    y = np.zeros(samples * classes)
    for class_number in range(classes):
        ix = range(samples * class_number, samples * (class_number + 1))
        r = np.linspace(0.0, 1, samples)
        t = np.linspace(class_number * 4, (class_number + 1) * 4, samples) + rng.randn(samples) * 0.2
        x[ix] = np.c_[r * np.sin(t * 2.5), r * np.cos(t * 2.5)]
        y[ix] = class_number
    return x, y


def spiral_workload(directory):
    """Seed 002: nnfs spiral, 2-64-3 ReLU / softmax / cross-entropy, full batch."""
    # nnfs.init() seeds numpy with 0 before spiral_data.
    rng = np.random.RandomState(0)
    x, y = spiral_data(100, 3, rng)
    # nnfs initialises with 0.01 * randn and trains with lr=1.0; from that near-symmetric
    # start, full-batch training amplifies rounding differences (numpy and PyTorch end
    # O(1) apart, and still 3e-8 apart at lr=0.1). He-normal weights with lr=0.1 keep
    # every implementation within ~1e-15 of each other after 10000 epochs.
    init = np.random.RandomState(1)
    w1 = init.randn(2, 64) * math.sqrt(2.0 / 2)
    b1 = np.zeros(64)
    w2 = init.randn(64, 3) * math.sqrt(2.0 / 64)
    b2 = np.zeros(3)
    return {
        "title": "spiral (seed 002, nnfs): 2-64-3 ReLU, softmax cross-entropy, full batch",
        "inputs": write_array(directory, "x.f64", x),
        "targets": write_array(directory, "y.f64", y),
        "target_kind": "class_index",
        "classes": 3,
        "layers": [
            dense(directory, 1, w1, b1),
            activation("relu"),
            dense(directory, 2, w2, b2),
        ],
        "loss": "softmax_cross_entropy",
        "batch_size": 300,
        "shuffle": False,
        "epochs": 10000,
        "learning_rate": 0.1,
        "init": "numpy RandomState(1): w1 randn(2,64)*sqrt(2/2), w2 randn(64,3)*sqrt(2/64) (He normal), zero biases",
        "data": "nnfs spiral_data(samples=100, classes=3) in float64",
    }


# --------------------------------------------------------------------------- W4

def seed004_forward(x, w, b, layers):
    """Seed 004's NN.forward: weights of layer l are an (out, in) row-major block of w."""
    shift = 0
    for index in range(len(layers) - 1):
        c, r = layers[index], layers[index + 1]
        block = w[shift:shift + r * c].reshape(r, c)
        x = block @ x + b[index]
        shift += r * c
    return x


def numerical_gradient_workload(directory):
    """Seed 004: layers 10 5 1, teacher data, central differences, per-sample updates."""
    layers = [10, 5, 1]
    samples = 100
    w_size = sum(layers[i] * layers[i + 1] for i in range(len(layers) - 1))
    rng = np.random.RandomState(4)
    x = rng.uniform(0, 1, size=(samples, layers[0]))
    true_w = rng.uniform(-1, 1, size=w_size)
    true_b = rng.uniform(-1, 1, size=len(layers) - 1)
    y = np.array([seed004_forward(row, true_w, true_b, layers) for row in x])
    w = rng.uniform(-1, 1, size=w_size)
    b = rng.uniform(-1, 1, size=len(layers) - 1)
    return {
        "title": "numerical gradients (seed 004): layers 10 5 1, central differences, per-sample updates",
        "inputs": write_array(directory, "x.f64", x),
        "targets": write_array(directory, "y.f64", y),
        "target_kind": "values",
        "layer_sizes": layers,
        "flat_weights": write_array(directory, "w.f64", w),
        "flat_biases": write_array(directory, "b.f64", b),
        "teacher_weights": write_array(directory, "true_w.f64", true_w),
        "teacher_biases": write_array(directory, "true_b.f64", true_b),
        "loss": "mse",
        "batch_size": 1,
        "shuffle": False,
        "epochs": 100,
        "learning_rate": 0.01,
        "h": 0.1,
        "init": "numpy RandomState(4): x uniform(0,1,(100,10)), teacher w uniform(-1,1,55), b uniform(-1,1,2), student w, b likewise",
        "note": "h=0.1, lr=0.01 as seed 004's Python fit(x, y, 100, 0.1, 0.01); its Rust used h=1e-5, lr=0.001. "
                "The loss is quadratic in any single parameter of this linear network, so h=0.1 central differences are exact.",
    }


# --------------------------------------------------------------------------- W5

def mnist_sized_workload(directory):
    """What users grow into: MNIST-sized synthetic data, 784-128-10, mini-batches of 128."""
    samples, features, hidden, classes = 60000, 784, 128, 10
    rng = np.random.RandomState(5)
    x = rng.random_sample((samples, features))
    teacher = rng.randn(features, classes)
    # A learnable task: labels from a random linear teacher on centred inputs,
    # argmax((x - 0.5) @ teacher), computed without a 376 MB temporary.
    y = np.argmax(x @ teacher - 0.5 * teacher.sum(axis=0), axis=1).astype(np.float64)
    w1 = rng.randn(features, hidden) * math.sqrt(2.0 / features)            # He normal
    b1 = np.zeros(hidden)
    w2 = rng.randn(hidden, classes) * math.sqrt(2.0 / (hidden + classes))   # Glorot normal
    b2 = np.zeros(classes)
    return {
        "title": "MNIST-sized synthetic: 60000x784, 784-128-10 ReLU, softmax cross-entropy, mini-batches of 128",
        "inputs": write_array(directory, "x.f64", x),
        "targets": write_array(directory, "y.f64", y),
        "target_kind": "class_index",
        "classes": classes,
        "layers": [
            dense(directory, 1, w1, b1),
            activation("relu"),
            dense(directory, 2, w2, b2),
        ],
        "loss": "softmax_cross_entropy",
        "batch_size": 128,
        "shuffle": False,
        "epochs": 1,
        "learning_rate": 0.1,
        "init": "numpy RandomState(5): x random_sample((60000,784)), teacher randn(784,10), "
                "w1 randn(784,128)*sqrt(2/784), w2 randn(128,10)*sqrt(2/138), zero biases",
        "data": "synthetic (MNIST cannot be downloaded here): inputs uniform [0,1), labels argmax((x-0.5) @ teacher)",
    }


# --------------------------------------------------------------------------- W6

def digits_images():
    """1797 8×8 images with values 0..16 and their labels: scikit-learn's digits when it is
    installed (run.py installs it), else a digits-like stand-in drawn from RandomState(8):
    ten random 8×8 stroke templates, each sample its class's template plus noise, rounded
    and clipped to 0..16 like the real data. The manifest says which one was used."""
    try:
        from sklearn.datasets import load_digits
        digits = load_digits()
        return digits.data.astype(np.float64), digits.target.astype(np.float64), "scikit-learn load_digits (UCI 8x8 digits)"
    except ImportError:
        rng = np.random.RandomState(8)
        templates = rng.uniform(0, 16, size=(10, 64)) * (rng.random_sample((10, 64)) < 0.4)
        labels = np.arange(1797) % 10
        images = np.clip(np.round(templates[labels] + rng.normal(0, 3, size=(1797, 64))), 0, 16)
        return images, labels.astype(np.float64), "digits-like stand-in (scikit-learn not installed): templates + noise, RandomState(8)"


def digits_conv_workload(directory):
    """Images: 8×8 digits through conv2d 8×3×3 → ReLU → maxpool 2 → flatten → dense 10 → softmax."""
    images, labels, source = digits_images()
    x = images / 16.0
    rng = np.random.RandomState(6)
    filters, kernel, classes = 8, 3, 10
    conv_w = rng.randn(filters, 1 * kernel * kernel) * math.sqrt(2.0 / (kernel * kernel))   # He normal, (F, C·K·K)
    conv_b = np.zeros(filters)
    flat = filters * 3 * 3
    w2 = rng.randn(flat, classes) * math.sqrt(2.0 / (flat + classes))                        # Glorot normal
    b2 = np.zeros(classes)
    return {
        "title": "digits 1797x64 as 1x8x8: conv2d 8 3x3, ReLU, maxpool 2, flatten, dense 10, softmax cross-entropy, mini-batches of 32",
        "inputs": write_array(directory, "x.f64", x),
        "targets": write_array(directory, "y.f64", labels),
        "target_kind": "class_index",
        "classes": classes,
        "input_shape": [1, 8, 8],
        "layers": [
            {"kind": "conv2d", "filters": filters, "kernel": kernel, "stride": 1, "padding": 0,
             "weights": write_array(directory, "w1.f64", conv_w), "bias": write_array(directory, "b1.f64", conv_b)},
            activation("relu"),
            {"kind": "maxpool", "size": 2},
            {"kind": "flatten"},
            dense(directory, 2, w2, b2),
        ],
        "loss": "softmax_cross_entropy",
        "batch_size": 32,
        "shuffle": False,
        "epochs": 20,
        "learning_rate": 0.1,
        "init": "numpy RandomState(6): conv weights randn(8,9)*sqrt(2/9) as (filters, channels*3*3), "
                "dense randn(72,10)*sqrt(2/82), zero biases",
        "data": source + "; values 0..16 divided by 16",
    }


# --------------------------------------------------------------------------- common

def dense(directory, number, weights, bias):
    layer = {
        "kind": "dense",
        "inputs": int(weights.shape[0]),
        "outputs": int(weights.shape[1]),
        "weights": write_array(directory, "w%d.f64" % number, weights),
        "bias": None if bias is None else write_array(directory, "b%d.f64" % number, bias),
    }
    return layer


def activation(function):
    return {"kind": "activation", "function": function}


WORKLOADS = {
    "W1": xor_workload,
    "W2": moons_workload,
    "W3": spiral_workload,
    "W4": numerical_gradient_workload,
    "W5": mnist_sized_workload,
    "W6": digits_conv_workload,
}


def manifest_path(data_dir, name):
    return os.path.join(data_dir, name, "manifest.json")


def is_current(data_dir, name):
    """True when the manifest exists, has this generator version and all its files exist."""
    path = manifest_path(data_dir, name)
    try:
        with open(path) as handle:
            manifest = json.load(handle)
    except (OSError, ValueError):
        return False
    if manifest.get("generator_version") != GENERATOR_VERSION:
        return False
    directory = os.path.dirname(path)
    for entry in array_entries(manifest):
        file_path = os.path.join(directory, entry["file"])
        expected = 8 * int(np.prod(entry["shape"]))
        if not os.path.isfile(file_path) or os.path.getsize(file_path) != expected:
            return False
    return True


def array_entries(manifest):
    """Every {"file", "shape"} entry of a manifest, in a fixed order."""
    found = []

    def visit(value):
        if isinstance(value, dict):
            if "file" in value and "shape" in value:
                found.append(value)
            else:
                for key in sorted(value):
                    visit(value[key])
        elif isinstance(value, list):
            for item in value:
                visit(item)

    visit(manifest)
    return found


def generate(data_dir, name, force=False):
    """Writes one workload's files and manifest; returns the manifest path."""
    path = manifest_path(data_dir, name)
    if not force and is_current(data_dir, name):
        return path
    directory = os.path.dirname(path)
    os.makedirs(directory, exist_ok=True)
    body = WORKLOADS[name](directory)
    manifest = {"format": FORMAT_VERSION, "generator_version": GENERATOR_VERSION, "workload": name}
    manifest.update(body)
    manifest["data_bytes"] = sum(8 * int(np.prod(e["shape"])) for e in (manifest["inputs"], manifest["targets"]))
    temporary = path + ".tmp"
    with open(temporary, "w") as handle:
        json.dump(manifest, handle, indent=2, sort_keys=True)
        handle.write("\n")
    os.replace(temporary, path)
    return path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=DEFAULT_DATA_DIR, help="scratch directory (default benchmarks/.data)")
    parser.add_argument("--only", action="append", choices=sorted(WORKLOADS), help="generate only this workload (repeatable)")
    parser.add_argument("--force", action="store_true", help="regenerate even when the files are current")
    args = parser.parse_args(argv)
    for name in args.only or sorted(WORKLOADS):
        start = time.perf_counter()
        path = generate(args.data, name, args.force)
        print("%s: %s (%.2f s)" % (name, path, time.perf_counter() - start), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
