chairside_add_test(tst_alertplanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_alertplanner.cpp LIBS chairside_models LABELS unit)
