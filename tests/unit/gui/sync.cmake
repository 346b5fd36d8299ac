# Tests for qml/sync (included by tests/unit/gui/CMakeLists.txt). The national CA set comes from
# tests/tools/testpki/make-test-pki; QR images are made with the qrencode CLI (Debian qrencode).
saisie_add_test(tst_synccontroller SOURCES tst_synccontroller.cpp LIBS saisie_qml saisie_sync saisie_qrdecode
                TIMEOUT 180)
target_include_directories(tst_synccontroller PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../sync
                                                      ${CMAKE_CURRENT_SOURCE_DIR}/../vault)
target_compile_definitions(tst_synccontroller PRIVATE
    SAISIE_MAKE_TEST_PKI="${PROJECT_SOURCE_DIR}/tests/tools/testpki/make-test-pki")
