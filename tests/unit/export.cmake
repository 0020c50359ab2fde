chairside_add_test(tst_icswriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_icswriter.cpp LIBS chairside_models LABELS unit)
