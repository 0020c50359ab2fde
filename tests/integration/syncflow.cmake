# The sync engine end to end against chairside-localbase: audit, conflicts, expired tokens,
# held-open writers, Realtime, mass-delete guard and the HTTP / SQLite fault sweeps. Run under
# scripts/run-tests.sh (Secret Service for the session's refresh token).
chairside_add_test(tst_syncflow
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_syncflow.cpp
    LIBS chairside_sync chairside_localbase_fixture Qt6::Sql
    LABELS integration
    TIMEOUT 1200)

# SIGKILL of `chairside sync --watch` at 200 random moments while edits are made.
chairside_add_test(tst_synckill
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_synckill.cpp
    LIBS chairside_sync chairside_localbase_fixture Qt6::Sql
    LABELS integration
    TIMEOUT 1500)
target_compile_definitions(tst_synckill PRIVATE CHAIRSIDE_BINARY="$<TARGET_FILE:chairside>")
add_dependencies(tst_synckill chairside)
