"""Writes training_reference.json: regularised training and the hinge, multiclass SVM and Huber
losses computed with numpy, to check the engine against an independent implementation.

Every run is full batch (one update per epoch), from fixed initial parameters stored in the
file, and records per epoch the data loss and the penalty at the parameters BEFORE that
epoch's update (the engine's `during` epoch loss), then the final flat parameters
(W1, b1, W2, b2, ... row-major, as the engine lays them out).

Penalty convention (the engine's Penalty): P = l1 * sum|w| + 0.5 * l2 * sum w^2,
dP/dw = l1 * sign(w) + l2 * w, on weights, and on biases when "biases" is set.

Runs:
  cs231n   CS231n's "Putting it together" case study, as written there: spiral data
           (N = 100 per class, K = 3), 2-100-3, ReLU, softmax + cross-entropy,
           W = 0.01 randn, b = 0, reg = 1e-3 (0.5 * reg * sum W^2), step size 1.0, 200 steps.
           The loss is clipped to [1e-7, 1 - 1e-7] as the engine's cross-entropy is (no
           probability comes near the clip in these steps, so this equals CS231n's loss).
  micrograd micrograd's demo: 2-16-16-1 ReLU, max-margin loss mean(max(0, 1 - y*s)) on +-1
           labels, alpha * sum(p^2) over every parameter (alpha = 1e-4, i.e. l2 = 2e-4 with
           biases), learning rate 1.0 - 0.9 * k / E (the engine's linear schedule 1.0 -> 0.1),
           here on 60 random points with E = 40 epochs.
  l1_per_layer  2-6 tanh-3 softmax, cross-entropy; layer 1: l1 = 1e-2 with biases,
           layer 2: l2 = 5e-2 without; SGD 0.5, 30 epochs.
  svm      2-5 ReLU-3, multiclass SVM loss (CS231n, margin 1), l2 = 1e-3; SGD 0.1, 30 epochs.
  huber    2-4 tanh-2 regression, Huber loss with delta = 0.5, mean over outputs and samples;
           SGD 0.2, 30 epochs.
Also the gradient of the cs231n objective (data + penalty) at the initial parameters.

Run once with `python3 training_reference.py`; the output is committed.
"""
import json
import numpy as np

rng = np.random.RandomState(0)


def flat(params):
    return [float(v) for p in params for v in p.ravel()]


def relu(z):
    return np.maximum(0, z), lambda dz: dz * (z > 0)


def tanh(z):
    a = np.tanh(z)
    return a, lambda dz: dz * (1 - a * a)


def forward_backward(params, acts, X, loss_grad):
    """Dense layers (W, b pairs in params) with activations acts[i] after layer i (None: none).
    loss_grad(scores) -> (loss, dscores). Returns loss and grads in params' order."""
    a = X
    tape = []
    for i in range(0, len(params), 2):
        W, b = params[i], params[i + 1]
        z = a @ W + b
        act = acts[i // 2]
        back = None
        if act is not None:
            z, back = act(z)
        tape.append((a, back))
        a = z
    loss, d = loss_grad(a)
    grads = [None] * len(params)
    for i in reversed(range(0, len(params), 2)):
        x, back = tape[i // 2]
        if back is not None:
            d = back(d)
        grads[i] = x.T @ d
        grads[i + 1] = d.sum(axis=0)
        d = d @ params[i].T
    return loss, grads


def softmax_cross_entropy(labels):
    def f(scores):
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
        n = len(labels)
        loss = np.mean(-np.log(np.clip(p[range(n), labels], 1e-7, 1 - 1e-7)))
        d = p.copy()
        d[range(n), labels] -= 1
        return loss, d / n
    return f


def hinge(y):
    def f(s):
        margins = 1 - y * s
        loss = np.mean(np.maximum(0, margins))
        return loss, np.where(margins > 0, -y, 0.0) / s.size
    return f


def multiclass_svm(labels):
    def f(s):
        n = len(labels)
        correct = s[range(n), labels][:, None]
        margins = np.maximum(0, s - correct + 1)
        margins[range(n), labels] = 0
        loss = margins.sum() / n
        d = (margins > 0).astype(float)
        d[range(n), labels] = -d.sum(axis=1)
        return loss, d / n
    return f


def huber(y, delta):
    def f(s):
        r = s - y
        a = np.abs(r)
        loss = np.mean(np.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta)))
        return loss, np.clip(r, -delta, delta) / r.size
    return f


def penalty(params, terms):
    """terms: per layer (l1, l2, biases)."""
    value = 0.0
    grads = [np.zeros_like(p) for p in params]
    for layer, (l1, l2, biases) in enumerate(terms):
        for k in ([0, 1] if biases else [0]):
            p = params[2 * layer + k]
            value += l1 * np.sum(np.abs(p)) + 0.5 * l2 * np.sum(p * p)
            grads[2 * layer + k] = l1 * np.sign(p) + l2 * p
    return value, grads


