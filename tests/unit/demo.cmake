chairside_add_test(tst_demosalon SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_demosalon.cpp LIBS chairside_store chairside_core LABELS unit)
