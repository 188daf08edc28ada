/* kn_expr_compile / kn_expr_free / kn_expr_disassemble: name checks, the
 * parser (expr_parse.c), then register allocation and code emission. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "expr.h"

#define FN "kn_expr_compile"

/* ---- the opcode table ------------------------------------------------- */

static const struct {
    const char *name;
    uint8_t arity, exact;
} op_info[KN_OP_COUNT] = {
#define KN_X_INFO(E, l, n, x, ...) [KN_OP_##E] = {#l, n, x},
    KN_EXPR_OPCODES(KN_X_INFO)
#undef KN_X_INFO
};

int kn_expr_op_arity(unsigned op) { return op < KN_OP_COUNT ? op_info[op].arity : 0; }
const char *kn_expr_op_name(unsigned op) { return op < KN_OP_COUNT ? op_info[op].name : "?"; }
int kn_expr_op_exact(unsigned op) { return op < KN_OP_COUNT ? op_info[op].exact : 0; }

/* ---- names ------------------------------------------------------------- */

#define KN_EXPR_MAX_VARS 4096

static int is_identifier(const char *s)
{
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_')) return 0;
    for (s++; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return 0;
    return 1;
}

static kn_status check_names(size_t nvars, const char *const *names)
{
    if (nvars > KN_EXPR_MAX_VARS)
        return kn_fail(KN_ERR_INVALID_ARG, FN ": nvars is %zu; at most %d variables are supported", nvars,
                       KN_EXPR_MAX_VARS);
    if (nvars > 0 && !names) return kn_fail(KN_ERR_INVALID_ARG, FN ": names is NULL while nvars is %zu", nvars);
    for (size_t i = 0; i < nvars; i++) {
        const char *s = names[i];
        double v;
        if (!s) return kn_fail(KN_ERR_INVALID_ARG, FN ": names[%zu] is NULL", i);
        if (!is_identifier(s))
            return kn_fail(KN_ERR_INVALID_ARG,
                           FN ": names[%zu] ('%.64s') is not a valid name (a letter or '_', then letters, digits "
                           "or '_')", i, s);
        if (kn_expr_find_func(s, strlen(s)))
            return kn_fail(KN_ERR_INVALID_ARG, FN ": names[%zu] ('%.64s') is the name of a built-in function", i, s);
        if (kn_expr_find_const(s, strlen(s), &v))
            return kn_fail(KN_ERR_INVALID_ARG, FN ": names[%zu] ('%.64s') is the name of a built-in constant", i, s);
        for (size_t j = 0; j < i; j++)
            if (strcmp(names[j], s) == 0)
                return kn_fail(KN_ERR_INVALID_ARG, FN ": names[%zu] ('%.64s') repeats names[%zu]", i, s, j);
    }
    return KN_OK;
}

/* ---- code generation ---------------------------------------------------- */

/* Provisional operand: kind in the top bits, index below; renumbered once
 * the number of constants and temporaries is known. */
enum { R_VAR = 0u << 28, R_CONST = 1u << 28, R_TEMP = 2u << 28, R_OUT = 3u << 28 };
#define R_KIND(r) ((r) & (3u << 28))
#define R_INDEX(r) ((r) & ((1u << 28) - 1))

typedef struct {
    uint16_t op;
    uint32_t dst, a[3];
} pinsn;

/* Open-addressing map from a constant's bits to its index (constants are
 * deduplicated by bit pattern, so 0.0 and -0.0 stay distinct). */
typedef struct {
    uint64_t *keys;
    uint32_t *idx;
    uint8_t *used;
    size_t cap;
} const_map;

static uint64_t bits_of(double v)
{
    uint64_t u;
    memcpy(&u, &v, sizeof u);
    return u;
}

typedef struct {
    const kn_parse_tree *t;
    uint32_t *reg;   /* per node: provisional register */
    uint32_t *uses;  /* per node: remaining uses */
    uint8_t *live;
    uint32_t *free_temps;
    size_t nfree, ntemps;
    double *consts;
    size_t nconst;
    const_map cm;
    pinsn *code;
    size_t ninsn;
} gen;

static kn_status too_big(void)
{
    return kn_fail(KN_ERR_INVALID_ARG, FN ": the expression is too large: it needs more than %u registers "
                   "(inputs, distinct constants and temporaries)", KN_EXPR_MAX_REGS);
}

static kn_status const_reg(gen *g, double v, uint32_t *r)
{
    uint64_t k = bits_of(v);
    size_t h = (size_t)((k * 0x9E3779B97F4A7C15ull) >> 32) & (g->cm.cap - 1);
    while (g->cm.used[h]) {
        if (g->cm.keys[h] == k) return *r = R_CONST | g->cm.idx[h], KN_OK;
        h = (h + 1) & (g->cm.cap - 1);
    }
    if (g->nconst >= KN_EXPR_MAX_REGS) return too_big();
    g->cm.used[h] = 1;
    g->cm.keys[h] = k;
    g->cm.idx[h] = (uint32_t)g->nconst;
    g->consts[g->nconst] = v;
    *r = R_CONST | (uint32_t)g->nconst++;
    return KN_OK;
}

static kn_status operand(gen *g, int32_t node, uint32_t *r)
{
    const kn_node *n = &g->t->nodes[node];
    if (n->kind == KN_N_VAR) return *r = R_VAR | n->var, KN_OK;
    if (n->kind == KN_N_NUM) return const_reg(g, n->num, r);
    *r = g->reg[node];
    return KN_OK;
}

static kn_status generate(gen *g)
{
    const kn_parse_tree *t = g->t;
    size_t nn = t->count;
    int32_t root = t->root;
    g->live[root] = 1;
    for (size_t i = (size_t)root + 1; i-- > 0;) {
        const kn_node *n = &t->nodes[i];
        if (!g->live[i] || n->kind != KN_N_OP) continue;
        for (int k = 0; k < kn_expr_op_arity(n->op); k++) {
            g->live[n->arg[k]] = 1;
            g->uses[n->arg[k]]++;
        }
    }
    (void)nn;
    kn_status st;
    if (t->nodes[root].kind != KN_N_OP) {
        pinsn in = {KN_OP_COPY, R_OUT, {0, 0, 0}};
        if ((st = operand(g, root, &in.a[0]))) return st;
        g->code[g->ninsn++] = in;
        return KN_OK;
    }
    for (size_t i = 0; i <= (size_t)root; i++) {
        const kn_node *n = &t->nodes[i];
        if (!g->live[i] || n->kind != KN_N_OP) continue;
        int arity = kn_expr_op_arity(n->op);
        pinsn in = {n->op, 0, {0, 0, 0}};
        for (int k = 0; k < arity; k++)
            if ((st = operand(g, n->arg[k], &in.a[k]))) return st;
        /* The destination is chosen before the operands' registers are
         * released, so it never equals an operand. */
        if ((int32_t)i == root) {
            in.dst = R_OUT;
        } else if (g->nfree) {
            in.dst = g->free_temps[--g->nfree];
        } else {
            if (g->ntemps >= KN_EXPR_MAX_REGS) return too_big();
            in.dst = R_TEMP | (uint32_t)g->ntemps++;
        }
        g->reg[i] = in.dst;
        for (int k = 0; k < arity; k++) {
            int32_t a = n->arg[k];
            if (t->nodes[a].kind == KN_N_OP && --g->uses[a] == 0) g->free_temps[g->nfree++] = g->reg[a];
        }
        g->code[g->ninsn++] = in;
    }
    return KN_OK;
}

static void free_expr(kn_expr *e)
{
    if (!e) return;
    if (e->names)
        for (uint32_t i = 0; i < e->nvars; i++) free(e->names[i]);
    free((void *)e->names);
    free((void *)e->code);
    free((void *)e->consts);
    free((void *)e->src);
    free(e);
}

static char *dup_str(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

/* Builds the kn_expr from the generated code. */
static kn_status finish(gen *g, const char *src, size_t nvars, const char *const *names, kn_expr **out)
{
    size_t nregs = nvars + g->nconst + g->ntemps + 1;
    if (nregs > KN_EXPR_MAX_REGS) return too_big();
    kn_expr *e = calloc(1, sizeof *e);
    if (!e) return kn_fail(KN_ERR_NO_MEMORY, FN ": out of memory");
    e->nvars = (uint32_t)nvars;
    e->nconst = (uint32_t)g->nconst;
    e->ntemps = (uint32_t)g->ntemps + 1;
    e->nregs = (uint32_t)nregs;
    e->out = (uint32_t)nregs - 1;
    e->ninsn = (uint32_t)g->ninsn;
    kn_insn *code = malloc((g->ninsn ? g->ninsn : 1) * sizeof *code);
    double *consts = malloc((g->nconst ? g->nconst : 1) * sizeof *consts);
    char **nm = calloc(nvars ? nvars : 1, sizeof *nm);
    e->code = code;
    e->consts = consts;
    e->names = nm;
    e->src = dup_str(src);
    int ok = code && consts && nm && e->src;
    for (size_t i = 0; ok && i < nvars; i++) ok = (nm[i] = dup_str(names[i])) != NULL;
    if (!ok) {
        free_expr(e);
        return kn_fail(KN_ERR_NO_MEMORY, FN ": out of memory");
    }
    if (g->nconst) memcpy(consts, g->consts, g->nconst * sizeof *consts);
    uint32_t base[4] = {0, (uint32_t)nvars, (uint32_t)(nvars + g->nconst), e->out};
    for (size_t i = 0; i < g->ninsn; i++) {
        const pinsn *p = &g->code[i];
        int arity = kn_expr_op_arity(p->op);
        uint32_t r[4] = {p->dst, p->a[0], p->a[1], p->a[2]};
        uint16_t f[4] = {0, 0, 0, 0};
        for (int k = 0; k < 1 + arity; k++) f[k] = (uint16_t)(base[R_KIND(r[k]) >> 28] + R_INDEX(r[k]));
        code[i] = (kn_insn){p->op, f[0], f[1], f[2], f[3]};
    }
    *out = e;
    return KN_OK;
}

kn_status kn_expr_compile(const char *src, size_t nvars, const char *const *names, kn_expr **out)
{
    if (!out) return kn_fail(KN_ERR_INVALID_ARG, FN ": out is NULL");
    *out = NULL;
    if (!src) return kn_fail(KN_ERR_INVALID_ARG, FN ": src is NULL");
    kn_status st = check_names(nvars, names);
    if (st) return st;
    const char *s = src;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v') s++;
    if (!*s) return kn_fail(KN_ERR_PARSE, FN ": the expression is empty");

    kn_parse_tree tree = {0};
    st = kn_expr_parse(src, nvars, names, &tree);
    if (st) {
        free(tree.nodes);
        return st;
    }
    size_t nn = tree.count, cap = 16;
    while (cap < 2 * nn) cap *= 2;
    gen g = {.t = &tree};
    g.reg = calloc(nn, sizeof *g.reg);
    g.uses = calloc(nn, sizeof *g.uses);
    g.live = calloc(nn, 1);
    g.free_temps = malloc(nn * sizeof *g.free_temps);
    g.consts = malloc(nn * sizeof *g.consts);
    g.code = malloc((nn + 1) * sizeof *g.code);
    g.cm.cap = cap;
    g.cm.keys = calloc(cap, sizeof *g.cm.keys);
    g.cm.idx = calloc(cap, sizeof *g.cm.idx);
    g.cm.used = calloc(cap, 1);
    if (!g.reg || !g.uses || !g.live || !g.free_temps || !g.consts || !g.code || !g.cm.keys || !g.cm.idx ||
        !g.cm.used)
        st = kn_fail(KN_ERR_NO_MEMORY, FN ": out of memory");
    if (!st) st = generate(&g);
    if (!st) st = finish(&g, src, nvars, names, out);
    free(g.reg);
    free(g.uses);
    free(g.live);
    free(g.free_temps);
    free(g.consts);
    free(g.code);
    free(g.cm.keys);
    free(g.cm.idx);
    free(g.cm.used);
    free(tree.nodes);
    return st;
}

void kn_expr_free(kn_expr *e) { free_expr(e); }

/* ---- disassembly ------------------------------------------------------- */

typedef struct {
    char *buf;
    size_t len, cap;
    int failed;
} sbuf;

static void put(sbuf *b, const char *fmt, ...) KN_PRINTF(2, 3);
static void put(sbuf *b, const char *fmt, ...)
{
    if (b->failed) return;
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(b->buf + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
        if (n < 0) {
            b->failed = 1;
            return;
        }
        if ((size_t)n < b->cap - b->len) {
            b->len += (size_t)n;
            return;
        }
        size_t cap = 2 * b->cap + (size_t)n;
        char *p = realloc(b->buf, cap);
        if (!p) {
            b->failed = 1;
            return;
        }
        b->buf = p;
        b->cap = cap;
    }
}

static void put_reg(sbuf *b, const kn_expr *e, uint32_t r)
{
    put(b, "r%u", (unsigned)r);
    (void)e;
}

kn_status kn_expr_disassemble(const kn_expr *e, char **text)
{
    if (!text) return kn_fail(KN_ERR_INVALID_ARG, "kn_expr_disassemble: text is NULL");
    *text = NULL;
    if (!e) return kn_fail(KN_ERR_INVALID_ARG, "kn_expr_disassemble: e is NULL");
    sbuf b = {malloc(256), 0, 256, 0};
    if (!b.buf) return kn_fail(KN_ERR_NO_MEMORY, "kn_expr_disassemble: out of memory");
    b.buf[0] = '\0';
    put(&b, "; %s\n", e->src);
    put(&b, "; %u registers: %u input%s, %u constant%s, %u temporar%s (output r%u); %u instruction%s\n",
        (unsigned)e->nregs, (unsigned)e->nvars, e->nvars == 1 ? "" : "s", (unsigned)e->nconst,
        e->nconst == 1 ? "" : "s", (unsigned)e->ntemps, e->ntemps == 1 ? "y" : "ies", (unsigned)e->out,
        (unsigned)e->ninsn, e->ninsn == 1 ? "" : "s");
    for (uint32_t i = 0; i < e->nvars; i++) put(&b, "  r%u = %s\n", (unsigned)i, e->names[i]);
    for (uint32_t i = 0; i < e->nconst; i++) put(&b, "  r%u = %.17g\n", (unsigned)(e->nvars + i), e->consts[i]);
    for (uint32_t i = 0; i < e->ninsn; i++) {
        const kn_insn *in = &e->code[i];
        int arity = kn_expr_op_arity(in->op);
        put(&b, "  %-8s ", kn_expr_op_name(in->op));
        put_reg(&b, e, in->dst);
        const uint16_t ops[3] = {in->a, in->b, in->c};
        for (int k = 0; k < arity && k < 3; k++) {
            put(&b, ", ");
            put_reg(&b, e, ops[k]);
        }
        put(&b, "\n");
    }
    if (b.failed) {
        free(b.buf);
        return kn_fail(KN_ERR_NO_MEMORY, "kn_expr_disassemble: out of memory");
    }
    *text = b.buf;
    return KN_OK;
}
