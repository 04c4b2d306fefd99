#!/usr/bin/env python3
"""`make bench`: nbrun against numpy, PyTorch, Rust, pure Python and Jupyter.

Standard library only. Steps:
  1. a scratch virtualenv (benchmarks/.venv) with numpy, PyTorch (when it installs)
     and nbconvert + ipykernel + matplotlib;
  2. workloads.py writes each workload's data and initial weights;
  3. the Rust port of seed 004 is built with cargo;
  4. every workload runs on nbrun-bench and on each reference, alternating, at
     least 5 runs each; then the end-to-end, memory and rendering-cost rows;
  5. benchmarks/RESULTS.md is written (machine, times, ratios, losses, goals).

A missing program or a failing reference is reported as unavailable with its
reason; it never stops the other measurements. See benchmarks/README.md.
"""

import argparse
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VENV = os.path.join(HERE, ".venv")
DATA = os.path.join(HERE, ".data")
WORK = os.path.join(HERE, ".work")
RUST_DIR = os.path.join(HERE, "rust")
RUST_BIN = os.path.join(RUST_DIR, "target", "release", "nn-seed004")

WORKLOADS = ["W1", "W2", "W3", "W4", "W5", "W6"]
# References per workload, in the order they are shown.
REFERENCES = {
    "W1": ["numpy"],
    "W2": ["numpy", "torch"],
    "W3": ["numpy", "torch"],
    "W4": ["rust", "python", "numpy"],
    "W5": ["numpy", "torch"],
    "W6": ["numpy", "torch"],
}
# Goals: (workload, reference, minimum ratio reference time / nbrun time).
SPEED_GOALS = [
    ("W1", "numpy", 50.0),
    ("W2", "numpy", 10.0),
    ("W2", "torch", 25.0),
    ("W3", "numpy", 8.0),
    ("W3", "torch", 8.0),
    ("W4", "rust", 3.0),
    ("W4", "python", 100.0),
    ("W5", "numpy", 1.0),
    ("W6", "numpy", 10.0),
    ("W6", "torch", 10.0),
]
END_TO_END_GOAL = 30.0
XOR_MEMORY_GOAL_MB = 40.0
W5_MEMORY_EXTRA_MB = 60.0
W5_MEMORY_FACTOR = 1.5
# Final losses agree when |a - b| <= AGREEMENT * max(|a|, |b|).
AGREEMENT = 1e-6
# Matrix-product FLOPs of one W5 epoch: forward x@W1, h@W2; backward h^T@d2, d2@W2^T, x^T@d1.
W5_MATMUL_FLOP = 2 * 60000 * (784 * 128 * 2 + 128 * 10 * 3)
# Multiply-add FLOPs of one W6 epoch (1797 samples): conv forward and ∂W (36 positions × 9
# weights × 8 filters, twice), dense forward, ∂W and ∂X (72 × 10, three times); the first
# layer needs no ∂X. Element-wise work (ReLU, pooling, softmax) is not counted.
W6_FLOP_PER_EPOCH = 2 * 1797 * (36 * 9 * 8 * 2 + 72 * 10 * 3)

IMPL_TITLES = {
    "nbrun": "nbrun",
    "numpy": "numpy",
    "torch": "PyTorch (CPU)",
    "rust": "Rust port of seed 004",
    "python": "pure Python (seed 004)",
    "nbconvert": "jupyter nbconvert --execute",
}


# --------------------------------------------------------------------------- processes

class ChildResult:
    """How one child process ended: exit code, output, wall time, peak RSS, CPU time."""

    def __init__(self, code, stdout, stderr, wall, max_rss_kb, cpu, timed_out):
        self.code = code
        self.stdout = stdout
        self.stderr = stderr
        self.wall = wall
        self.max_rss_kb = max_rss_kb
        self.cpu = cpu
        self.timed_out = timed_out

    def failure(self):
        """None when the process succeeded, else a one-line reason."""
        if self.timed_out:
            return "timed out after %.0f s" % self.wall
        if self.code != 0:
            tail = (self.stderr.strip().splitlines() or self.stdout.strip().splitlines() or [""])[-1]
            return "exit status %s: %s" % (self.code, tail[:300])
        return None


# The process group of the child being waited for, killed if run.py itself is stopped.
RUNNING = []


def stop_children(signum, frame):
    for group in RUNNING:
        try:
            os.killpg(group, signal.SIGKILL)
        except ProcessLookupError:
            pass
    sys.exit(128 + signum)


