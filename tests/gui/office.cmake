chairside_add_test(tst_escalationspane SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_escalationspane.cpp LIBS chairside_ui LABELS gui)
chairside_add_test(tst_analyticspane SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_analyticspane.cpp LIBS chairside_ui LABELS gui)
chairside_add_test(tst_notificationspane SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_notificationspane.cpp LIBS chairside_ui LABELS gui)
