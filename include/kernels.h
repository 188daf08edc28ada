/*
 * libkernels -- numerical kernels with one C API and run-time selected
 * backends (scalar, simd, omp, opencl, cuda), every backend verified against
 * golden checksums.
 *
 * Conventions for every function below
 * ------------------------------------
 *  - The return value is a kn_status; results go through out-parameters.
 *    On failure kn_last_error() returns a sentence naming the bad argument
 *    or value, out-parameters are left untouched unless stated otherwise,
 *    and no state is left behind that a later call could trip on.
 *  - `ctx` may be NULL: the process-wide default context is then used. It
 *    is created on first use (thread-safely) from KERNELS_BACKEND; if that
 *    variable names no usable backend, every call with ctx == NULL fails
 *    with the same status and message until the process restarts.
 *  - n == 0 is valid and does nothing (sums are 0).
 *  - Arrays and result pointers must be aligned for their type, as C
 *    requires (_Alignof: 8 bytes for double, int64_t, kn_layer,
 *    kn_julia_params and pointers on 64-bit ABIs, 4 for int32_t); an array
 *    starting a whole number of elements into another is fine. The kernels
 *    check it: a misaligned one gives KN_ERR_INVALID_ARG, e.g.
 *    "kn_norm_square_f64: x is not aligned to 8 bytes (address 0x...)".
 *  - The library never prints (except one line on stderr per context when
 *    KERNELS_VERBOSE=1), never calls exit/abort, never writes outside the
 *    caller's buffers, and leaves signal handling as it found it (see
 *    kn_ctx_create), and the calling thread's OpenMP settings too (the
 *    omp backend hands out its units itself and sets no OpenMP setting).
 *  - Every kernel may be called from several threads at once, on the same
 *    or on different contexts.
 *
 * Reproducibility
 * ---------------
 * Integer results (Julia counts, firewall answers, int64 norm-squares) are
 * exact and identical on every backend, SIMD target and thread count.
 * Double sums follow the canonical orders documented at
 * kn_norm_square_f64() and kn_suffix_sums_f64(); every backend reproduces
 * them bit for bit, so double results are identical everywhere too. No
 * code contracts a*b + c into a fused multiply-add implicitly anywhere; the
 * only fma() calls are explicit ones inside the canonical math of the
 * expression transcendentals (SLEEF's finz algorithms, see kn_expr_eval),
 * each one correctly rounded IEEE operation, the same on every CPU and GPU.
 *
 * The header is C99 and uses no C++ types; it is usable from C, C++ and any
 * FFI (ctypes, cffi).
 */
#ifndef KERNELS_H
#define KERNELS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The library is built with hidden symbols; only what this header declares
 * is exported. */
#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility push(default)
#endif

#define KN_VERSION_MAJOR 0
#define KN_VERSION_MINOR 1
#define KN_VERSION_PATCH 0

/* ------------------------------------------------------------------ */
/* Status and errors                                                   */
/* ------------------------------------------------------------------ */

typedef enum {
    KN_OK = 0,
    KN_ERR_INVALID_ARG,  /* a NULL pointer, bad size or bad parameter     */
    KN_ERR_UNAVAILABLE,  /* the backend asked for is not built or usable  */
    KN_ERR_NO_MEMORY,    /* an allocation failed; nothing was changed     */
    KN_ERR_PARSE,        /* malformed firewall text or expression         */
    KN_ERR_OVERFLOW,     /* an exact integer result does not fit int64    */
    KN_ERR_NOT_FOUND,    /* the search found no answer in its range       */
    KN_ERR_DEVICE,       /* an OpenCL/CUDA runtime call failed            */
    KN_ERR_LIMIT         /* a work budget ran out before an answer        */
} kn_status;

/* Short constant name of a status ("KN_OK", "KN_ERR_PARSE", ...);
 * "unknown status" for values outside the enum. Never NULL. */
const char *kn_status_str(kn_status s);

/* The sentence describing this thread's most recent failure, e.g.
 * "kn_julia: p->width must be positive (got -3)". Empty string if no call
 * on this thread has failed yet. Never NULL; valid until the next libkernels
 * call on the same thread. Successful calls do not clear it. */
const char *kn_last_error(void);

/* ------------------------------------------------------------------ */
/* Backends                                                            */
/* ------------------------------------------------------------------ */

typedef enum {
    KN_AUTO = 0,  /* the best available backend, or KERNELS_BACKEND's choice */
    KN_SCALAR,    /* portable C; the reference every backend is compared with */
    KN_SIMD,      /* Google Highway, best SIMD target of the running CPU      */
    KN_OMP,       /* OpenMP threads over chunks, each chunk run by SIMD code  */
    KN_OPENCL,    /* OpenCL 1.2+ device (GPU, or CPU through PoCL)            */
    KN_CUDA       /* NVIDIA GPU through CUDA                                  */
} kn_backend;

#define KN_BACKEND_COUNT 6

/* "auto", "scalar", "simd", "omp", "opencl", "cuda"; "unknown" otherwise. */
const char *kn_backend_name(kn_backend b);