def run_child(command, timeout, env=None, cwd=None):
    """Runs `command`, waiting with wait4 so the child's own peak RSS is known."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            process = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                       env=env, cwd=cwd, start_new_session=True)
        except OSError as error:
            return ChildResult(127, "", str(error), 0.0, 0, 0.0, False)
        timed_out = []

        def kill():
            timed_out.append(True)
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        RUNNING.append(process.pid)
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
            RUNNING.remove(process.pid)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return ChildResult(process.returncode, out.read().decode("utf-8", "replace"),
                           err.read().decode("utf-8", "replace"), wall, usage.ru_maxrss,
                           usage.ru_utime + usage.ru_stime, bool(timed_out))


def last_json_line(text):
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except ValueError:
                return None
    return None


def log(message):
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


# --------------------------------------------------------------------------- setup

class Setup:
    """What is available, and why not when it is not."""

    def __init__(self):
        self.python = None          # interpreter for the Python references
        self.unavailable = {}       # impl -> reason
        self.notes = []


def venv_python():
    return os.path.join(VENV, "bin", "python")


def python_can_import(python, module):
    result = run_child([python, "-c", "import %s" % module], 120)
    return result.code == 0


def pip(python, arguments, timeout):
    result = run_child([python, "-m", "pip", "install", "--disable-pip-version-check", "-q"] + arguments, timeout)
    return result


def prepare_python(setup, args):
    if not os.path.exists(venv_python()):
        log("creating virtualenv %s" % VENV)
        result = run_child([sys.executable, "-m", "venv", VENV], 300)
        if result.failure():
            setup.notes.append("virtualenv could not be created (%s); using %s" % (result.failure(), sys.executable))
            setup.python = sys.executable
    if setup.python is None:
        setup.python = venv_python()
    python = setup.python
    if args.no_install:
        log("--no-install: using the packages already in %s" % python)
    else:
        if not python_can_import(python, "numpy"):
            log("installing numpy")
            result = pip(python, ["numpy"], args.install_timeout)
            if result.failure():
                setup.notes.append("pip install numpy failed: %s" % result.failure())
        if not python_can_import(python, "sklearn"):
            log("installing scikit-learn (W6's digits; threadpoolctl)")
            result = pip(python, ["scikit-learn", "threadpoolctl"], args.install_timeout)
            if result.failure():
                setup.notes.append("pip install scikit-learn failed (W6 uses its digits-like stand-in): %s" % result.failure())
        if not python_can_import(python, "torch"):
            reason = install_torch(python, args)
            if reason:
                setup.unavailable["torch"] = reason
        if not python_can_import(python, "nbconvert") or not python_can_import(python, "ipykernel") \
                or not python_can_import(python, "matplotlib"):
            log("installing nbconvert, ipykernel, matplotlib")
            result = pip(python, ["nbconvert", "ipykernel", "matplotlib"], args.install_timeout)
            if result.failure():
                setup.unavailable["nbconvert"] = "pip install nbconvert ipykernel matplotlib failed: %s" % result.failure()
    if not python_can_import(python, "numpy"):
        for impl in ("numpy", "torch", "nbconvert"):
            setup.unavailable.setdefault(impl, "numpy is not importable in %s" % python)
        setup.unavailable.setdefault("workloads", "numpy is not importable, so workloads.py cannot run")
    if not python_can_import(python, "torch"):
        setup.unavailable.setdefault("torch", "PyTorch unavailable: not importable in %s" % python)
    if "nbconvert" not in setup.unavailable:
        jupyter = os.path.join(os.path.dirname(python), "jupyter")
        if not os.path.exists(jupyter):
            setup.unavailable["nbconvert"] = "no jupyter executable beside %s" % python


def install_torch(python, args):
    """PyTorch CPU: local wheels first, then the CPU index, then PyPI (whose wheels pull CUDA).

    Returns None when torch imports afterwards, else the reason it is unavailable.
    """
    attempts = []
    log("installing torch (local wheels first)")
    result = pip(python, ["--no-index", "--no-deps", "torch"], 600)
    if result.code == 0:
        version = run_child([python, "-m", "pip", "show", "torch"], 60).stdout
        match = re.search(r"^Version: (\S+)", version, re.M)
        if match:
            result = pip(python, ["torch==%s" % match.group(1)], args.install_timeout)
            if result.code == 0 and python_can_import(python, "torch"):
                return None
        attempts.append("local wheel: %s" % (result.failure() or "not importable"))
    else:
        attempts.append("no local torch wheel")
    log("installing torch from the PyTorch CPU index")
    result = pip(python, ["--timeout", "20", "--retries", "0", "torch",
                          "--index-url", "https://download.pytorch.org/whl/cpu",
                          "--extra-index-url", "https://pypi.org/simple"], args.install_timeout)
    if result.code == 0 and python_can_import(python, "torch"):
        return None
    attempts.append("CPU index: %s" % (result.failure() or "not importable"))
    log("installing torch from PyPI (CUDA wheels, several GB; at most %d s)" % args.torch_timeout)
    result = pip(python, ["torch"], args.torch_timeout)
    if result.code == 0 and python_can_import(python, "torch"):
        return None
    attempts.append("PyPI: %s" % (result.failure() or "not importable"))
    return "PyTorch unavailable: " + "; ".join(attempts)


def prepare_data(setup, args):
    if "workloads" in setup.unavailable:
        return
    log("generating workload data in %s" % args.data)
    command = [setup.python, os.path.join(HERE, "workloads.py"), "--data", args.data]
    for name in args.only or []:
        command += ["--only", name]
    result = run_child(command, 1800)
    if result.failure():
        setup.unavailable["workloads"] = "workloads.py failed: %s" % result.failure()


def prepare_rust(setup, args):
    cargo = shutil.which("cargo")
    if cargo is None:
        setup.unavailable["rust"] = "cargo is not installed"
        return
    log("building the Rust port (cargo build --release)")
    result = run_child([cargo, "build", "--release", "--quiet", "--offline"], 1800, cwd=RUST_DIR)
    if result.failure() or not os.path.exists(RUST_BIN):
        setup.unavailable["rust"] = "cargo build --release failed: %s" % (result.failure() or "no binary")


def prepare_nbrun(setup, args):
    for key, path in (("nbrun", args.nbrun_bench), ("nbrun-cli", args.nbrun)):
        if not os.path.isfile(path) or not os.access(path, os.X_OK):
            setup.unavailable[key] = "%s is not built (make bench builds it with swift build -c release)" % os.path.relpath(path, ROOT)


# --------------------------------------------------------------------------- measuring

class Series:
    """Every run of one implementation on one workload."""

    def __init__(self, impl):
        self.impl = impl
        self.seconds = []
        self.losses = []
        self.checkpoints = None
        self.rss_kb = []
        self.extra = {}
        self.unavailable = None

    def median(self):
        return statistics.median(self.seconds) if self.seconds else None

    def final_loss(self):
        return self.losses[-1] if self.losses else None


def command_for(impl, workload, manifest, setup, args):
    if impl == "nbrun":
        return [args.nbrun_bench, workload, manifest]
    if impl == "rust":
        return [RUST_BIN, workload, manifest]
    script = {"numpy": "ref_numpy.py", "torch": "ref_torch.py", "python": "ref_python.py"}[impl]
    return [setup.python, os.path.join(HERE, script), workload, manifest]


def child_env(args):
    env = dict(os.environ)
    # These force OpenBLAS onto an older kernel on this machine; references run as their users run them.
    for key in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"):
        env.pop(key, None)
    threads = str(args.threads)
    for key in ("BENCH_THREADS", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        env[key] = threads
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def measure_workload(workload, setup, args):
    manifest = os.path.join(args.data, workload, "manifest.json")
    impls = ["nbrun"] + REFERENCES[workload]
    series = {impl: Series(impl) for impl in impls}
    for impl in impls:
        reason = setup.unavailable.get(impl) or setup.unavailable.get("workloads")
        if reason:
            series[impl].unavailable = reason
    if not os.path.exists(manifest) and "workloads" not in setup.unavailable:
        for item in series.values():
            item.unavailable = item.unavailable or "no manifest at %s" % manifest
    env = child_env(args)
    for round_index in range(args.runs):
        # Alternate: every implementation once per round, starting point rotating.
        order = impls[round_index % len(impls):] + impls[:round_index % len(impls)]
        for impl in order:
            item = series[impl]
            if item.unavailable:
                continue
            log("%s %s run %d/%d" % (workload, impl, round_index + 1, args.runs))
            result = run_child(command_for(impl, workload, manifest, setup, args), args.timeout, env=env, cwd=ROOT)
            line = last_json_line(result.stdout)
            problem = result.failure()
            if problem is None and (line is None or "seconds" not in line or "final_loss" not in line):
                problem = "printed no result line (stdout: %r)" % result.stdout.strip()[-200:]
            if problem is None and line.get("workload") != workload:
                problem = "result line names workload %r" % line.get("workload")
            if problem:
                item.unavailable = "%s failed: %s" % (" ".join(command_for(impl, workload, "<manifest>", setup, args)[-2:]), problem)
                log("  unavailable: " + item.unavailable)
                continue
            item.seconds.append(float(line["seconds"]))
            item.losses.append(float(line["final_loss"]))
            item.checkpoints = line.get("checkpoints")
            item.rss_kb.append(result.max_rss_kb)
            for key in ("matmul_gflops", "torch_version", "threads"):
                if key in line:
                    item.extra.setdefault(key, []).append(line[key])
            log("  %.4f s, final loss %.10g" % (float(line["seconds"]), float(line["final_loss"])))
    return series


def measure_end_to_end(setup, args):
    """Whole processes: nbrun notebooks/xor.md vs jupyter nbconvert --execute benchmarks/xor.ipynb."""
    nbrun = Series("nbrun")
    nbconvert = Series("nbconvert")
    if "nbrun-cli" in setup.unavailable:
        nbrun.unavailable = setup.unavailable["nbrun-cli"]
    if "nbconvert" in setup.unavailable:
        nbconvert.unavailable = setup.unavailable["nbconvert"]
    jupyter = os.path.join(os.path.dirname(setup.python or sys.executable), "jupyter")
    env = child_env(args)
    for round_index in range(args.runs):
        order = [nbrun, nbconvert] if round_index % 2 == 0 else [nbconvert, nbrun]
        for item in order:
            if item.unavailable:
                continue
            output = tempfile.mkdtemp(prefix="e2e-", dir=WORK)
            if item.impl == "nbrun":
                command = [args.nbrun, "notebooks/xor.md", "-o", output]
                expected = os.path.join(output, "xor.html")
            else:
                command = [jupyter, "nbconvert", "--to", "html", "--execute",
                           os.path.join(HERE, "xor.ipynb"), "--output-dir", output]
                expected = os.path.join(output, "xor.html")
            log("end-to-end %s run %d/%d" % (item.impl, round_index + 1, args.runs))
            result = run_child(command, args.timeout, env=env, cwd=ROOT)
            problem = result.failure()
            if problem is None and not os.path.isfile(expected):
                problem = "wrote no %s" % expected
            shutil.rmtree(output, ignore_errors=True)
            if problem:
                item.unavailable = "%s failed: %s" % (" ".join(command[:3]), problem)
                log("  unavailable: " + item.unavailable)
                continue
            item.seconds.append(result.wall)
            item.rss_kb.append(result.max_rss_kb)
            log("  %.3f s, peak RSS %.1f MB" % (result.wall, result.max_rss_kb / 1024))
    return nbrun, nbconvert


def measure_rendering(setup, args):
    """`nbrun-bench render <notebook> <dir>` for every bundled lesson: medians of each phase."""
    rows = []
    notebooks = sorted(n for n in os.listdir(os.path.join(ROOT, "notebooks")) if n.endswith(".md"))
    if "nbrun" in setup.unavailable:
        return rows, setup.unavailable["nbrun"]
    env = child_env(args)
    for notebook in notebooks:
        path = os.path.join("notebooks", notebook)
        samples = []
        problem = None
        for run_index in range(args.runs):
            output = tempfile.mkdtemp(prefix="render-", dir=WORK)
            result = run_child([args.nbrun_bench, "render", path, output], args.timeout, env=env, cwd=ROOT)
            shutil.rmtree(output, ignore_errors=True)
            line = last_json_line(result.stdout)
            problem = result.failure() or (None if line and "train_s" in line else "printed no result line")
            if problem:
                break
            samples.append(line)
        if problem:
            rows.append({"notebook": path, "problem": problem})
            continue
        row = {"notebook": path}
        for key in ("parse_s", "math_s", "report_s", "train_s", "total_s"):
            values = [float(s[key]) for s in samples if key in s]
            row[key] = statistics.median(values) if values else None
        rows.append(row)
        log("render %s: %s" % (path, row))
    return rows, None


def measure_math(setup, args):
    """`nbrun-bench math <corpus>`: the time to typeset one formula of the TeXMath corpus."""
    if "nbrun" in setup.unavailable:
        return None, setup.unavailable["nbrun"]
    corpus = os.path.join("Tests", "TeXMathTests", "Fixtures", "corpus.txt")
    result = run_child([args.nbrun_bench, "math", corpus], args.timeout, env=child_env(args), cwd=ROOT)
    line = last_json_line(result.stdout)
    problem = result.failure() or (None if line and "microseconds_per_formula" in line else "printed no result line")
    if problem:
        return None, problem
    log("math: %s" % line)
    return line, None


def measure_peak_gflops(setup, args):
    """The machine's float64 matrix-multiply peak as numpy/OpenBLAS reaches it."""
    if "numpy" in setup.unavailable:
        return None
    code = r'''
import json, time, numpy as np
def rate(n, m, k, repeats):
    a = np.random.RandomState(0).random_sample((n, k)); b = np.random.RandomState(1).random_sample((k, m))
    a @ b
    best = min(timed(a, b) for _ in range(repeats))
    return 2.0 * n * m * k / best / 1e9
def timed(a, b):
    t = time.perf_counter(); a @ b; return time.perf_counter() - t
print(json.dumps({"large": rate(2048, 2048, 2048, 5), "w5_shape": rate(128, 128, 784, 200)}))
'''
    env = child_env(args)
    result = run_child([setup.python, "-c", code], 600, env=env)
    line = last_json_line(result.stdout)
    one = child_env(args)
    for key in ("BENCH_THREADS", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        one[key] = "1"
    single = last_json_line(run_child([setup.python, "-c", code], 600, env=one).stdout)
    if line is None:
        return None
    line["large_one_thread"] = single["large"] if single else None
    line["threads"] = args.threads
    return line


# --------------------------------------------------------------------------- machine

def first_line(command, env=None):
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = (out.stdout or out.stderr).strip()
    return text.splitlines()[0] if text else None


def machine_description(setup):
    rows = []
    model = None
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    lscpu = {}
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True, timeout=30).stdout.splitlines():
            if ":" in line:
                key, value = line.split(":", 1)
                lscpu[key.strip()] = value.strip()
    except (OSError, subprocess.TimeoutExpired):
        pass
    rows.append(("CPU", "%s (family %s, model %s)" % (lscpu.get("Model name", model or platform.processor()),
                                                   lscpu.get("CPU family", "?"), lscpu.get("Model", "?"))))
    rows.append(("Cores", "%d logical CPUs; %s thread(s) per core" % (os.cpu_count() or 0, lscpu.get("Thread(s) per core", "?"))))
    flags = lscpu.get("Flags", "")
    simd = [f for f in ("avx2", "fma", "avx512f") if f in flags.split()]
    rows.append(("SIMD", ", ".join(simd) or "?"))
    if lscpu.get("Hypervisor vendor"):
        rows.append(("Virtualisation", lscpu["Hypervisor vendor"]))
    try:
        with open("/proc/meminfo") as handle:
            total = int(re.search(r"MemTotal:\s+(\d+)", handle.read()).group(1))
        rows.append(("Memory", "%.1f GiB" % (total / 1024 / 1024)))
    except (OSError, AttributeError):
        pass
    os_name = platform.platform()
    try:
        with open("/etc/os-release") as handle:
            match = re.search(r'^PRETTY_NAME="?([^"\n]*)', handle.read(), re.M)
            if match:
                os_name = "%s, Linux %s" % (match.group(1), platform.release())
    except OSError:
        pass
    rows.append(("OS", os_name))
    rows.append(("Swift", first_line(["swift", "--version"]) or "not found"))
    rows.append(("rustc", first_line(["rustc", "--version"]) or "not found"))
    python = setup.python or sys.executable
    rows.append(("Python", first_line([python, "--version"]) or "?"))
    # As the references run: without OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE (see child_env).
    numpy_info = first_line([python, "-c", NUMPY_INFO], env={k: v for k, v in os.environ.items()
                                                              if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")})
    rows.append(("numpy", numpy_info or "unavailable"))
    if "torch" not in setup.unavailable:
        rows.append(("PyTorch", first_line([python, "-c", TORCH_INFO]) or "?"))
    else:
        rows.append(("PyTorch", setup.unavailable["torch"]))
    if "nbconvert" not in setup.unavailable:
        rows.append(("nbconvert", first_line([python, "-c", "import nbconvert; print(nbconvert.__version__)"]) or "?"))
    return rows


NUMPY_INFO = r'''
import numpy as np
try:
    blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
    text = "%s, BLAS: %s %s" % (np.__version__, blas.get("name"), blas.get("version"))
except Exception:
    text = np.__version__
try:
    from threadpoolctl import threadpool_info
    kernels = sorted({"%s %s" % (i.get("internal_api"), i.get("architecture")) for i in threadpool_info() if i.get("user_api") == "blas"})
    if kernels:
        text += ", kernel (threadpoolctl): " + "; ".join(kernels)
except Exception:
    text += ", kernel: threadpoolctl not installed"
print(text)
'''

TORCH_INFO = r'''
import torch
info = torch.__config__.parallel_info().splitlines()
backend = [l.split(":", 1)[1].strip() for l in info if l.startswith("ATen parallel backend")]
print("%s, %s threads by default, parallel backend %s" % (torch.__version__, torch.get_num_threads(), backend[0] if backend else "?"))
'''


# --------------------------------------------------------------------------- report

def fmt_seconds(value):
    if value is None:
        return "—"
    if value >= 100:
        return "%.1f s" % value
    if value >= 1:
        return "%.3f s" % value
    if value >= 1e-3:
        return "%.2f ms" % (value * 1e3)
    return "%.1f µs" % (value * 1e6)


def fmt_loss(value):
    return "—" if value is None else "%.12g" % value


def relative_difference(a, b):
    if a is None or b is None:
        return None
    scale = max(abs(a), abs(b))
    return 0.0 if scale == 0 else abs(a - b) / scale


def ratio(reference, nbrun):
    if reference is None or nbrun is None or nbrun <= 0:
        return None
    return reference / nbrun


def spread(values):
    return "%s – %s" % (fmt_seconds(min(values)), fmt_seconds(max(values))) if values else "—"


def write_results(path, context):
    setup = context["setup"]
    args = context["args"]
    lines = []
    add = lines.append
    add("# nbrun benchmarks")
    add("")
    add("Written by `make bench` (`benchmarks/run.py`). Times are medians of %d alternating runs per "
        "implementation; ratios are reference time / nbrun time (higher is better for nbrun). Training "
        "times are measured inside each process around the training loop only (data loading excluded); "
        "final losses are evaluated after training on the whole training set. Results agree when the "
        "final losses are within a relative %g of nbrun's. Workloads and the protocol: "
        "[README.md](README.md)." % (args.runs, AGREEMENT))
    add("")
    add("## Machine")
    add("")
    add("| | |")
    add("|---|---|")
    for key, value in context["machine"]:
        add("| %s | %s |" % (key, value.replace("|", "\\|")))
    add("| Threads given to every implementation | %d (BENCH_THREADS, OPENBLAS_NUM_THREADS, OMP_NUM_THREADS) |" % args.threads)
    add("| Load average before / after | %s / %s |" % (context["load_before"], context["load_after"]))
    add("| Commit | %s |" % context["commit"])
    if context["contended"]:
        add("")
        add("**Warning:** the load average exceeded the number of cores while measuring; other "
            "processes shared the CPU, so absolute times (multi-threaded references most of all) are "
            "inflated and ratios are less reliable than on an idle machine.")
    add("")

    add("## Goals")
    add("")
    add("| Goal | Target | Measured | Status |")
    add("|---|---|---|---|")
    for row in context["goals"]:
        add("| %s | %s | %s | %s |" % row)
    add("")

    add("## Training workloads")
    for workload in context["workloads"]:
        series = context["series"][workload]
        manifest = context["manifests"].get(workload, {})
        add("")
        add("### %s — %s" % (workload, manifest.get("title", "")))
        add("")
        nbrun = series["nbrun"]
        add("| Implementation | Runs | Median | Range | Ratio (ref / nbrun) | Final loss | Rel. diff. vs nbrun | Peak RSS |")
        add("|---|---|---|---|---|---|---|---|")
        for impl, item in series.items():
            if item.unavailable:
                add("| %s | 0 | unavailable: %s | | | | | |" % (IMPL_TITLES[impl], item.unavailable.replace("|", "\\|")))
                continue
            r = None if impl == "nbrun" else ratio(item.median(), nbrun.median())
            diff = None if impl == "nbrun" else relative_difference(item.final_loss(), nbrun.final_loss())
            loss_text = fmt_loss(item.final_loss())
            if len(set(item.losses)) > 1:
                loss_text += " (runs differ by up to %.1e)" % relative_difference(min(item.losses), max(item.losses))
            add("| %s | %d | %s | %s | %s | %s | %s | %.1f MB |" % (
                IMPL_TITLES[impl], len(item.seconds), fmt_seconds(item.median()), spread(item.seconds),
                "—" if r is None else "%.2f×" % r, loss_text,
                "—" if diff is None else "%.1e%s" % (diff, "" if diff <= AGREEMENT else " **differs**"),
                max(item.rss_kb) / 1024))
        checkpoint_rows = [(impl, item.checkpoints) for impl, item in series.items() if item.checkpoints]
        if checkpoint_rows:
            epochs = sorted({int(e) for _, c in checkpoint_rows for e in c})
            add("")
            add("Recorded training loss at epoch: " + ", ".join(str(e) for e in epochs))
            add("")
            add("| Implementation | " + " | ".join("epoch %d" % e for e in epochs) + " |")
            add("|---|" + "---|" * len(epochs))
            for impl, checkpoints in checkpoint_rows:
                add("| %s | %s |" % (IMPL_TITLES[impl], " | ".join(fmt_loss(checkpoints.get(str(e))) for e in epochs)))
        if workload == "W5":
            add("")
            add(w5_throughput(series, context["peak"], manifest))
        if workload == "W6":
            add("")
            add(w6_throughput(series, context["peak"], manifest))
    add("")

    add("## End to end: `nbrun notebooks/xor.md` vs `jupyter nbconvert --to html --execute benchmarks/xor.ipynb`")
    add("")
    add("Whole processes, wall clock, as a user runs them (start-up, parsing, training, plots, report written).")
    add("")
    add("| Program | Runs | Median | Range | Ratio (nbconvert / nbrun) | Peak RSS |")
    add("|---|---|---|---|---|---|")
    nbrun, nbconvert = context["end_to_end"]
    for item in (nbrun, nbconvert):
        if item.unavailable:
            add("| %s | 0 | unavailable: %s | | | |" % (IMPL_TITLES[item.impl], item.unavailable.replace("|", "\\|")))
            continue
        r = ratio(item.median(), nbrun.median()) if item is nbconvert else None
        add("| %s | %d | %s | %s | %s | %.1f MB%s |" % (
            IMPL_TITLES[item.impl], len(item.seconds), fmt_seconds(item.median()), spread(item.seconds),
            "—" if r is None else "%.1f×" % r, max(item.rss_kb) / 1024,
            " (largest single process of the tree)" if item is nbconvert else ""))
    add("")

    add("## Rendering cost")
    add("")
    rows, problem = context["rendering"]
    if problem:
        add("Not measured: %s" % problem)
    else:
        add("Medians from `nbrun-bench render <notebook> <dir>`: parsing (Markdown → notebook), math "
            "(LaTeX → MathML), report (HTML and SVG written) against running the steps (training).")
        add("")
        add("| Notebook | Parse | Math | Report | Parse + math + report | Steps (training) | Total | Rendering < training |")
        add("|---|---|---|---|---|---|---|---|")
        for row in rows:
            if "problem" in row:
                add("| %s | failed: %s | | | | | | |" % (row["notebook"], row["problem"].replace("|", "\\|")))
                continue
            rendering = sum(row[k] or 0.0 for k in ("parse_s", "math_s", "report_s"))
            add("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
                row["notebook"], fmt_seconds(row["parse_s"]), fmt_seconds(row["math_s"]),
                fmt_seconds(row["report_s"]), fmt_seconds(rendering), fmt_seconds(row["train_s"]),
                fmt_seconds(row["total_s"]), "yes" if rendering < (row["train_s"] or 0.0) else "**no**"))
    add("")
    math, problem = context.get("math", (None, "not run"))
    if math:
        add("Math alone (`nbrun-bench math`, every formula of the TeXMath corpus converted to MathML and written, "
            "repeated for a second): **%.1f µs per formula** over %d formulas, %d bytes of MathML each on average."
            % (float(math["microseconds_per_formula"]), int(math["formulas"]), int(math["mathml_bytes_per_formula"])))
    else:
        add("Math alone: not measured (%s)." % problem)
    add("")

    unavailable = sorted(set(setup.unavailable.items()))
    if unavailable or setup.notes:
        add("## Unavailable")
        add("")
        for key, reason in unavailable:
            add("- **%s**: %s" % (key, reason))
        for note in setup.notes:
            add("- %s" % note)
        add("")

    analysis = os.path.join(HERE, "ANALYSIS.md")
    if os.path.exists(analysis):
        add("## Analysis")
        add("")
        with open(analysis) as handle:
            add(handle.read().strip())
        add("")

    temporary = path + ".tmp"
    with open(temporary, "w") as handle:
        handle.write("\n".join(lines).rstrip() + "\n")
    os.replace(temporary, path)


def w5_throughput(series, peak, manifest):
    parts = ["Matrix-product throughput. One W5 epoch performs %.2f GFLOP in matrix products "
             "(forward x·W1, h·W2; backward h^T·d2, d2·W2^T, x^T·d1); effective rate = that / training time:" % (W5_MATMUL_FLOP / 1e9), ""]
    parts.append("| | GFLOP/s |")
    parts.append("|---|---|")
    for impl, item in series.items():
        if item.median():
            parts.append("| %s, whole training step (effective) | %.1f |" % (IMPL_TITLES[impl], W5_MATMUL_FLOP / item.median() / 1e9))
    nbrun = series.get("nbrun")
    if nbrun and nbrun.extra.get("matmul_gflops"):
        parts.append("| nbrun engine matmul, [128×784]·[784×128] (`matmul_gflops` from nbrun-bench) | %.1f |"
                     % statistics.median(nbrun.extra["matmul_gflops"]))
    if peak:
        parts.append("| numpy/OpenBLAS, [128×784]·[784×128], %d thread(s) | %.1f |" % (peak["threads"], peak["w5_shape"]))
        parts.append("| machine peak: numpy/OpenBLAS 2048³, %d thread(s) | %.1f |" % (peak["threads"], peak["large"]))
        if peak.get("large_one_thread"):
            parts.append("| machine peak: numpy/OpenBLAS 2048³, one thread | %.1f |" % peak["large_one_thread"])
    data_bytes = manifest.get("data_bytes")
    if data_bytes:
        parts.append("")
        parts.append("W5 data: %d × %d float64 inputs + %d labels = %.1f MB (synthetic; MNIST cannot be downloaded here)."
                     % (manifest["inputs"]["shape"][0], manifest["inputs"]["shape"][1], manifest["targets"]["shape"][0], data_bytes / 1e6))
    return "\n".join(parts)


def w6_throughput(series, peak, manifest):
    epochs = int(manifest.get("epochs", 20))
    total = W6_FLOP_PER_EPOCH * epochs
    parts = ["Arithmetic. One W6 epoch performs %.1f MFLOP in multiply-adds (conv forward and ∂W: 2·1797·36·9·8 each; "
             "dense forward, ∂W and ∂X: 2·1797·72·10 each); %d epochs are %.3f GFLOP. Achieved rate = that / training time:"
             % (W6_FLOP_PER_EPOCH / 1e6, epochs, total / 1e9), ""]
    parts.append("| | GFLOP/s |")
    parts.append("|---|---|")
    for impl, item in series.items():
        if item.median():
            parts.append("| %s, whole training (effective) | %.2f |" % (IMPL_TITLES[impl], total / item.median() / 1e9))
    if peak:
        parts.append("| machine peak: numpy/OpenBLAS 2048³, %d thread(s) | %.1f |" % (peak["threads"], peak["large"]))
        if peak.get("large_one_thread"):
            parts.append("| machine peak: numpy/OpenBLAS 2048³, one thread | %.1f |" % peak["large_one_thread"])
    if manifest.get("data"):
        parts.append("")
        parts.append("W6 data: %s." % manifest["data"])
    return "\n".join(parts)


def goal_rows(context):
    rows = []
    for workload, reference, target in SPEED_GOALS:
        if workload not in context["series"]:
            continue
        series = context["series"][workload]
        nbrun, ref = series["nbrun"], series[reference]
        name = "%s vs %s" % (workload, IMPL_TITLES[reference])
        goal = "≥ %g×" % target
        if nbrun.unavailable and not ref.unavailable and ref.median():
            rows.append((name, goal, "%s median %s; nbrun needs ≤ %s" % (
                IMPL_TITLES[reference], fmt_seconds(ref.median()), fmt_seconds(ref.median() / target)),
                "not measured: %s" % nbrun.unavailable.replace("|", "\\|")))
            continue
        if nbrun.unavailable or ref.unavailable:
            rows.append((name, goal, "—", "not measured: %s" % (nbrun.unavailable or ref.unavailable).replace("|", "\\|")))
            continue
        r = ratio(ref.median(), nbrun.median())
        diff = relative_difference(ref.final_loss(), nbrun.final_loss())
        measured = "%.2f× (losses differ by %.1e)" % (r, diff)
        if diff > AGREEMENT:
            status = "**not comparable**: final losses differ beyond %g" % AGREEMENT
        elif r >= target:
            status = "met"
        else:
            status = "**not met** (%.0f %% of the target)" % (100 * r / target)
        rows.append((name, goal, measured, status))
    nbrun, nbconvert = context["end_to_end"]
    if nbrun.unavailable and not nbconvert.unavailable and nbconvert.median():
        rows.append(("end to end vs nbconvert", "≥ %g×" % END_TO_END_GOAL, "nbconvert median %s; nbrun needs ≤ %s" % (
            fmt_seconds(nbconvert.median()), fmt_seconds(nbconvert.median() / END_TO_END_GOAL)),
            "not measured: %s" % nbrun.unavailable.replace("|", "\\|")))
    elif nbrun.unavailable or nbconvert.unavailable:
        rows.append(("end to end vs nbconvert", "≥ %g×" % END_TO_END_GOAL, "—",
                     "not measured: %s" % (nbrun.unavailable or nbconvert.unavailable).replace("|", "\\|")))
    else:
        r = ratio(nbconvert.median(), nbrun.median())
        rows.append(("end to end vs nbconvert", "≥ %g×" % END_TO_END_GOAL, "%.1f×" % r,
                     "met" if r >= END_TO_END_GOAL else "**not met** (%.0f %% of the target)" % (100 * r / END_TO_END_GOAL)))
    if nbrun.unavailable:
        rows.append(("peak RSS of `nbrun notebooks/xor.md`", "≤ %g MB" % XOR_MEMORY_GOAL_MB, "—", "not measured: " + nbrun.unavailable))
    else:
        mb = max(nbrun.rss_kb) / 1024
        rows.append(("peak RSS of `nbrun notebooks/xor.md`", "≤ %g MB" % XOR_MEMORY_GOAL_MB, "%.1f MB" % mb,
                     "met" if mb <= XOR_MEMORY_GOAL_MB else "**not met**"))
    if "W5" in context["series"]:
        item = context["series"]["W5"]["nbrun"]
        data_bytes = context["manifests"].get("W5", {}).get("data_bytes")
        if item.unavailable or not data_bytes:
            rows.append(("peak RSS of W5", "≤ 1.5 × data + 60 MB", "—", "not measured: %s" % (item.unavailable or "no manifest")))
        else:
            limit = (W5_MEMORY_FACTOR * data_bytes + W5_MEMORY_EXTRA_MB * 1024 * 1024) / 1024 / 1024
            mb = max(item.rss_kb) / 1024
            rows.append(("peak RSS of W5", "≤ 1.5 × data + 60 MB = %.0f MB" % limit, "%.1f MB" % mb,
                         "met" if mb <= limit else "**not met**"))
    render_rows, problem = context["rendering"]
    if problem:
        rows.append(("rendering < training, every lesson", "parse + math + report < steps", "—", "not measured: " + problem))
    elif render_rows:
        failing = [r["notebook"] for r in render_rows if "problem" in r or
                   sum(r[k] or 0.0 for k in ("parse_s", "math_s", "report_s")) >= (r["train_s"] or 0.0)]
        rows.append(("rendering < training, every lesson", "parse + math + report < steps",
                     "%d of %d lessons" % (len(render_rows) - len(failing), len(render_rows)),
                     "met" if not failing else "**not met**: " + ", ".join(failing)))
    return rows


def load_average():
    try:
        return "%.2f, %.2f, %.2f" % os.getloadavg()
    except OSError:
        return "?"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", choices=WORKLOADS, help="run only this workload (repeatable); skips end-to-end and rendering rows unless --e2e")
    parser.add_argument("--quick", action="store_true", help="one run of each (to test the harness); same work per run")
    parser.add_argument("--runs", type=int, default=5, help="runs per implementation (default 5)")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="threads for every implementation (default: all cores)")
    parser.add_argument("--nbrun-bench", default=os.path.join(ROOT, ".build", "release", "nbrun-bench"))
    parser.add_argument("--nbrun", default=os.path.join(ROOT, ".build", "release", "nbrun"))
    parser.add_argument("--data", default=DATA, help="scratch directory for workload data (default benchmarks/.data)")
    parser.add_argument("--output", default=os.path.join(HERE, "RESULTS.md"))
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed per run (default 1800)")
    parser.add_argument("--install-timeout", type=float, default=900, help="seconds allowed per pip install (default 900)")
    parser.add_argument("--torch-timeout", type=float, default=1200, help="seconds allowed for the PyPI (CUDA) torch install")
    parser.add_argument("--no-install", action="store_true", help="do not pip install anything")
    parser.add_argument("--e2e", action="store_true", help="with --only, also run the end-to-end and rendering rows")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs = 1
    args.nbrun_bench = os.path.abspath(args.nbrun_bench)
    args.nbrun = os.path.abspath(args.nbrun)
    args.data = os.path.abspath(args.data)
    os.makedirs(WORK, exist_ok=True)
    signal.signal(signal.SIGTERM, stop_children)
    signal.signal(signal.SIGINT, stop_children)

    setup = Setup()
    load_before = load_average()
    prepare_python(setup, args)
    prepare_data(setup, args)
    workloads = args.only or WORKLOADS
    if "W4" in workloads:
        prepare_rust(setup, args)
    prepare_nbrun(setup, args)
    for key, reason in sorted(setup.unavailable.items()):
        log("unavailable: %s: %s" % (key, reason))

    peak_loads = []
    context = {"setup": setup, "args": args, "workloads": workloads, "series": {}, "manifests": {}}
    for workload in workloads:
        peak_loads.append(os.getloadavg()[0])
        manifest_path = os.path.join(args.data, workload, "manifest.json")
        if os.path.exists(manifest_path):
            with open(manifest_path) as handle:
                context["manifests"][workload] = json.load(handle)
        context["series"][workload] = measure_workload(workload, setup, args)
    whole = not args.only or args.e2e
    if whole:
        peak_loads.append(os.getloadavg()[0])
        context["end_to_end"] = measure_end_to_end(setup, args)
        context["rendering"] = measure_rendering(setup, args)
        context["math"] = measure_math(setup, args)
    else:
        skipped = Series("nbrun"), Series("nbconvert")
        for item in skipped:
            item.unavailable = "skipped (--only without --e2e)"
        context["end_to_end"] = skipped
        context["rendering"] = ([], "skipped (--only without --e2e)")
    context["peak"] = measure_peak_gflops(setup, args) if "W5" in workloads or "W6" in workloads else None
    peak_loads.append(os.getloadavg()[0])
    context["machine"] = machine_description(setup)
    context["load_before"] = load_before
    context["load_after"] = load_average()
    context["contended"] = max(peak_loads) > (os.cpu_count() or 1)
    commit = first_line(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]) or "?"
    dirty = first_line(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"])
    context["commit"] = commit + (" (with uncommitted changes)" if dirty else "")
    context["goals"] = goal_rows(context)
    write_results(args.output, context)
    log("wrote %s" % args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
