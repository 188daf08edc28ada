/* The serial executor: every unit in order on the calling thread. */
#include "exec.h"

static int serial_team(const kn_ctx *ctx, size_t units)
{
    (void)ctx, (void)units;
    return 1;
}

static kn_status serial_parallel_for(const kn_ctx *ctx, int team, size_t units, kn_unit_fn fn, void *arg)
{
    (void)ctx, (void)team;
    for (size_t u = 0; u < units; u++) {
        kn_status st = fn(arg, u, 0);
        if (st) return st;
    }
    return KN_OK;
}

static void serial_run_team(const kn_ctx *ctx, int team, kn_team_fn fn, void *arg)
{
    (void)ctx, (void)team;
    fn(arg, 0, 1);
}

const kn_exec_ops kn_exec_serial = {
    .team = serial_team,
    .parallel_for = serial_parallel_for,
    .run_team = serial_run_team,
};
