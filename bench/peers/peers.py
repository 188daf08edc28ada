#!/usr/bin/env python3
"""The libkernels workloads in numpy, numba (serial and parallel=True),
Cython prange and numexpr, with the same inputs and checksums, so that
report.py can put them in one table with kernels-bench's backends.

    python3 bench/peers/peers.py [--quick] [--json] [--repeats R] [--kernel K[,K...]]

Uses Debian's python3-numpy python3-numba python3-numexpr cython3 (and
python3-dev for Cython); a missing package skips its rows with a note.
Inputs: Julia 1000x1000/300 on [-1.8,1.8]^2, c = -0.62772-0.42193i (the
sum of counts is tests/goldens.h's KN_GOLDEN_JULIA_SUM); x[i] = i (double) for norm-square, the expression
data + data*5 + 4 and suffix sums, whose checksums are exact; for
expr_heavy, 2*sin(a)**2 + cos(b)*a - sqrt(abs(b)) / (1 + a*a) over
kernels-bench's inputs (a, b uniform in [-10, 10) from its splitmix64
streams), checked against numpy's sum to a rounding tolerance (each peer
has its own libm).
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time

import numpy as np

JULIA = dict(x_min=-1.8, x_max=1.8, y_min=-1.8, y_max=1.8, c_re=-0.62772, c_im=-0.42193, max_iter=300)


def golden(name):
    """An integer golden value from tests/goldens.h, the table every test reads."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "goldens.h")
    with open(path, encoding="utf-8") as f:
        return int(re.search(r"^#define %s (\d+)" % name, f.read(), re.M).group(1))


JULIA_GOLDEN = golden("KN_GOLDEN_JULIA_SUM")


def timed(fn, repeats):
    fn()  # warm-up (and JIT compilation)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return result, times


HEAVY = "2*sin(a)**2 + cos(b)*a - sqrt(abs(b)) / (1 + a*a)"


def heavy_numpy(a, b):
    return 2 * np.sin(a) ** 2 + np.cos(b) * a - np.sqrt(np.abs(b)) / (1 + a * a)


