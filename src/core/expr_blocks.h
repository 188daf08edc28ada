/* The block driver every CPU expression evaluator shares: it sizes the
 * blocks, lays out the register file (contiguous inputs read in place,
 * constants and stride-0 inputs broadcast once into scratch blocks, other
 * strided inputs gathered into scratch blocks block by block, temporaries
 * in scratch, the output
 * written straight into `out` unless out is also an input, in which case
 * it goes through a scratch block copied out after each block), and calls
 * the backend's per-block step. Scratch comes from the stack when small,
 * else from the buffer lent to the calling thread (kn_expr_scratch_lend),
 * else one aligned allocation per call; the kn_expr is never written. */
#ifndef KN_CORE_EXPR_BLOCKS_H
#define KN_CORE_EXPR_BLOCKS_H

#include "expr.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Elements per block (numexpr's BLOCK_SIZE1). 256 doubles (2 KiB per
 * register) keep a program's temporaries in L1 and its memory streams
 * interleaved finely: on `data + data*5 + 4`, simd, it measured 1.7x faster
 * than 1024 at 1e6 elements and 1.2x at 5e7. Programs whose scratch would
 * pass 4 MiB get shorter blocks. */
#define KN_EXPR_BLOCK 256

/* Runs every instruction of e over `len` elements of the registers
 * reg[0 .. e->nregs-1] (each a pointer to a block, 64-byte aligned for
 * scratch registers). */
typedef void (*kn_expr_block_step)(void *arg, const kn_expr *e, double *const *reg, size_t len);

/* Copies a finished block of len results to the caller's out (the simd
 * backend's writes non-temporal stores). */
typedef void (*kn_expr_block_store)(double *out, const double *block, size_t len);

/* Evaluates e over n >= 1 elements, block by block, with `step`, input i
 * of stride kn_expr_stride(strides, i); with
 * `store`, every block's results go through a scratch block and `store`.
 * KN_OK or KN_ERR_NO_MEMORY (message written). */
kn_status kn_expr_run_blocks(const kn_expr *e, size_t n, const double *const *vars, const ptrdiff_t *strides,
                             double *out, kn_expr_block_step step, void *arg, kn_expr_block_store store);

/* Bytes of heap scratch kn_expr_run_blocks needs for e over n elements (or
 * fewer) with these strides; 0 when its stack suffices. */
size_t kn_expr_scratch_bytes(const kn_expr *e, const ptrdiff_t *strides, size_t n);

/* Lends the calling thread a 64-byte aligned buffer of `bytes` that its
 * kn_expr_run_blocks calls use instead of allocating when it is large
 * enough, until kn_expr_scratch_lend(NULL, 0). A range driver that runs many
 * sub-ranges on one thread (omp) so allocates once per thread, not once per
 * sub-range. The buffer stays the lender's to free. */
void kn_expr_scratch_lend(void *scratch, size_t bytes);

#ifdef __cplusplus
}
#endif

#endif
