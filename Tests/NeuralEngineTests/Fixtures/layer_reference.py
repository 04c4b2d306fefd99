"""Writes layer_reference.json: convolution, max pooling and dropout computed with numpy,
to check the engine's layers against an independent implementation.

- conv2d: forward and backward by im2col (every output position's input window as one row),
  for several shapes, strides and paddings; each case is also checked here against a plain
  loop over the definition Y[n, f, i, j] = b_f + Σ W[f, c, a, d]·X̃[n, c, i·S + a, j·S + d].
- maxpool: forward and backward (the gradient goes to each window's first maximum).
- dropout: nnfs's mask, np.random.binomial(1, 1 − p, size=(rows, width)) / (1 − p), drawn from
  np.random.seed(seed) with nothing drawn before it; and a short nnfs-style training run
  (dense 2→6, ReLU, dropout 0.3, dense 6→3, softmax cross-entropy, full batch, SGD) whose
  masks come from np.random.seed(3), one per epoch.

Inputs, weights and output gradients come from RandomState(11) and are written to the
file, so the Swift tests read exactly the same numbers.
Run once with `python3 layer_reference.py`; the output is committed.
"""
import json
import numpy as np

rng = np.random.RandomState(11)


def im2col(x, K, S, P):
    N, C, H, W = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (P, P), (P, P)))
    Ho, Wo = (H + 2 * P - K) // S + 1, (W + 2 * P - K) // S + 1
    cols = np.zeros((N, Ho, Wo, C, K, K))
    for a in range(K):
        for d in range(K):
            cols[:, :, :, :, a, d] = xp[:, :, a:a + S * Ho:S, d:d + S * Wo:S].transpose(0, 2, 3, 1)
    return cols.reshape(N * Ho * Wo, C * K * K), Ho, Wo


def col2im(dcols, shape, K, S, P, Ho, Wo):
    N, C, H, W = shape
    dxp = np.zeros((N, C, H + 2 * P, W + 2 * P))
    d6 = dcols.reshape(N, Ho, Wo, C, K, K)
    for a in range(K):
        for d in range(K):
            dxp[:, :, a:a + S * Ho:S, d:d + S * Wo:S] += d6[:, :, :, :, a, d].transpose(0, 3, 1, 2)
    return dxp[:, :, P:P + H, P:P + W]


def conv_case(N, C, H, W, F, K, S, P):
    x = rng.uniform(-1, 1, size=(N, C, H, W))
    w = rng.normal(0, 0.5, size=(F, C, K, K))
    b = rng.uniform(-0.5, 0.5, size=(F,))
    cols, Ho, Wo = im2col(x, K, S, P)
    wm = w.reshape(F, -1)
    y = (cols @ wm.T + b).reshape(N, Ho, Wo, F).transpose(0, 3, 1, 2)
    dy = rng.uniform(-1, 1, size=y.shape)
    dyhat = dy.transpose(0, 2, 3, 1).reshape(-1, F)
    dw = dyhat.T @ cols
    db = dyhat.sum(axis=0)
    dx = col2im(dyhat @ wm, x.shape, K, S, P, Ho, Wo)
    # The definition, loop by loop, as a check of the reference itself.
    xp = np.pad(x, ((0, 0), (0, 0), (P, P), (P, P)))
    direct = np.zeros_like(y)
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    direct[n, f, i, j] = b[f] + np.sum(w[f] * xp[n, :, i * S:i * S + K, j * S:j * S + K])
    assert np.allclose(direct, y, rtol=0, atol=1e-13)
    return {"shape": [N, C, H, W], "filters": F, "kernel": K, "stride": S, "padding": P,
            "x": x.ravel().tolist(), "w": wm.ravel().tolist(), "b": b.tolist(), "y": y.ravel().tolist(),
            "dy": dy.ravel().tolist(), "dw": dw.ravel().tolist(), "db": db.tolist(), "dx": dx.ravel().tolist()}


