/* Coverage detection for the first-safe-delay plan. Layers catch every
 * delay iff they catch every residue modulo the lcm M of their periods, so
 * a sieve of the residues mod M that one subset of the layers leaves, ending
 * empty, proves that no delay is safe. The sieve keeps the surviving
 * residues as a list (as the wheel does), widened one period at a time:
 * cheap while the list is short, which is when a covering is near.
 *
 * Subsets tried, in this order:
 *  1. the layers of one period, when they catch all its residues;
 *  2. every period, smallest first, skipping any that would make the list
 *     too long (this finds chains such as 2, 4, ..., 2^17);
 *  3. for each of the DIVISOR_TRIES smallest periods P whose divisors carry
 *     a density of at least 1 (less cannot cover), the periods dividing P:
 *     a covering whose lcm is one of its periods, which try 2 can miss when
 *     unrelated periods filled the list first.
 * Try 2 ending with every period sieved and survivors left proves that no
 * subset covers, so try 3 is skipped then (the case of the puzzle inputs).
 * Every widening is bounded (CAND_MAX candidates) and so is the total
 * (WORK_MAX): whatever the input, the detection costs O(n log n) plus at
 * most WORK_MAX residue tests (milliseconds). A covering beyond these
 * bounds is not detected: the scan then runs to max_delay (or to the
 * caller's budget). */
#include <stdlib.h>

#include "error.h"
#include "firewall_plan.h"

#define CAND_MAX ((uint64_t)1 << 16)
#define WORK_MAX ((uint64_t)1 << 20)
#define DIVISOR_TRIES 1024

typedef struct {
    uint64_t period;
    const kn_fw_check *c; /* its residues, ascending */
    size_t count;
} group;

typedef struct {
    uint64_t modulus;    /* lcm of the periods sieved so far */
    uint64_t *surv;      /* residues mod modulus caught by none of them */
    uint64_t *next;      /* scratch of the same capacity */
    size_t nsurv, cap;
    uint64_t work;       /* candidates tested, all tries together */
} sieve;

static kn_status out_of_memory(void)
{
    kn_fail(KN_ERR_NO_MEMORY, "out of memory looking for layers that catch every delay");
    return KN_ERR_NO_MEMORY;
}

static void sieve_reset(sieve *s)
{
    s->modulus = 1;
    s->surv[0] = 0;
    s->nsurv = 1;
}

static kn_status sieve_reserve(sieve *s, size_t want)
{
    if (want <= s->cap) return KN_OK;
    size_t grown = 2 * s->cap < CAND_MAX ? 2 * s->cap : (size_t)CAND_MAX; /* want <= CAND_MAX */
    if (want < grown) want = grown;
    uint64_t *a = realloc(s->surv, want * sizeof *a);
    if (a) s->surv = a;
    uint64_t *b = a ? realloc(s->next, want * sizeof *b) : NULL;
    if (!b) return out_of_memory();
    s->next = b;
    s->cap = want;
    return KN_OK;
}

/* Widens the sieve to lcm(modulus, g->period), keeping the candidates that
 * g does not catch. *sieved = 0 (sieve unchanged) when the candidates would
 * pass CAND_MAX or the total WORK_MAX. */
static kn_status sieve_add(sieve *s, const group *g, int *sieved)
{
    *sieved = 0;
    uint64_t m2 = kn_fw_lcm_capped(s->modulus, g->period, UINT64_MAX);
    if (!m2) return KN_OK;
    uint64_t turns = m2 / s->modulus;
    if (turns > CAND_MAX / s->nsurv) return KN_OK;
    uint64_t cand = turns * s->nsurv;
    if (cand > WORK_MAX - s->work) return KN_OK;
    kn_status st = sieve_reserve(s, (size_t)cand);
    if (st) return st;
    size_t out = 0;
    for (uint64_t t = 0; t < turns; t++)
        for (size_t i = 0; i < s->nsurv; i++) {
            uint64_t d = t * s->modulus + s->surv[i];
            if (!kn_fw_residue_in(g->c, g->count, d % g->period)) s->next[out++] = d;
        }
    uint64_t *tmp = s->surv;
    s->surv = s->next;
    s->next = tmp;
    s->nsurv = out;
    s->modulus = m2;
    s->work += cand;
    *sieved = 1;
    return KN_OK;
}

/* Sieves from scratch with the groups g[0..ng) whose periods divide `only`
 * (0: all), smallest first, until nothing survives. *all_sieved: no group
 * was skipped. */
static kn_status sieve_groups(sieve *s, const group *g, size_t ng, uint64_t only, int *all_sieved)
{
    sieve_reset(s);
    *all_sieved = 1;
    for (size_t i = 0; i < ng && s->nsurv; i++) {
        if (only && only % g[i].period) continue;
        int sieved;
        kn_status st = sieve_add(s, &g[i], &sieved);
        if (st) return st;
        *all_sieved &= sieved;
    }
    return KN_OK;
}

/* Whether the groups with periods dividing g[k].period (all among
 * g[0..k]) catch at least as many residues as there are, counted with
 * repetition: a necessary condition for them to catch all. */
static int dense_enough(const group *g, size_t k)
{
    double density = 0;
    for (size_t i = 0; i <= k; i++)
        if (g[k].period % g[i].period == 0) density += (double)g[i].count / (double)g[i].period;
    return density >= 1 - 1e-9; /* the rounding error of the sum is far below the margin */
}

static kn_status find_cover(sieve *s, const group *g, size_t ng, uint64_t *modulus)
{
    for (size_t i = 0; i < ng; i++)
        if (g[i].count == g[i].period) {
            *modulus = g[i].period;
            return KN_OK;
        }
    int all_sieved;
    kn_status st = sieve_groups(s, g, ng, 0, &all_sieved);
    if (st || s->nsurv == 0 || all_sieved) {
        if (!st && s->nsurv == 0) *modulus = s->modulus;
        return st;
    }
    for (size_t k = 0; k < ng && k < DIVISOR_TRIES && s->work < WORK_MAX; k++) {
        if (!dense_enough(g, k)) continue;
        if ((st = sieve_groups(s, g, k + 1, g[k].period, &all_sieved))) return st;
        if (s->nsurv == 0) {
            *modulus = s->modulus;
            return KN_OK;
        }
    }
    return KN_OK;
}

kn_status kn_fw_find_cover(const kn_fw_check *c, size_t n, uint64_t *modulus)
{
    *modulus = 0;
    size_t ng = 0;
    for (size_t i = 0; i < n; i++) ng += i == 0 || c[i].period != c[i - 1].period;
    group *g = malloc((ng ? ng : 1) * sizeof *g);
    if (!g) return out_of_memory();
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || c[i].period != c[i - 1].period) g[k++] = (group){c[i].period, c + i, 0};
        g[k - 1].count++;
    }
    sieve s = {0};
    kn_status st = sieve_reserve(&s, 1);
    if (!st) st = find_cover(&s, g, ng, modulus);
    free(g);
    free(s.surv);
    free(s.next);
    return st;
}
