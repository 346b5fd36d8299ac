#pragma once
// Sync options of the command line applied to the SyncController: the national CA set (PEM) and
// the enrolment QR payload used at start on a tablet that is not enrolled yet (scripts/run's demo).
#include <QString>

namespace saisie::gui {
class SyncController;
}

namespace saisie::app {

struct Options;

/// Loads the national CA file, if any, into `sync`. False, with the reason on stderr, when the
/// file is not a usable PEM certificate set.
bool applyNationalCa(gui::SyncController &sync, const Options &options);

/// With --enrol-qr and a tablet not enrolled yet, starts enrolment with the file's payload; the
/// outcome is printed on stderr (and shown on the enrolment page). False when refused at once.
bool startEnrolmentFromFile(gui::SyncController &sync, const Options &options);

} // namespace saisie::app
