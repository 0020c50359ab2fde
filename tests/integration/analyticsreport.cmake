# `chairside report` on a generated demo salon (the built binary, no display) and the Analytics
# pane's cards, both checked against the test's own reading of the store.
chairside_add_test(tst_analyticsreport
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_analyticsreport.cpp
    LIBS chairside_ui
    LABELS integration)
target_compile_definitions(tst_analyticsreport PRIVATE CHAIRSIDE_BINARY="$<TARGET_FILE:chairside>")
add_dependencies(tst_analyticsreport chairside)
