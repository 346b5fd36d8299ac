#pragma once
// Data the benchmark feeds to the store: the quick-entry record of tests/data/model, varied
// records for the search table (unique ISO 6346 container numbers with valid check digits,
// plates, places, dates), and a real JPEG padded to an exact size.
#include "model/seizure.h"

#include <QByteArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

namespace saisie::bench {

/// ISO 6346 check digit over owner code (3 letters), category (U, J or Z) and 6-digit serial.
/// Returns the remainder mod 11 (0..10; 10 means "do not issue this serial"), or -1 when the
/// text is malformed.
int iso6346Remainder(QStringView first10);
/// Known published numbers (CSQU3054383, BICU1234565) give the right digit.
bool iso6346SelfTest();

class RecordFactory
{
public:
    explicit RecordFactory(quint32 seed = 6346);

    /// Reads the quick-entry template (a JSON record in Input form).
    bool loadTemplate(const QString &path, QString *error);
    /// The template as a new record: null uuid, so saveDraft creates version 1 of a new seizure.
    model::Seizure quickEntry() const;
    /// A new record with its own container number (conveyances[0].containerNumber), plate, place
    /// and date. The container number is written to *container.
    std::optional<model::Seizure> varied(QString *container, QString *error);

private:
    QString nextContainer();
    QString nextPlate();
    QString nextPlace();
    QString nextOccurredAt();

    QJsonObject m_json;
    model::Seizure m_template;
    QRandomGenerator m_rng;
    quint64 m_containerCounter = 0;
};

/// A decodable JPEG of width x height (smooth gradients and noise, like a photo), re-encoded at
/// lower quality until it fits, then padded after its end marker with random bytes to exactly
/// `bytes` (decoders stop at the end marker; MIME sniffing sees JPEG magic).
QByteArray makeJpeg(int width, int height, qint64 bytes, quint32 seed, QString *error);

} // namespace saisie::bench
