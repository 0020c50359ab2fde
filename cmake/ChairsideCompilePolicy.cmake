# One place for compile policy: every Chairside target links chairside_compile_policy.
include_guard(GLOBAL)

option(CHAIRSIDE_WERROR "Treat compiler warnings as errors" OFF)
option(CHAIRSIDE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    # Paths relative to the checkout (and no working directory in the hash), so a fresh clone in
    # another folder, as CI makes, reuses what an earlier build compiled.
    set(CMAKE_CXX_COMPILER_LAUNCHER
        "${CMAKE_COMMAND};-E;env;CCACHE_BASEDIR=${PROJECT_SOURCE_DIR};CCACHE_NOHASHDIR=1;${CCACHE_PROGRAM}")
endif()

add_library(chairside_compile_policy INTERFACE)
add_library(Chairside::CompilePolicy ALIAS chairside_compile_policy)
target_compile_features(chairside_compile_policy INTERFACE cxx_std_20)
target_compile_definitions(chairside_compile_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(chairside_compile_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
    -Wimplicit-fallthrough -Woverloaded-virtual)
if(CHAIRSIDE_WERROR)
    target_compile_options(chairside_compile_policy INTERFACE -Werror)
endif()
if(CHAIRSIDE_SANITIZE)
    target_compile_options(chairside_compile_policy INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(chairside_compile_policy INTERFACE -fsanitize=address,undefined)
endif()