def pool_case(N, C, H, W, K, S):
    x = rng.uniform(-1, 1, size=(N, C, H, W))
    Ho, Wo = (H - K) // S + 1, (W - K) // S + 1
    y = np.zeros((N, C, Ho, Wo))
    dy = rng.uniform(-1, 1, size=y.shape)
    dx = np.zeros_like(x)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    window = x[n, c, i * S:i * S + K, j * S:j * S + K]
                    a, d = np.unravel_index(np.argmax(window), window.shape)
                    y[n, c, i, j] = window[a, d]
                    dx[n, c, i * S + a, j * S + d] += dy[n, c, i, j]
    return {"shape": [N, C, H, W], "size": K, "stride": S, "x": x.ravel().tolist(), "y": y.ravel().tolist(),
            "dy": dy.ravel().tolist(), "dx": dx.ravel().tolist()}


def dropout_case(seed, rows, width, rate):
    np.random.seed(seed)
    keep = 1 - rate
    mask = np.random.binomial(1, keep, size=(rows, width)) / keep
    return {"seed": seed, "rows": rows, "width": width, "rate": rate, "mask": mask.ravel().tolist()}


def dropout_training():
    X = rng.uniform(-1, 1, size=(10, 2))
    labels = np.arange(10) % 3
    W1 = rng.normal(0, 1, size=(2, 6)); b1 = rng.uniform(-0.3, 0.3, size=(6,))
    W2 = rng.normal(0, 1, size=(6, 3)); b2 = rng.uniform(-0.3, 0.3, size=(3,))
    params0 = [p.copy() for p in (W1, b1, W2, b2)]
    rate, lr, epochs = 0.3, 0.5, 6
    keep = 1 - rate
    np.random.seed(3)
    losses = []
    for _ in range(epochs):
        mask = np.random.binomial(1, keep, size=(10, 6)) / keep
        z1 = X @ W1 + b1
        a1 = np.maximum(0, z1)
        d1 = a1 * mask
        z2 = d1 @ W2 + b2
        e = np.exp(z2 - z2.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
        losses.append(np.mean(-np.log(np.clip(p, 1e-7, 1 - 1e-7)[range(10), labels])))
        dz2 = p.copy(); dz2[range(10), labels] -= 1; dz2 /= 10
        dW2 = d1.T @ dz2; db2 = dz2.sum(axis=0)
        dd1 = dz2 @ W2.T
        da1 = dd1 * mask
        dz1 = da1.copy(); dz1[z1 <= 0] = 0
        dW1 = X.T @ dz1; db1 = dz1.sum(axis=0)
        W1 = W1 - lr * dW1; b1 = b1 - lr * db1; W2 = W2 - lr * dW2; b2 = b2 - lr * db2
    return {"seed": 3, "rate": rate, "learning_rate": lr, "epochs": epochs, "x": X.ravel().tolist(),
            "labels": labels.tolist(), "initial": np.concatenate([p.ravel() for p in params0]).tolist(),
            "losses": losses, "final": np.concatenate([p.ravel() for p in (W1, b1, W2, b2)]).tolist()}


reference = {
    "conv2d": [
        conv_case(2, 1, 5, 5, 3, 3, 1, 0),
        conv_case(3, 2, 6, 7, 4, 3, 2, 1),
        conv_case(1, 3, 4, 4, 2, 2, 1, 2),
        conv_case(4, 1, 8, 8, 8, 3, 1, 0),
        conv_case(2, 2, 7, 5, 3, 4, 3, 1),
    ],
    "maxpool": [
        pool_case(2, 3, 6, 6, 2, 2),
        pool_case(1, 2, 7, 5, 3, 2),
        pool_case(3, 1, 4, 4, 2, 1),
    ],
    "dropout": [
        dropout_case(0, 4, 5, 0.1),
        dropout_case(42, 3, 64, 0.5),
        dropout_case(7, 8, 10, 0.8),
    ],
    "dropout_training": dropout_training(),
}

with open("layer_reference.json", "w") as f:
    json.dump(reference, f, indent=None, separators=(",", ":"))
    f.write("\n")
