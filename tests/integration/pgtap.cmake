# Database tests against a private PostgreSQL 15 cluster (scripts/pg-cluster.sh) loaded with the
# real supabase/migrations and supabase/seed.sql: the pgTAP suite in supabase/tests/database and
# the two-session snapshot / concurrency checks.
find_program(CHAIRSIDE_BASH bash)
if(CHAIRSIDE_BASH)
    add_test(NAME pgtap_database COMMAND ${CHAIRSIDE_BASH} ${PROJECT_SOURCE_DIR}/scripts/run-pgtap.sh)
    set_tests_properties(pgtap_database PROPERTIES LABELS integration TIMEOUT 600)
    add_test(NAME pgtap_sync_snapshot
             COMMAND ${CHAIRSIDE_BASH} ${PROJECT_SOURCE_DIR}/scripts/test-sync-snapshot.sh)
    set_tests_properties(pgtap_sync_snapshot PROPERTIES LABELS integration TIMEOUT 600)
endif()
