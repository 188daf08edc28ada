# GPU backends (included by the top-level CMakeLists.txt): OpenCL through the
# ICD loader, CUDA through nvcc with the runtime linked statically.

# ---- OpenCL -----------------------------------------------------------------
if(KERNELS_WITH_OPENCL)
  find_package(OpenCL)
  if(OpenCL_FOUND)
    # The OpenCL C source lives in kernels.cl; it is embedded as a byte array
    # at build time so the library needs no file at run time.
    set(_kn_cl_src ${CMAKE_CURRENT_LIST_DIR}/opencl/kernels.cl)
    set(_kn_cl_hdr ${CMAKE_CURRENT_BINARY_DIR}/kn_gpu_generated/kn_opencl_source.h)
    add_custom_command(OUTPUT ${_kn_cl_hdr}
      COMMAND ${CMAKE_COMMAND} -DIN=${_kn_cl_src} -DOUT=${_kn_cl_hdr} -DNAME=kn_opencl_source
              -P ${CMAKE_CURRENT_LIST_DIR}/embed.cmake
      DEPENDS ${_kn_cl_src} ${CMAKE_CURRENT_LIST_DIR}/embed.cmake
      COMMENT "Embedding OpenCL kernels (kernels.cl)")
    # The expression opcodes' math is the C header itself (written to
    # compile as OpenCL C too).
    set(_kn_clx_src ${CMAKE_CURRENT_LIST_DIR}/../core/expr_ops.h)
    set(_kn_clx_hdr ${CMAKE_CURRENT_BINARY_DIR}/kn_gpu_generated/kn_opencl_expr_ops.h)
    add_custom_command(OUTPUT ${_kn_clx_hdr}
      COMMAND ${CMAKE_COMMAND} -DIN=${_kn_clx_src} -DOUT=${_kn_clx_hdr} -DNAME=kn_opencl_expr_ops
              -P ${CMAKE_CURRENT_LIST_DIR}/embed.cmake
      DEPENDS ${_kn_clx_src} ${CMAKE_CURRENT_LIST_DIR}/embed.cmake
      COMMENT "Embedding the expression opcodes (src/core/expr_ops.h) for OpenCL")
    set(_kn_cli_src ${CMAKE_CURRENT_LIST_DIR}/opencl/expr_interp.cl)
    set(_kn_cli_hdr ${CMAKE_CURRENT_BINARY_DIR}/kn_gpu_generated/kn_opencl_expr_interp.h)
    add_custom_command(OUTPUT ${_kn_cli_hdr}
      COMMAND ${CMAKE_COMMAND} -DIN=${_kn_cli_src} -DOUT=${_kn_cli_hdr} -DNAME=kn_opencl_expr_interp
              -P ${CMAKE_CURRENT_LIST_DIR}/embed.cmake
      DEPENDS ${_kn_cli_src} ${CMAKE_CURRENT_LIST_DIR}/embed.cmake
      COMMENT "Embedding the OpenCL expression interpreter (expr_interp.cl)")
    # A target of their own so that scripts/lint.sh can make the headers
    # (clang-tidy needs them) without building the library.
    add_custom_target(kernels_opencl_embed DEPENDS ${_kn_cl_hdr} ${_kn_clx_hdr} ${_kn_cli_hdr})
    add_library(kernels_opencl OBJECT
      ${CMAKE_CURRENT_LIST_DIR}/opencl/opencl.c
      ${CMAKE_CURRENT_LIST_DIR}/opencl/opencl_expr.c
      ${CMAKE_CURRENT_LIST_DIR}/opencl/icd.c
      ${CMAKE_CURRENT_LIST_DIR}/opencl/runtime_guard.c
      ${_kn_cl_hdr} ${_kn_clx_hdr} ${_kn_cli_hdr})
    add_dependencies(kernels_opencl kernels_opencl_embed)
    target_include_directories(kernels_opencl PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/kn_gpu_generated)
    target_compile_definitions(kernels_opencl PRIVATE CL_TARGET_OPENCL_VERSION=120)
    target_compile_definitions(kernels_internal INTERFACE KN_HAVE_OPENCL)
    target_link_libraries(kernels_opencl PRIVATE kernels_internal OpenCL::OpenCL)
    set_target_properties(kernels_opencl PROPERTIES KN_PKGCONFIG_REQUIRES OpenCL)
  else()
    message(STATUS "OpenCL backend: off (no OpenCL headers/ICD loader; install ocl-icd-opencl-dev opencl-headers)")
  endif()
endif()

# ---- CUDA -------------------------------------------------------------------
if(KERNELS_WITH_CUDA)
  include(CheckLanguage)
  check_language(CUDA)
  if(CMAKE_CUDA_COMPILER)
    if(NOT DEFINED CMAKE_CUDA_ARCHITECTURES)
      # SASS for Turing/Ampere, SASS + PTX for Hopper (newer GPUs JIT the PTX).
      set(CMAKE_CUDA_ARCHITECTURES "75-real;80-real;90")
    endif()
    enable_language(CUDA)
    find_package(CUDAToolkit)
  endif()
  if(CMAKE_CUDA_COMPILER AND CUDAToolkit_FOUND)
    add_library(kernels_cuda OBJECT
      ${CMAKE_CURRENT_LIST_DIR}/cuda/cuda_ops.c
      ${CMAKE_CURRENT_LIST_DIR}/cuda/kernels.cu
      ${CMAKE_CURRENT_LIST_DIR}/cuda/kernels_expr.cu)
    set_target_properties(kernels_cuda PROPERTIES CUDA_STANDARD 17 CUDA_STANDARD_REQUIRED ON CUDA_VISIBILITY_PRESET hidden)
    # Reproducibility: never contract a*b+c into an FMA on the device; the
    # host compiler under nvcc warns as the C and C++ objects do.
    target_compile_options(kernels_cuda PRIVATE
      $<$<COMPILE_LANGUAGE:CUDA>:--fmad=false;-Xcompiler=-Wall,-Wextra,-ffp-contract=off>)
    target_compile_definitions(kernels_internal INTERFACE KN_HAVE_CUDA)
    target_link_libraries(kernels_cuda PRIVATE kernels_internal CUDA::cudart_static ${CMAKE_DL_LIBS})
    set_target_properties(kernels_cuda PROPERTIES
      KN_PKGCONFIG_LIBS "-L${CUDAToolkit_LIBRARY_DIR};-lcudart_static;-lrt;-ldl")
  else()
    message(STATUS "CUDA backend: off (nvcc not found; put the CUDA toolkit's nvcc on PATH)")
  endif()
endif()
