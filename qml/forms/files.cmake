# Files of qml/forms/ (included by qml/CMakeLists.txt). Paths are relative to qml/.
