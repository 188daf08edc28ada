# Runs PROGRAM with ARGS ('|'-separated) and checks what it prints (stdout
# and stderr together) and its exit status:
#   cmake -DPROGRAM=... [-DARGS=a|b] [-DEXIT_CODE=n] [-DMATCH=regex]
#         [-DNO_MATCH=regex] [-DMAX_WIDTH=columns] -P check_output.cmake
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND "${PROGRAM}" ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
set(problems "")
if(DEFINED EXIT_CODE AND NOT rc STREQUAL EXIT_CODE)
  string(APPEND problems "exit status ${rc}, expected ${EXIT_CODE}\n")
endif()
if(DEFINED MATCH AND NOT out MATCHES "${MATCH}")
  string(APPEND problems "output does not match: ${MATCH}\n")
endif()
if(DEFINED NO_MATCH AND out MATCHES "${NO_MATCH}")
  string(APPEND problems "output matches what it must not: ${NO_MATCH}\n")
endif()
if(DEFINED MAX_WIDTH)
  string(REPLACE ";" "," lines "${out}") # one column each, not list separators
  string(REPLACE "\n" ";" lines "${lines}")
  foreach(line IN LISTS lines)
    string(LENGTH "${line}" width)
    if(width GREATER MAX_WIDTH)
      string(APPEND problems "a line of ${width} columns, over ${MAX_WIDTH}: ${line}\n")
    endif()
  endforeach()
endif()
if(problems)
  message(FATAL_ERROR "${PROGRAM} ${args}\n${problems}--- output ---\n${out}")
endif()