/* Maps a name to its enum: auto, scalar, simd, omp, opencl, cuda, in any
 * case, white space around it ignored (the same parser as KERNELS_BACKEND's).
 * KERNELS_BACKEND's "gpu" stands for two backends (cuda, then opencl, each
 * only on a GPU), so it is not accepted here.
 * Errors: KN_ERR_INVALID_ARG if name or out is NULL, the name is "gpu" (the
 * message says why) or unknown (the message lists the valid names). */
kn_status kn_backend_from_name(const char *name, kn_backend *out);

/* 1 if backend b is built into this library and usable on this machine
 * (for GPU backends: a device was found), 0 otherwise. KN_AUTO: 1 if
 * kn_ctx_create(KN_AUTO) would now find a usable backend (KERNELS_BACKEND
 * included), 0 if it would fail. kn_last_error() is left as it was. */
int kn_backend_available(kn_backend b);

/* One line describing the backend, e.g. "scalar: portable C reference",
 * "simd: AVX3_SPR", or, for an unavailable one, why it is unavailable
 * ("cuda: not built (configure with -DKERNELS_WITH_CUDA=ON)"). Never NULL;
 * valid until this thread's next kn_backend_info() call. KN_AUTO describes
 * the backend kn_ctx_create(KN_AUTO) would pick now (KERNELS_BACKEND
 * included) or, if it would fail, why (its message without the
 * "kn_ctx_create: " prefix). The omp line describes what a context made
 * now would use (threads, schedule, or why KERNELS_NUM_THREADS or
 * KERNELS_SCHEDULE is invalid). kn_last_error() is left as it was. */
const char *kn_backend_info(kn_backend b);

/* ------------------------------------------------------------------ */
/* Contexts                                                            */
/* ------------------------------------------------------------------ */

typedef struct kn_ctx kn_ctx; /* opaque; NULL means the process default */

/* Creates a context bound to backend b. With KN_AUTO the choice comes from
 * KERNELS_BACKEND (a name or a comma list; see README) or, if unset or
 * "auto", the best available backend: cuda or OpenCL on a GPU, else omp,
 * simd, scalar. Whether OpenCL has a GPU is first read from the OpenCL
 * vendor files (as the ICD loader reads them: /etc/OpenCL/vendors,
 * OCL_ICD_VENDORS, OPENCL_VENDOR_PATH; a set OCL_ICD_FILENAMES counts as a
 * possible GPU driver); when they list only CPU drivers (PoCL) none is
 * loaded.
 * Signals: libkernels never changes the signal dispositions or a thread's
 * alternate signal stack. OpenCL drivers may (PoCL's LLVM installs handlers
 * for SIGSEGV, SIGFPE, SIGINT, SIGTERM and more, and an alternate stack), so
 * both are saved before every call that may start a driver (device
 * discovery, context creation, program builds) and put back after it. What
 * remains is the driver's own: the threads it starts (PoCL's workers), the
 * memory it keeps, and LLVM's belief that its handlers are installed. The
 * restore is process-wide: a disposition another thread changes while such
 * a call runs is put back too, so change signal handling before using an
 * OpenCL context, not concurrently with one.
 * Errors (every message starts with "kn_ctx_create: "): KN_ERR_INVALID_ARG
 * (ctx NULL, b out of range, KERNELS_BACKEND names an unknown backend --
 * the message lists the valid names), KN_ERR_UNAVAILABLE (the requested
 * backend, or every backend in the list, is not built or not usable here --
 * the message says why), KN_ERR_NO_MEMORY, KN_ERR_DEVICE (a GPU runtime
 * failed). On failure *ctx is set to NULL. */
kn_status kn_ctx_create(kn_ctx **ctx, kn_backend b);

/* Frees a context; NULL is a no-op. The context must not be in use by
 * another thread. Destroying a context twice, or using it afterwards, is
 * undefined behaviour, like calling free() twice. */
void kn_ctx_destroy(kn_ctx *ctx);

/* The backend a context runs (never KN_AUTO). ctx NULL: the default
 * context's backend, or KN_AUTO if the default context cannot be made. */
kn_backend kn_ctx_backend(const kn_ctx *ctx);

/* ------------------------------------------------------------------ */
/* Julia set                                                           */
/* ------------------------------------------------------------------ */

typedef struct {
    double x_min, x_max, y_min, y_max; /* the rectangle of the plane      */
    double c_re, c_im;                 /* the constant c                  */
    int32_t width, height;             /* grid columns and rows, >= 1     */
    int32_t max_iter;                  /* >= 0                            */
} kn_julia_params;

/* Escape-time counts of z <- z*z + c on a width x height grid.
 * Point (i, j) (column i, row j) is written to counts[j*width + i]:
 *   dx = (x_max - x_min) / width;  dy = (y_max - y_min) / height;
 *   zr = x_min + i*dx;             zi = y_max - j*dy;
 *   n = 0;
 *   while (n < max_iter && zr*zr + zi*zi < 4.0) {
 *       t = (zr*zr - zi*zi) + c_re;  zi = 2.0*zr*zi + c_im;  zr = t;  n++;
 *   }
 * in IEEE double without fused multiply-add, so counts are identical on
 * every backend. Golden: 1000x1000 on [-1.8,1.8]^2, c = -0.62772-0.42193i,
 * max_iter 300 sums to 33219980.
 * Errors (KN_ERR_INVALID_ARG): p or counts NULL or misaligned; width or
 * height < 1; max_iter < 0; a bound or c not finite; x_min >= x_max or y_min >= y_max;
 * width*height larger than SIZE_MAX / sizeof(int32_t). */
