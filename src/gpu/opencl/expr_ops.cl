/* Per-element meaning of the expression opcodes (src/core/expr.h), mirroring
 * src/core/expr_ops.h line for line; prepended to the OpenCL C source that
 * opencl_expr.c generates for each expression and to the interpreter
 * (expr_interp.cl). The exact opcodes (everything
 * but pow and the transcendental functions) use only IEEE-exact operations:
 * + - * /, fmod, copysign, sqrt (correctly rounded in double), fabs, floor,
 * ceil and comparisons, so they match the scalar backend bit for bit. */
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
#pragma OPENCL FP_CONTRACT OFF

static double kn_op_copy(double a) { return a; }
static double kn_op_neg(double a) { return -a; }
static double kn_op_add(double a, double b) { return a + b; }
static double kn_op_sub(double a, double b) { return a - b; }
static double kn_op_mul(double a, double b) { return a * b; }
static double kn_op_div(double a, double b) { return a / b; }

static double kn_op_mod(double a, double b)
{
    double r = fmod(a, b);
    if (r != 0.0) {
        if ((r < 0.0) != (b < 0.0)) r = r + b;
    } else {
        r = copysign(0.0, b);
    }
    return r;
}

static double kn_op_pow(double a, double b) { return pow(a, b); }

static double kn_op_lt(double a, double b) { return a < b ? 1.0 : 0.0; }
static double kn_op_le(double a, double b) { return a <= b ? 1.0 : 0.0; }
static double kn_op_gt(double a, double b) { return a > b ? 1.0 : 0.0; }
static double kn_op_ge(double a, double b) { return a >= b ? 1.0 : 0.0; }
static double kn_op_eq(double a, double b) { return a == b ? 1.0 : 0.0; }
static double kn_op_ne(double a, double b) { return a != b ? 1.0 : 0.0; }

static double kn_op_and(double a, double b) { return (a != 0.0) & (b != 0.0) ? 1.0 : 0.0; }
static double kn_op_or(double a, double b) { return (a != 0.0) | (b != 0.0) ? 1.0 : 0.0; }
static double kn_op_not(double a) { return a == 0.0 ? 1.0 : 0.0; }

static double kn_op_where(double c, double a, double b) { return c != 0.0 ? a : b; }

static double kn_op_sin(double a) { return sin(a); }
static double kn_op_cos(double a) { return cos(a); }
static double kn_op_tan(double a) { return tan(a); }
static double kn_op_arcsin(double a) { return asin(a); }
static double kn_op_arccos(double a) { return acos(a); }
static double kn_op_arctan(double a) { return atan(a); }
static double kn_op_arctan2(double a, double b) { return atan2(a, b); }
static double kn_op_sinh(double a) { return sinh(a); }
static double kn_op_cosh(double a) { return cosh(a); }
static double kn_op_tanh(double a) { return tanh(a); }
static double kn_op_exp(double a) { return exp(a); }
static double kn_op_expm1(double a) { return expm1(a); }
static double kn_op_log(double a) { return log(a); }
static double kn_op_log1p(double a) { return log1p(a); }
static double kn_op_log10(double a) { return log10(a); }
static double kn_op_sqrt(double a) { return sqrt(a); }
static double kn_op_abs(double a) { return fabs(a); }
static double kn_op_floor(double a) { return floor(a); }
static double kn_op_ceil(double a) { return ceil(a); }

static double kn_op_minimum(double a, double b) { return (a <= b || a != a) ? a : b; }
static double kn_op_maximum(double a, double b) { return (a >= b || a != a) ? a : b; }
