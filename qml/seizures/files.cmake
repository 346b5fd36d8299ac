# Files of qml/seizures/ added after the shared lists in qml/CMakeLists.txt (included from there):
# the home list's status chips, filters, offline banner and "New seizure" action.
list(APPEND saisie_qml_files
    seizures/components/StatusChip.qml
    seizures/components/FilterChip.qml
    seizures/components/SeizureFilters.qml
    seizures/components/OfflineBanner.qml
    seizures/components/NewSeizureButton.qml)
