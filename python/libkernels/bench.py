"""python -m libkernels.bench [--quick] [--expr-only] [--repeats R] [--json FILE]

Times libkernels (default context, as KERNELS_BACKEND selects) against
numpy, numexpr and numba (each where installed) in one process on the same
arrays: the workloads of bench/peers/peers.py (data + data*5 + 4 and
norm-square and suffix sums at 1e6 and 1e7, Julia 1000x1000/300; the
expression also into an existing array with out=), then the per-call
overhead on a one-element array. libkernels' new results come from its
memory pool (libkernels.memory_pool(): a freed result's pages are reused
by the next, as CuPy and PyTorch do), so the expression also has a row
"libkernels fresh" with the pool off, whose result pays its page faults as
numpy's and numexpr's do. The last column is each time divided by
libkernels' on the same row group (above 1: libkernels is faster). numexpr and numba use every core
of the process's affinity mask. Medians over the repeats, after a warm-up
call; every result is checked against libkernels' (Julia against the
golden sum).
"""
import argparse
import json
import os
import statistics
import sys
import time
import timeit

import numpy as np

import libkernels

JULIA_GOLDEN = 33219980  # tests/goldens.h KN_GOLDEN_JULIA_SUM

NUMBA_SRC = '''
import numpy as np
from numba import njit, prange

@njit
def escape(zr, zi, cr, ci, max_iter):
    n = 0
    while n < max_iter and zr * zr + zi * zi < 4.0:
        t = (zr * zr - zi * zi) + cr
        zi = 2.0 * zr * zi + ci
        zr = t
        n += 1
    return n

@njit(parallel=True)
def julia(w, h, x_min, x_max, y_min, y_max, cr, ci, max_iter):
    out = np.empty(w * h, np.int32)
    dx = (x_max - x_min) / w
    dy = (y_max - y_min) / h
    for j in prange(h):
        zi = y_max - j * dy
        for i in range(w):
            out[j * w + i] = escape(x_min + i * dx, zi, cr, ci, max_iter)
    return out

@njit(parallel=True)
def norm(x):
    s = 0.0
    for i in prange(x.shape[0]):
        s += x[i] * x[i]
    return s

@njit(parallel=True)
def expr(data):
    out = np.empty_like(data)
    for i in prange(data.shape[0]):
        out[i] = data[i] + data[i] * 5 + 4
    return out

@njit
def suffix(x):
    out = np.empty_like(x)
    r = 0.0
    for i in range(x.shape[0] - 1, -1, -1):
        out[i] = r
        r += x[i]
    return out
'''


def timed(fn, repeats):
    value = fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return value, statistics.median(times)


def per_call(fn):
    """Seconds per call of a fast function: the best of 5 runs of many calls."""
    number = 20000
    return min(timeit.repeat(fn, number=number, repeat=5)) / number


