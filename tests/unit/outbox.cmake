# The outbox and its mutations (real SQLite files; payloads shaped as apply_mutations expects).
chairside_add_test(tst_mutations SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mutations.cpp LIBS chairside_sync chairside_test_support LABELS unit)
chairside_add_test(tst_outbox SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_outbox.cpp LIBS chairside_sync chairside_test_support LABELS unit)