kn_status kn_julia(kn_ctx *ctx, const kn_julia_params *p, int32_t *counts);

/* Rows [row0, row1) of kn_julia's grid, 0 <= row0 <= row1 <= height:
 * counts[(j - row0)*width + i] gets point (i, j), the same value kn_julia
 * writes to counts[j*width + i] (for splitting a grid between processes,
 * as kernels_mpi does). GPU contexts compute the rows with the CPU
 * reference code (the same counts).
 * Errors (KN_ERR_INVALID_ARG): as kn_julia's, counts may be NULL when
 * row0 == row1, and row0 or row1 out of range. */
kn_status kn_julia_rows(kn_ctx *ctx, const kn_julia_params *p, int32_t row0, int32_t row1, int32_t *counts);

/* The same iteration on caller-given points: for k < n, start at
 * z = z_re[k] + i*z_im[k] with constant c_re[k] + i*c_im[k]; counts[k] gets
 * the escape count, by the same loop as kn_julia's grid points.
 * Non-finite inputs are allowed (NaN never satisfies |z|^2 < 4: count 0).
 * Errors (KN_ERR_INVALID_ARG): a pointer NULL or misaligned while n > 0;
 * max_iter < 0. */
kn_status kn_julia_points(kn_ctx *ctx, size_t n, const double *z_re, const double *z_im,
                          const double *c_re, const double *c_im, int32_t max_iter,
                          int32_t *counts);

/* ------------------------------------------------------------------ */
/* Firewall scanning (Advent of Code 2017, day 13)                     */
/* ------------------------------------------------------------------ */

/* A layer at `depth` (>= 0) whose scanner moves over `range` (>= 1) cells.
 * Its scanner is at the top at time t iff t % (2*(range-1)) == 0 (range 1:
 * always). A packet leaving at delay d reaches depth k at time d+k and is
 * caught by the layer at that depth iff the scanner is at the top. */
typedef struct {
    int64_t depth, range;
} kn_layer;

/* Parses "depth: range" lines (blank lines and spaces or tabs around the
 * numbers allowed; "\n" or "\r\n" line ends) into a new array of layers in
 * input order; free it with kn_free(). A text with no layer gives
 * *layers = NULL, *n = 0.
 * Errors: KN_ERR_INVALID_ARG (a NULL pointer); KN_ERR_PARSE with a message
 * "line L, column C: expected ..., found ..." for anything else, including
 * numbers that do not fit int64, range 0 and a depth given twice;
 * KN_ERR_NO_MEMORY. On failure *layers and *n are untouched. Memory grows
 * with the layers found, not with the text's length. */
kn_status kn_firewall_parse(const char *text, kn_layer **layers, size_t *n);

/* Severity of a trip leaving at `delay`: the sum of depth*range over the
 * layers that catch the packet.
 * Errors: KN_ERR_INVALID_ARG (l NULL or misaligned with n > 0, severity
 * NULL or misaligned, delay < 0,
 * a depth < 0, a range < 1, a depth given twice); KN_ERR_OVERFLOW if the
 * sum does not fit int64. Delays and depths up to INT64_MAX are handled
 * without overflow in the time computation. */
kn_status kn_firewall_severity(kn_ctx *ctx, const kn_layer *l, size_t n, int64_t delay,
                               int64_t *severity);

/* The smallest delay d in [0, max_delay] at which no layer catches the
 * packet. Uses a wheel: the residues allowed by the layers with the
 * smallest periods are combined into a table over their least common
 * multiple W, and only those candidates (a fraction S/W of the delays) are
 * checked, in increasing order, against the other layers.
 * A range-1 layer, or layers that together catch every residue modulo the
 * lcm M of their periods, give KN_ERR_NOT_FOUND before any scan when M is
 * found: one period's layers catching all its residues, the smallest
 * periods combined, or the periods dividing one of the 1024 smallest
 * periods, each as long as the residues left to check stay few (at most
 * 2^16 per step, 2^20 in all). That check costs O(n log n) plus at most
 * about 2^20 residue tests (milliseconds).
 * Cost otherwise: the scan tests up to (S/W) * min(max_delay + 1, lcm of
 * all periods) candidates, each against at most n layers: O(n * max_delay)
 * in the worst case. With max_delay = INT64_MAX that is days when the first
 * safe delay is huge (it can be near the lcm of all periods) or when layers
 * catch every delay in a way not detected above (a covering whose lcm
 * passes those bounds). kn_firewall_first_safe_delay_budget bounds it.
 * Errors: KN_ERR_INVALID_ARG (as for severity, and max_delay < 0, delay
 * NULL or misaligned); KN_ERR_NOT_FOUND if no delay in [0, max_delay] is safe (*delay is
 * then untouched); KN_ERR_NO_MEMORY. */
kn_status kn_firewall_first_safe_delay(kn_ctx *ctx, const kn_layer *l, size_t n,
                                       int64_t max_delay, int64_t *delay);

