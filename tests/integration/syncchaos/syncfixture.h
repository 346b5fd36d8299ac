#pragma once
// The tablet's evidence for the sync tests, written fast and in-process: one unlock, then N
// finalized records with K photos each (random bytes behind a JPEG header, sizes drawn from a
// seeded generator), through the same store classes the app uses (Session, Attachments,
// SeizureRepository), so finalize writes the outbox entries the sync engine drains.
#include "common/expected.h"
#include "store/outbox.h"
#include "store/seizurerepository.h"
#include "store/session.h"

#include <QList>
#include <QString>
#include <memory>

namespace saisie::synctest {

/// Unlocks the only profile under saisiectl's data root and opens its session.
Expected<std::unique_ptr<store::Session>> openClientVault(const QString &dataRoot, const QByteArray &pin);

/// The outbox counts of the client's vault (one unlock); also fails when the vault reports
/// problems at open (a missing attachment file, a quarantined orphan).
Expected<store::OutboxCounts> clientOutbox(const QString &dataRoot, const QByteArray &pin);

struct FixtureSpec {
    int records = 0;
    int photosPerRecord = 1;
    qint64 minPhotoBytes = 8 * 1024;
    qint64 maxPhotoBytes = 32 * 1024;
    quint64 seed = 0;
};

struct FixtureTotals {
    int records = 0;
    int photos = 0;
    qint64 photoBytes = 0;
};

/// Adds and finalizes the records of `spec`; returns their signed versions (version 1 each).
Expected<QList<store::SignedVersion>> writeFixture(store::Session &session, const FixtureSpec &spec,
                                                   FixtureTotals *totals = nullptr);

} // namespace saisie::synctest
