/* Expressions on the OpenCL backend (placeholder until src/core/expr*.h). */
#include "opencl_state.h"

void kn_cl_expr_cache_free(kn_cl_state *s) { (void)s; }
