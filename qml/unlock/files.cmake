# Files of qml/unlock/ added after the shared lists in qml/CMakeLists.txt (included from there):
# passphrase entry, officer details, and the session's worker and wording halves.
list(APPEND saisie_qml_files
    unlock/components/SecretEntry.qml
    unlock/components/PassphraseEntry.qml
    unlock/components/SecretKindSelector.qml
    unlock/components/OfficerFields.qml)
list(APPEND saisie_qml_sources
    unlock/sessionwork.h unlock/sessionwork.cpp
    unlock/sessiontext.h unlock/sessiontext.cpp
    unlock/sessionofficer.cpp)