def suffix_numpy(x):
    out = np.empty_like(x)
    out[:-1] = np.cumsum(x[:0:-1])[::-1]
    out[-1] = 0.0
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="1e6 only, 3 repeats")
    ap.add_argument("--expr-only", action="store_true", help="only the expression rows and the call overheads")
    ap.add_argument("--repeats", type=int, default=0, help="timed calls per row (default 5, --quick 3)")
    ap.add_argument("--json", metavar="FILE", help="also write the rows as JSON to FILE")
    args = ap.parse_args(argv)
    repeats = args.repeats or (3 if args.quick else 5)
    sizes = [10**6] if args.quick else [10**6, 10**7]
    threads = len(os.sched_getaffinity(0))
    peers = {"numpy": np.__version__}
    try:
        import numexpr as ne
        ne.set_num_threads(threads)
        peers["numexpr"] = ne.__version__
    except ImportError:
        ne = None
    nb = None
    try:
        import numba
        nb = {}
        exec(NUMBA_SRC, nb)
        peers["numba"] = numba.__version__
    except ImportError:
        pass

    rows = []
    print(f"libkernels {libkernels.__version__} (backend {libkernels.default_backend()}), {threads} threads for peers, "
          + ", ".join(f"{k} {v}" for k, v in peers.items()))
    pool = libkernels.memory_pool()
    print(f"libkernels' results come from its memory pool (limit {pool.limit >> 20} MiB; "
          f"results under {libkernels.POOL_MIN_BYTES >> 10} KiB from numpy); 'libkernels fresh': pool off")
    print(f"{'workload':<28} {'size':>9} {'impl':<16} {'median':>12} {'/ libkernels':>14}  check")

    def row(workload, size, impl, fn, same, unit="ms"):
        value, t = timed(fn, repeats) if unit == "ms" else (fn(), per_call(fn))
        base = next((r for r in rows if r["workload"] == workload and r["size"] == size), None)
        ok = bool(same(value))
        rows.append(dict(workload=workload, size=size, impl=impl, seconds=t, check="ok" if ok else "MISMATCH"))
        shown = f"{t * 1e3:9.3f} ms" if unit == "ms" else f"{t * 1e6:9.2f} us"
        ratio = f"{t / base['seconds']:13.2f}x" if base else f"{'':>14}"
        print(f"{workload:<28} {size:>9} {impl:<16} {shown:>12} {ratio}  {rows[-1]['check']}", flush=True)

    for n in sizes:
        data = np.arange(n, dtype=np.float64)
        names = {"data": data}  # a lambda's frame does not see the loop's variables
        ref = libkernels.evaluate("data + data * 5 + 4", names)
        equal = lambda v, r=ref: np.array_equal(v, r)
        row("data + data*5 + 4", n, "libkernels", lambda: libkernels.evaluate("data + data * 5 + 4", names), equal)
        limit = libkernels.memory_pool().limit
        libkernels.set_memory_pool_limit(0)
        row("data + data*5 + 4", n, "libkernels fresh", lambda: libkernels.evaluate("data + data * 5 + 4", names),
            equal)
        libkernels.set_memory_pool_limit(limit)
        row("data + data*5 + 4", n, "numpy", lambda: data + data * 5 + 4, equal)
        if ne:
            row("data + data*5 + 4", n, "numexpr", lambda: ne.evaluate("data + data * 5 + 4", names), equal)
        if nb:
            row("data + data*5 + 4", n, "numba parallel", lambda: nb["expr"](data), equal)
        # Into an existing array: without the kernel zeroing the fresh pages
        # of a new result (a write pass as long as the kernel's own).
        out = np.empty_like(data)
        row("data + data*5 + 4, out=", n, "libkernels",
            lambda: libkernels.evaluate("data + data * 5 + 4", names, out=out), equal)
        if ne:
            row("data + data*5 + 4, out=", n, "numexpr", lambda: ne.evaluate("data + data * 5 + 4", names, out=out),
                equal)
        if args.expr_only:
            continue
        nrm = libkernels.norm_square(data)
        # a sequential or per-thread sum of n squares may be off by about n ulps
        close = lambda v, r=nrm, tol=n * 2.3e-16: abs(v - r) <= tol * r
        row("norm-square f64", n, "libkernels", lambda: libkernels.norm_square(data), close)
        row("norm-square f64", n, "numpy dot", lambda: float(np.dot(data, data)), close)
        if nb:
            row("norm-square f64", n, "numba parallel", lambda: nb["norm"](data), close)
        suf = libkernels.suffix_sums(data)
        near = lambda v, r=suf: np.allclose(v, r, rtol=1e-12)
        row("suffix sums", n, "libkernels", lambda: libkernels.suffix_sums(data), near)
        row("suffix sums", n, "numpy cumsum", lambda: suffix_numpy(data), near)
        if nb:
            row("suffix sums", n, "numba", lambda: nb["suffix"](data), near)

    golden = lambda v: int(v.sum()) == JULIA_GOLDEN
    if not args.expr_only:
        row("julia 1000x1000/300", 10**6, "libkernels", lambda: libkernels.julia(1000, 1000, 300), golden)
    if nb and not args.expr_only:
        jargs = (1000, 1000, -1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, 300)
        row("julia 1000x1000/300", 10**6, "numba parallel", lambda: nb["julia"](*jargs), golden)

    a = np.ones(1)
    names = {"a": a}
    one = lambda v: v.shape == (1,) and v[0] == 10.0
    row("call overhead: a+a*5+4", 1, "libkernels", lambda: libkernels.evaluate("a + a * 5 + 4", names), one, unit="us")
    row("call overhead: a+a*5+4", 1, "numpy", lambda: a + a * 5 + 4, one, unit="us")
    if ne:
        row("call overhead: a+a*5+4", 1, "numexpr", lambda: ne.evaluate("a + a * 5 + 4", names), one, unit="us")
    params = {"a": a, "k": 5.0, "c": 4}
    row("call overhead: a+a*k+c", 1, "libkernels", lambda: libkernels.evaluate("a + a * k + c", params), one,
        unit="us")
    if ne:
        row("call overhead: a+a*k+c", 1, "numexpr", lambda: ne.evaluate("a + a * k + c", params), one, unit="us")
    row("call overhead: norm-sq", 1, "libkernels", lambda: libkernels.norm_square(a), lambda v: v == 1.0, unit="us")
    row("call overhead: norm-sq", 1, "numpy dot", lambda: float(np.dot(a, a)), lambda v: v == 1.0, unit="us")

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(dict(backend=libkernels.default_backend(), threads=threads, peers=peers, rows=rows), f, indent=1)
    return 0 if all(r["check"] == "ok" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
