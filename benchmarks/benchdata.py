"""Loads a workload written by workloads.py (numpy; used by ref_numpy.py and ref_torch.py)."""

import json
import os
import sys

import numpy as np


class Workload:
    """One workload's manifest plus its arrays, ready to train on."""

    def __init__(self, manifest_path):
        with open(manifest_path) as handle:
            self.manifest = json.load(handle)
        self.directory = os.path.dirname(os.path.abspath(manifest_path))
        m = self.manifest
        self.name = m["workload"]
        self.x = self.array(m["inputs"])
        self.y = self.array(m["targets"])
        self.epochs = int(m["epochs"])
        self.learning_rate = float(m["learning_rate"])
        self.batch_size = int(m["batch_size"])
        self.loss = m["loss"]
        # Dense and conv2d layers as (weights, bias or None): dense (in, out), conv2d (filters, channels·k·k);
        # activations by name.
        self.dense = []
        self.activations = []
        for layer in m.get("layers", []):
            if layer["kind"] in ("dense", "conv2d"):
                bias = layer["bias"]
                self.dense.append((self.array(layer["weights"]), None if bias is None else self.array(bias)))
            elif layer["kind"] == "activation":
                self.activations.append(layer["function"])

    def array(self, entry):
        """Reads one raw little-endian float64 file with the manifest's shape."""
        path = os.path.join(self.directory, entry["file"])
        data = np.fromfile(path, dtype="<f8")
        shape = tuple(entry["shape"])
        expected = int(np.prod(shape))
        if data.size != expected:
            raise ValueError("%s holds %d numbers, manifest says %s" % (path, data.size, shape))
        return data.reshape(shape)

    def labels(self):
        """Class-index targets as int64."""
        return self.y.astype(np.int64)


CHECKPOINT_EPOCHS = (1, 10, 100, 1000, 10000)


def checkpoints(losses):
    """The recorded per-epoch losses at epochs 1, 10, 100, 1000, 10000 and the last, keyed "epoch"."""
    epochs = sorted({e for e in CHECKPOINT_EPOCHS if e <= len(losses)} | {len(losses)})
    return {str(e): float(losses[e - 1]) for e in epochs if e >= 1}


def emit(workload, implementation, seconds, final_loss, losses, **extra):
    """Prints the one JSON result line of the protocol (see README.md)."""
    line = {"workload": workload, "impl": implementation, "seconds": seconds,
            "final_loss": float(final_loss), "epochs": len(losses), "checkpoints": checkpoints(losses)}
    line.update(extra)
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()
