chairside_add_test(tst_retrybackoff
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_retrybackoff.cpp
    LIBS chairside_sync
    LABELS unit)
