# GPU backends (included by the top-level CMakeLists.txt): OpenCL through the
# ICD loader, CUDA through nvcc with the runtime linked statically.

# ---- OpenCL -----------------------------------------------------------------
if(KERNELS_WITH_OPENCL)
  find_package(OpenCL)
  if(OpenCL_FOUND)
    # The OpenCL C sources are embedded as byte arrays at build time so the
    # library needs no file at run time: every program starts with the
    # device prelude; the kernels' program is then kinds.h, the device math
    # shared with the C and CUDA code, then kernels.cl; the expression
    # programs (built on demand) are SLEEF's functions, the expression
    # opcodes (C headers written to compile as OpenCL C too) and the kernel
    # or the interpreter.
    set(_kn_cl_hdrs)
    foreach(_kn_embed
        "core/kn_device_prelude.h kn_device_prelude_source"
        "core/kn_sleef.h kn_opencl_sleef"
        "core/kinds.h kn_kinds_source"
        "core/kn_device_math.h kn_device_math_source"
        "gpu/opencl/kernels.cl kn_opencl_source"
        "core/expr_ops.h kn_opencl_expr_ops"
        "gpu/opencl/expr_interp.cl kn_opencl_expr_interp")
      separate_arguments(_kn_embed)
      list(GET _kn_embed 0 _kn_src)
      list(GET _kn_embed 1 _kn_name)
      get_filename_component(_kn_src ${CMAKE_CURRENT_LIST_DIR}/../${_kn_src} ABSOLUTE)
      set(_kn_hdr ${CMAKE_CURRENT_BINARY_DIR}/kn_gpu_generated/${_kn_name}.h)
      add_custom_command(OUTPUT ${_kn_hdr}
        COMMAND ${CMAKE_COMMAND} -DIN=${_kn_src} -DOUT=${_kn_hdr} -DNAME=${_kn_name}
                -P ${CMAKE_CURRENT_LIST_DIR}/embed.cmake
        DEPENDS ${_kn_src} ${CMAKE_CURRENT_LIST_DIR}/embed.cmake
        COMMENT "Embedding ${_kn_src}")
      list(APPEND _kn_cl_hdrs ${_kn_hdr})
    endforeach()
    # A target of their own so that scripts/lint.sh can make the headers
    # (clang-tidy needs them) without building the library.
    add_custom_target(kernels_opencl_embed DEPENDS ${_kn_cl_hdrs})
    add_library(kernels_opencl OBJECT
      ${CMAKE_CURRENT_LIST_DIR}/opencl/opencl.c
      ${CMAKE_CURRENT_LIST_DIR}/opencl/opencl_expr.c
      ${CMAKE_CURRENT_LIST_DIR}/opencl/icd.c
      ${CMAKE_CURRENT_LIST_DIR}/opencl/runtime_guard.c
      ${_kn_cl_hdrs})
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

# The host drivers both GPU runtimes share (device_drivers.h): a part of
# their own, so that building both runtimes defines them once.
if(TARGET kernels_opencl OR TARGET kernels_cuda)
  add_library(kernels_gpu OBJECT ${CMAKE_CURRENT_LIST_DIR}/device_drivers.c)
  target_link_libraries(kernels_gpu PRIVATE kernels_internal)
endif()
