# The shared test fixtures (fixture stores, row writers, the desk salon). Named 00-* so that it is
# included before every other fragment: tests/CMakeLists.txt includes unit/*.cmake in sorted order,
# and unit/ before gui/ and integration/.
file(GLOB chairside_test_support_sources CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/tests/support/fixtures/*.h"
    "${PROJECT_SOURCE_DIR}/tests/support/fixtures/*.cpp")
qt_add_library(chairside_test_support STATIC ${chairside_test_support_sources})
target_link_libraries(chairside_test_support
    PUBLIC chairside_store chairside_core Qt6::Test
    PRIVATE chairside_compile_policy)
