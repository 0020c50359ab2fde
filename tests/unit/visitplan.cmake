chairside_add_test(tst_visitplan SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_visitplan.cpp LIBS chairside_models LABELS unit)
