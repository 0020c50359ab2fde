chairside_add_test(tst_storeexecutor SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_storeexecutor.cpp LIBS chairside_store LABELS unit)
