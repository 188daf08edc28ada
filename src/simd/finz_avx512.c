/* SLEEF's finz u10 functions, 8 doubles at a time (finz.h); compiled with
 * -mavx512f -mfma, called on the AVX3 targets only. */
#include <immintrin.h>
#include <math.h>
#include <sleef.h>

static inline __m512d kn_finz_canon(__m512d v)
{
    return _mm512_mask_mov_pd(v, _mm512_cmp_pd_mask(v, v, _CMP_UNORD_Q), _mm512_set1_pd(NAN));
}
#define KN_FINZ_FN(op) kn_finz_avx512_##op
#define KN_FINZ_VEC(name) Sleef_finz_##name##d8_u10avx512f
#define KN_FINZ_WIDTH 8
#define KN_FINZ_LOAD(p) _mm512_loadu_pd(p)
#define KN_FINZ_STORE(p, v) _mm512_storeu_pd(p, v)
#include "finz_blocks.h"
