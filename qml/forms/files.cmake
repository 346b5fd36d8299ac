# Files of qml/forms/ (included by qml/CMakeLists.txt). Paths are relative to qml/.
# Reusable form fields for the capture pages: a labelled frame (FormField) and the editors built on it.
list(APPEND saisie_qml_files
    forms/FormField.qml
    forms/TextEntry.qml
    forms/CodePicker.qml
    forms/CodePickerPopup.qml
    forms/IdentifierField.qml
    forms/CheckResult.qml
    forms/UnknownValue.qml
    forms/MrzField.qml
    forms/CompletenessMeter.qml
    forms/DateTimeEntry.qml
)
list(APPEND saisie_qml_sources
    forms/codelistmodel.h forms/codelistmodel.cpp
    forms/identifiercheck.h forms/identifiercheck.cpp
)
list(APPEND saisie_qml_private_includes forms)
