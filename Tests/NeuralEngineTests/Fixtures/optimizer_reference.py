"""Writes optimizer_reference.json: nnfs-style training runs computed with numpy, to check
the engine's optimizers against an independent implementation.

A 2 → 5 ReLU → 3 softmax network with categorical cross-entropy (combined gradient
(ŷ − y)/n, seed 002 / nnfs), full batch on 8 samples, 25 epochs, from fixed weights.
Optimizers as nnfs writes them: SGD with decay lr/(1 + decay·t), momentum
v = μv − lr·g; θ += v, and Adam with bias correction and ε = 1e-7.
Run once with `python3 optimizer_reference.py`; the output is committed.
"""
import json
import numpy as np

rng = np.random.RandomState(7)
X = rng.uniform(-1, 1, size=(8, 2))
labels = np.array([0, 1, 2, 0, 1, 2, 2, 1])
W1 = rng.normal(0, 1, size=(2, 5)); b1 = rng.uniform(-0.5, 0.5, size=(5,))
W2 = rng.normal(0, 1, size=(5, 3)); b2 = rng.uniform(-0.5, 0.5, size=(3,))


def loss_and_grads(params):
    W1, b1, W2, b2 = params
    z1 = X @ W1 + b1
    a1 = np.maximum(0, z1)
    z2 = a1 @ W2 + b2
    e = np.exp(z2 - z2.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    clipped = np.clip(p, 1e-7, 1 - 1e-7)
    loss = np.mean(-np.log(clipped[range(len(X)), labels]))
    dz2 = p.copy(); dz2[range(len(X)), labels] -= 1; dz2 /= len(X)
    dW2 = a1.T @ dz2; db2 = dz2.sum(axis=0)
    da1 = dz2 @ W2.T
    dz1 = da1.copy(); dz1[z1 <= 0] = 0
    dW1 = X.T @ dz1; db1 = dz1.sum(axis=0)
    return loss, [dW1, db1, dW2, db2]


def train(kind):
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    state1 = [np.zeros_like(p) for p in params]
    state2 = [np.zeros_like(p) for p in params]
    losses = []
    for t in range(25):
        loss, grads = loss_and_grads(params)
        losses.append(loss)
        for i, (p, g) in enumerate(zip(params, grads)):
            if kind == "sgd":
                lr = 0.5 / (1 + 0.1 * t)
                p -= lr * g
            elif kind == "momentum":
                state1[i] = 0.9 * state1[i] - 0.1 * g
                p += state1[i]
            else:
                state1[i] = 0.9 * state1[i] + 0.1 * g
                state2[i] = 0.999 * state2[i] + 0.001 * g ** 2
                m = state1[i] / (1 - 0.9 ** (t + 1))
                v = state2[i] / (1 - 0.999 ** (t + 1))
                p -= 0.05 * m / (np.sqrt(v) + 1e-7)
    flat = np.concatenate([params[0].ravel(), params[1], params[2].ravel(), params[3]])
    return {"losses": [float(l) for l in losses], "parameters": [float(v) for v in flat]}


fixture = {
    "inputs": X.tolist(),
    "labels": labels.tolist(),
    "initial": [float(v) for v in np.concatenate([W1.ravel(), b1, W2.ravel(), b2])],
    "sgd_decay": train("sgd"),
    "momentum": train("momentum"),
    "adam": train("adam"),
}
with open("optimizer_reference.json", "w") as f:
    json.dump(fixture, f, indent=1, sort_keys=True)
    f.write("\n")
