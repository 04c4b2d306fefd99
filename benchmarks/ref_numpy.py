#!/usr/bin/env python3
"""numpy reference implementations of W1..W6, written as a competent numpy user would.

Usage: ref_numpy.py <W1|W2|W3|W4|W5|W6> <manifest.json>
Prints one JSON line: {"workload", "impl": "numpy", "seconds", "final_loss", "epochs"}.
`seconds` is the training loop only (time.perf_counter), loading excluded; the final
loss is evaluated after the timed region on the whole training set.
"""

import sys
import time

import numpy as np

from benchdata import Workload, emit


# --------------------------------------------------------------------------- W1
# Seed 001's layer classes: column-vector samples, weights of shape (out, in),
# per-sample SGD where each layer updates itself during the backward pass.

class Dense:
    def __init__(self, weights, bias):
        self.weights = np.array(weights.T)          # (out, in), as seed 001
        self.bias = np.array(bias.reshape(-1, 1))   # (out, 1)

    def forward(self, input):
        self.input = input
        return np.dot(self.weights, self.input) + self.bias

    def backward(self, output_gradient, learning_rate):
        weights_gradient = np.dot(output_gradient, self.input.T)
        input_gradient = np.dot(self.weights.T, output_gradient)
        self.weights -= learning_rate * weights_gradient
        self.bias -= learning_rate * output_gradient
        return input_gradient


class Tanh:
    def forward(self, input):
        self.input = input
        return np.tanh(self.input)

    def backward(self, output_gradient, learning_rate):
        return np.multiply(output_gradient, 1 - np.tanh(self.input) ** 2)


def mse(y_true, y_pred):
    return np.mean(np.power(y_true - y_pred, 2))


def mse_prime(y_true, y_pred):
    return 2 * (y_pred - y_true) / np.size(y_true)


def predict(network, input):
    output = input
    for layer in network:
        output = layer.forward(output)
    return output


def w1_xor(w):
    (w1, b1), (w2, b2) = w.dense
    network = [Dense(w1, b1), Tanh(), Dense(w2, b2), Tanh()]
    xs = w.x.reshape(-1, w.x.shape[1], 1)
    ys = w.y.reshape(-1, w.y.shape[1], 1)
    lr = w.learning_rate
    losses = []
    start = time.perf_counter()
    for _ in range(w.epochs):
        error = 0
        for x, y in zip(xs, ys):
            output = predict(network, x)
            error += mse(y, output)
            grad = mse_prime(y, output)
            for layer in reversed(network):
                grad = layer.backward(grad, lr)
        losses.append(error / len(xs))
    seconds = time.perf_counter() - start
    final = np.mean([mse(y, predict(network, x)) for x, y in zip(xs, ys)])
    return seconds, final, losses


# --------------------------------------------------------------------------- W2
# Seed 003: samples as columns, sigmoid everywhere, no biases, gradient of
# sum(0.5 * (y - output)^2) over the full batch; the recorded loss is its mean.

def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def w2_moons(w):
    (weights_input_hidden, _), (weights_hidden_output, _) = w.dense
    weights_input_hidden = weights_input_hidden.copy()
    weights_hidden_output = weights_hidden_output.copy()
    X = np.ascontiguousarray(w.x.T)   # (2, N)
    y = np.ascontiguousarray(w.y.T)   # (1, N)
    lr = w.learning_rate
    losses = []
    start = time.perf_counter()
    for _ in range(w.epochs):
        hidden = sigmoid(np.dot(weights_input_hidden.T, X))
        output = sigmoid(np.dot(weights_hidden_output.T, hidden))
        error = np.square(y - output) / 2
        delta_output = -(y - output) * (output * (1 - output))
        grad_hidden_output = np.dot(hidden, delta_output.T)
        delta_hidden = (hidden * (1 - hidden)) * np.dot(weights_hidden_output, delta_output)
        grad_input_hidden = np.dot(X, delta_hidden.T)
        weights_hidden_output = weights_hidden_output - lr * grad_hidden_output
        weights_input_hidden = weights_input_hidden - lr * grad_input_hidden
        losses.append(np.average(error))
    seconds = time.perf_counter() - start
    output = sigmoid(np.dot(weights_hidden_output.T, sigmoid(np.dot(weights_input_hidden.T, X))))
    return seconds, np.average(np.square(y - output) / 2), losses


# --------------------------------------------------------------------------- W3, W5
# nnfs style (seed 002): samples as rows, x @ W + b, ReLU, softmax with the
# combined softmax/cross-entropy backward (probabilities - one_hot) / batch.

