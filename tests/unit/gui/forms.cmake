# Tests for qml/forms (included by tests/unit/gui/CMakeLists.txt).