/* kn_firewall_first_safe_delay testing at most `max_candidates` candidate
 * delays (the delays the wheel leaves, in increasing order; each costs at
 * most one test per layer), so the call costs O(n log n + max_candidates *
 * n) plus the bounded check for layers that catch every delay. Which
 * candidates are tested depends only on the layers, so every backend
 * returns the same status and delay for the same budget; once the budget
 * covers every candidate up to the answer of the unbounded call, that
 * answer is returned.
 * max_candidates = 0 tests nothing; UINT64_MAX is unbounded. With n == 0
 * the answer 0 needs no test.
 * Errors: as kn_firewall_first_safe_delay, and KN_ERR_LIMIT when the budget
 * ran out before max_delay: no delay below the first untested candidate is
 * safe, and the message names that candidate ("... ran out at delay D ...");
 * *delay is then untouched. KN_ERR_NOT_FOUND is always definitive. */
kn_status kn_firewall_first_safe_delay_budget(kn_ctx *ctx, const kn_layer *l, size_t n,
                                              int64_t max_delay, uint64_t max_candidates,
                                              int64_t *delay);

/* kn_firewall_first_safe_delay over the window [from, max_delay], for
 * searches split between processes (kernels_mpi): the smallest safe delay
 * d with from <= d <= max_delay, as long as no safe delay lies below from.
 * Safe delays repeat with the lcm M of the periods, and the search stops
 * before M when it knows M, so a window wholly above the first safe delay
 * may give KN_ERR_NOT_FOUND; windows searched in increasing order thus
 * stop at kn_firewall_first_safe_delay's answer, with its status.
 * Errors: as kn_firewall_first_safe_delay's, and from < 0
 * (KN_ERR_INVALID_ARG); KN_ERR_NOT_FOUND when from > max_delay. */
kn_status kn_firewall_first_safe_delay_window(kn_ctx *ctx, const kn_layer *l, size_t n, int64_t from,
                                              int64_t max_delay, int64_t *delay);

/* ------------------------------------------------------------------ */
/* Norm-square                                                         */
/* ------------------------------------------------------------------ */

/* Canonical summation order (identical on every backend, SIMD width and
 * thread count), with B = KN_SUM_BLOCK and L = KN_SUM_LANES:
 *  1. x is cut into blocks of B elements from x[0] (the last may be short).
 *  2. Inside a block, L partial sums s[0..L-1] start at +0.0 and element k
 *     of the block is added to s[k % L], in increasing k:
 *     s[k % L] = s[k % L] + x*x (the product rounded, then the sum).
 *  3. The L partial sums are folded by halving: for w = L/2, L/4, ..., 1:
 *     s[j] = s[j] + s[j + w] for j < w. The block's total is s[0].
 *  4. Block totals t[0..m-1] are combined by the tree
 *     S(lo, hi) = t[lo]                       if hi - lo == 1
 *               = S(lo, lo+h) + S(lo+h, hi)   otherwise, with h the largest
 *                                             power of two below hi - lo,
 *     i.e. aligned power-of-two groups of blocks are summed pairwise.
 * The result's error is at most (B/L + log2(L) + ceil(log2(m)) + 1) * u *
 * sum(x*x) (u = 2^-53) to first order, where m is the number of blocks;
 * overflow
 * to +inf and NaN inputs follow IEEE arithmetic. */
#define KN_SUM_BLOCK 2048
#define KN_SUM_LANES 32

/* *out = sum of x[i]*x[i] in the canonical order above (0.0 for n == 0).
 * Errors (KN_ERR_INVALID_ARG): x NULL or misaligned with n > 0; out NULL
 * or misaligned. */
kn_status kn_norm_square_f64(kn_ctx *ctx, const double *x, size_t n, double *out);

/* *out = sum of x[i]*x[i], exact.
 * Errors: KN_ERR_INVALID_ARG (x NULL or misaligned with n > 0; out NULL or
 * misaligned);
 * KN_ERR_OVERFLOW if the exact sum exceeds INT64_MAX (including any
 * element equal to INT64_MIN); the sum is never wrapped. */
kn_status kn_norm_square_i64(kn_ctx *ctx, const int64_t *x, size_t n, int64_t *out);

/* *out = sum of x[i], in the canonical order of kn_norm_square_f64 with
 * x[i] in place of x*x (0.0 for n == 0).
 * Errors (KN_ERR_INVALID_ARG): x NULL or misaligned with n > 0; out NULL
 * or misaligned. */
kn_status kn_sum_f64(kn_ctx *ctx, const double *x, size_t n, double *out);

/* *out = sum of x[i]*y[i], in the canonical order of kn_norm_square_f64
 * with the rounded product x[i]*y[i] (never a fused multiply-add) in place
 * of x*x (0.0 for n == 0). x and y may be the same array or overlap.
 * Errors (KN_ERR_INVALID_ARG): x or y NULL or misaligned with n > 0; out
 * NULL or misaligned. */
kn_status kn_dot_f64(kn_ctx *ctx, const double *x, const double *y, size_t n, double *out);

/* ------------------------------------------------------------------ */
/* Suffix sums                                                         */
/* ------------------------------------------------------------------ */

