# The OpenMP backend: on when the compiler supports OpenMP.
if(KERNELS_WITH_OMP)
  find_package(OpenMP COMPONENTS C)
  if(OpenMP_C_FOUND)
    # Only the omp sources are compiled with -fopenmp.
    add_library(kernels_omp OBJECT ${CMAKE_CURRENT_LIST_DIR}/backend.c ${CMAKE_CURRENT_LIST_DIR}/exec.c)
    target_compile_definitions(kernels_internal INTERFACE KN_HAVE_OMP)
    target_link_libraries(kernels_omp PRIVATE kernels_internal OpenMP::OpenMP_C)
    set_target_properties(kernels_omp PROPERTIES KN_PKGCONFIG_LIBS "${OpenMP_C_FLAGS}")
  else()
    message(STATUS "libkernels: omp backend off (no OpenMP support in ${CMAKE_C_COMPILER_ID})")
  endif()
endif()
