/* libFuzzer target for the firewall text parser and the first-safe-delay
 * search: any byte string must parse or fail with a message naming a line
 * and column; parsed layers must satisfy the contract; and the wheel search
 * must agree with a brute-force scan over small delays, and a claim that
 * the layers catch every residue modulo M must hold. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels.h"

static int caught(int64_t d, const kn_layer *l)
{
    if (l->range == 1) return 1;
    uint64_t p = 2u * ((uint64_t)l->range - 1u);
    return ((uint64_t)d % p + (uint64_t)l->depth % p) % p == 0;
}

/* A "no safe delay" claim naming a modulus M must hold: the layers whose
 * periods divide M catch every residue mod M (checked for M * (n + 1) up
 * to 2^20). */
static int covers(const kn_layer *l, size_t n, const char *msg)
{
    const char *at = strstr(msg, "catch every residue modulo ");
    unsigned long long m;
    if (!at || sscanf(at, "catch every residue modulo %llu", &m) != 1 || m > (1u << 20) / (n + 1)) return 1;
    for (unsigned long long d = 0; d < m; d++) {
        int hit = 0;
        for (size_t i = 0; i < n && !hit; i++) {
            uint64_t p = 2u * ((uint64_t)l[i].range - 1u);
            hit = l[i].range > 1 && m % p == 0 && caught((int64_t)d, &l[i]);
        }
        if (!hit) return 0;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    kn_layer *l = (kn_layer *)&text;
    size_t n = 12345;
    kn_status st = kn_firewall_parse(text, &l, &n);
    free(text);
    if (st != KN_OK) {
        if (st != KN_ERR_PARSE || l != (kn_layer *)&text || n != 12345) abort();
        if (!strstr(kn_last_error(), "line ") || !strstr(kn_last_error(), "column ")) abort();
        return 0;
    }
    if ((n == 0) != (l == NULL)) abort();
    for (size_t i = 0; i < n; i++) {
        if (l[i].depth < 0 || l[i].range < 1) abort();
        for (size_t j = 0; j < i; j++)
            if (l[i].depth == l[j].depth) abort();
    }
    /* Brute force over the first 2000 delays (depths and ranges are small
     * enough here for the remainders above not to overflow). */
    int small = 1;
    for (size_t i = 0; i < n; i++) small &= l[i].depth < (INT64_C(1) << 40) && l[i].range < (INT64_C(1) << 40);
    if (small) {
        int64_t expect = -1;
        for (int64_t d = 0; d < 2000 && expect < 0; d++) {
            int hit = 0;
            for (size_t i = 0; i < n && !hit; i++) hit = caught(d, &l[i]);
            if (!hit) expect = d;
        }
        int64_t got = -1;
        st = kn_firewall_first_safe_delay(NULL, l, n, 1999, &got);
        if (expect >= 0 ? st != KN_OK || got != expect : st != KN_ERR_NOT_FOUND) abort();
        if (st == KN_ERR_NOT_FOUND && !covers(l, n, kn_last_error())) abort();
        int64_t sev;
        st = kn_firewall_severity(NULL, l, n, 0, &sev);
        if (st != KN_OK && st != KN_ERR_OVERFLOW) abort();
    }
    kn_free(l);
    return 0;
}
