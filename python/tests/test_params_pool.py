"""evaluate's runtime parameters (scalars and 0-d arrays bound with stride
0) and strided inputs read in place, bit for bit as the filled or copied
arrays give; the memory pool of result arrays: reuse, views, the limit,
clearing, threads, out= and every result-making function."""
import gc
import threading

import numpy as np
import pytest

import libkernels


def bits(a):
    return np.ascontiguousarray(a).view(np.uint64)


@pytest.fixture
def pool():
    """A clean pool with the default limit, restored afterwards."""
    limit = libkernels.memory_pool().limit
    gc.collect()
    libkernels.free_memory_pool()
    yield
    libkernels.set_memory_pool_limit(limit)
    gc.collect()
    libkernels.free_memory_pool()


# ------------------------------------------------------------------ parameters
def test_scalars_are_parameters_with_the_bits_of_filled_arrays(backend):
    rng = np.random.default_rng(7)
    for n in (1, 3, 4, 5, 7, 8, 9, 255, 256, 257, 16385, 40000):
        x = rng.uniform(-3, 3, n)
        a, b, c = 2.5, np.float64(-1.25), np.array(0.375)
        got = libkernels.evaluate("a*x + b - sin(c*x)", backend=backend)
        filled = {"x": x, "a": np.full(n, a), "b": np.full(n, b), "c": np.full(n, float(c))}
        want = libkernels.evaluate("a*x + b - sin(c*x)", filled, backend=backend)
        assert np.array_equal(bits(got), bits(want)), (backend, n)


def test_scalars_fill_no_array(monkeypatch):
    def no_fill(*args, **kwargs):
        raise AssertionError("a parameter was filled into an array")
    monkeypatch.setattr(np, "full", no_fill)
    monkeypatch.setattr(np, "full_like", no_fill)
    x = np.arange(5.0)
    k, z = 3, np.array(-2.0)
    assert np.array_equal(libkernels.evaluate("k*x + z"), 3 * np.arange(5.0) - 2)


def test_only_parameters_give_a_zero_dimensional_exact_result(backend):
    a, b = 2.5, np.array(4.0)
    r = libkernels.evaluate("a*b - 1", backend=backend)
    assert r.shape == () and r.dtype == np.float64 and float(r) == 9.0


def test_empty_arrays_with_parameters():
    x, k = np.empty(0), 2.0
    r = libkernels.evaluate("x * k")
    assert r.shape == (0,)


# ------------------------------------------------------------------ strided inputs
def strided_inputs():
    base = np.arange(40.0) * 0.5 - 3
    matrix = np.arange(40.0).reshape(10, 4)
    return {
        "v": base[::3][:10],         # stride 3
        "r": base[29:9:-2],          # stride -2
        "col": matrix[:, 1],         # a column: stride 4
        "b": np.broadcast_to(np.float64(1.5), (10,)),  # stride 0
    }


def test_strided_views_are_read_in_place(backend):
    names = strided_inputs()
    for name, stride in (("v", 3), ("r", -2), ("col", 4), ("b", 0)):
        value, bound = libkernels._bind(name, names[name], None)
        assert value is names[name] and bound == stride
    want = {k: np.ascontiguousarray(v) for k, v in names.items()}
    ex = "v * r - col / 3 + b * v"
    got = libkernels.evaluate(ex, names, backend=backend)
    assert np.array_equal(bits(got), bits(libkernels.evaluate(ex, want, backend=backend)))
    assert np.array_equal(got, want["v"] * want["r"] - want["col"] / 3 + want["b"] * want["v"])


