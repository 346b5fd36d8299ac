# Files of qml/seizures/ added after the shared lists in qml/CMakeLists.txt (included from there):
# the home list's status chips, filters and "New seizure" action (the sync banner is in sync/).
list(APPEND saisie_qml_files
    seizures/components/StatusChip.qml
    seizures/components/FilterChip.qml
    seizures/components/SeizureFilters.qml
    seizures/components/NewSeizureButton.qml)
