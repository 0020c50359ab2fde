# Signed-in desks against chairside-localbase for the race tests (tests/support/localbase-fixture):
# sign-in, first sync and the business, plus a session to the server's PostgreSQL.
add_library(chairside_desk_fixture STATIC
    ${PROJECT_SOURCE_DIR}/tests/support/localbase-fixture/SignedInDesk.cpp
    ${PROJECT_SOURCE_DIR}/tests/support/localbase-fixture/SignedInDesk.h)
target_link_libraries(chairside_desk_fixture
    PUBLIC chairside_localbase_fixture chairside_sync Qt6::Sql Qt6::Test
    PRIVATE chairside_compile_policy)