def test_unevenly_spaced_and_unaligned_inputs_are_copied_once():
    m = np.arange(12.0).reshape(3, 4)
    assert np.array_equal(libkernels.evaluate("t + 1", {"t": m.T}), m.T + 1)
    raw = np.zeros(8 * 6 + 1, np.uint8)
    unaligned = raw[1:].view(np.float64)
    unaligned[:] = np.arange(6.0)
    assert unaligned.ctypes.data % 8
    assert np.array_equal(libkernels.evaluate("u * 2", {"u": unaligned}), np.arange(6.0) * 2)
    sliced = np.arange(24.0).reshape(4, 6)[:, ::2]  # rows of strided elements: not one stride
    assert np.array_equal(libkernels.evaluate("s - 1", {"s": sliced}), sliced - 1)


def test_a_strided_input_overlapping_out_is_copied_not_refused():
    x = np.arange(10.0)
    r = libkernels.evaluate("y + 1", {"y": x[::-1]}, out=x)
    assert r is x and np.array_equal(x, np.arange(10.0)[::-1] + 1)


# ------------------------------------------------------------------ the memory pool
# Variables are passed in dicts: reading the caller's frame snapshots its
# locals (before Python 3.13), which would keep the results alive.
N_POOLED = 1 << 15  # 256 KiB of float64: at least POOL_MIN_BYTES
BLOCK = libkernels._pool.block_bytes(N_POOLED * 8)  # whole pages, the result's offset included


def delta(before):
    """The pool's counters since `before` (a PoolStats)."""
    now = libkernels.memory_pool()
    return libkernels.PoolStats(now.limit, *(a - b for a, b in zip(now[1:], before[1:])))


def test_results_start_where_numpy_puts_large_arrays(pool):
    x = np.arange(float(N_POOLED))
    r = libkernels.evaluate("x + 1", {"x": x})
    assert not r.flags.owndata and r.ctypes.data % 4096 == 16


def test_a_freed_result_is_reused(pool):
    assert N_POOLED * 8 >= libkernels.POOL_MIN_BYTES
    x = np.arange(float(N_POOLED))
    before = libkernels.memory_pool()
    r = libkernels.evaluate("x * 2", {"x": x})
    addr = r.ctypes.data
    assert not r.flags.owndata
    d = delta(before)
    assert (d.in_use_bytes, d.kept_bytes, d.misses) == (BLOCK, 0, 1)
    del r
    d = delta(before)
    assert (d.in_use_bytes, d.kept_bytes, d.kept_blocks) == (0, BLOCK, 1)
    r2 = libkernels.evaluate("x * 3", {"x": x})
    assert r2.ctypes.data == addr and np.array_equal(r2, x * 3)
    assert delta(before).hits == 1


def test_a_view_keeps_its_block(pool):
    x = np.arange(float(N_POOLED))
    before = libkernels.memory_pool()
    r = libkernels.evaluate("x + 1", {"x": x})
    view = r.reshape(-1, 8)[::2, 1:3]
    addr = r.ctypes.data
    del r
    assert delta(before).in_use_bytes == BLOCK
    other = libkernels.evaluate("x * 0", {"x": x})
    assert other.ctypes.data != addr
    same = np.array_equal(view, (x + 1).reshape(-1, 8)[::2, 1:3])
    assert same
    del view
    assert delta(before).kept_blocks == 1


def test_small_results_do_not_use_the_pool(pool):
    x = np.arange(4.0)
    before = libkernels.memory_pool()
    r = libkernels.evaluate("x + 1", {"x": x})
    assert r.flags.owndata
    d = delta(before)
    assert d.hits == d.misses == d.bypassed == 0


def test_the_limit_is_respected(pool):
    gc.collect()
    before = libkernels.memory_pool()
    libkernels.set_memory_pool_limit(before.in_use_bytes + 3 * BLOCK)
    x = np.arange(float(N_POOLED))
    results = [libkernels.evaluate("x + k", {"x": x, "k": float(k)}) for k in range(5)]
    d = delta(before)
    assert d.in_use_bytes == 3 * BLOCK and d.bypassed == 2
    assert [r.flags.owndata for r in results] == [False, False, False, True, True]
    for k, r in enumerate(results):
        assert np.array_equal(r, x + k)
    del results
    s = libkernels.memory_pool()
    assert s.in_use_bytes == before.in_use_bytes and s.in_use_bytes + s.kept_bytes <= s.limit
    libkernels.set_memory_pool_limit(before.in_use_bytes + BLOCK)
    assert libkernels.memory_pool().kept_bytes == BLOCK
    libkernels.set_memory_pool_limit(0)
    assert libkernels.memory_pool().kept_bytes == 0
    assert libkernels.evaluate("x * 2", {"x": x}).flags.owndata


