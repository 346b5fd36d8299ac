# Files of qml/settings/ added after the shared lists in qml/CMakeLists.txt (included from there).
list(APPEND saisie_qml_files
    settings/components/OfficerSection.qml)
list(APPEND saisie_qml_files
    settings/components/SyncSection.qml)
