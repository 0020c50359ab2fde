# Owners' rules and the audit log end to end against chairside-localbase: a reminder-rule edit
# made on the Reminder rules page syncs to a second desk of the same owner and shows in its audit
# log with the owner's name; the admin's desk gets the rules but no audit log; a stale edit comes
# back refused and the owner's values stay. Run under scripts/run-tests.sh (Secret Service).
chairside_add_test(tst_rulessync
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rulessync.cpp
    LIBS chairside_desk_fixture chairside_ui
    LABELS integration
    TIMEOUT 600)
