/* The first safe delay: a serial prefix, then segments in increasing order. */
#include <stdio.h>
#include <stdlib.h>

#include "drv.h"
#include "error.h"

/* Wheel turns per parallel segment, and the delays scanned on the calling
 * thread before any other is woken: the puzzle inputs (answers near 4e6)
 * end inside that serial prefix, where threads would cost more than the
 * whole scan. */
#define SEGMENT_TURNS 64
#define SERIAL_DELAYS ((uint64_t)1 << 24)
_Static_assert(KN_FW_WHEEL_MAX <= UINT64_MAX / SEGMENT_TURNS, "a segment's span must fit in 64 bits");

/* Last delay of the segment starting at `start`, clamped to limit. */
static uint64_t segment_last(uint64_t start, uint64_t span, uint64_t limit)
{
    return limit - start < span ? limit : start + span - 1;
}

/* A thread's lowest failed segment, with its sentence (errors are thread
 * local): each thread claims segments in increasing order. */
typedef struct {
    uint64_t seg;
    kn_status st;
    char msg[KN_ERROR_MAX];
} seg_failure;

typedef struct {
    const kn_cpu_prims *prims;
    const kn_ctx *pctx;
    const kn_fw_plan *plan;
    uint64_t first, span, limit, nseg;
    uint64_t next, best, failed; /* shared: the next segment, the best delay, the lowest failed segment */
    seg_failure *failures;       /* one per thread */
} fw_job;

static void atomic_min(uint64_t *v, uint64_t x)
{
    uint64_t cur = __atomic_load_n(v, __ATOMIC_RELAXED);
    while (x < cur && !__atomic_compare_exchange_n(v, &cur, x, 1, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
    }
}

/* A thread stops claiming once its next segment starts past the best delay
 * found or lies above a failed one, so every segment below the answer is
 * scanned to the end: the result is the serial scan's. */
static void fw_team(void *arg, int thread, int team)
{
    (void)team;
    fw_job *j = arg;
    seg_failure *mine = &j->failures[thread];
    for (;;) {
        uint64_t k = __atomic_fetch_add(&j->next, 1, __ATOMIC_RELAXED), found;
        if (k >= j->nseg || j->first + k * j->span > __atomic_load_n(&j->best, __ATOMIC_RELAXED) ||
            k > __atomic_load_n(&j->failed, __ATOMIC_RELAXED))
            break;
        uint64_t start = j->first + k * j->span;
        kn_status st = j->prims->fw_scan(j->pctx, j->plan, start, segment_last(start, j->span, j->limit), &found);
        if (st == KN_OK) {
            atomic_min(&j->best, found);
        } else if (st != KN_ERR_NOT_FOUND && mine->seg == UINT64_MAX) {
            mine->seg = k;
            mine->st = st;
            snprintf(mine->msg, sizeof mine->msg, "%s", kn_last_error());
            atomic_min(&j->failed, k);
        }
    }
}

/* A segment whose scan fails (any status but OK and NOT_FOUND) hides what
 * lies in it, so the failure of the lowest such segment is returned unless
 * the answer lies below it. */
static kn_status fw_result(const fw_job *j, int team, uint64_t *delay)
{
    if (j->failed != UINT64_MAX && j->first + j->failed * j->span < j->best)
        for (int t = 0; t < team; t++)
            if (j->failures[t].seg == j->failed) return kn_fail(j->failures[t].st, "%s", j->failures[t].msg);
    if (j->best == UINT64_MAX) return KN_ERR_NOT_FOUND;
    *delay = j->best;
    return KN_OK;
}

kn_status kn_drv_firewall_scan(kn_ctx *ctx, const kn_fw_plan *plan, uint64_t from, uint64_t limit, uint64_t *delay)
{
    const kn_exec_ops *exec = ctx->ops->exec;
    const kn_ctx *pctx = ctx->prims_ctx;
    const kn_cpu_prims *prims = pctx->ops->prims;
    uint64_t span = plan->wheel * SEGMENT_TURNS;
    uint64_t serial = span < SERIAL_DELAYS ? (SERIAL_DELAYS + span - 1) / span * span : span;
    if (exec->team(ctx, 2) == 1 || limit - from < serial) return prims->fw_scan(pctx, plan, from, limit, delay);
    kn_status st = prims->fw_scan(pctx, plan, from, segment_last(from, serial, limit), delay);
    if (st != KN_ERR_NOT_FOUND) return st;
    uint64_t first = from + serial, nseg = (limit - first) / span + 1;
    int team = exec->team(ctx, nseg);
    if (team == 1) return prims->fw_scan(pctx, plan, first, limit, delay);
    seg_failure *failures = malloc((size_t)team * sizeof *failures);
    if (!failures) return kn_fail(KN_ERR_NO_MEMORY, "kn_firewall_first_safe_delay: out of memory for %d threads", team);
    for (int t = 0; t < team; t++) failures[t].seg = UINT64_MAX;
    fw_job job = {prims, pctx, plan, first, span, limit, nseg, 0, UINT64_MAX, UINT64_MAX, failures};
    exec->run_team(ctx, team, fw_team, &job);
    st = fw_result(&job, team, delay);
    free(failures);
    return st;
}
