chairside_add_test(tst_money SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_money.cpp LIBS chairside_core LABELS unit)
chairside_add_test(tst_loyalty SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_loyalty.cpp LIBS chairside_core LABELS unit)
chairside_add_test(tst_timerange SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_timerange.cpp LIBS chairside_core LABELS unit)
chairside_add_test(tst_phonenumber SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_phonenumber.cpp LIBS chairside_core LABELS unit)
