# The demo salon's desk for the tests that open the main window (tests/support/demodesk). Named
# 00-* so that it is included before the fragments of this folder that link it.
qt_add_library(chairside_demo_desk STATIC
    ${PROJECT_SOURCE_DIR}/tests/support/demodesk/DemoDesk.h
    ${PROJECT_SOURCE_DIR}/tests/support/demodesk/DemoDesk.cpp
    ${PROJECT_SOURCE_DIR}/tests/support/demodesk/PaneTour.h
    ${PROJECT_SOURCE_DIR}/tests/support/demodesk/PaneTour.cpp)
target_link_libraries(chairside_demo_desk
    PUBLIC chairside_app_lib
    PRIVATE chairside_compile_policy)
