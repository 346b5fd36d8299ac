# Tests for qml/photos (included by tests/unit/gui/CMakeLists.txt).