def train(params, acts, X, loss_grad, terms, epochs, rate):
    params = [p.copy() for p in params]
    losses, penalties = [], []
    for e in range(epochs):
        loss, grads = forward_backward(params, acts, X, loss_grad)
        reg, reg_grads = penalty(params, terms)
        losses.append(float(loss))
        penalties.append(float(reg))
        lr = rate(e)
        for p, g, r in zip(params, grads, reg_grads):
            p -= lr * (g + r)
    return {"losses": losses, "penalties": penalties, "parameters": flat(params)}


def run(name, params, acts, X, targets, loss_grad, terms, epochs, rate):
    record = train(params, acts, X, loss_grad, terms, epochs, rate)
    record["inputs"] = X.tolist()
    record["targets"] = np.asarray(targets, dtype=float).reshape(len(X), -1).tolist()
    record["initial"] = flat(params)
    return record


fixture = {}

# CS231n's spiral, verbatim apart from the seeded generator.
N, D, K = 100, 2, 3
X = np.zeros((N * K, D))
y = np.zeros(N * K, dtype='uint8')
for j in range(K):
    ix = range(N * j, N * (j + 1))
    r = np.linspace(0.0, 1, N)
    t = np.linspace(j * 4, (j + 1) * 4, N) + rng.randn(N) * 0.2
    X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
    y[ix] = j
h = 100
params = [0.01 * rng.randn(D, h), np.zeros(h), 0.01 * rng.randn(h, K), np.zeros(K)]
terms = [(0, 1e-3, False), (0, 1e-3, False)]
fixture["cs231n"] = run("cs231n", params, [relu, None], X, y, softmax_cross_entropy(y.astype(int)),
                        terms, 200, lambda e: 1.0)
loss, grads = forward_backward(params, [relu, None], X, softmax_cross_entropy(y.astype(int)))
_, reg_grads = penalty(params, terms)
fixture["cs231n"]["initial_gradient"] = flat([g + r for g, r in zip(grads, reg_grads)])

# micrograd's demo (architecture, loss, alpha, schedule) on random +-1 data.
X = rng.uniform(-1.5, 2.5, size=(60, 2))
y = np.where(X[:, 1] > np.sin(2 * X[:, 0]), 1.0, -1.0)[:, None]
params = [rng.uniform(-1, 1, size=(2, 16)), np.zeros(16), rng.uniform(-1, 1, size=(16, 16)), np.zeros(16),
          rng.uniform(-1, 1, size=(16, 1)), np.zeros(1)]
E = 40
fixture["micrograd"] = run("micrograd", params, [relu, relu, None], X, y, hinge(y),
                           [(0, 2e-4, True)] * 3, E, lambda k: 1.0 - 0.9 * k / E)

# L1 on one layer (with biases), L2 on the other.
X = rng.uniform(-1, 1, size=(12, 2))
labels = rng.randint(0, 3, size=12)
params = [rng.normal(0, 1, size=(2, 6)), rng.uniform(-0.5, 0.5, size=6), rng.normal(0, 1, size=(6, 3)),
          rng.uniform(-0.5, 0.5, size=3)]


def tanh_then_softmax(labels):
    return softmax_cross_entropy(labels)


fixture["l1_per_layer"] = run("l1_per_layer", params, [tanh, None], X, labels, softmax_cross_entropy(labels),
                              [(1e-2, 0, True), (0, 5e-2, False)], 30, lambda e: 0.5)

# Multiclass SVM.
X = rng.uniform(-1, 1, size=(10, 2))
labels = rng.randint(0, 3, size=10)
params = [rng.normal(0, 1, size=(2, 5)), rng.uniform(-0.5, 0.5, size=5), rng.normal(0, 1, size=(5, 3)),
          rng.uniform(-0.5, 0.5, size=3)]
fixture["svm"] = run("svm", params, [relu, None], X, labels, multiclass_svm(labels),
                     [(0, 1e-3, False), (0, 1e-3, False)], 30, lambda e: 0.1)

# Huber regression.
X = rng.uniform(-1, 1, size=(10, 2))
Y = np.c_[X[:, 0] * 2 + 0.5, np.sin(3 * X[:, 1])] + rng.normal(0, 0.3, size=(10, 2))
params = [rng.normal(0, 1, size=(2, 4)), rng.uniform(-0.5, 0.5, size=4), rng.normal(0, 1, size=(4, 2)),
          rng.uniform(-0.5, 0.5, size=2)]
fixture["huber"] = run("huber", params, [tanh, None], X, Y, huber(Y, 0.5),
                       [(0, 0, False), (0, 0, False)], 30, lambda e: 0.2)

with open("training_reference.json", "w") as f:
    json.dump(fixture, f, indent=1, sort_keys=True)
    f.write("\n")
