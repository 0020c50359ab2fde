chairside_add_test(tst_daysheet SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_daysheet.cpp LIBS chairside_ui chairside_test_support LABELS gui)
