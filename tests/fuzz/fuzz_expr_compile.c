/* libFuzzer target for the expression compiler: any byte string must
 * compile or fail cleanly (no crash, leak, or undefined behaviour), a
 * failure must leave *out NULL with a message, and a compiled program must
 * satisfy the invariants documented in src/core/expr.h and evaluate. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "kernels.h"

static void check_program(const kn_expr *e)
{
    if (e->ninsn == 0 || e->nregs != e->nvars + e->nconst + e->ntemps || e->out != e->nregs - 1) abort();
    uint32_t first_temp = e->nvars + e->nconst;
    for (uint32_t i = 0; i < e->ninsn; i++) {
        const kn_insn *in = &e->code[i];
        int arity = kn_expr_op_arity(in->op);
        if (arity < 1 || arity > 3) abort();
        if (in->dst < first_temp || in->dst >= e->nregs) abort();
        if ((in->dst == e->out) != (i == e->ninsn - 1)) abort();
        const uint16_t ops[3] = {in->a, in->b, in->c};
        for (int k = 0; k < arity; k++)
            if (ops[k] == in->dst || ops[k] >= e->out) abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"a", "b", "data", "x_1"};
    char *src = malloc(size + 1);
    if (!src) return 0;
    memcpy(src, data, size);
    src[size] = '\0';
    kn_expr *e = (kn_expr *)&e;
    kn_status st = kn_expr_compile(src, 4, names, &e);
    if (st == KN_OK) {
        if (!e) abort();
        check_program(e);
        char *text = NULL;
        if (kn_expr_disassemble(e, &text) == KN_OK) kn_free(text);
        double a[3] = {1.5, -2, 0}, b[3] = {0, 3, -0.5}, d[3] = {7, 1e300, -1}, x[3] = {2, 2, 2}, out[3];
        const double *vars[] = {a, b, d, x};
        kn_ctx *ctx = NULL;
        if (kn_ctx_create(&ctx, KN_SCALAR) == KN_OK) {
            if (kn_expr_eval(ctx, e, 3, vars, out) != KN_OK) abort();
            kn_ctx_destroy(ctx);
        }
        kn_expr_free(e);
    } else {
        if (e != NULL || kn_last_error()[0] == '\0') abort();
    }
    free(src);
    return 0;
}
