chairside_add_test(tst_appointmentmodels SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_appointmentmodels.cpp LIBS chairside_models LABELS unit)
chairside_add_test(tst_customermodels SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_customermodels.cpp LIBS chairside_models LABELS unit)
