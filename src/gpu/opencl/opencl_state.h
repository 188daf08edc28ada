/* State of the OpenCL backend shared by its files. */
#ifndef KN_GPU_OPENCL_STATE_H
#define KN_GPU_OPENCL_STATE_H

#include <CL/cl.h>
#include <pthread.h>

#include "../../core/backend.h"
#include "../device.h"

/* One device found at start-up, with its shared context and kernel program
 * (made on first use under `lock`). */
typedef struct {
    cl_platform_id platform;
    cl_device_id id;
    char platform_name[256], name[256], version[256];
    cl_device_type type;
    int fp64;
    cl_ulong max_alloc, global_mem;
    pthread_mutex_t lock;
    cl_context context;
    cl_program program;
    struct kn_cl_expr_prog *exprs; /* compiled expression programs, under lock */
    cl_program expr_interp;        /* the expression interpreter, under lock */
} kn_cl_device;

/* Per-kn_ctx state: one in-order queue and one object per kernel, used
 * under `lock` (clSetKernelArg is not thread-safe on a shared kernel). */
typedef struct {
    kn_cl_device *dev;
    pthread_mutex_t lock;
    cl_command_queue q;
    cl_kernel k[KN_DK_COUNT]; /* by kn_dev_kernel */
} kn_cl_state;

/* The runtime's one failure helper: KN_ERR_DEVICE with "opencl: <what>
 * failed: <error name>". */
kn_status kn_cl_fail(const char *what, cl_int err);

/* runtime_guard.c: brackets the OpenCL calls that may start a driver
 * (device discovery, contexts, queues, program builds); the signal
 * dispositions and the calling thread's alternate signal stack are as
 * before afterwards. Take no lock and wait for no thread inside. */
void kn_cl_runtime_enter(void);
void kn_cl_runtime_leave(void);

/* KN_OK, or the failure of an OpenCL call recorded by kn_cl_fail. */
static inline kn_status kn_cl_check(const char *what, cl_int err)
{
    return err == CL_SUCCESS ? KN_OK : kn_cl_fail(what, err);
}

/* In a function with `kn_status st` and a `done:` label: runs an OpenCL
 * call and, on failure, records the error and jumps to done. */
#define TRY(what, call) KN_DEV_TRY(kn_cl_check((what), (call)))
/* Builds the program of the nsrc texts src[] (concatenated) for the device
 * (KN_ERR_DEVICE with the build log on failure). */
kn_status kn_cl_build(kn_cl_device *d, unsigned nsrc, const char **src, const char *what, cl_program *out);
/* The largest buffer a kernel may allocate on the device, in bytes. */
size_t kn_cl_piece_bytes(const kn_cl_device *d);

/* opencl_expr.c: expressions become OpenCL C at evaluation time, compiled
 * once per device and program text (cached in kn_cl_device.exprs). */
kn_status kn_cl_expr_eval(kn_ctx *ctx, const struct kn_expr *e, size_t n, const double *const *vars,
                          const ptrdiff_t *strides, double *out);

#endif
