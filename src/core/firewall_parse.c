/* The firewall text parser: one "depth: range" per line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

typedef struct {
    const char *s;   /* current position */
    const char *bol; /* beginning of the current line */
    size_t line;
} cursor;

typedef struct {
    int64_t depth;
    size_t line, col, index;
} depth_pos;

static size_t col_of(const cursor *c) { return (size_t)(c->s - c->bol) + 1; }

static void skip_blanks(cursor *c)
{
    while (*c->s == ' ' || *c->s == '\t') c->s++;
}

static int at_eol(const cursor *c) { return *c->s == '\n' || *c->s == '\0' || (c->s[0] == '\r' && c->s[1] == '\n'); }

/* Describes the character under the cursor for error messages. */
static const char *found(const cursor *c, char *buf, size_t len)
{
    unsigned char ch = (unsigned char)*c->s;
    if (at_eol(c)) return *c->s ? "end of line" : "end of text";
    if (ch >= 0x21 && ch < 0x7f) snprintf(buf, len, "'%c'", ch);
    else snprintf(buf, len, "byte 0x%02x", ch);
    return buf;
}

static kn_status expected(const cursor *c, const char *what)
{
    char buf[16];
    return kn_fail(KN_ERR_PARSE, "kn_firewall_parse: line %zu, column %zu: expected %s, found %s",
                   c->line, col_of(c), what, found(c, buf, sizeof buf));
}

static kn_status number(cursor *c, const char *what, int64_t *v)
{
    if (*c->s < '0' || *c->s > '9') return expected(c, what);
    size_t col = col_of(c);
    int64_t x = 0;
    for (; *c->s >= '0' && *c->s <= '9'; c->s++) {
        int d = *c->s - '0';
        if (x > (INT64_MAX - d) / 10)
            return kn_fail(KN_ERR_PARSE,
                           "kn_firewall_parse: line %zu, column %zu: %s does not fit in int64",
                           c->line, col, what);
        x = x * 10 + d;
    }
    *v = x;
    return KN_OK;
}

/* Parses one non-blank line into *out. */
static kn_status parse_line(cursor *c, kn_layer *out)
{
    *out = (kn_layer){0, 0};
    kn_status st = number(c, "a depth (digits)", &out->depth);
    if (st) return st;
    skip_blanks(c);
    if (*c->s != ':') return expected(c, "':' after the depth");
    c->s++;
    skip_blanks(c);
    size_t col = col_of(c);
    if ((st = number(c, "a range (digits)", &out->range))) return st;
    if (out->range < 1)
        return kn_fail(KN_ERR_PARSE, "kn_firewall_parse: line %zu, column %zu: range must be at least 1, found 0",
                       c->line, col);
    skip_blanks(c);
    if (!at_eol(c)) return expected(c, "end of line after the range");
    return KN_OK;
}

static int cmp_depth(const void *a, const void *b)
{
    const depth_pos *x = a, *y = b;
    if (x->depth != y->depth) return x->depth < y->depth ? -1 : 1;
    return (x->line > y->line) - (x->line < y->line);
}

static kn_status check_duplicates(depth_pos *pos, size_t n)
{
    qsort(pos, n, sizeof *pos, cmp_depth);
    for (size_t i = 1; i < n; i++)
        if (pos[i].depth == pos[i - 1].depth)
            return kn_fail(KN_ERR_PARSE,
                           "kn_firewall_parse: line %zu, column %zu: depth %lld was already given on line %zu",
                           pos[i].line, pos[i].col, (long long)pos[i].depth, pos[i - 1].line);
    return KN_OK;
}

/* Makes room for one more layer. The arrays grow with the layers found,
 * never with the text's length: blank lines cost no memory. */
static kn_status reserve(kn_layer **out, depth_pos **pos, size_t count, size_t *cap)
{
    if (count < *cap) return KN_OK;
    size_t want = *cap ? 2 * *cap : 16;
    if (want > SIZE_MAX / sizeof **pos)
        return kn_fail(KN_ERR_NO_MEMORY, "kn_firewall_parse: out of memory for %zu layers", count + 1);
    kn_layer *o = realloc(*out, want * sizeof *o);
    if (o) *out = o;
    depth_pos *p = o ? realloc(*pos, want * sizeof *p) : NULL;
    if (!p) {
        kn_fail(KN_ERR_NO_MEMORY, "kn_firewall_parse: out of memory for %zu layers", count + 1);
        return KN_ERR_NO_MEMORY;
    }
    *pos = p;
    *cap = want;
    return KN_OK;
}

kn_status kn_firewall_parse(const char *text, kn_layer **layers, size_t *n)
{
    if (!text) return kn_fail(KN_ERR_INVALID_ARG, "kn_firewall_parse: text is NULL");
    if (!layers) return kn_fail(KN_ERR_INVALID_ARG, "kn_firewall_parse: layers is NULL");
    if (!n) return kn_fail(KN_ERR_INVALID_ARG, "kn_firewall_parse: n is NULL");

    kn_layer *out = NULL;
    depth_pos *pos = NULL;
    cursor c = {text, text, 1};
    size_t count = 0, cap = 0;
    kn_status st = KN_OK;
    for (;;) {
        skip_blanks(&c);
        if (!at_eol(&c)) {
            if ((st = reserve(&out, &pos, count, &cap))) break;
            pos[count] = (depth_pos){0, c.line, col_of(&c), count};
            if ((st = parse_line(&c, &out[count]))) break;
            pos[count].depth = out[count].depth;
            count++;
        }
        if (*c.s == '\0') break;
        c.s += *c.s == '\r' ? 2 : 1;
        c.bol = c.s;
        c.line++;
    }
    if (!st && count > 1) st = check_duplicates(pos, count);
    free(pos);
    if (st || count == 0) {
        free(out);
        out = NULL;
    }
    if (st) return st;
    *layers = out;
    *n = count;
    return KN_OK;
}

void kn_free(void *p) { free(p); }
