# The installer (issue 9): CPack packs this build directory into a .deb, which is unpacked into a
# scratch root and checked there, including running the unpacked chairside (install-check.sh).
find_program(CHAIRSIDE_BASH bash)
# Not in the sanitizer build: packaging is the same there, and CI time is better spent elsewhere.
if(CHAIRSIDE_BASH AND NOT CHAIRSIDE_SANITIZE)
    add_test(NAME install_deb
             COMMAND ${CHAIRSIDE_BASH} ${CMAKE_CURRENT_LIST_DIR}/install-check.sh
                     ${CMAKE_CPACK_COMMAND} ${CMAKE_BINARY_DIR} ${PROJECT_VERSION})
    set_tests_properties(install_deb PROPERTIES LABELS install TIMEOUT 600)
endif()
