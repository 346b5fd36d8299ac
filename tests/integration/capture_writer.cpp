// saisie_capture_writer <data root> <profile id> [<record uuid>]  (PIN on stdin, one line)
// Unlocks the profile through the app's SessionController and "types" the capture script into a
// SeizureEditor with the app's own debounce, a few milliseconds per keystroke. After each save
// has committed it prints "saved <uuid> <edits applied>" and flushes, so a parent that SIGKILLs it
// knows what the store promised to keep. With a record uuid it continues that draft (the
// officer reopening it after the crash) from the edit after the one it holds.
#include "capture/seizureeditor.h"
#include "capturescript.h"
#include "unlock/sessioncontroller.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <cstdio>
#include <cstring>

using namespace saisie;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3 || argc > 4) {
        std::fprintf(
            stderr,
            "usage: saisie_capture_writer <data root> <profile id> [<record uuid>]  (PIN on stdin)\n");
        return 2;
    }
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin)) {
        std::fprintf(stderr, "capture_writer: no PIN on stdin\n");
        return 2;
    }
    gui::PinBuffer pin;
    for (const char *c = line; *c >= '0' && *c <= '9'; ++c)
        pin.appendDigit(*c - '0');

    vault::VaultOptions options;
    options.kdf = vault::KdfParams::interactive();
    gui::SessionController session(QFile::decodeName(argv[1]), options);
    gui::SeizureEditor editor;
    editor.setSession(&session);
    const QList<test::Edit> script = test::captureScript();
    qsizetype next = 0;
    QTimer typist;
    typist.setInterval(20); // a fast typist who never pauses: only the editor's maximum wait saves

    QObject::connect(&editor, &gui::SeizureEditor::saved, [&] {
        std::printf("saved %s %lld\n", qPrintable(editor.uuid()), static_cast<long long>(next));
        std::fflush(stdout);
    });
    QObject::connect(&typist, &QTimer::timeout, [&] {
        if (next == script.size()) {
            typist.stop();
            return;
        }
        if (!editor.setValue(script.at(next).path, script.at(next).value)) {
            std::fprintf(stderr, "capture_writer: edit %lld refused: %s\n", static_cast<long long>(next),
                         qPrintable(editor.errorString()));
            QCoreApplication::exit(2);
            return;
        }
        ++next;
    });
    QObject::connect(&session, &gui::SessionController::unlockFailed, [&] {
        std::fprintf(stderr, "capture_writer: unlock failed: %s\n", qPrintable(session.errorString()));
        QCoreApplication::exit(2);
    });
    QObject::connect(&session, &gui::SessionController::unlocked, [&] {
        if (argc == 4) {
            if (!editor.open(QString::fromLatin1(argv[3]))) {
                std::fprintf(stderr, "capture_writer: %s\n", qPrintable(editor.errorString()));
                QCoreApplication::exit(2);
                return;
            }
            next = QString::fromLatin1(qgetenv("SAISIE_CAPTURE_RESUME_AT")).toLongLong();
        } else {
            editor.startNew();
        }
        typist.start();
    });
    if (!session.selectProfile(QString::fromLatin1(argv[2])) || !session.unlock(&pin)) {
        std::fprintf(stderr, "capture_writer: %s\n", qPrintable(session.errorString()));
        return 2;
    }
    return app.exec();
}
