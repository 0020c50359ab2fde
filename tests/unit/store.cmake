chairside_add_test(tst_storemigrations SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_storemigrations.cpp LIBS chairside_store chairside_core LABELS unit)
