/* Expression tokenizer: numbers, names, operators, parentheses, commas. */
#include <ctype.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "expr.h"

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_name_char(char c) { return is_name_start(c) || is_digit(c); }

/* strtod in the "C" locale whatever the process locale is (POSIX 2008
 * uselocale is per thread). The text holds only [0-9.eE+-]. */
static double c_strtod(const char *text)
{
    locale_t c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
    locale_t old = c ? uselocale(c) : (locale_t)0;
    double v = strtod(text, NULL);
    if (c) {
        uselocale(old);
        freelocale(c);
    }
    return v;
}

static kn_status lex_number(const char *src, size_t start, size_t *pos, kn_token *tok)
{
    size_t p = start, digits = 0;
    while (is_digit(src[p])) p++, digits++;
    if (src[p] == '.') {
        p++;
        while (is_digit(src[p])) p++, digits++;
    }
    if (src[p] == 'e' || src[p] == 'E') {
        size_t q = p + 1;
        if (src[q] == '+' || src[q] == '-') q++;
        if (!is_digit(src[q]))
            return kn_fail(KN_ERR_PARSE,
                           "kn_expr_compile: column %zu: malformed number '%.*s': expected digits after the exponent '%c'",
                           start + 1, (int)(q - start), src + start, src[p]);
        while (is_digit(src[q])) q++;
        p = q;
    }
    (void)digits; /* a lone '.' is rejected by the caller before we get here */
    if (is_name_char(src[p]) || src[p] == '.')
        return kn_fail(KN_ERR_PARSE, "kn_expr_compile: column %zu: malformed number: '%c' cannot follow '%.*s'",
                       p + 1, src[p], (int)(p - start), src + start);
    char buf[128];
    size_t len = p - start;
    double v;
    if (len < sizeof buf) {
        memcpy(buf, src + start, len);
        buf[len] = '\0';
        v = c_strtod(buf);
    } else {
        char *big = malloc(len + 1);
        if (!big) return kn_fail(KN_ERR_NO_MEMORY, "kn_expr_compile: out of memory reading a %zu-character number", len);
        memcpy(big, src + start, len);
        big[len] = '\0';
        v = c_strtod(big);
        free(big);
    }
    tok->kind = KN_TOK_NUM;
    tok->num = v;
    tok->pos = start;
    tok->len = len;
    *pos = p;
    return KN_OK;
}

kn_status kn_expr_lex(const char *src, size_t *pos, kn_token *tok)
{
    size_t p = *pos;
    while (is_space(src[p])) p++;
    tok->pos = p;
    tok->len = 1;
    tok->op = 0;
    tok->num = 0;
    char c = src[p], d = c ? src[p + 1] : '\0';
    if (c == '\0') {
        tok->kind = KN_TOK_END;
        tok->len = 0;
        *pos = p;
        return KN_OK;
    }
    if (is_digit(c) || (c == '.' && is_digit(d))) return lex_number(src, p, pos, tok);
    if (is_name_start(c)) {
        size_t q = p;
        while (is_name_char(src[q])) q++;
        tok->kind = KN_TOK_NAME;
        tok->len = q - p;
        *pos = q;
        return KN_OK;
    }
    tok->kind = KN_TOK_OP;
    switch (c) {
    case '(': tok->kind = KN_TOK_LPAREN; break;
    case ')': tok->kind = KN_TOK_RPAREN; break;
    case ',': tok->kind = KN_TOK_COMMA; break;
    case '+': tok->op = KN_T_PLUS; break;
    case '-': tok->op = KN_T_MINUS; break;
    case '%': tok->op = KN_T_PERCENT; break;
    case '&': tok->op = KN_T_AMP; break;
    case '|': tok->op = KN_T_PIPE; break;
    case '~': tok->op = KN_T_TILDE; break;
    case '*':
        if (d == '*') tok->op = KN_T_POW, tok->len = 2;
        else tok->op = KN_T_STAR;
        break;
    case '/':
        if (d == '/')
            return kn_fail(KN_ERR_PARSE,
                           "kn_expr_compile: column %zu: floor division '//' is not supported; use floor(a / b)", p + 1);
        tok->op = KN_T_SLASH;
        break;
    case '<':
        if (d == '<') return kn_fail(KN_ERR_PARSE, "kn_expr_compile: column %zu: the shift operator '<<' is not supported", p + 1);
        if (d == '=') tok->op = KN_T_LE, tok->len = 2;
        else tok->op = KN_T_LT;
        break;
    case '>':
        if (d == '>') return kn_fail(KN_ERR_PARSE, "kn_expr_compile: column %zu: the shift operator '>>' is not supported", p + 1);
        if (d == '=') tok->op = KN_T_GE, tok->len = 2;
        else tok->op = KN_T_GT;
        break;
    case '=':
        if (d != '=')
            return kn_fail(KN_ERR_PARSE, "kn_expr_compile: column %zu: found '=' where an operator was expected; "
                                         "use '==' to compare", p + 1);
        tok->op = KN_T_EQ, tok->len = 2;
        break;
    case '!':
        if (d != '=')
            return kn_fail(KN_ERR_PARSE, "kn_expr_compile: column %zu: unexpected character '!'; use '~' for not, "
                                         "'!=' to compare", p + 1);
        tok->op = KN_T_NE, tok->len = 2;
        break;
    case '^':
        return kn_fail(KN_ERR_PARSE, "kn_expr_compile: column %zu: the operator '^' is not supported; use '**' for "
                                     "powers", p + 1);
    default:
        if (isprint((unsigned char)c))
            return kn_fail(KN_ERR_PARSE, "kn_expr_compile: column %zu: unexpected character '%c'", p + 1, c);
        return kn_fail(KN_ERR_PARSE, "kn_expr_compile: column %zu: unexpected byte 0x%02x", p + 1, (unsigned char)c);
    }
    *pos = p + tok->len;
    return KN_OK;
}
