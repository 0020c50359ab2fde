# The window path of a synced desk: the sync status in the status bar, the sign-in dialog, and the
# desk session against chairside-localbase (the target chairside_localbase_fixture comes from
# tests/integration/localbase.cmake; run under scripts/run-tests.sh for the keychain).
chairside_add_test(tst_syncstatuswidget SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_syncstatuswidget.cpp LIBS chairside_ui LABELS gui)
chairside_add_test(tst_logindialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_logindialog.cpp LIBS chairside_ui LABELS gui)
chairside_add_test(tst_desksession SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_desksession.cpp LIBS chairside_app_lib chairside_localbase_fixture LABELS integration TIMEOUT 600)