/* Exclusive suffix sums: out[i] = x[i+1] + ... + x[n-1], out[n-1] = 0.
 * out may equal x (in place); other overlaps are not allowed.
 * Canonical order (identical on every backend), with B = KN_SCAN_BLOCK:
 *  1. x is cut into blocks of B elements from x[0] (the last may be short).
 *  2. Block total T[b]: r = +0.0, then r = r + x[i] for i from the block's
 *     last element down to its first.
 *  3. Carries: C[last block] = +0.0; C[b] = C[b+1] + T[b+1], from the last
 *     block down to the first.
 *  4. Inside block b, from its last element i down to its first:
 *     out[i] = r; r = r + x[i], starting with r = C[b].
 * Each out[i] is thus a right-to-left sequential sum whose rounding error
 * is at most (n-1-i) * u * sum_{j>i} |x[j]| to first order (u = 2^-53).
 * Errors (KN_ERR_INVALID_ARG): x or out NULL with n > 0; x and out
 * overlapping without being equal; x or out misaligned. */
#define KN_SCAN_BLOCK 1024

kn_status kn_suffix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out);

/* Inclusive prefix sums (numpy's cumsum): out[i] = x[0] + ... + x[i].
 * out may equal x (in place); other overlaps are not allowed.
 * Canonical order (identical on every backend), with B = KN_SCAN_BLOCK:
 *  1. x is cut into blocks of B elements from x[0] (the last may be short).
 *  2. Block total T[b]: r = +0.0, then r = r + x[i] for i from the block's
 *     first element up to its last.
 *  3. Carries: C[0] = +0.0; C[b] = C[b-1] + T[b-1], in increasing b.
 *  4. Inside block b, from its first element i up to its last:
 *     r = r + x[i]; out[i] = r, starting with r = C[b].
 * Each out[i] is thus a left-to-right sequential sum whose rounding error
 * is at most i * u * sum_{j<=i} |x[j]| to first order (u = 2^-53).
 * Errors (KN_ERR_INVALID_ARG): x or out NULL with n > 0; x and out
 * overlapping without being equal; x or out misaligned. */
kn_status kn_prefix_sums_f64(kn_ctx *ctx, const double *x, size_t n, double *out);

/* ------------------------------------------------------------------ */
/* Expressions (numexpr-style)                                         */
/* ------------------------------------------------------------------ */

/* A compiled expression over double arrays; immutable once compiled, so
 * one kn_expr may be evaluated from many threads at once. */
typedef struct kn_expr kn_expr;

/* Compiles `src` once into a register program evaluated by kn_expr_eval().
 *
 * Language (Python / numexpr syntax, all values double):
 *   numbers       3  2.5  .5  1.  1e-3  2.5E+7   (no sign: -3 is unary minus)
 *   variables     names[i] binds to vars[i] of kn_expr_eval
 *   constants     pi, e, True (1.0), False (0.0)
 *   operators, lowest precedence first (Python's):
 *     < <= > >= == !=   1.0 if true else 0.0; chains as in Python:
 *                       a < b < c means (a < b) & (b < c)
 *     |                 1.0 if either operand is nonzero, else 0.0
 *     &                 1.0 if both operands are nonzero, else 0.0
 *     + -               left-associative
 *     * / %             left-associative; a % b is floored like Python and
 *                       numpy: the result has the sign of b (7 % -3 == -2,
 *                       -7 % 3 == 2), exactly fmod(a, b) plus b when their
 *                       signs differ; x % 0 is NaN
 *     unary - + ~       ~x is 1.0 if x == 0 else 0.0
 *     **                right-associative and tighter than a unary operator
 *                       on its left: -x**2 == -(x**2), 2**3**2 == 512,
 *                       2**-1 == 0.5
 *   so comparisons combined with & or | need parentheses, as in numexpr:
 *   (a > 0) & (b < 1). A nonzero value (NaN included) is true.
 *   functions     where(c, a, b) (a where c is nonzero, else b),
 *                 sin cos tan arcsin arccos arctan sinh cosh tanh arcsinh
 *                 arccosh arctanh exp expm1 exp2 log log1p log10 log2 cbrt
 *                 (the transcendentals, see kn_expr_eval), arctan2(y, x);
 *                 sqrt abs floor ceil trunc, round (to nearest, ties to
 *                 even, as numpy), sign (-1, 0 or 1; NaN for NaN), isnan
 *                 isinf isfinite signbit (1.0 or 0.0), fmod(a, b) (C's:
 *                 exact, the sign of a, unlike %), copysign(a, b),
 *                 nextafter(a, b), minimum(a, b), maximum(a, b) (numpy's: a
 *                 NaN operand gives NaN; for equal operands, e.g. -0.0 and
 *                 +0.0, the first is returned)
 * White space (space, tab, newline) may appear between tokens.
 *
 * Compilation folds constant sub-expressions (with the same arithmetic as
 * evaluation) and rewrites x**2 to x*x (the correctly rounded square);
 * nothing else is reordered, so results do not depend on the compiler.
 *
 * `names` holds nvars distinct names (a letter or '_', then letters,
 * digits or '_'; not a function or constant name); it may be NULL when
 * nvars == 0. Variables not used by src are allowed. The strings are copied.
 *
 * Errors (on failure *out is set to NULL and nothing is allocated):
 *   KN_ERR_INVALID_ARG  src or out NULL; names NULL with nvars > 0; nvars
 *                       > 4096; names[i] NULL, not a valid name, a function
 *                       or constant name, or equal to an earlier names[j]
 *                       (the message names i); an expression needing more
 *                       than 65535 registers (inputs, distinct constants
 *                       and temporaries).
 *   KN_ERR_PARSE        malformed src; the message names the 1-based column
 *                       (in bytes), what was found and what was expected,
 *                       e.g. "kn_expr_compile: column 7: expected an
 *                       operand, found ')'", "kn_expr_compile: column 1:
 *                       unknown variable 'dta'; did you mean 'data'?",
 *                       "kn_expr_compile: column 1: where() takes 3
 *                       arguments, got 2". A call of a numpy, numexpr or
 *                       Python math function the language lacks is
 *                       reported as such, never answered with a near name
 *                       ('sinc' is not 'sin'): "kn_expr_compile: column 1:
 *                       function 'sinc' is not supported" (with "; use
 *                       'arcsin'" for another spelling of a supported
 *                       function, e.g. asin). An empty or blank src is an
 *                       error. Nesting depth is limited only by memory.
 *   KN_ERR_NO_MEMORY. */
