# `make bench` (scripts/bench.sh, docs/benchmarks.md): chairside-bench, the helper that measures a
# child's wall time and peak RSS, bulk-inserts the baseline, times a first sync step by step and
# writes the Markdown tables. Included from tests/integration/bench.cmake. Benchmarks are not
# tests: nothing here is registered with CTest.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network Sql)

qt_add_executable(chairside-bench
    ${CMAKE_CURRENT_LIST_DIR}/main.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AnalyticsBench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ApplyPages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BenchCommands.h
    ${CMAKE_CURRENT_LIST_DIR}/BareWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BulkInsert.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CalendarBench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CustomersBench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HandoffsBench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Measure.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaneBench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaneBench.h
    ${CMAKE_CURRENT_LIST_DIR}/Report.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SyncBreakdown.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Tools.cpp)
target_link_libraries(chairside-bench PRIVATE
    chairside_app_lib chairside_ui chairside_sync chairside_store chairside_compile_policy Qt6::Core Qt6::Network Qt6::Sql)
set_target_properties(chairside-bench PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/bench"
    MACOSX_BUNDLE OFF)
