# Provides the target SaisieSqlCipher::sqlcipher.
#   SAISIE_SQLCIPHER=bundled (default): the pinned 4.14.0 amalgamation (scripts/sqlcipher.lock),
#       fetched at configure time if missing, checksum-verified, built once per build directory
#       as a static library against OpenSSL 3.
#   SAISIE_SQLCIPHER=system: a pkg-config 'sqlcipher' >= 4.0. Debian's 3.4.1 is refused (SECURITY.md).
set(SAISIE_SQLCIPHER "bundled" CACHE STRING "Where SQLCipher comes from: bundled or system")
set_property(CACHE SAISIE_SQLCIPHER PROPERTY STRINGS bundled system)

if(SAISIE_SQLCIPHER STREQUAL "system")
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(SQLCIPHER IMPORTED_TARGET sqlcipher)
    if(NOT SQLCIPHER_FOUND)
        message(FATAL_ERROR "SAISIE_SQLCIPHER=system but pkg-config finds no 'sqlcipher'. Use -DSAISIE_SQLCIPHER=bundled.")
    endif()
    if(SQLCIPHER_VERSION VERSION_LESS 4.0)
        message(FATAL_ERROR "System SQLCipher ${SQLCIPHER_VERSION} is too old: Saisie needs SQLCipher 4.x "
                            "(Debian's 3.4.1 lacks the 4.x KDF, HMAC and memory-security settings). "
                            "Use -DSAISIE_SQLCIPHER=bundled.")
    endif()
    add_library(SaisieSqlCipher::sqlcipher ALIAS PkgConfig::SQLCIPHER)
    return()
elseif(NOT SAISIE_SQLCIPHER STREQUAL "bundled")
    message(FATAL_ERROR "SAISIE_SQLCIPHER must be 'bundled' or 'system', not '${SAISIE_SQLCIPHER}'.")
endif()

set(SAISIE_SQLCIPHER_DIR "${PROJECT_SOURCE_DIR}/.deps/sqlcipher" CACHE PATH "Verified SQLCipher amalgamation")
set(_lock "${PROJECT_SOURCE_DIR}/scripts/sqlcipher.lock")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_lock}")

function(_saisie_sqlcipher_verified out)
    file(STRINGS "${_lock}" _lines REGEX "^[0-9a-f]+  ")
    set(${out} TRUE PARENT_SCOPE)
    foreach(_line IN LISTS _lines)
        string(REGEX MATCH "^([0-9a-f]+)  (.+)$" _ "${_line}")
        set(_file "${SAISIE_SQLCIPHER_DIR}/${CMAKE_MATCH_2}")
        if(NOT EXISTS "${_file}")
            set(${out} FALSE PARENT_SCOPE)
            return()
        endif()
        file(SHA256 "${_file}" _sum)
        if(NOT _sum STREQUAL CMAKE_MATCH_1)
            message(FATAL_ERROR "${_file} does not match its checksum in scripts/sqlcipher.lock; "
                                "delete ${SAISIE_SQLCIPHER_DIR} and configure again.")
        endif()
    endforeach()
endfunction()

_saisie_sqlcipher_verified(_ok)
if(NOT _ok)
    message(STATUS "Fetching the pinned SQLCipher amalgamation into ${SAISIE_SQLCIPHER_DIR}")
    execute_process(COMMAND "${PROJECT_SOURCE_DIR}/scripts/fetch-sqlcipher" "${SAISIE_SQLCIPHER_DIR}"
                    RESULT_VARIABLE _rc)
    _saisie_sqlcipher_verified(_ok)
    if(NOT _rc EQUAL 0 OR NOT _ok)
        message(FATAL_ERROR "Could not fetch SQLCipher; run scripts/fetch-sqlcipher and read its error.")
    endif()
endif()

find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)
add_library(saisie_sqlcipher STATIC "${SAISIE_SQLCIPHER_DIR}/sqlite3.c")
target_include_directories(saisie_sqlcipher SYSTEM PUBLIC "${SAISIE_SQLCIPHER_DIR}")
target_compile_definitions(saisie_sqlcipher
    PRIVATE _GNU_SOURCE SQLCIPHER_CRYPTO_OPENSSL
            SQLITE_EXTRA_INIT=sqlcipher_extra_init SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown
            SQLITE_TEMP_STORE=2 SQLITE_SECURE_DELETE SQLITE_THREADSAFE=1 SQLITE_DQS=0
            SQLITE_DEFAULT_FOREIGN_KEYS=1 SQLITE_OMIT_LOAD_EXTENSION SQLITE_OMIT_DEPRECATED
            SQLITE_DEFAULT_FILE_PERMISSIONS=0600
    PUBLIC SQLITE_HAS_CODEC)
target_compile_options(saisie_sqlcipher PRIVATE -include stdint.h -w)
set_target_properties(saisie_sqlcipher PROPERTIES POSITION_INDEPENDENT_CODE ON C_VISIBILITY_PRESET hidden)
target_link_libraries(saisie_sqlcipher PUBLIC OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS})
add_library(SaisieSqlCipher::sqlcipher ALIAS saisie_sqlcipher)
