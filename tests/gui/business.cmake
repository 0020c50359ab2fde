# The Business settings pane (issue 11): service and working-hours edits through the real
# widgets on the desk salon, the stranded-bookings question, and the pane only for owners.
chairside_add_test(tst_businesspane SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_businesspane.cpp LIBS chairside_ui chairside_models chairside_test_support LABELS gui)
