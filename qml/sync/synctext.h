#pragma once
// The sentences officers read about sync: error codes (docs/protocol.md §17, plus the client's
// own: network, TLS, pins, QR payload) turned into what happened and what to do, and the progress
// line. Codes stay in logs and the outbox; only these sentences reach the screen.
#include <QString>

namespace saisie::gui {

/// A sync or enrolment error code as a translated sentence; unknown codes get a general sentence
/// that still says what to do (the code itself is only logged).
QString syncErrorSentence(const QString &code);

/// "Sending record 3 of 12" or "Sending record 3 of 12 – photo 2 of 4".
QString syncProgressSentence(int record, int records, int attachment, int attachments);

} // namespace saisie::gui
