chairside_add_test(tst_businesstime SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_businesstime.cpp LIBS chairside_core LABELS unit)
