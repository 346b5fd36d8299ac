# Tests for qml/photos (included by tests/unit/gui/CMakeLists.txt).
saisie_add_test(tst_photocontroller SOURCES tst_photocontroller.cpp LIBS saisie_qml Qt6::Multimedia)
# The store tests' helpers: a record that meets the finalize rules.
target_include_directories(tst_photocontroller PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../store
                                                       ${CMAKE_CURRENT_SOURCE_DIR}/../vault)
