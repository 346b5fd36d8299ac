# Files of qml/photos/ (included by qml/CMakeLists.txt). Paths are relative to qml/.
# Camera capture needs Qt Multimedia (found in the top-level CMakeLists.txt): C++ for QImageCapture
# and QMediaDevices, the QML module QtMultimedia only for CameraPage.qml, which PhotosPanel loads
# through a Loader.

list(APPEND saisie_qml_files
    photos/PhotosPanel.qml
    photos/CameraPage.qml
    photos/PhotoViewer.qml
    photos/components/PhotoDelegate.qml
    photos/components/KindChip.qml
    photos/components/PhotoDetailsDialog.qml
)
list(APPEND saisie_qml_sources
    photos/attachmentlistmodel.h photos/attachmentlistmodel.cpp
    photos/photokinds.h photos/photokinds.cpp
    photos/photoimport.h photos/photoimport.cpp
    photos/photocontroller.h photos/photocontroller.cpp
    photos/photoimageprovider.h photos/photoimageprovider.cpp
)
list(APPEND saisie_qml_private_includes photos)
list(APPEND saisie_qml_private_libs Qt6::Multimedia)
