# Tests for qml/capture (included by tests/unit/gui/CMakeLists.txt).
saisie_add_test(tst_seizureeditor SOURCES tst_seizureeditor.cpp LIBS saisie_qml)
