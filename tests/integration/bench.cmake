# `make bench` lives in tests/bench (not a test: no add_test); this fragment only includes it.
include(${PROJECT_SOURCE_DIR}/tests/bench/bench.cmake)