kn_status kn_expr_compile(const char *src, size_t nvars, const char *const *names, kn_expr **out);

/* out[k] = the expression at element k, with variable i taking vars[i][k],
 * for k < n. The backend of ctx evaluates the program in cache-sized
 * blocks. out may be the same array as any vars[i] (in place); any other
 * overlap between out and an input is an error.
 *
 * Reproducibility: every result is bit-identical on every CPU backend
 * (scalar, simd, omp), SIMD target and thread count. + - * / %, fmod,
 * comparisons, & | ~, where, sqrt, abs, floor, ceil, trunc, round, sign,
 * copysign, nextafter, the is* tests, minimum, maximum and x**2 (a literal
 * exponent 2, compiled as x*x) are IEEE-exact, so the GPU backends give
 * the same bits too, except that a NaN result is only promised to be a NaN
 * (its sign and payload differ between CPUs and GPUs). The transcendentals
 * (sin ... cbrt above, arctan2 and a**b for other exponents) are SLEEF
 * 3.5.1's finz u10 functions: the CPU backends call libsleef (the vector
 * form of the SIMD target, else the scalar FMA form, all with the same
 * bits), the GPU backends run a port of the same algorithms with the same
 * explicit fma() steps, which returns libsleef's bits: a transcendental's
 * result is bit-identical on every backend, NaNs included. Each is within
 * 1.0 ulp of the exact result (measured against MPFR in the tests), except
 * that arcsinh and arccosh of |x| > 1.34e154, log1p of x > 1e307 and exp of
 * x > 709.782711149557 may give an infinity of the right sign (SLEEF's
 * documented domains). A NaN result of a transcendental is always the
 * quiet NaN 0x7ff8000000000000. SLEEF's algorithms need FMA hardware: on a
 * CPU without it, a CPU backend evaluating an expression that contains a
 * transcendental fails with KN_ERR_UNAVAILABLE ("kn_expr_eval: 'sin' needs
 * a CPU with FMA instructions, ...") rather than give other bits, and the
 * compiler does not fold one. kn_expr_eval allocates at most one scratch
 * buffer per thread per call (none for small programs and arrays), and
 * may run concurrently on the same kn_expr from many threads.
 *
 * On the opencl backend a program of at most KN_EXPR_OPENCL_MAX_KERNEL_INSNS
 * instructions (kn_expr_disassemble counts them) is compiled into a kernel
 * of its own on its first evaluation on a device (then cached); a longer one
 * runs through an interpreter kernel compiled once per device, with the
 * same results, so no expression costs a device compilation that grows
 * with its length.
 *
 * Errors: KN_ERR_INVALID_ARG (e NULL; with n > 0: out NULL, vars NULL while
 * the expression has variables, vars[i] NULL -- the message names i and
 * its variable --, out overlapping an input without being equal to it,
 * out, vars or a vars[i] misaligned);
 * KN_ERR_UNAVAILABLE if the context's backend has no expression evaluator
 * (never a silent fallback); KN_ERR_NO_MEMORY (scratch for expressions
 * with many registers); KN_ERR_DEVICE (GPU backends). n == 0 does nothing. */
#define KN_EXPR_OPENCL_MAX_KERNEL_INSNS 256

kn_status kn_expr_eval(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars, double *out);

