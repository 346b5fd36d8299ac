# Tests for qml/profiles (included by tests/unit/gui/CMakeLists.txt).
