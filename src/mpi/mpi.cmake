# kernels_mpi: the kernels over MPI (include/kernels_mpi.h), a library of
# its own on top of kernels, built when MPI is found (KERNELS_WITH_MPI=ON,
# the default) and skipped with a message otherwise.
option(KERNELS_WITH_MPI "Build kernels_mpi when an MPI implementation is found" ON)
if(KERNELS_WITH_MPI)
  find_package(MPI COMPONENTS C)
  if(MPI_C_FOUND)
    add_library(kernels_mpi SHARED src/mpi/common.c src/mpi/firewall.c src/mpi/julia.c src/mpi/sums.c)
    target_link_libraries(kernels_mpi PUBLIC kernels MPI::MPI_C)
    target_include_directories(kernels_mpi PUBLIC
      $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>
      $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
    set_target_properties(kernels_mpi PROPERTIES VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR})
    add_library(kernels::kernels_mpi ALIAS kernels_mpi)
    # kernels-mpi.pc requires the MPI implementation's own .pc file.
    set(KN_MPI_PC_REQUIRES "")
    if(PkgConfig_FOUND)
      foreach(mpi_pc ompi-c mpich)
        pkg_check_modules(KN_MPI_PC_${mpi_pc} QUIET ${mpi_pc})
        if(KN_MPI_PC_${mpi_pc}_FOUND AND NOT KN_MPI_PC_REQUIRES)
          set(KN_MPI_PC_REQUIRES ${mpi_pc})
        endif()
      endforeach()
    endif()
    message(STATUS "libkernels: kernels_mpi built with MPI ${MPI_C_VERSION}")
  else()
    message(STATUS "libkernels: kernels_mpi not built (no MPI found; install libopenmpi-dev)")
  endif()
endif()
