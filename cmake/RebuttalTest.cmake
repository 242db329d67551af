# rebuttal_add_test(NAME SOURCES file... [LIBRARIES lib...] [TIMEOUT seconds] [LABELS label...])
# One Qt Test executable registered with CTest, run headless in a clean environment:
# offscreen platform, C locale, its own empty HOME and XDG folders, and a timeout.
function(rebuttal_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
  target_compile_definitions(${name} PRIVATE
    REBUTTAL_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    REBUTTAL_CLI_PATH="$<TARGET_FILE:rebuttal-cli>"
    REBUTTAL_GUI_PATH="$<TARGET_FILE:rebuttal>")
  set(home "${CMAKE_CURRENT_BINARY_DIR}/home/${name}")
  # Sanitized code runs several times slower: an OCR page that takes seconds in a release build
  # would pass the shipped per-page limit (30 s, core/foia/ImportLimits.h) on a busy machine.
  set(page_limit "")
  if(REBUTTAL_SANITIZE)
    set(page_limit REBUTTAL_PAGE_TIMEOUT_MS=120000)
  endif()
  add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} -E env
    QT_QPA_PLATFORM=offscreen LANG=C LC_ALL=C LANGUAGE= HOME=${home}
    XDG_CONFIG_HOME=${home}/.config XDG_DATA_HOME=${home}/.local/share XDG_CACHE_HOME=${home}/.cache
    XDG_RUNTIME_DIR=${home}/runtime
    REBUTTAL_PDF_WORKER=$<TARGET_FILE:rebuttal-pdf-test-worker> ${page_limit}
    $<TARGET_FILE:${name}>)
  add_dependencies(${name} rebuttal-pdf-test-worker)
  # A fresh HOME each run: nothing a previous run wrote can make a test pass.
  add_test(NAME ${name}_home COMMAND ${CMAKE_COMMAND} -E rm -rf ${home})
  set_tests_properties(${name}_home PROPERTIES FIXTURES_SETUP ${name}_home_fixture LABELS "setup")
  set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} FIXTURES_REQUIRED ${name}_home_fixture
    LABELS "${ARG_LABELS}")
endfunction()
