#pragma once
// What a list row shows about one seizure; no personal data, so lists can be built cheaply.
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace saisie::store {

struct SeizureSummary {
    QUuid uuid;
    int version = 1;
    QString status;          // "draft", "finalized", "queued", "delivered", "returned", ...
    QString occurredAt;      // ISO 8601 with offset, may be empty on a fresh draft
    QString placeName;
    QString commodityCategory; // first item's category code, may be empty
    double completeness = 0; // 0..1
    QString updatedAt;       // ISO 8601 UTC
    int attachmentCount = 0;
};

struct ListQuery {
    QString text;            // free text: identifiers (container, plate, document...) or place/description
    QString status;          // empty = any
    QStringList statuses;    // any of these (with `status` if set); empty = any
    QString fromDate;        // inclusive, YYYY-MM-DD on occurredAt; empty = open
    QString toDate;          // inclusive
    // Inclusive, YYYY-MM-DD: occurredAt on or after it, or for a record without one yet (a fresh
    // draft), its last update. What "today" or "last 7 days" mean on the home list.
    QString sinceDate;
    int limit = 50;
    int offset = 0;
};

} // namespace saisie::store
