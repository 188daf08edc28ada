/* SLEEF's finz u10 functions, 4 doubles at a time (finz.h); compiled with
 * -mavx2 -mfma, called on the AVX2 target only. */
#include <immintrin.h>
#include <math.h>
#include <sleef.h>

static inline __m256d kn_finz_canon(__m256d v)
{
    return _mm256_blendv_pd(v, _mm256_set1_pd(NAN), _mm256_cmp_pd(v, v, _CMP_UNORD_Q));
}
#define KN_FINZ_FN(op) kn_finz_avx2_##op
#define KN_FINZ_VEC(name) Sleef_finz_##name##d4_u10avx2
#define KN_FINZ_WIDTH 4
#define KN_FINZ_LOAD(p) _mm256_loadu_pd(p)
#define KN_FINZ_STORE(p, v) _mm256_storeu_pd(p, v)
#include "finz_blocks.h"
