/* Expression parser: an operator-precedence (shunting-yard) parser with
 * explicit stacks, so no input -- 200000 nested parentheses included -- can
 * overflow the C stack. It builds the tree bottom-up (kn_parse_tree in expr.h),
 * folding constants and applying exact rewrites as each node is made.
 *
 * Grammar and precedence follow Python (lowest first):
 *   comparisons  < <= > >= == !=   chained like Python: a < b < c means
 *                                  (a < b) & (b < c), b evaluated once
 *   |            left-associative
 *   &            left-associative
 *   + -          left-associative
 *   * / %        left-associative
 *   unary - + ~  prefix
 *   **           right-associative, binds tighter than a unary operator on
 *                its left (-x**2 == -(x**2)) and accepts one on its right
 *                (2**-1 == 0.5)
 *   operands     numbers, variables, pi, e, True, False, f(args), ( expr ) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "expr.h"
#include "expr_ops.h"

#define FN "kn_expr_compile"

/* The functions of the language: the table's FUNC rows, in opcode order. */
#define KN_FUNC_ROW_FUNC(E, n, spelling) {spelling, KN_OP_##E, n},
#define KN_FUNC_ROW_OPER(E, n, spelling)
#define KN_FUNC_ROW_NONE(E, n, spelling)
#define KN_X_FUNC(E, l, n, x, syntax, spelling, ...) KN_FUNC_ROW_##syntax(E, n, spelling)
const kn_expr_func kn_expr_funcs[] = {KN_EXPR_OPCODES(KN_X_FUNC)};
const size_t kn_expr_nfuncs = sizeof kn_expr_funcs / sizeof kn_expr_funcs[0];

static int name_eq(const char *s, size_t len, const char *name) { return strlen(name) == len && memcmp(s, name, len) == 0; }

const kn_expr_func *kn_expr_find_func(const char *s, size_t len)
{
    for (size_t i = 0; i < kn_expr_nfuncs; i++)
        if (name_eq(s, len, kn_expr_funcs[i].name)) return &kn_expr_funcs[i];
    return NULL;
}

int kn_expr_find_const(const char *s, size_t len, double *value)
{
    /* The doubles nearest to pi and e (as numpy.pi, math.e); Python's
     * booleans as numbers. */
    if (name_eq(s, len, "pi")) return *value = 3.141592653589793, 1;
    if (name_eq(s, len, "e")) return *value = 2.718281828459045, 1;
    if (name_eq(s, len, "True")) return *value = 1.0, 1;
    if (name_eq(s, len, "False")) return *value = 0.0, 1;
    return 0;
}

/* ---- the tree ---------------------------------------------------------- */

#define KN_X_APPLY(E, l, n, ...) case KN_OP_##E: return KN_EXPR_APPLY(l, n);
static double apply(unsigned op, double a, double b, double c)
{
    switch (op) {
        KN_EXPR_OPCODES(KN_X_APPLY)
    }
    (void)b, (void)c;
    return 0.0;
}

static int32_t new_node(kn_parse_tree *t, kn_node n)
{
    if (t->count == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        if (cap > INT32_MAX) return -1;
        kn_node *p = realloc(t->nodes, cap * sizeof *p);
        if (!p) return -1;
        t->nodes = p;
        t->cap = cap;
    }
    t->nodes[t->count] = n;
    return (int32_t)t->count++;
}

static int32_t num_node(kn_parse_tree *t, double v)
{
    kn_node n = {.kind = KN_N_NUM, .num = v, .arg = {-1, -1, -1}, .chain_rhs = -1};
    return new_node(t, n);
}

static int is_num(const kn_parse_tree *t, int32_t i, double v)
{
    return t->nodes[i].kind == KN_N_NUM && t->nodes[i].num == v;
}

/* Makes op(a, b, c) (unused operands -1), folding constants and applying
 * the exact rewrites. Returns the node, or -1 when out of memory. */
