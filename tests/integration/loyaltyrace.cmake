# Two desks redeem a customer's last points at the same moment against chairside-localbase:
# exactly one redemption is booked, the other desk is told why; an erasure round-trips through
# sync. Run under scripts/run-tests.sh (Secret Service for the session's refresh token).
chairside_add_test(tst_loyaltyrace
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_loyaltyrace.cpp
    LIBS chairside_desk_fixture
    LABELS integration
    TIMEOUT 600)
