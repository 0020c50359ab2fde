# tst_translations: lupdate over the sources into temporary copies of translations/*.ts; fails
# naming every text that is new or unfinished in a language, or whose translation breaks a
# placeholder or an accelerator (docs/translations.md).
chairside_add_test(tst_translations SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp
    LIBS Qt6::Core LABELS unit i18n)
get_property(chairside_tr_ts GLOBAL PROPERTY CHAIRSIDE_TS_FILES)
get_property(chairside_tr_dirs GLOBAL PROPERTY CHAIRSIDE_TR_SOURCE_DIRS)
get_property(chairside_tr_options GLOBAL PROPERTY CHAIRSIDE_LUPDATE_OPTIONS)
list(JOIN chairside_tr_ts "|" chairside_tr_ts_joined)
list(JOIN chairside_tr_dirs "|" chairside_tr_dirs_joined)
list(JOIN chairside_tr_options "|" chairside_tr_options_joined)
target_compile_definitions(tst_translations PRIVATE
    CHAIRSIDE_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    CHAIRSIDE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    CHAIRSIDE_TS_FILES="${chairside_tr_ts_joined}"
    CHAIRSIDE_TR_SOURCE_DIRS="${chairside_tr_dirs_joined}"
    CHAIRSIDE_LUPDATE_OPTIONS="${chairside_tr_options_joined}")
