"""Records the reference numbers the NeuralEngine tests compare against.

Re-run (from the repository root; needs numpy, scikit-learn and nnfs, none of which
the Swift tests need):

    python3 -m venv /tmp/skvenv && /tmp/skvenv/bin/pip install numpy scikit-learn nnfs
    /tmp/skvenv/bin/python Tests/NeuralEngineTests/Fixtures/make_fixtures.py

Writes numpy_random.txt, sklearn_datasets.txt and nnfs_spiral.txt beside this script.
Format: one record per line, `name<TAB>value value ...`; floats are Python's repr
(shortest text that round-trips to the same 64-bit double), integers are plain.
Lines starting with '#' are comments (library versions).
"""
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def text(value):
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    return str(int(value))


class Records:
    def __init__(self, header):
        self.lines = ["# " + line for line in header]

    def add(self, name, values):
        values = np.asarray(values).ravel().tolist() if not isinstance(values, list) else values
        self.lines.append(name + "\t" + " ".join(text(v) for v in values))

    def write(self, filename):
        with open(os.path.join(HERE, filename), "w") as f:
            f.write("\n".join(self.lines) + "\n")


def numpy_random():
    out = Records([f"numpy {np.__version__} legacy RandomState", f"python {sys.version.split()[0]}"])
    for seed in [0, 1, 42, 2**32 - 1]:
        p = f"seed{seed}."
        out.add(p + "random_sample", np.random.RandomState(seed).random_sample(2000))
        out.add(p + "standard_normal", np.random.RandomState(seed).standard_normal(2000))
        out.add(p + "uniform_4x3", np.random.RandomState(seed).uniform(size=(4, 3)))
        out.add(p + "uniform_-2_5_4x3", np.random.RandomState(seed).uniform(-2.0, 5.0, size=(4, 3)))
        # Interleaved calls exercise the cached second normal of the polar method.
        rs = np.random.RandomState(seed)
        pattern = "unnunnnuununnnnuu"
        values = [rs.random_sample() if op == "u" else rs.randn() for op in pattern]
        out.lines.append(p + "interleaved_ops\t" + pattern)
        out.add(p + "interleaved", [float(v) for v in values])
        out.add(p + "permutation_10", np.random.RandomState(seed).permutation(10))
        out.add(p + "permutation_1000_first50", np.random.RandomState(seed).permutation(1000)[:50])
        arr = np.arange(37)
        np.random.RandomState(seed).shuffle(arr)
        out.add(p + "shuffle_arange37", arr)
        # randint with a range above 2**32 uses the same masked 64-bit rejection as rk_interval.
        out.add(p + "randint_0_2pow40_inclusive_20",
                np.random.RandomState(seed).randint(0, 2**40 + 1, size=20, dtype=np.int64))
        out.add(p + "randint_0_1000_inclusive_20",
                np.random.RandomState(seed).randint(0, 1001, size=20, dtype=np.int64))
    out.write("numpy_random.txt")


def sklearn_datasets():
    import sklearn
    from sklearn.datasets import make_blobs, make_circles, make_moons
    from sklearn.model_selection import train_test_split
    out = Records([f"scikit-learn {sklearn.__version__}, numpy {np.__version__}"])

    def dataset(name, X, y):
        out.add(name + ".shape", list(X.shape))
        out.add(name + ".x", X)
        out.add(name + ".y", y)

    X, y = make_moons(n_samples=1000, noise=0.1, random_state=42)
    dataset("moons_1000_noise0.1_rs42", X, y)
    # Transforms on the lesson's moons: seed 003's in-place min-max over the whole array,
    # scikit-learn's per-feature MinMaxScaler and StandardScaler.
    from sklearn.preprocessing import MinMaxScaler, StandardScaler
    scaled = X.copy()
    scaled -= scaled.min()
    scaled /= scaled.max()
    out.add("moons_1000_minmax_whole.x", scaled)
    out.add("moons_1000_minmax_per_feature.x", MinMaxScaler().fit_transform(X))
    out.add("moons_1000_standard_scaler.x", StandardScaler().fit_transform(X))
    dataset("moons_7_plain", *make_moons(n_samples=7, shuffle=False))
    dataset("moons_11_noise0.3_rs0", *make_moons(n_samples=11, noise=0.3, random_state=0))
    dataset("circles_100_noise0.05_factor0.5_rs1",
            *make_circles(n_samples=100, noise=0.05, factor=0.5, random_state=1))
    dataset("circles_9_factor0.3_plain", *make_circles(n_samples=9, factor=0.3, shuffle=False))
    dataset("blobs_30_3c_2f_rs0", *make_blobs(n_samples=30, centers=3, n_features=2, random_state=0))
    dataset("blobs_31_4c_3f_std0.5_box-5_5_noshuffle_rs7",
            *make_blobs(n_samples=31, centers=4, n_features=3, cluster_std=0.5,
                        center_box=(-5.0, 5.0), shuffle=False, random_state=7))

    def split(name, n, test_size, random_state, shuffle=True):
        train, test = train_test_split(np.arange(n), test_size=test_size,
                                       random_state=random_state, shuffle=shuffle)
        out.add(name + ".train", train)
        out.add(name + ".test", test)

    split("split_20_test0.25_rs42", 20, 0.25, 42)
    split("split_1000_test0.2_rs0", 1000, 0.2, 0)
    split("split_10_test0.33_rs1", 10, 0.33, 1)
    split("split_10_test0.3_noshuffle", 10, 0.3, None, shuffle=False)
    out.write("sklearn_datasets.txt")


def nnfs_spiral():
    import nnfs
    from nnfs.datasets import spiral_data
    out = Records([f"nnfs {getattr(nnfs, '__version__', '0.5.1')}, numpy {np.__version__}",
                   "float64: np.random.seed(0); spiral_data(100, 3) without nnfs.init()",
                   "float32: nnfs.init() (seeds 0, makes zeros/randn float32); spiral_data(100, 3)"])
    np.random.seed(0)
    X, y = spiral_data(samples=100, classes=3)
    out.add("spiral_100_3_seed0_float64.x", X)
    out.add("spiral_100_3_seed0_float64.y", y)
    np.random.seed(1)
    X, y = spiral_data(samples=5, classes=2)
    out.add("spiral_5_2_seed1_float64.x", X)
    out.add("spiral_5_2_seed1_float64.y", y)
    nnfs.init()  # last: it patches numpy globally
    X, y = spiral_data(samples=100, classes=3)
    assert X.dtype == np.float32
    out.add("spiral_100_3_nnfs_init_float32.x", [float(v) for v in X.ravel()])
    out.add("spiral_100_3_nnfs_init_float32.y", y)
    out.write("nnfs_spiral.txt")


if __name__ == "__main__":
    numpy_random()
    sklearn_datasets()
    nnfs_spiral()