static int32_t op_node(kn_parse_tree *t, unsigned op, int32_t a, int32_t b, int32_t c)
{
    int arity = kn_expr_op_arity(op);
    int32_t args[3] = {a, b, c};
    int all_const = 1;
    for (int i = 0; i < arity && i < 3; i++) all_const &= t->nodes[args[i]].kind == KN_N_NUM;
    /* A transcendental is folded only where it can run (else the evaluation
     * reports why it cannot). */
    if (all_const && (kn_expr_op_exact(op) || kn_expr_finz_available())) {
        double v[3] = {0, 0, 0};
        for (int i = 0; i < arity && i < 3; i++) v[i] = t->nodes[args[i]].num;
        return num_node(t, apply(op, v[0], v[1], v[2]));
    }
    /* Exact rewrites: each gives the same bits as the opcode would. */
    if (op == KN_OP_WHERE && t->nodes[a].kind == KN_N_NUM) {
        int32_t r = t->nodes[a].num != 0.0 ? b : c;
        t->nodes[r].bare_cmp = 0;
        return r;
    }
    if (op == KN_OP_NEG && t->nodes[a].kind == KN_N_OP && t->nodes[a].op == KN_OP_NEG) {
        int32_t r = t->nodes[a].arg[0];
        t->nodes[r].bare_cmp = 0;
        return r;
    }
    if (op == KN_OP_POW) {
        if (is_num(t, b, 2.0)) op = KN_OP_MUL, b = a;  /* pow(x, 2) is x*x correctly rounded */
        else if (is_num(t, b, 0.0)) return num_node(t, 1.0); /* pow(x, +-0) == 1 even for NaN */
        else if (is_num(t, b, 1.0)) {                        /* pow(x, 1) == x */
            t->nodes[a].bare_cmp = 0;
            return a;
        }
    }
    kn_node n = {.kind = KN_N_OP, .op = (uint8_t)op, .arg = {a, b, c}, .chain_rhs = -1};
    return new_node(t, n);
}

/* ---- names that are not supported -------------------------------------- */

/* Element-wise functions of numpy, numexpr and Python's math module that the
 * language does not have. A call to one of them is reported as not supported
 * rather than answered with the nearest supported name: 'sinc' is one
 * edit from 'sin' and 'asinh' one from 'asin', and following such a hint
 * would silently compute different math. `use` is the supported spelling
 * of the same function, when there is one. */
static const struct {
    const char *name, *use;
} unsupported_funcs[] = {
    {"asin", "'arcsin'"}, {"acos", "'arccos'"}, {"atan", "'arctan'"}, {"atan2", "'arctan2'"},
    {"absolute", "'abs'"}, {"fabs", "'abs'"}, {"pow", "a ** b"}, {"power", "a ** b"}, {"asinh", "'arcsinh'"},
    {"acosh", "'arccosh'"}, {"atanh", "'arctanh'"}, {"spacing", NULL}, {"remainder", NULL}, {"mod", NULL},
    {"divmod", NULL}, {"modf", NULL}, {"frexp", NULL}, {"ldexp", NULL}, {"floor_divide", NULL},
    {"true_divide", NULL}, {"divide", NULL}, {"multiply", NULL}, {"add", NULL}, {"subtract", NULL},
    {"negative", NULL}, {"positive", NULL}, {"logaddexp", NULL}, {"logaddexp2", NULL}, {"float_power", NULL},
    {"square", NULL}, {"reciprocal", NULL}, {"real", NULL}, {"imag", NULL}, {"conj", NULL}, {"conjugate", NULL},
    {"complex", NULL}, {"angle", NULL}, {"contains", NULL}, {"around", "'round'"}, {"rint", "'round'"},
    {"fix", NULL}, {"hypot", NULL}, {"degrees", NULL}, {"radians", NULL}, {"deg2rad", NULL}, {"rad2deg", NULL},
    {"heaviside", NULL}, {"isposinf", NULL}, {"isneginf", NULL}, {"fmin", NULL}, {"fmax", NULL}, {"min", NULL},
    {"max", NULL}, {"amin", NULL}, {"amax", NULL}, {"clip", NULL}, {"sum", NULL}, {"prod", NULL},
    {"mean", NULL}, {"std", NULL}, {"var", NULL}, {"cumsum", NULL}, {"cumprod", NULL}, {"sinc", NULL},
    {"erf", NULL}, {"erfc", NULL}, {"gamma", NULL}, {"lgamma", NULL}, {"gcd", NULL}, {"lcm", NULL},
    {"greater", NULL}, {"greater_equal", NULL}, {"less", NULL}, {"less_equal", NULL}, {"equal", NULL},
    {"not_equal", NULL}, {"logical_and", NULL}, {"logical_or", NULL}, {"logical_not", NULL},
    {"logical_xor", NULL}, {"bitwise_and", NULL}, {"bitwise_or", NULL}, {"bitwise_xor", NULL},
    {"bitwise_not", NULL}, {"invert", NULL}, {"left_shift", NULL}, {"right_shift", NULL}, {"float", NULL},
    {"int", NULL}, {"bool", NULL},
};

