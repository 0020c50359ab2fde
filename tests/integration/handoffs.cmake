# Two desks claim the same handoff against chairside-localbase: one wins, the other is told who
# has it; the resolution (outcome and note) round-trips through sync. Run under
# scripts/run-tests.sh (Secret Service for the session's refresh token).
chairside_add_test(tst_handoffrace
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_handoffrace.cpp
    LIBS chairside_desk_fixture
    LABELS integration
    TIMEOUT 600)
