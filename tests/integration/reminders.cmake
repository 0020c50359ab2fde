# Reminders (supabase/migrations/20261202000200_reminders.sql): two sessions running the job at
# once and against desk reschedules (the pgTAP file 08_reminders covers one session), and
# chairside-localbase running it on its timer with the desktop's pull taking the message in.
find_program(CHAIRSIDE_BASH bash)
if(CHAIRSIDE_BASH)
    add_test(NAME pgtap_reminders_concurrency
             COMMAND ${CHAIRSIDE_BASH} ${PROJECT_SOURCE_DIR}/scripts/test-reminders-concurrency.sh)
    set_tests_properties(pgtap_reminders_concurrency PROPERTIES LABELS integration TIMEOUT 600)
endif()

chairside_add_test(tst_localbase_reminders
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_localbase_reminders.cpp
    LIBS chairside_sync chairside_localbase_fixture Qt6::Sql Qt6::Network
    LABELS integration
    TIMEOUT 600)
