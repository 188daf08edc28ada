/* The CPU requirement of the transcendental opcodes: SLEEF's finz
 * functions (expr_ops.h) are FMA algorithms, compiled for FMA hardware, and
 * no other code gives their bits, so a CPU without FMA evaluates none of
 * them: the expression fails instead of giving different bits (or dying on
 * an illegal instruction). */
#include <stdatomic.h>

#include "error.h"
#include "expr.h"

static atomic_int fma_hidden;

void kn_expr_finz_hide_fma(int hide) { atomic_store(&fma_hidden, hide != 0); }

int kn_expr_finz_available(void)
{
    if (atomic_load(&fma_hidden)) return 0;
#if defined(__x86_64__) || defined(__i386__)
    return __builtin_cpu_supports("fma") != 0;
#else
    return 1; /* every other architecture SLEEF's purecfma builds for has FMA */
#endif
}

kn_status kn_expr_finz_check(const kn_expr *e, const char *fn)
{
    if (kn_expr_finz_available()) return KN_OK;
    for (uint32_t k = 0; k < e->ninsn; k++) {
        unsigned op = e->code[k].op;
        if (!kn_expr_op_exact(op))
            return kn_fail(KN_ERR_UNAVAILABLE,
                           "%s: '%s' needs a CPU with FMA instructions, which this one lacks (the transcendental "
                           "functions are SLEEF's FMA algorithms, and no other code gives their bits)",
                           fn, kn_expr_op_name(op));
    }
    return KN_OK;
}
