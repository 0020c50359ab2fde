chairside_add_test(tst_analytics SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_analytics.cpp LIBS chairside_models LABELS unit)
chairside_add_test(tst_handoffmodels SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_handoffmodels.cpp LIBS chairside_models LABELS unit)
chairside_add_test(tst_notificationmodels SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_notificationmodels.cpp LIBS chairside_models LABELS unit)
