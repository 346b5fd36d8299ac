# Tests for qml/capture (included by tests/unit/gui/CMakeLists.txt).
saisie_add_test(tst_seizureeditor SOURCES tst_seizureeditor.cpp LIBS saisie_qml)
# unlockedprofile.h builds on the vault tests' helpers (guarded PINs, the fastest accepted KDF).
target_include_directories(tst_seizureeditor PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../vault)
