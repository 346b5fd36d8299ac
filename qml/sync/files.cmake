# Files of qml/sync/ (included by qml/CMakeLists.txt). Paths are relative to qml/.
# Enrolment (QR code from the camera, a photo or typed) and the sync banner, over core/sync's
# SyncEngine. QR decoding (zxing-cpp) lives in its own small library so zxing's include directory,
# whose headers have generic names (Error.h, Result.h), never reaches the module's other sources.
pkg_check_modules(ZXING REQUIRED IMPORTED_TARGET zxing)

add_library(saisie_qrdecode STATIC sync/qrdecoder.h sync/qrdecoder.cpp)
target_include_directories(saisie_qrdecode PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(saisie_qrdecode PUBLIC Qt6::Gui PRIVATE PkgConfig::ZXING)
target_compile_definitions(saisie_qrdecode PRIVATE ZX_USE_UTF8) # zxing 1.4: text() as UTF-8, no transition warning
saisie_warnings(saisie_qrdecode)

list(APPEND saisie_qml_files
    sync/EnrolmentPage.qml
    sync/QrScanPage.qml
    sync/components/SyncBanner.qml
)
list(APPEND saisie_qml_sources
    sync/synctext.h sync/synctext.cpp
    sync/synccontroller.h sync/synccontroller.cpp sync/syncenrolment.cpp
    sync/syncsingleton.h
    sync/qrscanner.h sync/qrscanner.cpp
)
list(APPEND saisie_qml_private_includes sync)
list(APPEND saisie_qml_private_libs saisie_qrdecode saisie_sync Qt6::Multimedia Qt6::Concurrent Qt6::Network)
