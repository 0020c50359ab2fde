chairside_add_test(tst_storemigrations SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_storemigrations.cpp LIBS chairside_store chairside_core LABELS unit)
chairside_add_test(tst_customersearch SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_customersearch.cpp LIBS chairside_store chairside_core LABELS unit)
chairside_add_test(tst_directstatement SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_directstatement.cpp LIBS chairside_store chairside_core LABELS unit)
chairside_add_test(tst_deferredindexes SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_deferredindexes.cpp LIBS chairside_store chairside_core LABELS unit)
