# The remote/ layer (Auth session, token vault, PostgREST RPC client, Realtime) against
# chairside-localbase over verified TLS, and QtKeychain against a real Secret Service.
# Run under scripts/run-tests.sh, which provides the D-Bus session with an unlocked keyring.
chairside_add_test(tst_remote
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_remote.cpp
    LIBS chairside_remote chairside_localbase_fixture Qt6::Network Qt6::WebSockets
    LABELS integration
    TIMEOUT 600)
chairside_add_test(tst_keychain
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_keychain.cpp
    LIBS chairside_remote
    LABELS integration
    TIMEOUT 600)