/* kn_expr_eval with an element stride per variable: out[k] = the
 * expression at element k, with variable i taking vars[i][k * strides[i]],
 * for k < n (strides counts doubles, not bytes). So:
 *   strides[i] == 1   vars[i] is a contiguous array of n doubles (as in
 *                     kn_expr_eval);
 *   strides[i] == 0   a runtime parameter: vars[i][0] for every element,
 *                     e.g. "a*x + b" with a and b pointing at one double
 *                     each, no array filled and nothing recompiled;
 *   any other value   every |stride|-th double, e.g. a column of a
 *                     row-major matrix or a numpy view x[::2] (stride 2);
 *                     a negative stride walks down from vars[i] (x[::-1]
 *                     is vars[i] = &x[n-1], stride -1).
 * strides NULL means every variable is contiguous (exactly kn_expr_eval).
 * The result is bit-identical, on every backend, to kn_expr_eval of the
 * same expression with each variable copied into a contiguous array of n
 * doubles. out is always contiguous; it may be the same array as a
 * variable of stride 1 (in place), and must not overlap any other variable
 * (of stride 1 or not: for stride s, the doubles vars[i][k * s], k < n,
 * and those between them). A stride-0 or strided variable is read into the
 * backend's block registers on the CPU (a stride-0 one once per call, or
 * per chunk on omp, like a constant; a strided one block by block: one
 * block of scratch per such variable) and uploaded from a host row of a
 * device piece on a GPU (a stride-0 one with the first piece only).
 *
 * Errors: those of kn_expr_eval (argument messages prefixed
 * "kn_expr_eval_strided: "; KN_ERR_NO_MEMORY also for a GPU backend's host
 * rows), plus KN_ERR_INVALID_ARG for strides
 * misaligned; a stride whose n elements would reach past PTRDIFF_MAX bytes
 * ("kn_expr_eval_strided: strides[1] ('x') = 4611686018427387904 is too
 * large for n = 3 elements") or wrap around the address space ("...:
 * vars[1] ('x') with stride -1: its 3 elements do not fit in the address
 * space"); out overlapping a variable of stride != 1 ("...: out overlaps
 * vars[0] ('a'), which has stride 0"). n == 0 does nothing. */
kn_status kn_expr_eval_strided(kn_ctx *ctx, const kn_expr *e, size_t n, const double *const *vars,
                               const ptrdiff_t *strides, double *out);

/* Frees a compiled expression; NULL is a no-op. */
void kn_expr_free(kn_expr *e);

/* The compiled program as text, for debugging (like numexpr's
 * disassemble): the source, the register map (inputs, constants,
 * temporaries, output) and one line per instruction, e.g. for
 * "data + data*5 + 4" with names {"data"}:
 *     ; data + data*5 + 4
 *     ; 6 registers: 1 input, 2 constants, 3 temporaries (output r5); 3 instructions
 *       r0 = data
 *       r1 = 5
 *       r2 = 4
 *       mul      r3, r0, r1
 *       add      r4, r0, r3
 *       add      r5, r4, r2
 * *text is a NUL-terminated string to free with kn_free(). The format is
 * for people and may change.
 * Errors: KN_ERR_INVALID_ARG (e or text NULL); KN_ERR_NO_MEMORY. On
 * failure *text is NULL (when text is not NULL). */
kn_status kn_expr_disassemble(const kn_expr *e, char **text);

/* ------------------------------------------------------------------ */
/* Pieces of a distributed array                                       */
/* ------------------------------------------------------------------ */

/* Building blocks for frameworks that hold one conceptual array of
 * n_global elements as pieces (MPI ranks, Dask chunks): each holder works
 * on its piece, the elements [lo, lo + n), and a small combining step gives
 * the bits of the single-process function on the whole array, for any
 * cutting. Blocks are counted from the array's element 0, as above.
 * kernels_mpi (kernels_mpi.h) and libkernels.dask are built on them. */

/* Which canonical sum (kn_norm_square_f64's order) a piece contributes to:
 * of the squares x*x, of the values x, or of the rounded products x*y. */
typedef enum { KN_SUM_SQUARES, KN_SUM_VALUES, KN_SUM_PRODUCTS } kn_sum_kind;

/* A node of the canonical tree (step 4): the 2^level blocks from `block`
 * (a multiple of 2^level), with their canonical total. */
typedef struct {
    uint64_t block;
    uint32_t level;
    double total;
} kn_sum_node;

/* The most nodes a piece has (two per bit of a block index). */
#define KN_SUM_NODES_MAX 128

/* What a piece contributes to a canonical sum. The piece's whole blocks
 * (those it holds every element of; the array's last block ends at
 * n_global) are cut from left to right into the largest aligned
 * power-of-two groups: its nodes, in increasing order. Its elements in a
 * block it shares with another piece are given as terms (x*x, x or x*y,
 * each rounded): `head` holds those of its first block when that block
 * starts before lo, `tail` those of its last block when it starts that
 * block and the block goes on past lo + n. */
typedef struct {
    uint64_t lo, n_global; /* the piece: elements [lo, lo + n) of n_global */
    size_t n;
    size_t n_nodes;
    kn_sum_node nodes[KN_SUM_NODES_MAX];
    uint64_t head_block, tail_block; /* the blocks head and tail belong to */
    size_t n_head, n_tail;
    double head[KN_SUM_BLOCK], tail[KN_SUM_BLOCK];
} kn_sum_piece;

/* Fills *piece for the elements [lo, lo + n) of an array of n_global
 * elements, x (and y for KN_SUM_PRODUCTS) holding those n elements; the
 * nodes' totals are computed by ctx's backend. A block that several pieces
 * share gets as total kn_sum_f64 of its terms concatenated in index order
 * (the canonical order adds exactly those rounded terms), i.e. the node
 * {block, 0, total}.
 * Errors (KN_ERR_INVALID_ARG): piece NULL or misaligned; x (or y) NULL or
 * misaligned with n > 0; kind out of range; lo + n larger than n_global;
 * and the context's errors. */
