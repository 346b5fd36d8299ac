# Files of qml/location/ (included by qml/CMakeLists.txt). Paths are relative to qml/.
