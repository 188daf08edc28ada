# The Highway SIMD backend (src/simd), included by the top-level CMakeLists.txt.
if(KERNELS_WITH_SIMD)
  set(KN_HWY_FOUND FALSE)
  set(KN_HWY_WHY "")
  if(PKG_CONFIG_FOUND)
    pkg_check_modules(KN_HWY QUIET IMPORTED_TARGET libhwy)
    if(KN_HWY_FOUND)
      set(KN_HWY_LINK PkgConfig::KN_HWY)
      set(KN_HWY_PC "libhwy")
    endif()
  endif()
  if(NOT KN_HWY_FOUND)
    find_library(KN_HWY_LIBRARY hwy)
    find_path(KN_HWY_INCLUDE_DIR hwy/highway.h)
    if(KN_HWY_LIBRARY AND KN_HWY_INCLUDE_DIR)
      set(KN_HWY_FOUND TRUE)
      set(KN_HWY_LINK ${KN_HWY_LIBRARY})
      set(KN_HWY_PC "")
    else()
      set(KN_HWY_WHY "Highway (libhwy-dev) not found: no pkg-config libhwy, library hwy or header hwy/highway.h")
    endif()
  endif()
  if(KN_HWY_FOUND)
    include(CheckLanguage)
    check_language(CXX)
    if(NOT CMAKE_CXX_COMPILER)
      set(KN_HWY_FOUND FALSE)
      set(KN_HWY_WHY "no C++ compiler found")
    endif()
  endif()
  if(KN_HWY_FOUND)
    enable_language(CXX)
    add_library(kernels_simd OBJECT
      ${CMAKE_CURRENT_LIST_DIR}/backend.cc ${CMAKE_CURRENT_LIST_DIR}/expr.cc
      ${CMAKE_CURRENT_LIST_DIR}/firewall.cc ${CMAKE_CURRENT_LIST_DIR}/julia.cc
      ${CMAKE_CURRENT_LIST_DIR}/norm_square.cc ${CMAKE_CURRENT_LIST_DIR}/suffix_sums.cc
      ${CMAKE_CURRENT_LIST_DIR}/table.c)
    target_compile_definitions(kernels_internal INTERFACE KN_HAVE_SIMD)
    # SLEEF's vector forms for the AVX2 and AVX3 targets (finz.h), each file
    # compiled for its instruction set; other targets call SLEEF's d1 form.
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
      target_sources(kernels_simd PRIVATE ${CMAKE_CURRENT_LIST_DIR}/finz_avx2.c ${CMAKE_CURRENT_LIST_DIR}/finz_avx512.c)
      set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/finz_avx2.c PROPERTIES COMPILE_OPTIONS "-mavx2;-mfma")
      set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/finz_avx512.c PROPERTIES COMPILE_OPTIONS "-mavx512f;-mfma")
      target_compile_definitions(kernels_simd PRIVATE KN_HAVE_FINZ_X86)
    endif()
    # Every x86 target Highway 1.0.3 can attain (AVX3_DL, AVX3, AVX2, SSE4,
    # SSSE3, EMU128), picked at run time; other architectures get theirs.
    # All the simd sources must agree on HWY_TARGETS.
    target_compile_definitions(kernels_simd PRIVATE
      $<$<COMPILE_LANGUAGE:CXX>:HWY_COMPILE_ALL_ATTAINABLE;HWY_WANT_AVX3_DL>)
    target_compile_options(kernels_simd PRIVATE
      $<$<COMPILE_LANGUAGE:CXX>:-fno-fast-math;-fno-exceptions;-fno-rtti>)
    # HWY_TARGET_INCLUDE "simd/<file>.cc" is found from src/.
    target_include_directories(kernels_simd PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
    if(KN_HWY_INCLUDE_DIR)
      target_include_directories(kernels_simd PRIVATE ${KN_HWY_INCLUDE_DIR})
    endif()
    # stdc++ explicitly: a C program linking the static library links with cc.
    target_link_libraries(kernels_simd PRIVATE kernels_internal ${KN_HWY_LINK} ${KN_SLEEF_LINK} stdc++)
    # Link flags only: Highway's Cflags (-DHWY_SHARED_DEFINE) are for
    # building the library, and a Requires would hand them to its users.
    if(KN_HWY_PC)
      set_target_properties(kernels_simd PROPERTIES KN_PKGCONFIG_LIBS "${KN_HWY_LDFLAGS};-lstdc++")
    else()
      set_target_properties(kernels_simd PROPERTIES KN_PKGCONFIG_LIBS "-lhwy;-lstdc++")
    endif()
  else()
    message(STATUS "libkernels: simd backend off: ${KN_HWY_WHY}")
  endif()
else()
  message(STATUS "libkernels: simd backend off: KERNELS_WITH_SIMD is OFF")
endif()
