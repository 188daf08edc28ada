#!/usr/bin/env python3
"""One table of libkernels backends and the Python peers, from the same run.

    python3 bench/peers/report.py --bench build/release/bench/kernels-bench [--quick]
    python3 bench/peers/report.py --bench-json bench.json --peers-json peers.json

Runs (or reads) `kernels-bench --json` and `peers.py --json` on the shared
workloads (Julia 1000x1000/300, norm-square, data + data*5 + 4, the heavy
transcendental expression, suffix sums) and prints a markdown table per workload: every implementation's
median time, its speed relative to the fastest, and its check status.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# kernels-bench kernel name -> (peers kernel name, how sizes compare)
SHARED = {"julia": "julia", "norm_square_f64": "norm_square_f64", "expr_simple": "expr_simple", "expr_heavy": "expr_heavy",
          "suffix_sums": "suffix_sums"}


def run_json(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode not in (0, 1) or not r.stdout.strip():
        sys.exit(f"report: {' '.join(cmd)} failed ({r.returncode}): {r.stderr.strip()[-400:]}")
    return json.loads(r.stdout)


def bench_size(row):
    # Julia rows are "WxH/iter"; the shared workload is the 1000x1000 grid.
    if row["kernel"] == "julia":
        return 1000 if str(row["size"]).startswith("1000x1000/300") else None
    return row.get("size_value")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", help="path of kernels-bench to run")
    ap.add_argument("--bench-json", help="kernels-bench --json output to read instead")
    ap.add_argument("--peers-json", help="peers.py --json output to read instead")
    ap.add_argument("--quick", action="store_true", help="sizes up to 1e7")
    args = ap.parse_args()
    if not (args.bench or args.bench_json):
        ap.error("give --bench or --bench-json")

    sizes = "1000000,10000000" if args.quick else "1000000,10000000,100000000"
    if args.bench_json:
        bench = json.load(open(args.bench_json))
    else:
        kernels = "norm_square_f64,expr,suffix_sums"
        bench = run_json([args.bench, "--json", "--kernel", kernels, "--size", sizes] + (["--quick"] if args.quick else []))
        jul = run_json([args.bench, "--json", "--no-probe", "--kernel", "julia", "--size", "1000"])
        bench["results"] += jul["results"]
    peers = json.load(open(args.peers_json)) if args.peers_json else run_json(
        [sys.executable, os.path.join(HERE, "peers.py"), "--json"] + (["--quick"] if args.quick else []))

    table = {}
    for r in bench["results"]:
        size = bench_size(r)
        if r["kernel"] not in SHARED or size is None or r.get("check") == "n/a":
            continue
        name = r["backend"] if r.get("baseline") else "libkernels " + r["backend"]
        table.setdefault((r["kernel"], size), []).append((name, r["median_ms"], r["check"]))
    for r in peers["rows"]:
        key = (r["kernel"], r["size"])
        if key in table:
            table[key].append((r["impl"], r["median_ms"], r["check"]))

    m = bench.get("machine", {})
    print(f"# libkernels vs numpy / numba / numexpr / Cython\n")
    print(f"{m.get('cpu', '?')}, {m.get('cores', '?')} cores, {m.get('date', '')}; python {peers.get('python')}, "
          f"peers use {peers.get('threads')} threads when parallel. Median of repeats; 'x fastest' = median / best median.\n")
    for (kernel, size), rows in sorted(table.items()):
        rows.sort(key=lambda x: x[1])
        best = rows[0][1] or 1e-9
        label = "1000x1000/300" if kernel == "julia" else f"n = {size:.0e}".replace("e+0", "e")
        print(f"## {kernel}, {label}\n")
        print("| implementation | median ms | x fastest | check |\n|---|---:|---:|---|")
        for name, ms, check in rows:
            print(f"| {name} | {ms:.3f} | {ms / best:.2f} | {check} |")
        print()
    for note in peers.get("notes", []):
        print(f"note: {note}")
    bad = [r for rows in table.values() for r in rows if r[2] in ("MISMATCH", "FAIL", "mismatch")]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
