#include "expr_blocks.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"

#define SCRATCH_MAX_BYTES ((size_t)4 << 20)
#define STACK_DOUBLES 2048
#define STACK_REGS 64

static void copy_block(double *out, const double *block, size_t len) { memcpy(out, block, len * sizeof *out); }

/* Inputs that are not contiguous: each gets a scratch block, filled once
 * (stride 0) or gathered for every block. */
static uint32_t gathered_inputs(const kn_expr *e, const ptrdiff_t *strides)
{
    uint32_t count = 0;
    for (uint32_t i = 0; strides && i < e->nvars; i++) count += strides[i] != 1;
    return count;
}

/* The block length and heap scratch size (0: the stack suffices) of a call
 * of kn_expr_run_blocks over n elements with nbuf scratch blocks. */
static size_t layout(const kn_expr *e, uint32_t nbuf, size_t n, size_t *block)
{
    size_t B = KN_EXPR_BLOCK;
    if (n < B) B = (n + 7) & ~(size_t)7;
    if ((size_t)nbuf * B * sizeof(double) > SCRATCH_MAX_BYTES) {
        B = SCRATCH_MAX_BYTES / sizeof(double) / nbuf & ~(size_t)7;
        if (B < 8) B = 8;
    }
    *block = B;
    if (nbuf * B <= STACK_DOUBLES && e->nregs <= STACK_REGS) return 0;
    /* The register pointers, then 64-byte aligned blocks. */
    return (((size_t)e->nregs * sizeof(double *) + 63) & ~(size_t)63) + (size_t)nbuf * B * sizeof(double);
}

size_t kn_expr_scratch_bytes(const kn_expr *e, const ptrdiff_t *strides, size_t n)
{
    size_t block;
    return layout(e, e->nconst + e->ntemps + gathered_inputs(e, strides), n, &block);
}

/* The scratch lent to this thread by kn_expr_scratch_lend, if any. */
static _Thread_local void *lent;
static _Thread_local size_t lent_bytes;

void kn_expr_scratch_lend(void *scratch, size_t bytes)
{
    lent = scratch;
    lent_bytes = scratch ? bytes : 0;
}

/* Every element of a block register set to v. */
static void fill_block(double *r, size_t len, double v)
{
    for (size_t i = 0; i < len; i++) r[i] = v;
}

/* Elements first .. first+len-1 of an input of stride s into a block. */
static void gather_block(double *r, size_t len, const double *v, ptrdiff_t s, size_t first)
{
    const double *base = v + (ptrdiff_t)first * s;
    for (size_t i = 0; i < len; i++) r[i] = base[(ptrdiff_t)i * s];
}

kn_status kn_expr_run_blocks(const kn_expr *e, size_t n, const double *const *vars, const ptrdiff_t *strides,
                             double *out, kn_expr_block_step step, void *arg, kn_expr_block_store store)
{
    const uint32_t nvars = e->nvars, nbuf = e->nconst + e->ntemps + gathered_inputs(e, strides);
    size_t B;
    size_t heap_bytes = layout(e, nbuf, n, &B);
    _Alignas(64) double stack_buf[STACK_DOUBLES];
    double *stack_regs[STACK_REGS];
    double *scratch = stack_buf, **reg = stack_regs;
    void *heap = NULL, *owned = NULL;
    if (heap_bytes) {
        if (lent && lent_bytes >= heap_bytes) {
            heap = lent;
        } else {
            heap = owned = aligned_alloc(64, heap_bytes);
            if (!heap)
                return kn_fail(KN_ERR_NO_MEMORY, "kn_expr_eval: out of memory for %zu bytes of scratch", heap_bytes);
        }
        size_t ptr_bytes = ((size_t)e->nregs * sizeof(double *) + 63) & ~(size_t)63;
        reg = heap;
        scratch = (double *)(void *)((char *)heap + ptr_bytes);
    }
    const uint32_t nscratch = e->nconst + e->ntemps;
    for (uint32_t k = 0; k < nscratch; k++) reg[nvars + k] = scratch + (size_t)k * B;
    for (uint32_t k = 0; k < e->nconst; k++) fill_block(scratch + (size_t)k * B, B, e->consts[k]);
    /* Gathered inputs take the scratch blocks after the temporaries; a
     * broadcast one is filled here, once, like a constant. */
    double *next_block = scratch + (size_t)nscratch * B;
    for (uint32_t i = 0; i < nvars; i++) {
        if (kn_expr_stride(strides, i) == 1) continue;
        reg[i] = next_block;
        next_block += B;
        if (strides[i] == 0) fill_block(reg[i], B, vars[i][0]);
    }
    /* The output register is a scratch block when out is also an input
     * (written back after the block is done) or when `store` writes it. */
    for (uint32_t i = 0; i < nvars && !store; i++)
        if (vars[i] == out && kn_expr_stride(strides, i) == 1) store = copy_block;
    double *out_block = reg[e->out];
    for (size_t off = 0; off < n; off += B) {
        size_t len = n - off < B ? n - off : B;
        for (uint32_t i = 0; i < nvars; i++) {
            ptrdiff_t s = kn_expr_stride(strides, i);
            if (s == 1)
                reg[i] = (double *)(vars[i] + off);
            else if (s != 0)
                gather_block(reg[i], len, vars[i], s, off);
        }
        if (!store) reg[e->out] = out + off;
        step(arg, e, reg, len);
        if (store) store(out + off, out_block, len);
    }
    free(owned);
    return KN_OK;
}
