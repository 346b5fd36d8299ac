# Files of qml/photos/ (included by qml/CMakeLists.txt). Paths are relative to qml/.
