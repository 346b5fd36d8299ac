# Files of qml/capture/ (included by qml/CMakeLists.txt): the record editor and the quick and full capture pages.
list(APPEND saisie_qml_files
    capture/QuickCapturePage.qml
    capture/SeizurePage.qml
    capture/IssueText.qml
    capture/steps/EventStep.qml
    capture/steps/GoodsStep.qml
    capture/steps/ConveyanceStep.qml
    capture/steps/RouteStep.qml
    capture/steps/PeopleStep.qml
    capture/steps/PhotosStep.qml
    capture/steps/ReviewStep.qml
    capture/components/StepPage.qml
    capture/components/StepBar.qml
    capture/components/FieldGrid.qml
    capture/components/ChoiceTiles.qml
    capture/components/ConfirmDialog.qml
    capture/components/RecordText.qml
    capture/components/RecordCode.qml
    capture/components/RecordIdentifier.qml
    capture/components/RecordMrz.qml
    capture/components/RecordDateTime.qml
    capture/components/RecordLocation.qml
    capture/components/RecordPhotos.qml
    capture/components/SealList.qml
    capture/components/ItemCard.qml
    capture/components/ConveyanceCard.qml
    capture/components/PersonCard.qml
    capture/components/CompanyCard.qml
    capture/components/IssueRow.qml
    capture/components/OverrideReason.qml)
set_source_files_properties(capture/IssueText.qml PROPERTIES QT_QML_SINGLETON_TYPE TRUE)
list(APPEND saisie_qml_sources
    capture/jsonpath.h capture/jsonpath.cpp
    capture/recordedits.h capture/recordedits.cpp
    capture/recordcheck.h capture/recordcheck.cpp
    capture/seizureeditor.h capture/seizureeditor.cpp)
list(APPEND saisie_qml_private_includes capture)
