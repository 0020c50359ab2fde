# The owners' Loyalty rules, Reminder rules and Audit log pages on a generated demo salon,
# through the real widgets (offscreen): edits reach the cache and the audit log, refusals keep
# the owner's values, filters and the CSV export.
chairside_add_test(tst_rulespages SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rulespages.cpp LIBS chairside_ui LABELS gui)
chairside_add_test(tst_auditlog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_auditlog.cpp LIBS chairside_ui LABELS gui)