kn_status kn_sum_piece_f64(kn_ctx *ctx, kn_sum_kind kind, const double *x, const double *y, size_t n,
                           uint64_t lo, uint64_t n_global, kn_sum_piece *piece);

/* *out = the canonical sum of the whole array from its pieces, given in
 * index order (empty pieces allowed): their nodes, and the totals of the
 * blocks they share, in the canonical tree. Equal to kn_norm_square_f64 /
 * kn_sum_f64 / kn_dot_f64 on the concatenated array.
 * Errors: KN_ERR_INVALID_ARG (out NULL or misaligned; pieces NULL or
 * misaligned with count > 0; pieces that do not follow one another from
 * element 0 to n_global of one array, or whose head, tail or nodes (counts,
 * blocks, levels) are not those kn_sum_piece_f64 gives for their elements
 * (pieces may arrive as bytes: every field but the terms and totals is
 * checked before use): the message names the piece); KN_ERR_NO_MEMORY. */
kn_status kn_sum_pieces_combine(const kn_sum_piece *pieces, size_t count, double *out);

/* *out = the canonical sum of an array of n_global elements from the
 * nodes that cover its blocks exactly once, given in increasing order
 * (every piece's nodes and the shared blocks' nodes, merged by block).
 * Equal to kn_norm_square_f64 / kn_sum_f64 / kn_dot_f64 on the whole array.
 * Errors (KN_ERR_INVALID_ARG): out NULL or misaligned; nodes NULL or
 * misaligned with count > 0; a node that is not aligned to its size, does
 * not start where the one before it ends, or passes the last block; nodes
 * that stop before the last block (the message names the node or block). */
kn_status kn_sum_nodes_combine(const kn_sum_node *nodes, size_t count, uint64_t n_global, double *out);

/* Which scan a piece takes part in: kn_suffix_sums_f64's or
 * kn_prefix_sums_f64's. */
typedef enum { KN_SUFFIX_SUMS, KN_PREFIX_SUMS } kn_scan_kind;

/* The scan's state at a boundary q between two pieces (elements q-1 and
 * q), seen from the side not yet scanned (the right for prefix sums, the
 * left for suffix sums): `carry` is the carry C of the block the scan
 * enters next, `partial` that block's total T over its elements already
 * scanned (+0.0 at a block boundary), `running` the value r the scan goes
 * on from (step 4: C at a block boundary, else the prefix sum out[q-1],
 * or the suffix sum out[q-1] still to be written). The state at the
 * array's start (prefix) or end (suffix) is all +0.0. */
typedef struct {
    double carry, partial, running;
} kn_scan_state;

/* The number of blocks the piece [lo, lo + n) touches: the length of the
 * totals array of the next calls. */
size_t kn_scan_piece_blocks(uint64_t lo, size_t n);

/* A piece's scan in three steps, so that only the cheap middle one is
 * sequential across pieces:
 *  1. kn_scan_piece_totals_f64: totals[k] = the block total (step 2 of
 *     the scan's order, from +0.0) of the piece's elements in the k-th
 *     block it touches; one pass over x, by ctx's backend.
 *  2. kn_scan_piece_link_f64: from the state at the piece's scan start
 *     (lo for prefix sums, lo + n for suffix sums; the state the previous
 *     piece in scan order returned), turns totals into the value each
 *     block's first scanned element starts from, and returns the state at
 *     the piece's scan end (out may equal in). It costs one add per block
 *     plus two adds per element of the first block in scan order (whole
 *     or not: it continues the previous piece's) and of the last one when
 *     the piece stops inside it, so at most 2 * KN_SCAN_BLOCK elements.
 *  3. kn_scan_piece_f64: out = the piece's part of the whole array's
 *     kn_suffix_sums_f64 / kn_prefix_sums_f64, from those starts; out may
 *     equal x.
 * Errors (KN_ERR_INVALID_ARG): a pointer NULL or misaligned (x, out and
 * totals only with n > 0); kind out of range; x and out overlapping
 * without being equal; lo + n past UINT64_MAX; and, for steps 1 and 3,
 * the context's errors. */
kn_status kn_scan_piece_totals_f64(kn_ctx *ctx, kn_scan_kind kind, const double *x, size_t n, uint64_t lo,
                                   double *totals);
kn_status kn_scan_piece_link_f64(kn_scan_kind kind, const double *x, size_t n, uint64_t lo, double *totals,
                                 const kn_scan_state *in, kn_scan_state *out);
kn_status kn_scan_piece_f64(kn_ctx *ctx, kn_scan_kind kind, const double *x, size_t n, uint64_t lo,
                            const double *starts, double *out);

/* For libraries layered on this one (kernels_mpi): records `message` as
 * this thread's kn_last_error() sentence (truncated to 2047 bytes) and
 * returns s, so their failures read like the kernels'. message NULL
 * records an empty sentence. */
kn_status kn_set_last_error(kn_status s, const char *message);

/* ------------------------------------------------------------------ */
/* Memory                                                              */
/* ------------------------------------------------------------------ */

/* Frees memory the library returned (kn_firewall_parse's layers,
 * kn_expr_disassemble's text). NULL is a no-op. */
void kn_free(void *p);

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}
#endif

#endif /* KERNELS_H */
