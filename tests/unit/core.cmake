chairside_add_test(tst_appointmentstatus SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_appointmentstatus.cpp LIBS chairside_core LABELS unit)
