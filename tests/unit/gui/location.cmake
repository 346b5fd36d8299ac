# Tests for qml/location (included by tests/unit/gui/CMakeLists.txt).
# Links the QML plugin too: one test checks `LocationController { service: Positioning }` in QML.
saisie_add_test(tst_locationcontroller SOURCES tst_locationcontroller.cpp
                LIBS saisie_qml saisie_qmlplugin Qt6::Qml)