def test_a_bigger_result_evicts_kept_blocks(pool):
    gc.collect()
    before = libkernels.memory_pool()
    libkernels.set_memory_pool_limit(before.in_use_bytes + 4 * BLOCK)
    x = np.arange(float(N_POOLED))
    small = [libkernels.evaluate("x + k", {"x": x, "k": float(k)}) for k in range(3)]
    del small
    assert delta(before).kept_blocks == 3
    big = np.arange(float(3 * N_POOLED))
    r = libkernels.evaluate("big * 2", {"big": big})
    d = delta(before)
    assert not r.flags.owndata and d.kept_blocks == 1
    assert d.in_use_bytes == libkernels._pool.block_bytes(3 * N_POOLED * 8)


def test_arrays_outlive_the_pools_clearing(pool):
    x = np.arange(float(N_POOLED))
    before = libkernels.memory_pool()
    r = libkernels.evaluate("x * 5", {"x": x})
    libkernels.free_memory_pool()
    libkernels.set_memory_pool_limit(0)
    r += 1
    assert np.array_equal(r, x * 5 + 1)
    del r
    s = libkernels.memory_pool()
    assert s.in_use_bytes == before.in_use_bytes and s.kept_bytes == 0


def test_out_bypasses_the_pool(pool):
    x = np.arange(float(N_POOLED))
    out = np.empty_like(x)
    before = libkernels.memory_pool()
    assert libkernels.evaluate("x - 1", {"x": x}, out=out) is out
    assert libkernels.suffix_sums(x, out=out) is out
    d = delta(before)
    assert d.hits == d.misses == d.bypassed == 0


def test_every_result_maker_uses_the_pool(pool):
    x = np.arange(float(N_POOLED))
    before = libkernels.memory_pool()
    made = [libkernels.evaluate("x", {"x": x}), libkernels.suffix_sums(x), libkernels.prefix_sums(x),
            libkernels.julia(256, 256, 10), libkernels.julia_points(np.zeros((256, 256), complex), 0.3, 10)]
    assert [m.flags.owndata for m in made] == [False] * 5
    assert delta(before).misses == 5
    assert np.array_equal(made[2], np.cumsum(x))
    assert made[3].dtype == np.int32 and made[3].shape == (256, 256)


def test_many_threads_share_the_pool(pool):
    x = np.arange(float(N_POOLED))
    gc.collect()
    before = libkernels.memory_pool()
    errors = []

    def work(seed):
        try:
            for i in range(60):
                k = float(seed * 1000 + i)
                r = libkernels.evaluate("x + k", {"x": x, "k": k})
                if not np.array_equal(r, x + k):
                    errors.append((seed, i))
                if i % 3 == 0:
                    gc.collect(0)
        except Exception as e:  # noqa: BLE001  (reported below)
            errors.append(e)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    gc.collect()
    d = delta(before)
    assert d.in_use_bytes == 0 and d.hits > 0 and d.hits + d.misses == 8 * 60
    s = libkernels.memory_pool()
    assert s.in_use_bytes + s.kept_bytes <= s.limit


@pytest.mark.parametrize("limit", [-1, 1.5, True, "1"])
def test_bad_limits(limit):
    with pytest.raises(ValueError, match=r"^set_memory_pool_limit: limit must be an int >= 0"):
        libkernels.set_memory_pool_limit(limit)
