# Tests for qml/unlock, qml/seizures and qml/settings (included by tests/unit/gui/CMakeLists.txt).
# The seizure list model is tested against a real vault, with the store tests' helpers.
target_sources(tst_seizurelistmodel PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../store/storetesthelpers.h)
target_include_directories(tst_seizurelistmodel PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../store
                                                        ${CMAKE_CURRENT_SOURCE_DIR}/../vault)
