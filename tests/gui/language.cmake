# tst_language: Settings → Language switches the window at once, and formats follow the locale.
# Its catalogue is a tiny test-only .ts (tests/gui/i18n), built here, never the real translations.
chairside_add_test(tst_language SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_language.cpp
    LIBS chairside_app_lib LABELS gui i18n)
set(chairside_test_qm_dir "${CMAKE_BINARY_DIR}/tests/i18n")
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/i18n/chairside_af.ts
    PROPERTIES OUTPUT_LOCATION "${chairside_test_qm_dir}")
qt_add_lrelease(tst_language TS_FILES ${CMAKE_CURRENT_LIST_DIR}/i18n/chairside_af.ts
    NO_GLOBAL_TARGET OPTIONS -silent)
configure_file(${CMAKE_CURRENT_LIST_DIR}/i18n/contexts.txt "${chairside_test_qm_dir}/contexts.txt"
    COPYONLY)
target_compile_definitions(tst_language PRIVATE CHAIRSIDE_TEST_QM_DIR="${chairside_test_qm_dir}")
