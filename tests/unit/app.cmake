chairside_add_test(tst_commandline SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_commandline.cpp LIBS chairside_app_lib LABELS unit)