static kn_status unsupported_func(const char *s, size_t len, size_t col)
{
    for (size_t i = 0; i < sizeof unsupported_funcs / sizeof unsupported_funcs[0]; i++) {
        if (!name_eq(s, len, unsupported_funcs[i].name)) continue;
        const char *use = unsupported_funcs[i].use;
        return kn_fail(KN_ERR_PARSE, FN ": column %zu: function '%.*s' is not supported%s%s", col, (int)len, s,
                       use ? "; use " : "", use ? use : "");
    }
    return KN_OK;
}

/* ---- did you mean -------------------------------------------------------- */

static size_t edit_distance(const char *a, size_t la, const char *b, size_t lb)
{
    enum { MAXL = 64 };
    if (la > MAXL || lb > MAXL) return (size_t)-1;
    size_t prev[MAXL + 1], cur[MAXL + 1];
    for (size_t j = 0; j <= lb; j++) prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
            cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
        }
        memcpy(prev, cur, (lb + 1) * sizeof *prev);
    }
    return prev[lb];
}

typedef struct {
    const char *s;
    size_t len, best_d;
    const char *best;
} suggest;

static void consider(suggest *g, const char *cand)
{
    size_t lc = strlen(cand), d = edit_distance(g->s, g->len, cand, lc);
    size_t longer = lc > g->len ? lc : g->len, limit = longer / 3 > 1 ? longer / 3 : 1;
    if (d > limit || d >= longer) return;
    /* Closer first; on a tie, one that the name starts with ('sine' ->
     * 'sin' rather than 'sinh'). */
    int prefix = lc < g->len && memcmp(g->s, cand, lc) == 0;
    size_t score = 2 * d + !prefix;
    if (score < g->best_d) g->best_d = score, g->best = cand;
}

/* Writes "; did you mean 'x'?" (or nothing) into buf. */
static const char *did_you_mean(suggest *g, char *buf, size_t len)
{
    buf[0] = '\0';
    if (g->best) snprintf(buf, len, "; did you mean '%s'?", g->best);
    return buf;
}

/* ---- the parser ---------------------------------------------------------- */

enum { E_PAREN, E_FUNC, E_BIN, E_UN };
enum { P_CMP = 1, P_OR, P_AND, P_ADD, P_MUL, P_UNARY, P_POW };

typedef struct {
    uint8_t kind, op, prec;
    size_t pos;   /* where the operator, '(' or function name is */
    size_t ppos;  /* E_FUNC: where its '(' is */
    size_t vbase; /* E_FUNC: value stack size at its '(' */
    const kn_expr_func *f;
} opent;

typedef struct {
    const char *src;
    kn_parse_tree *t;
    opent *ops;
    size_t nops, capops;
    int32_t *vals;
    size_t nvals, capvals;
} parser;

static kn_status oom(void) { return kn_fail(KN_ERR_NO_MEMORY, FN ": out of memory"); }

static kn_status push_op(parser *p, opent e)
{
    if (p->nops == p->capops) {
        size_t cap = p->capops ? 2 * p->capops : 64;
        opent *n = realloc(p->ops, cap * sizeof *n);
        if (!n) return oom();
        p->ops = n, p->capops = cap;
    }
    p->ops[p->nops++] = e;
    return KN_OK;
}

static kn_status push_val(parser *p, int32_t v)
{
    if (v < 0) return oom();
    if (p->nvals == p->capvals) {
        size_t cap = p->capvals ? 2 * p->capvals : 64;
        int32_t *n = realloc(p->vals, cap * sizeof *n);
        if (!n) return oom();
        p->vals = n, p->capvals = cap;
    }
    p->vals[p->nvals++] = v;
    return KN_OK;
}

