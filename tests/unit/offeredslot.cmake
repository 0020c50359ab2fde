chairside_add_test(tst_offeredslot SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_offeredslot.cpp LIBS chairside_models LABELS unit)
