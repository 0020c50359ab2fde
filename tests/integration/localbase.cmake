# The local Supabase-compatible server and its checks: a Qt test that drives it over verified
# TLS, and the fidelity check with the official @supabase/supabase-js client (needs node + npm).
add_subdirectory(${PROJECT_SOURCE_DIR}/tests/support/localbase ${CMAKE_BINARY_DIR}/localbase)

find_package(Qt6 6.4 REQUIRED COMPONENTS Network WebSockets)

# Starts/stops the server for a test, mints keys, scripts /__faults (tests/support/localbase-fixture).
add_library(chairside_localbase_fixture STATIC
    ${PROJECT_SOURCE_DIR}/tests/support/localbase-fixture/LocalbaseProcess.cpp
    ${PROJECT_SOURCE_DIR}/tests/support/localbase-fixture/LocalbaseProcess.h)
target_include_directories(chairside_localbase_fixture PUBLIC
    ${PROJECT_SOURCE_DIR}/tests/support/localbase-fixture)
target_link_libraries(chairside_localbase_fixture
    PUBLIC Qt6::Core Qt6::Network
    PRIVATE chairside_compile_policy)
target_compile_definitions(chairside_localbase_fixture PRIVATE
    LOCALBASE_BINARY="$<TARGET_FILE:chairside-localbase>"
    LOCALBASE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_dependencies(chairside_localbase_fixture chairside-localbase)

chairside_add_test(tst_localbase
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_localbase.cpp
    LIBS chairside_localbase_fixture Qt6::Network Qt6::WebSockets
    LABELS integration
    TIMEOUT 600)

find_program(CHAIRSIDE_NODE node)
find_program(CHAIRSIDE_NPM npm)
if(CHAIRSIDE_NODE AND CHAIRSIDE_NPM)
    add_test(NAME localbase_conformance
             COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/localbase-conformance.sh
                     $<TARGET_FILE:chairside-localbase>)
    set_tests_properties(localbase_conformance PROPERTIES LABELS integration TIMEOUT 900)
endif()