/* Applies the operator on top of the op stack to the value stack. */
static kn_status reduce(parser *p)
{
    opent e = p->ops[--p->nops];
    kn_parse_tree *t = p->t;
    if (e.kind == E_UN) {
        int32_t a = p->vals[--p->nvals];
        int32_t r = op_node(t, e.op, a, -1, -1);
        if (r >= 0) t->nodes[r].bare_cmp = 0;
        return push_val(p, r);
    }
    int32_t b = p->vals[--p->nvals], a = p->vals[--p->nvals];
    if (e.prec != P_CMP) {
        int32_t r = op_node(t, e.op, a, b, -1);
        if (r >= 0) t->nodes[r].bare_cmp = 0;
        return push_val(p, r);
    }
    int32_t r;
    if (t->nodes[a].bare_cmp) {
        /* a is "x < y" (or a chain ending in y): build (a) & (y op b). */
        int32_t y = t->nodes[a].chain_rhs;
        int32_t right = op_node(t, e.op, y, b, -1);
        if (right < 0) return oom();
        r = op_node(t, KN_OP_AND, a, right, -1);
    } else {
        r = op_node(t, e.op, a, b, -1);
    }
    if (r < 0) return oom();
    t->nodes[r].bare_cmp = 1;
    t->nodes[r].chain_rhs = b;
    return push_val(p, r);
}

static void describe(const char *src, const kn_token *tok, char *buf, size_t len)
{
    if (tok->kind == KN_TOK_END) snprintf(buf, len, "end of expression");
    else if (tok->len > 40) snprintf(buf, len, "'%.40s...'", src + tok->pos);
    else snprintf(buf, len, "'%.*s'", (int)tok->len, src + tok->pos);
}

/* What may follow a complete operand here. */
static const char *operator_expected(const parser *p)
{
    for (size_t i = p->nops; i-- > 0;) {
        if (p->ops[i].kind == E_FUNC) return "an operator, ',' or ')'";
        if (p->ops[i].kind == E_PAREN) return "an operator or ')'";
    }
    return "an operator or end of expression";
}

static int is_python_logic(const char *s, size_t len)
{
    return name_eq(s, len, "and") || name_eq(s, len, "or") || name_eq(s, len, "not");
}

static kn_status python_logic(const char *s, size_t len, size_t col)
{
    return kn_fail(KN_ERR_PARSE, FN ": column %zu: '%.*s' is not supported; use %s (with parentheses around "
                   "comparisons, e.g. (a > 0) & (b < 1))", col, (int)len, s,
                   s[0] == 'a' ? "'&'" : s[0] == 'o' ? "'|'" : "'~'");
}

static kn_status unknown_name(parser *p, const kn_token *tok, size_t nvars, const char *const *names, int call)
{
    const char *s = p->src + tok->pos;
    size_t len = tok->len, col = tok->pos + 1;
    char hint[160];
    suggest g = {s, len, (size_t)-1, NULL};
    if (call) {
        kn_status st = unsupported_func(s, len, col);
        if (st) return st;
        for (size_t i = 0; i < kn_expr_nfuncs; i++) consider(&g, kn_expr_funcs[i].name);
        return kn_fail(KN_ERR_PARSE, FN ": column %zu: unknown function '%.*s'%s", col, (int)len, s,
                       did_you_mean(&g, hint, sizeof hint));
    }
    if (is_python_logic(s, len)) return python_logic(s, len, col);
    for (size_t i = 0; i < nvars; i++) consider(&g, names[i]);
    consider(&g, "pi");
    consider(&g, "e");
    return kn_fail(KN_ERR_PARSE, FN ": column %zu: unknown variable '%.*s'%s", col, (int)len, s,
                   did_you_mean(&g, hint, sizeof hint));
}

