chairside_add_test(tst_appointmentspane SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_appointmentspane.cpp LIBS chairside_ui chairside_test_support LABELS gui)
chairside_add_test(tst_customerspane SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_customerspane.cpp LIBS chairside_ui chairside_test_support LABELS gui)
