# The installed CMake package must not hand the library's private compile
# flags to its users: kernels::kernels_static links its dependencies
# ($<LINK_ONLY:...>) but takes no compile definitions or options from them
# (kernels::kernels_mpi passes on kernels' and MPI's, which its header needs).
#   cmake -DBINARY_DIR=<build dir> -P check_export.cmake
file(GLOB_RECURSE files "${BINARY_DIR}/CMakeFiles/Export/*/kernelsTargets.cmake")
if(NOT files)
  message(FATAL_ERROR "no kernelsTargets.cmake under ${BINARY_DIR}/CMakeFiles/Export")
endif()
foreach(file IN LISTS files)
  file(READ "${file}" text)
  if(text MATCHES "INTERFACE_COMPILE_(DEFINITIONS|OPTIONS)")
    message(FATAL_ERROR "${file} exports compile flags: ${CMAKE_MATCH_0}")
  endif()
  string(REGEX MATCHALL "INTERFACE_LINK_LIBRARIES \"[^\"]*\"" links "${text}")
  string(REGEX REPLACE "\\$<LINK_ONLY:[^>]*>" "" rest "${links}")
  # kernels::kernels_mpi's header includes kernels.h and mpi.h: its users
  # need both packages' usage requirements.
  string(REPLACE "\"kernels::kernels;MPI::MPI_C\"" "" rest "${rest}")
  if(rest MATCHES "[A-Za-z]+::[A-Za-z_]+")
    message(FATAL_ERROR "${file}: ${CMAKE_MATCH_0} is linked with its usage requirements: ${links}")
  endif()
endforeach()
