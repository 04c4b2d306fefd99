#!/usr/bin/env python3
"""PyTorch (CPU, float64) reference implementations of W2, W3, W5 and W6.

Usage: ref_torch.py <W2|W3|W5|W6> <manifest.json>
Prints one JSON line: {"workload", "impl": "torch", "seconds", "final_loss", "epochs"}.
Written as a competent PyTorch user would: autograd and torch.optim.SGD, with
torch using every core of the machine (or BENCH_THREADS). `seconds` is the training loop only.
"""

import os
import sys
import time

import numpy as np
import torch

from benchdata import Workload, emit

# Both cores by default; run.py passes BENCH_THREADS to every implementation alike.
torch.set_num_threads(int(os.environ.get("BENCH_THREADS") or os.cpu_count() or 1))
torch.set_default_dtype(torch.float64)


def parameter(array):
    return torch.nn.Parameter(torch.from_numpy(array.copy()))


def w2_moons(w):
    """Seed 003: sigmoid 2-10-1 without biases; gradient of sum(0.5*(y-o)^2), loss recorded as its mean."""
    (w_ih, _), (w_ho, _) = w.dense
    weights_input_hidden = parameter(w_ih)
    weights_hidden_output = parameter(w_ho)
    x = torch.from_numpy(w.x)
    y = torch.from_numpy(w.y)
    optimizer = torch.optim.SGD([weights_input_hidden, weights_hidden_output], lr=w.learning_rate)
    count = x.shape[0]

    def forward():
        return torch.sigmoid(torch.sigmoid(x @ weights_input_hidden) @ weights_hidden_output)

    losses = []
    start = time.perf_counter()
    for _ in range(w.epochs):
        optimizer.zero_grad()
        loss = 0.5 * torch.sum((y - forward()) ** 2)
        loss.backward()
        optimizer.step()
        losses.append(loss.item() / count)
    seconds = time.perf_counter() - start
    with torch.no_grad():
        final = torch.mean(0.5 * (y - forward()) ** 2).item()
    return seconds, final, losses


def relu_softmax_training(w):
    """nnfs-style dense/ReLU/dense with cross_entropy (mean over the batch) and plain SGD."""
    (w1, b1), (w2, b2) = w.dense
    params = [parameter(w1), parameter(b1), parameter(w2), parameter(b2)]
    weights1, bias1, weights2, bias2 = params
    x = torch.from_numpy(w.x)
    labels = torch.from_numpy(w.labels())
    optimizer = torch.optim.SGD(params, lr=w.learning_rate)
    batch = w.batch_size
    count = x.shape[0]

    def logits(inputs):
        return torch.relu(inputs @ weights1 + bias1) @ weights2 + bias2

    losses = []
    start = time.perf_counter()
    for _ in range(w.epochs):
        total = 0.0
        for begin in range(0, count, batch):
            xb = x[begin:begin + batch]
            optimizer.zero_grad()
            loss = torch.nn.functional.cross_entropy(logits(xb), labels[begin:begin + batch])
            loss.backward()
            optimizer.step()
            total += loss.item() * xb.shape[0]
        losses.append(total / count)
    seconds = time.perf_counter() - start
    with torch.no_grad():
        final = 0.0
        for begin in range(0, count, 10000):
            xb = x[begin:begin + 10000]
            final += torch.nn.functional.cross_entropy(
                logits(xb), labels[begin:begin + 10000], reduction="sum").item()
    return seconds, final / count, losses


def w6_digits_conv(w):
    """conv2d → ReLU → max_pool2d(2) → flatten → linear, cross_entropy, plain SGD (torch.nn.functional)."""
    channels, height, width = w.manifest["input_shape"]
    conv = w.manifest["layers"][0]
    (wc, bc), (w2, b2) = w.dense
    conv_weight = parameter(wc.reshape(conv["filters"], channels, conv["kernel"], conv["kernel"]))
    conv_bias = parameter(bc)
    # nn.Linear keeps (out, in); the manifest's dense weights are (in, out).
    linear_weight = parameter(np.ascontiguousarray(w2.T))
    linear_bias = parameter(b2)
    params = [conv_weight, conv_bias, linear_weight, linear_bias]
    x = torch.from_numpy(w.x.reshape(-1, channels, height, width).copy())
    labels = torch.from_numpy(w.labels())
    optimizer = torch.optim.SGD(params, lr=w.learning_rate)
    batch = w.batch_size
    count = x.shape[0]
    functional = torch.nn.functional

    def logits(inputs):
        hidden = functional.max_pool2d(torch.relu(functional.conv2d(inputs, conv_weight, conv_bias)), 2)
        return functional.linear(hidden.flatten(1), linear_weight, linear_bias)

    losses = []
    start = time.perf_counter()
    for _ in range(w.epochs):
        total = 0.0
        for begin in range(0, count, batch):
            xb = x[begin:begin + batch]
            optimizer.zero_grad()
            loss = functional.cross_entropy(logits(xb), labels[begin:begin + batch])
            loss.backward()
            optimizer.step()
            total += loss.item() * xb.shape[0]
        losses.append(total / count)
    seconds = time.perf_counter() - start
    with torch.no_grad():
        final = functional.cross_entropy(logits(x), labels).item()
    return seconds, final, losses


RUNNERS = {"W2": w2_moons, "W3": relu_softmax_training, "W5": relu_softmax_training, "W6": w6_digits_conv}


def main(argv):
    if len(argv) != 3 or argv[1] not in RUNNERS:
        sys.stderr.write("usage: ref_torch.py <%s> <manifest.json>\n" % "|".join(sorted(RUNNERS)))
        return 2
    workload = Workload(argv[2])
    seconds, final_loss, losses = RUNNERS[argv[1]](workload)
    emit(argv[1], "torch", seconds, final_loss, losses,
         torch_version=torch.__version__, threads=torch.get_num_threads())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