static kn_status parse(parser *p, size_t nvars, const char *const *names)
{
    const char *src = p->src;
    kn_parse_tree *t = p->t;
    size_t pos = 0;
    int want_operand = 1;
    char found[64];
    for (;;) {
        kn_token tok;
        kn_status st = kn_expr_lex(src, &pos, &tok);
        if (st) return st;
        size_t col = tok.pos + 1;
        if (want_operand) {
            switch (tok.kind) {
            case KN_TOK_NUM:
                st = push_val(p, num_node(t, tok.num));
                want_operand = 0;
                break;
            case KN_TOK_NAME: {
                const char *s = src + tok.pos;
                size_t after = pos;
                kn_token next;
                st = kn_expr_lex(src, &after, &next);
                if (st == KN_OK && next.kind == KN_TOK_LPAREN) {
                    const kn_expr_func *f = kn_expr_find_func(s, tok.len);
                    if (!f) {
                        double v;
                        for (size_t i = 0; i < nvars; i++)
                            if (name_eq(s, tok.len, names[i]))
                                return kn_fail(KN_ERR_PARSE, FN ": column %zu: '%.*s' is a variable, not a function",
                                               col, (int)tok.len, s);
                        if (kn_expr_find_const(s, tok.len, &v))
                            return kn_fail(KN_ERR_PARSE, FN ": column %zu: '%.*s' is a constant, not a function",
                                           col, (int)tok.len, s);
                        return unknown_name(p, &tok, nvars, names, 1);
                    }
                    opent e = {E_FUNC, f->op, 0, tok.pos, next.pos, p->nvals, f};
                    st = push_op(p, e);
                    pos = after;
                    break;
                }
                /* a lexing error after the name is reported when we get there */
                size_t i;
                for (i = 0; i < nvars; i++)
                    if (name_eq(s, tok.len, names[i])) break;
                double v;
                if (i < nvars) {
                    kn_node n = {.kind = KN_N_VAR, .var = (uint32_t)i, .arg = {-1, -1, -1}, .chain_rhs = -1};
                    st = push_val(p, new_node(t, n));
                } else if (kn_expr_find_const(s, tok.len, &v)) {
                    st = push_val(p, num_node(t, v));
                } else if (kn_expr_find_func(s, tok.len)) {
                    const kn_expr_func *f = kn_expr_find_func(s, tok.len);
                    describe(src, &next, found, sizeof found);
                    return kn_fail(KN_ERR_PARSE, FN ": column %zu: expected '(' after the function name '%s', found %s",
                                   next.pos + 1, f->name, found);
                } else {
                    return unknown_name(p, &tok, nvars, names, 0);
                }
                want_operand = 0;
                break;
            }
            case KN_TOK_LPAREN: {
                opent e = {E_PAREN, 0, 0, tok.pos, tok.pos, 0, NULL};
                st = push_op(p, e);
                break;
            }
            case KN_TOK_OP:
                if (tok.op == KN_T_PLUS) break; /* unary plus: the identity */
                if (tok.op == KN_T_MINUS || tok.op == KN_T_TILDE) {
                    opent e = {E_UN, tok.op == KN_T_MINUS ? KN_OP_NEG : KN_OP_NOT, P_UNARY, tok.pos, tok.pos, 0, NULL};
                    st = push_op(p, e);
                    break;
                }
                describe(src, &tok, found, sizeof found);
                return kn_fail(KN_ERR_PARSE, FN ": column %zu: expected an operand, found %s", col, found);
            case KN_TOK_RPAREN:
                if (p->nops && p->ops[p->nops - 1].kind == E_FUNC && p->ops[p->nops - 1].vbase == p->nvals) {
                    const kn_expr_func *f = p->ops[p->nops - 1].f;
                    return kn_fail(KN_ERR_PARSE, FN ": column %zu: %s() takes %d argument%s, got 0",
                                   p->ops[p->nops - 1].pos + 1, f->name, f->arity, f->arity == 1 ? "" : "s");
                }
                /* fall through */
            default:
                describe(src, &tok, found, sizeof found);
                return kn_fail(KN_ERR_PARSE, FN ": column %zu: expected an operand, found %s", col, found);
            }
            if (st) return st;
            continue;
        }
        /* A complete operand is on the value stack: expect what follows it. */
        if (tok.kind == KN_TOK_OP && tok.op != KN_T_TILDE) {
            static const struct { uint8_t op, prec; } bin[] = {
                [KN_T_PLUS] = {KN_OP_ADD, P_ADD},  [KN_T_MINUS] = {KN_OP_SUB, P_ADD},
                [KN_T_STAR] = {KN_OP_MUL, P_MUL},  [KN_T_SLASH] = {KN_OP_DIV, P_MUL},
                [KN_T_PERCENT] = {KN_OP_MOD, P_MUL}, [KN_T_POW] = {KN_OP_POW, P_POW},
                [KN_T_LT] = {KN_OP_LT, P_CMP},     [KN_T_LE] = {KN_OP_LE, P_CMP},
                [KN_T_GT] = {KN_OP_GT, P_CMP},     [KN_T_GE] = {KN_OP_GE, P_CMP},
                [KN_T_EQ] = {KN_OP_EQ, P_CMP},     [KN_T_NE] = {KN_OP_NE, P_CMP},
                [KN_T_AMP] = {KN_OP_AND, P_AND},   [KN_T_PIPE] = {KN_OP_OR, P_OR},
            };
            unsigned prec = bin[tok.op].prec;
            int right = prec == P_POW;
            while (p->nops) {
                opent *top = &p->ops[p->nops - 1];
                if (top->kind != E_BIN && top->kind != E_UN) break;
                if (top->prec > prec || (top->prec == prec && !right)) {
                    if ((st = reduce(p))) return st;
                } else {
                    break;
                }
            }
            opent e = {E_BIN, bin[tok.op].op, (uint8_t)prec, tok.pos, tok.pos, 0, NULL};
            if ((st = push_op(p, e))) return st;
            want_operand = 1;
            continue;
        }
        if (tok.kind == KN_TOK_RPAREN || tok.kind == KN_TOK_COMMA || tok.kind == KN_TOK_END) {
            while (p->nops && (p->ops[p->nops - 1].kind == E_BIN || p->ops[p->nops - 1].kind == E_UN))
                if ((st = reduce(p))) return st;
            if (tok.kind == KN_TOK_END) {
                if (p->nops) {
                    opent *o = &p->ops[p->nops - 1];
                    return kn_fail(KN_ERR_PARSE,
                                   FN ": column %zu: expected ')' to close the '(' at column %zu, found end of expression",
                                   col, o->ppos + 1);
                }
                t->root = p->vals[--p->nvals];
                t->nodes[t->root].bare_cmp = 0;
                return KN_OK;
            }
            if (p->nops == 0) {
                if (tok.kind == KN_TOK_COMMA)
                    return kn_fail(KN_ERR_PARSE, FN ": column %zu: expected an operator or end of expression, found ','"
                                   " (a comma only separates function arguments)", col);
                return kn_fail(KN_ERR_PARSE, FN ": column %zu: unmatched ')'", col);
            }
            opent *o = &p->ops[p->nops - 1];
            if (tok.kind == KN_TOK_COMMA) {
                if (o->kind != E_FUNC)
                    return kn_fail(KN_ERR_PARSE, FN ": column %zu: expected an operator or ')', found ','"
                                   " (a comma only separates function arguments)", col);
                t->nodes[p->vals[p->nvals - 1]].bare_cmp = 0;
                want_operand = 1;
                continue;
            }
            /* ')' */
            p->nops--;
            if (o->kind == E_PAREN) {
                t->nodes[p->vals[p->nvals - 1]].bare_cmp = 0;
                continue;
            }
            size_t got = p->nvals - o->vbase;
            if (got != o->f->arity)
                return kn_fail(KN_ERR_PARSE, FN ": column %zu: %s() takes %d argument%s, got %zu", o->pos + 1,
                               o->f->name, o->f->arity, o->f->arity == 1 ? "" : "s", got);
            int32_t args[3] = {-1, -1, -1};
            for (size_t i = 0; i < got; i++) args[i] = p->vals[o->vbase + i];
            p->nvals = o->vbase;
            int32_t r = op_node(t, o->op, args[0], args[1], args[2]);
            if (r >= 0) t->nodes[r].bare_cmp = 0;
            if ((st = push_val(p, r))) return st;
            continue;
        }
        if (tok.kind == KN_TOK_NAME && is_python_logic(src + tok.pos, tok.len))
            return python_logic(src + tok.pos, tok.len, col);
        describe(src, &tok, found, sizeof found);
        return kn_fail(KN_ERR_PARSE, FN ": column %zu: expected %s, found %s", col, operator_expected(p), found);
    }
}

kn_status kn_expr_parse(const char *src, size_t nvars, const char *const *names, kn_parse_tree *tree)
{
    parser p = {src, tree, NULL, 0, 0, NULL, 0, 0};
    tree->nodes = NULL;
    tree->count = tree->cap = 0;
    tree->root = -1;
    kn_status st = parse(&p, nvars, names);
    free(p.ops);
    free(p.vals);
    return st;
}
