# Business setup against chairside-localbase: an owner's service edit round-trips, a staff
# member's change is rejected by the server, working hours that strand a booking are asked about
# (at the desk, and again when the server knows a booking the desk does not). Run under
# scripts/run-tests.sh (Secret Service for the session's refresh token).
chairside_add_test(tst_businesssetupsync
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_businesssetupsync.cpp
    LIBS chairside_desk_fixture chairside_models
    LABELS integration
    TIMEOUT 600)