def uniform(n, lo, hi, seed):
    """kernels-bench's fill_uniform: splitmix64 from seed, the top 53 bits."""
    z = np.uint64(seed) + np.arange(1, n + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    z ^= z >> np.uint64(31)
    return lo + (hi - lo) * ((z >> np.uint64(11)).astype(np.float64) * 2.0**-53)


# ---------------------------------------------------------------- workloads
def julia_numpy(w, h):
    p = JULIA
    dx, dy = (p["x_max"] - p["x_min"]) / w, (p["y_max"] - p["y_min"]) / h
    zr = np.tile(p["x_min"] + np.arange(w) * dx, h)
    zi = np.repeat(p["y_max"] - np.arange(h) * dy, w)
    n = np.zeros(w * h, dtype=np.int32)
    idx = np.arange(w * h)
    for _ in range(p["max_iter"]):
        inside = zr * zr + zi * zi < 4.0
        if not inside.any():
            break
        zr, zi, idx = zr[inside], zi[inside], idx[inside]
        t = (zr * zr - zi * zi) + p["c_re"]
        zi = 2.0 * zr * zi + p["c_im"]
        zr = t
        n[idx] += 1
    return int(n.sum())


NUMBA_SRC = '''
import numpy as np
from numba import njit, prange

@njit(fastmath=False)
def escape(zr, zi, cr, ci, max_iter):
    n = 0
    while n < max_iter and zr * zr + zi * zi < 4.0:
        t = (zr * zr - zi * zi) + cr
        zi = 2.0 * zr * zi + ci
        zr = t
        n += 1
    return n

def make_julia(parallel):
    @njit(parallel=parallel)
    def julia(w, h, x_min, x_max, y_min, y_max, cr, ci, max_iter):
        out = np.empty(w * h, np.int32)
        dx = (x_max - x_min) / w
        dy = (y_max - y_min) / h
        for j in prange(h):
            zi = y_max - j * dy
            for i in range(w):
                out[j * w + i] = escape(x_min + i * dx, zi, cr, ci, max_iter)
        return out
    return julia

def make_norm(parallel):
    @njit(parallel=parallel)
    def norm(x):
        s = 0.0
        for i in prange(x.shape[0]):
            s += x[i] * x[i]
        return s
    return norm

def make_expr(parallel):
    @njit(parallel=parallel)
    def expr(data):
        out = np.empty_like(data)
        for i in prange(data.shape[0]):
            out[i] = data[i] + data[i] * 5 + 4
        return out
    return expr

def make_heavy(parallel):
    @njit(parallel=parallel)
    def heavy(a, b):
        out = np.empty_like(a)
        for i in prange(a.shape[0]):
            out[i] = 2 * np.sin(a[i]) ** 2 + np.cos(b[i]) * a[i] - np.sqrt(np.abs(b[i])) / (1 + a[i] * a[i])
        return out
    return heavy

@njit
def suffix_serial(x):
    out = np.empty_like(x)
    r = 0.0
    for i in range(x.shape[0] - 1, -1, -1):
        out[i] = r
        r += x[i]
    return out

@njit(parallel=True)
def suffix_parallel(x):
    n = x.shape[0]
    chunks = 64
    size = (n + chunks - 1) // chunks
    totals = np.zeros(chunks)
    for c in prange(chunks):
        s = 0.0
        for i in range(min(n, (c + 1) * size) - 1, c * size - 1, -1):
            s += x[i]
        totals[c] = s
    carry = np.zeros(chunks)
    for c in range(chunks - 2, -1, -1):
        carry[c] = carry[c + 1] + totals[c + 1]
    out = np.empty_like(x)
    for c in prange(chunks):
        r = carry[c]
        for i in range(min(n, (c + 1) * size) - 1, c * size - 1, -1):
            out[i] = r
            r += x[i]
    return out
'''

CYTHON_SRC = r'''
# cython: boundscheck=False, wraparound=False, cdivision=True, language_level=3
from cython.parallel import prange
import numpy as np

cdef inline int escape(double zr, double zi, double cr, double ci, int max_iter) nogil:
    cdef int n = 0
    cdef double t
    while n < max_iter and zr * zr + zi * zi < 4.0:
        t = (zr * zr - zi * zi) + cr
        zi = 2.0 * zr * zi + ci
        zr = t
        n += 1
    return n

def julia(int w, int h, double x_min, double x_max, double y_min, double y_max, double cr, double ci, int max_iter):
    out = np.empty(w * h, np.int32)
    cdef int[::1] o = out
    cdef double dx = (x_max - x_min) / w, dy = (y_max - y_min) / h
    cdef int i, j
    for j in prange(h, nogil=True, schedule="guided"):
        for i in range(w):
            o[j * w + i] = escape(x_min + i * dx, y_max - j * dy, cr, ci, max_iter)
    return out
'''


def build_cython(tmp):
    """Compiles the Cython prange Julia with -fopenmp; returns the module or a reason."""
    with open(os.path.join(tmp, "kn_peer_cy.pyx"), "w") as f:
        f.write(CYTHON_SRC)
    setup = (
        "from setuptools import setup, Extension\nfrom Cython.Build import cythonize\nimport numpy\n"
        "setup(ext_modules=cythonize([Extension('kn_peer_cy', ['kn_peer_cy.pyx'], include_dirs=[numpy.get_include()],"
        " extra_compile_args=['-O3', '-fopenmp', '-ffp-contract=off'], extra_link_args=['-fopenmp'])], quiet=True))\n")
    with open(os.path.join(tmp, "setup.py"), "w") as f:
        f.write(setup)
    r = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=tmp, capture_output=True, text=True)
    if r.returncode != 0:
        return None, "Cython build failed: " + (r.stderr.strip().splitlines() or ["?"])[-1]
    sys.path.insert(0, tmp)
    import kn_peer_cy  # noqa: E402
    return kn_peer_cy, None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="sizes up to 1e7 and 3 repeats")
    ap.add_argument("--json", action="store_true", help="JSON rows on stdout")
    ap.add_argument("--repeats", type=int, default=0)
    ap.add_argument("--kernel", help="only these kernels (comma list: julia, norm_square_f64, expr_simple, "
                    "expr_heavy, suffix_sums)")
    args = ap.parse_args()
    only = set(args.kernel.split(",")) if args.kernel else None
    repeats = args.repeats or (3 if args.quick else 5)
    sizes = [10**6, 10**7] if args.quick else [10**6, 10**7, 10**8]
    threads = len(os.sched_getaffinity(0))
    rows, notes = [], []

    def add(kernel, size, impl, fn, check):
        if only and kernel not in only:
            return
        try:
            value, times = timed(fn, repeats)
        except Exception as e:  # a peer that fails is reported, not fatal
            notes.append(f"{impl} {kernel} n={size}: {type(e).__name__}: {e}")
            return
        ok, shown = check(value)
        rows.append(dict(kernel=kernel, size=size, impl=impl, median_ms=statistics.median(times) * 1e3,
                         min_ms=min(times) * 1e3, max_ms=max(times) * 1e3, value=shown, check="ok" if ok else "MISMATCH"))
        if not args.json:
            r = rows[-1]
            print(f"{kernel:<16} {size:>10} {impl:<22} {r['median_ms']:10.2f} {r['min_ms']:10.2f} {r['max_ms']:10.2f}  {r['check']}",
                  flush=True)

    if not args.json:
        print(f"peers on {threads} cores, python {sys.version.split()[0]}, numpy {np.__version__}")
        print(f"{'kernel':<16} {'size':>10} {'impl':<22} {'median ms':>10} {'min ms':>10} {'max ms':>10}  check")

    julia_check = lambda v: (int(v) == JULIA_GOLDEN, int(v))
    p = JULIA
    jargs = (1000, 1000, p["x_min"], p["x_max"], p["y_min"], p["y_max"], p["c_re"], p["c_im"], p["max_iter"])
    add("julia", 1000, "numpy", lambda: julia_numpy(1000, 1000), julia_check)

    nb = None
    try:
        import numba  # noqa: F401
        nb = {}
        exec(NUMBA_SRC, nb)
        os.environ.setdefault("NUMBA_NUM_THREADS", str(threads))
    except ImportError as e:
        notes.append(f"numba rows skipped: {e}")
    if nb:
        for par, name in ((False, "numba"), (True, "numba-parallel")):
            f = nb["make_julia"](par)
            add("julia", 1000, name, lambda f=f: int(f(*jargs).sum()), julia_check)
    with tempfile.TemporaryDirectory() as tmp:
        cy, why = build_cython(tmp) if not only or "julia" in only else (None, None)
        if cy:
            add("julia", 1000, "cython-prange", lambda: int(cy.julia(*jargs).sum()), julia_check)
        elif why:
            notes.append(why)

    try:
        import numexpr as ne
    except ImportError as e:
        ne = None
        notes.append(f"numexpr rows skipped: {e}")

    for n in sizes:
        x = np.arange(n, dtype=np.float64)
        exact_norm = (n - 1) * n * (2 * n - 1) // 6
        # A naive sequential sum of n squares may be off by up to about n ulps.
        norm_check = lambda v, e=exact_norm, tol=max(1e-12, n * 2.3e-16): (abs(v - e) <= tol * e, float(v))
        add("norm_square_f64", n, "numpy-dot", lambda: float(np.dot(x, x)), norm_check)
        expr_sum = 3 * n * (n - 1) + 4 * n
        expr_check = lambda v, e=expr_sum: (v == e, v)
        add("expr_simple", n, "numpy", lambda: float((x + x * 5 + 4).sum()), expr_check)
        if ne:
            for t, name in ((1, "numexpr-1t"), (threads, "numexpr")):
                def run(t=t):
                    ne.set_num_threads(t)
                    return float(ne.evaluate("data + data * 5 + 4", local_dict={"data": x}).sum())
                add("expr_simple", n, name, run, expr_check)
        suffix_check = lambda v, e=n * (n - 1) // 2: (v == e, v)
        add("suffix_sums", n, "numpy", lambda: float(suffix_numpy(x)[0]), suffix_check)
        if nb:
            for par, name in ((False, "numba"), (True, "numba-parallel")):
                add("norm_square_f64", n, name, lambda f=nb["make_norm"](par): float(f(x)), norm_check)
                add("expr_simple", n, name, lambda f=nb["make_expr"](par): float(f(x).sum()), expr_check)
            add("suffix_sums", n, "numba", lambda: float(nb["suffix_serial"](x)[0]), suffix_check)
            add("suffix_sums", n, "numba-parallel", lambda: float(nb["suffix_parallel"](x)[0]), suffix_check)
        del x
        if only and "expr_heavy" not in only:
            continue
        a, b = uniform(n, -10, 10, n), uniform(n, -10, 10, n + 1)
        heavy = heavy_numpy(a, b)
        heavy_check = lambda v, e=float(heavy.sum()), t=(n + 256) * 2.0**-53 * float(np.abs(heavy).sum()): (
            abs(v - e) <= t, v)
        add("expr_heavy", n, "numpy", lambda: float(heavy_numpy(a, b).sum()), heavy_check)
        if ne:
            for t, name in ((1, "numexpr-1t"), (threads, "numexpr")):
                def run(t=t):
                    ne.set_num_threads(t)
                    return float(ne.evaluate(HEAVY, local_dict={"a": a, "b": b}).sum())
                add("expr_heavy", n, name, run, heavy_check)
        if nb:
            for par, name in ((False, "numba"), (True, "numba-parallel")):
                add("expr_heavy", n, name, lambda f=nb["make_heavy"](par): float(f(a, b).sum()), heavy_check)
        del a, b, heavy

    if args.json:
        json.dump(dict(threads=threads, python=sys.version.split()[0], rows=rows, notes=notes), sys.stdout, indent=1)
        print()
    else:
        for note in notes:
            print("note:", note)
    return 1 if any(r["check"] != "ok" for r in rows) else 0


def suffix_numpy(x):
    """Exclusive suffix sums, as a numpy user writes them."""
    out = np.empty_like(x)
    out[:-1] = np.cumsum(x[:0:-1])[::-1]
    out[-1] = 0.0
    return out


if __name__ == "__main__":
    sys.exit(main())
