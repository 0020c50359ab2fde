chairside_add_test(tst_mainwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp LIBS chairside_app_lib LABELS gui)
chairside_add_test(tst_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli.cpp LIBS chairside_store Qt6::Gui LABELS gui)
target_compile_definitions(tst_cli PRIVATE CHAIRSIDE_BINARY="$<TARGET_FILE:chairside>")
add_dependencies(tst_cli chairside)
