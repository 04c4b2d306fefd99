"""Writes optimizer_reference.json: nnfs-style training runs computed with numpy, to check
the engine's optimizers against an independent implementation.

A 2 → 5 ReLU → 3 softmax network with categorical cross-entropy (combined gradient
(ŷ − y)/n, seed 002 / nnfs), full batch on 8 samples, 25 epochs, from fixed weights.
Optimizers as nnfs writes them: SGD with decay lr/(1 + decay·t), momentum
v = μv − lr·g; θ += v, Adam with bias correction and ε = 1e-7, AdaGrad
(cache += g², θ −= lr·g/(√cache + ε), nnfs's lr = 1 with decay 1e-2) and RMSProp
(cache = ρ·cache + (1 − ρ)·g², nnfs's defaults lr = 0.001, ρ = 0.9, ε = 1e-7, here lr = 0.02);
Nesterov momentum as CS231n writes it (v_prev = v; v = μv − lr·g; θ += −μ·v_prev + (1 + μ)·v).
Learning-rate schedules on SGD (one update per epoch, so e = t), each from its textbook formula:
step lr·γ^floor(e/k), exponential lr·γ^e, linear lr + (end − lr)·e/E, cosine
end + ½(lr − end)(1 + cos(πe/E)); "schedules" also lists each schedule's rate per epoch.
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


E = 25
schedules = {
    "step": lambda e: 0.5 * 0.5 ** np.floor(e / 10),
    "exponential": lambda e: 0.5 * 0.9 ** e,
    "linear": lambda e: 1.0 + (0.1 - 1.0) * e / E,
    "cosine": lambda e: 0.05 + 0.5 * (0.8 - 0.05) * (1 + np.cos(np.pi * e / E)),
}


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
            elif kind in schedules:
                p -= schedules[kind](t) * g
            elif kind == "nesterov":
                v_prev = state1[i].copy()
                state1[i] = 0.9 * state1[i] - 0.1 * g
                p += -0.9 * v_prev + (1 + 0.9) * state1[i]
            elif kind == "adagrad":
                lr = 1.0 / (1 + 1e-2 * t)
                state1[i] += g ** 2
                p += -lr * g / (np.sqrt(state1[i]) + 1e-7)
            elif kind == "rmsprop":
                state1[i] = 0.9 * state1[i] + (1 - 0.9) * g ** 2
                p += -0.02 * g / (np.sqrt(state1[i]) + 1e-7)
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
    "nesterov": train("nesterov"),
    "adagrad_decay": train("adagrad"),
    "rmsprop": train("rmsprop"),
    "schedule_step": train("step"),
    "schedule_exponential": train("exponential"),
    "schedule_linear": train("linear"),
    "schedule_cosine": train("cosine"),
    "schedules": {name: [float(f(e)) for e in range(E)] for name, f in schedules.items()},
}
with open("optimizer_reference.json", "w") as f:
    json.dump(fixture, f, indent=1, sort_keys=True)
    f.write("\n")
