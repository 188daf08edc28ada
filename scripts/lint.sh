#!/bin/sh
# Static analysis as CI runs it: cppcheck and clang-tidy (the check set in
# .clang-tidy) over the library and tools; exits non-zero on any finding.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build/lint}
cmake -S . -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
  -DKERNELS_WITH_CUDA=OFF -DKERNELS_BUILD_TESTS=OFF >/dev/null
# The embedded OpenCL sources are generated headers that opencl.c and
# opencl_expr.c include: make them, without building anything else.
cmake --build "$build" --target kernels_opencl_embed >/dev/null
cppcheck -q --error-exitcode=1 --enable=warning,performance,portability --inline-suppr --std=c11 \
  -D__GNUC__ -DKN_HAVE_SIMD -DKN_HAVE_OMP -DKN_HAVE_OPENCL -Iinclude src/core src/scalar src/omp src/gpu/opencl src/gpu/device_drivers.c src/mpi tools bench
files=$(find src/core src/scalar src/omp src/gpu/opencl src/gpu/device_drivers.c src/mpi tools bench -name '*.c' | sort)
clang-tidy -p "$build" --quiet $files
echo "lint: cppcheck and clang-tidy clean"