def softmax_cross_entropy(logits, labels):
    """Mean of logsumexp(z) - z[label], and the softmax probabilities."""
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    exp_values = np.exp(shifted)
    sums = np.sum(exp_values, axis=1, keepdims=True)
    rows = np.arange(len(labels))
    loss = np.mean(np.log(sums[:, 0]) - shifted[rows, labels])
    return loss, exp_values / sums


def relu_softmax_step(params, x, labels, lr):
    """One SGD step on a batch; returns the batch loss before the update."""
    w1, b1, w2, b2 = params
    z1 = np.dot(x, w1) + b1
    a1 = np.maximum(0, z1)
    z2 = np.dot(a1, w2) + b2
    loss, probabilities = softmax_cross_entropy(z2, labels)
    dz2 = probabilities
    dz2[np.arange(len(labels)), labels] -= 1
    dz2 /= len(labels)
    dw2 = np.dot(a1.T, dz2)
    db2 = np.sum(dz2, axis=0)
    da1 = np.dot(dz2, w2.T)
    da1[z1 <= 0] = 0
    dw1 = np.dot(x.T, da1)
    db1 = np.sum(da1, axis=0)
    w1 -= lr * dw1
    b1 -= lr * db1
    w2 -= lr * dw2
    b2 -= lr * db2
    return loss


def relu_softmax_loss(params, x, labels, chunk=10000):
    w1, b1, w2, b2 = params
    total = 0.0
    for begin in range(0, len(labels), chunk):
        xb = x[begin:begin + chunk]
        logits = np.dot(np.maximum(0, np.dot(xb, w1) + b1), w2) + b2
        loss, _ = softmax_cross_entropy(logits, labels[begin:begin + chunk])
        total += loss * len(xb)
    return total / len(labels)


def relu_softmax_training(w):
    (w1, b1), (w2, b2) = w.dense
    params = [w1.copy(), b1.copy(), w2.copy(), b2.copy()]
    labels = w.labels()
    x = w.x
    batch = w.batch_size
    lr = w.learning_rate
    losses = []
    start = time.perf_counter()
    for _ in range(w.epochs):
        total = 0.0
        for begin in range(0, len(labels), batch):
            xb = x[begin:begin + batch]
            total += relu_softmax_step(params, xb, labels[begin:begin + batch], lr) * len(xb)
        losses.append(total / len(labels))
    seconds = time.perf_counter() - start
    return seconds, relu_softmax_loss(params, x, labels), losses


# --------------------------------------------------------------------------- W4
# Seed 004's algorithm: one flat weight vector (layer blocks of shape (out, in),
# row-major), one shared bias per layer, no activations. For each sample and each
# parameter, two full forward passes with that parameter moved by +h and -h give
# the central difference; then all parameters are updated. Vectorised the
# natural numpy way: the 2 * P perturbed networks of one sample run as one batch.

def w4_numerical(w):
    m = w.manifest
    sizes = m["layer_sizes"]
    weights = w.array(m["flat_weights"]).copy()
    biases = w.array(m["flat_biases"]).copy()
    h = float(m["h"])
    lr = w.learning_rate
    x, y = w.x, w.y
    n_w, n_b = weights.size, biases.size
    n_p = n_w + n_b
    shapes = []
    shift = 0
    for index in range(len(sizes) - 1):
        rows, cols = sizes[index + 1], sizes[index]
        shapes.append((shift, rows, cols))
        shift += rows * cols
    steps = np.concatenate([np.eye(n_p) * h, np.eye(n_p) * -h])   # (2P, P)

    def forward_batch(params, sample):
        """Outputs of the networks in `params` (K, P) on one sample: (K, outputs)."""
        out = np.broadcast_to(sample, (params.shape[0], sample.size))
        for index, (shift, rows, cols) in enumerate(shapes):
            block = params[:, shift:shift + rows * cols].reshape(-1, rows, cols)
            out = np.einsum("krc,kc->kr", block, out) + params[:, n_w + index:n_w + index + 1]
        return out

    def overall_loss(params):
        outputs = np.array([forward_batch(params[None, :], row)[0] for row in x])
        return np.mean((y - outputs) ** 2)

    params = np.concatenate([weights, biases])
    losses = []
    start = time.perf_counter()
    for _ in range(w.epochs):
        for sample, target in zip(x, y):
            outputs = forward_batch(params + steps, sample)
            sample_losses = np.mean((target - outputs) ** 2, axis=1)
            gradient = (sample_losses[:n_p] - sample_losses[n_p:]) / (2 * h)
            params -= lr * gradient
        losses.append(overall_loss(params))
    seconds = time.perf_counter() - start
    return seconds, overall_loss(params), losses


# --------------------------------------------------------------------------- W6
# CS231n-style im2col convolution: each output position's 3×3 window as one row, the
# convolution one matrix product; 2×2 max pooling by reshaping; dense + softmax as W3.

