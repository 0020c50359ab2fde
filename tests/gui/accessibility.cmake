# Accessibility (issue 9): every pane's controls named and on the Tab chain, WCAG AA contrast of
# the program's own colours in light and dark palettes, calendar bookings say their status.
chairside_add_test(tst_accessibility SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_accessibility.cpp LIBS chairside_demo_desk LABELS gui)
