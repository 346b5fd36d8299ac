# Files of qml/capture/ (included by qml/CMakeLists.txt): the record editor and the quick and full capture pages.
list(APPEND saisie_qml_sources
    capture/jsonpath.h capture/jsonpath.cpp
    capture/seizureeditor.h capture/seizureeditor.cpp)
list(APPEND saisie_qml_private_includes capture)
