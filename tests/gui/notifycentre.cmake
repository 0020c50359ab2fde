chairside_add_test(tst_notificationcentre SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_notificationcentre.cpp LIBS chairside_app_lib LABELS gui)