def im2col_indices(channels, height, width, kernel):
    """Index arrays that gather every kernel×kernel window (stride 1, no padding) of a
    (channels, height, width) sample into rows of channels·kernel·kernel values."""
    out_h, out_w = height - kernel + 1, width - kernel + 1
    c, a, d = np.meshgrid(np.arange(channels), np.arange(kernel), np.arange(kernel), indexing="ij")
    i, j = np.meshgrid(np.arange(out_h), np.arange(out_w), indexing="ij")
    rows = i.reshape(-1, 1) + a.reshape(1, -1)
    cols = j.reshape(-1, 1) + d.reshape(1, -1)
    return np.broadcast_to(c.reshape(1, -1), rows.shape), rows, cols, out_h, out_w


def w6_digits_conv(w):
    m = w.manifest
    channels, height, width = m["input_shape"]
    conv = m["layers"][0]
    filters, kernel = conv["filters"], conv["kernel"]
    (wc, bc), (w2, b2) = w.dense
    params = [wc.copy(), bc.copy(), w2.copy(), b2.copy()]
    labels = w.labels()
    images = w.x.reshape(-1, channels, height, width)
    ci, ri, ki, out_h, out_w = im2col_indices(channels, height, width, kernel)
    positions = out_h * out_w
    ph, pw = out_h // 2, out_w // 2

    def forward(x):
        n = x.shape[0]
        cols = x[:, ci, ri, ki].reshape(n * positions, -1)                        # (n·36, 9)
        z = (cols @ params[0].T + params[1]).reshape(n, out_h, out_w, filters)    # (n, 6, 6, F)
        a = np.maximum(z, 0)
        windows = a[:, :2 * ph, :2 * pw].reshape(n, ph, 2, pw, 2, filters)
        pooled = windows.max(axis=(2, 4))                                          # (n, 3, 3, F)
        flat = pooled.transpose(0, 3, 1, 2).reshape(n, -1)                         # channel-major, as torch
        logits = flat @ params[2] + params[3]
        return cols, z, a, windows, pooled, flat, logits

    def step(x, y, lr):
        n = x.shape[0]
        cols, z, a, windows, pooled, flat, logits = forward(x)
        loss, probabilities = softmax_cross_entropy(logits, y)
        dlogits = probabilities
        dlogits[np.arange(n), y] -= 1
        dlogits /= n
        dw2 = flat.T @ dlogits
        db2 = dlogits.sum(axis=0)
        dflat = dlogits @ params[2].T
        dpooled = dflat.reshape(n, filters, ph, pw).transpose(0, 2, 3, 1)
        # The gradient goes to each window's first maximum, as torch's max_pool2d.
        flat_windows = windows.transpose(0, 1, 3, 5, 2, 4).reshape(n, ph, pw, filters, 4)
        first = flat_windows.argmax(axis=4)
        dwin = np.zeros_like(flat_windows)
        np.put_along_axis(dwin, first[..., None], dpooled[..., None], axis=4)
        da = np.zeros_like(a)
        da[:, :2 * ph, :2 * pw] = dwin.reshape(n, ph, pw, filters, 2, 2).transpose(0, 1, 4, 2, 5, 3).reshape(n, 2 * ph, 2 * pw, filters)
        dz = da * (z > 0)
        dzr = dz.reshape(n * positions, filters)
        dwc = dzr.T @ cols
        dbc = dzr.sum(axis=0)
        params[0] -= lr * dwc
        params[1] -= lr * dbc
        params[2] -= lr * dw2
        params[3] -= lr * db2
        return loss

    batch, lr = w.batch_size, w.learning_rate
    count = len(labels)
    losses = []
    start = time.perf_counter()
    for _ in range(w.epochs):
        total = 0.0
        for begin in range(0, count, batch):
            xb = images[begin:begin + batch]
            total += step(xb, labels[begin:begin + batch], lr) * len(xb)
        losses.append(total / count)
    seconds = time.perf_counter() - start
    final, _ = softmax_cross_entropy(forward(images)[-1], labels)
    return seconds, final, losses


RUNNERS = {
    "W1": w1_xor,
    "W2": w2_moons,
    "W3": relu_softmax_training,
    "W4": w4_numerical,
    "W5": relu_softmax_training,
    "W6": w6_digits_conv,
}


def main(argv):
    if len(argv) != 3 or argv[1] not in RUNNERS:
        sys.stderr.write("usage: ref_numpy.py <%s> <manifest.json>\n" % "|".join(sorted(RUNNERS)))
        return 2
    workload = Workload(argv[2])
    seconds, final_loss, losses = RUNNERS[argv[1]](workload)
    emit(argv[1], "numpy", seconds, final_loss, losses)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
