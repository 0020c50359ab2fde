# The pull side of sync: the JSON scanner, row codec, pages, page applier, cache recovery (real SQLite files, real
# pages captured from chairside-localbase in tests/data/sync).
chairside_add_test(tst_rowcodec SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rowcodec.cpp LIBS chairside_sync LABELS unit)
chairside_add_test(tst_jsonscanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_jsonscanner.cpp LIBS chairside_sync LABELS unit)
chairside_add_test(tst_pullpage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pullpage.cpp LIBS chairside_sync LABELS unit)
chairside_add_test(tst_pullapplier SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pullapplier.cpp LIBS chairside_sync LABELS unit)
chairside_add_test(tst_cacherecovery SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cacherecovery.cpp LIBS chairside_sync LABELS unit)
foreach(test tst_rowcodec tst_jsonscanner tst_pullpage tst_pullapplier tst_cacherecovery)
    target_compile_definitions(${test} PRIVATE
        CHAIRSIDE_SYNC_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data/sync")
endforeach()
