# Files of qml/capture/ (included by qml/CMakeLists.txt). Paths are relative to qml/.
