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
    set(_kn_clx_src ${CMAKE_CURRENT_LIST_DIR}/opencl/expr_ops.cl)
    set(_kn_clx_hdr ${CMAKE_CURRENT_BINARY_DIR}/kn_gpu_generated/kn_opencl_expr_ops.h)
    add_custom_command(OUTPUT ${_kn_clx_hdr}
      COMMAND ${CMAKE_COMMAND} -DIN=${_kn_clx_src} -DOUT=${_kn_clx_hdr} -DNAME=kn_opencl_expr_ops
              -P ${CMAKE_CURRENT_LIST_DIR}/embed.cmake
      DEPENDS ${_kn_clx_src} ${CMAKE_CURRENT_LIST_DIR}/embed.cmake
      COMMENT "Embedding OpenCL expression opcodes (expr_ops.cl)")
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
    add_dependencies(kernels_objects kernels_opencl_embed)
    target_sources(kernels_objects PRIVATE
      ${CMAKE_CURRENT_LIST_DIR}/opencl/opencl.c
      ${CMAKE_CURRENT_LIST_DIR}/opencl/opencl_expr.c
      ${CMAKE_CURRENT_LIST_DIR}/opencl/icd.c
      ${CMAKE_CURRENT_LIST_DIR}/opencl/runtime_guard.c
      ${_kn_cl_hdr} ${_kn_clx_hdr} ${_kn_cli_hdr})
    target_include_directories(kernels_objects PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/kn_gpu_generated)
    target_compile_definitions(kernels_objects PRIVATE KN_HAVE_OPENCL CL_TARGET_OPENCL_VERSION=120)
    list(APPEND KN_PRIVATE_LIBS OpenCL::OpenCL)
    list(APPEND KN_PC_REQUIRES OpenCL)
    list(APPEND KN_BACKENDS_BUILT opencl)
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
    # Reproducibility: never contract a*b+c into an FMA on the device.
    string(APPEND CMAKE_CUDA_FLAGS " --fmad=false")
    set(CMAKE_CUDA_STANDARD 17)
    set(CMAKE_CUDA_STANDARD_REQUIRED ON)
    target_sources(kernels_objects PRIVATE
      ${CMAKE_CURRENT_LIST_DIR}/cuda/cuda_ops.c
      ${CMAKE_CURRENT_LIST_DIR}/cuda/kernels.cu
      ${CMAKE_CURRENT_LIST_DIR}/cuda/kernels_expr.cu)
    target_compile_definitions(kernels_objects PRIVATE KN_HAVE_CUDA)
    # kernels_objects was made before CUDA was enabled: set its architectures.
    set_property(TARGET kernels_objects PROPERTY CUDA_ARCHITECTURES ${CMAKE_CUDA_ARCHITECTURES})
    set_property(TARGET kernels_objects PROPERTY CUDA_VISIBILITY_PRESET hidden)
    list(APPEND KN_PRIVATE_LIBS CUDA::cudart_static ${CMAKE_DL_LIBS})
    list(APPEND KN_PC_LIBS_PRIVATE "-L${CUDAToolkit_LIBRARY_DIR}" -lcudart_static -lrt -ldl)
    list(APPEND KN_BACKENDS_BUILT cuda)
  else()
    message(STATUS "CUDA backend: off (nvcc not found; put the CUDA toolkit's nvcc on PATH)")
  endif()
endif()
