# rebuttal_add_test(NAME SOURCES file... [LIBRARIES lib...] [TIMEOUT seconds] [LABELS label...] [BOTH_BACKENDS])
# One Qt Test executable registered with CTest, run headless in a clean environment:
# offscreen platform, C locale, its own empty HOME and XDG folders, and a timeout.
# BOTH_BACKENDS (a store-level test opening its stores through tests/core/TestStores.h): the same
# executable is registered again as NAME_server with REBUTTAL_TEST_STORE_BACKEND=postgresql, on the
# pg_cluster fixture's cluster (rebuttal_with_pg_cluster, defined before the first such test).
function(rebuttal_add_test name)
  cmake_parse_arguments(ARG "BOTH_BACKENDS" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
  target_compile_definitions(${name} PRIVATE
    REBUTTAL_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    REBUTTAL_CLI_PATH="$<TARGET_FILE:rebuttal-cli>"
    REBUTTAL_GUI_PATH="$<TARGET_FILE:rebuttal>")
  add_dependencies(${name} rebuttal-pdf-test-worker)
  _rebuttal_register_test(${name} ${name} ${ARG_TIMEOUT} "${ARG_LABELS}")
  if(ARG_BOTH_BACKENDS)
    _rebuttal_register_test(${name}_server ${name} ${ARG_TIMEOUT} "${ARG_LABELS}" REBUTTAL_TEST_STORE_BACKEND=postgresql)
    rebuttal_with_pg_cluster(${name}_server)
  endif()
endfunction()

# Registers `executable` as the CTest test `test` with its own fresh HOME; extra arguments are
# more VAR=value for its environment.
function(_rebuttal_register_test test executable timeout labels)
  set(home "${CMAKE_CURRENT_BINARY_DIR}/home/${test}")
  # Sanitized code runs several times slower: an OCR page that takes seconds in a release build
  # would pass the shipped per-page limit (30 s, core/foia/ImportLimits.h) on a busy machine.
  set(page_limit "")
  if(REBUTTAL_SANITIZE)
    set(page_limit REBUTTAL_PAGE_TIMEOUT_MS=120000)
  endif()
  add_test(NAME ${test} COMMAND ${CMAKE_COMMAND} -E env
    QT_QPA_PLATFORM=offscreen LANG=C LC_ALL=C LANGUAGE= HOME=${home}
    XDG_CONFIG_HOME=${home}/.config XDG_DATA_HOME=${home}/.local/share XDG_CACHE_HOME=${home}/.cache
    XDG_RUNTIME_DIR=${home}/runtime
    REBUTTAL_PDF_WORKER=$<TARGET_FILE:rebuttal-pdf-test-worker> ${page_limit} ${ARGN}
    $<TARGET_FILE:${executable}>)
  # A fresh HOME each run: nothing a previous run wrote can make a test pass.
  add_test(NAME ${test}_home COMMAND ${CMAKE_COMMAND} -E rm -rf ${home})
  set_tests_properties(${test}_home PROPERTIES FIXTURES_SETUP ${test}_home_fixture LABELS "setup")
  set_tests_properties(${test} PROPERTIES TIMEOUT ${timeout} FIXTURES_REQUIRED ${test}_home_fixture
    LABELS "${labels}")
endfunction()
