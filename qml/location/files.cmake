# Files of qml/location/ (included by qml/CMakeLists.txt). Paths are relative to qml/.
list(APPEND saisie_qml_files
    location/LocationPanel.qml
    location/ManualLocationDialog.qml
    location/NoPositionDialog.qml
)
list(APPEND saisie_qml_sources
    location/coordinateparser.h location/coordinateparser.cpp
    location/geofix.h location/geofix.cpp
    location/positioningservice.h location/positioningservice.cpp
    location/positioningsingleton.h
    location/locationcontroller.h location/locationcontroller.cpp location/locationentry.cpp
)
list(APPEND saisie_qml_private_includes location)
list(APPEND saisie_qml_private_libs Qt6::Positioning)
