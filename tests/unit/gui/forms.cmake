# Tests for qml/forms (included by tests/unit/gui/CMakeLists.txt).
saisie_add_test(tst_codelistmodel SOURCES tst_codelistmodel.cpp LIBS saisie_qml)
saisie_add_test(tst_identifiercheck SOURCES tst_identifiercheck.cpp LIBS saisie_qml)
