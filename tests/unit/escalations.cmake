chairside_add_test(tst_escalationcore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_escalationcore.cpp LIBS chairside_core LABELS unit)
chairside_add_test(tst_escalationmodels SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_escalationmodels.cpp LIBS chairside_models chairside_test_support LABELS unit)
