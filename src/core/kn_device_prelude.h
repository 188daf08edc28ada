/* What every header of the device math (kn_device_math.h, expr_ops.h,
 * kn_sleef.h) needs in each of the three languages it compiles as: C, CUDA
 * and OpenCL C (where the build puts this file's text first in every
 * program, since OpenCL programs have no include path).
 *
 * KN_DEVICE marks functions the CUDA device code calls (__host__ __device__;
 * nothing elsewhere); KN_GLOBAL marks pointers that a device kernel passes
 * from its buffers (OpenCL's __global address space; nothing elsewhere).
 * Nothing is compiled with FP contraction: C and C++ with
 * -ffp-contract=off, CUDA with --fmad=false, OpenCL with FP_CONTRACT OFF. */
#ifndef KN_CORE_DEVICE_PRELUDE_H
#define KN_CORE_DEVICE_PRELUDE_H

#ifdef __OPENCL_VERSION__
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
#pragma OPENCL FP_CONTRACT OFF
typedef int int32_t;
typedef uint uint32_t;
typedef long int64_t;
typedef ulong uint64_t;
#define UINT64_MAX ULONG_MAX
#define INT64_MAX LONG_MAX
#define KN_DEVICE
#define KN_GLOBAL __global
#else
#include <math.h>
#include <stdint.h>
#include <string.h>
#ifdef __CUDACC__
#define KN_DEVICE __host__ __device__
#else
#define KN_DEVICE
#endif
#define KN_GLOBAL
#endif

#endif
