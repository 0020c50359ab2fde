# `chairside export`: the built binary on a generated demo salon (no display), and the calendars
# it writes read back by the ical.js parser (needs node + npm, like localbase_conformance).
chairside_add_test(tst_exportcli
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_exportcli.cpp
    LIBS Qt6::Sql
    LABELS integration)
target_compile_definitions(tst_exportcli PRIVATE CHAIRSIDE_BINARY="$<TARGET_FILE:chairside>")
add_dependencies(tst_exportcli chairside)

find_program(CHAIRSIDE_NODE node)
find_program(CHAIRSIDE_NPM npm)
if(CHAIRSIDE_NODE AND CHAIRSIDE_NPM)
    add_test(NAME export_icaljs
             COMMAND bash ${PROJECT_SOURCE_DIR}/tests/conformance/ics-check.sh
                     $<TARGET_FILE:tst_exportcli>)
    set_tests_properties(export_icaljs PROPERTIES LABELS integration TIMEOUT 600)
endif()
