# Tests for qml/capture (included by tests/unit/gui/CMakeLists.txt).
