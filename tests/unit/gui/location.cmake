# Tests for qml/location (included by tests/unit/gui/CMakeLists.txt).
