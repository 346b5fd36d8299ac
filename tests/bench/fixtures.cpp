#include "fixtures.h"

#include "model/seizurejson.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace saisie::bench {

namespace {
// Letter values of ISO 6346: A = 10, then skipping multiples of 11 (11, 22, 33).
int letterValue(QChar c)
{
    if (c < u'A' || c > u'Z')
        return -1;
    int v = 10;
    for (char16_t l = u'A'; l < c.unicode(); ++l) {
        ++v;
        if (v % 11 == 0)
            ++v;
    }
    return v;
}

constexpr std::array kOwners = {"MSCU", "MAEU", "MSKU", "CMAU", "CSQU", "HLXU", "TGHU", "OOLU", "EGHU", "TCLU",
                                "SEGU", "TRHU", "GESU", "FCIU", "CAIU", "BMOU", "DFSU", "TEMU", "UACU", "YMLU"};

constexpr std::array kPlaces = {
    "Hazeldonk road border crossing", "Port of Rotterdam, Maasvlakte II", "Antwerp Deurganck dock",
    "Le Havre Port 2000", "Zeebrugge ferry terminal", "Schiphol cargo", "Brussels Airport cargo",
    "Roissy-Charles de Gaulle fret", "Calais Eurotunnel", "Dunkerque container terminal",
    "Venlo rail terminal", "Liege airport", "Marseille Fos", "Frankfurt (Oder) motorway",
    "Terespol rail crossing", "Kapitan Andreevo", "Horgos road crossing", "Algeciras port",
    "Valencia port", "Genoa Voltri terminal", "Koper port", "Piraeus container terminal",
    "Hamburg Waltershof", "Bremerhaven", "Gdansk DCT", "Medyka road crossing", "Narva bridge",
    "Vaalimaa road crossing", "Trieste port", "Lisbon Alcantara"};
} // namespace

int iso6346Remainder(QStringView s)
{
    if (s.size() != 10)
        return -1;
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        const QChar c = s[i];
        int v = -1;
        if (i < 4)
            v = letterValue(c);
        else if (c.isDigit())
            v = c.digitValue();
        if (v < 0)
            return -1;
        sum += v << i;
    }
    return sum % 11;
}

bool iso6346SelfTest()
{
    return iso6346Remainder(u"CSQU305438") == 3 && iso6346Remainder(u"BICU123456") == 5
           && iso6346Remainder(u"CSQU30543") == -1 && iso6346Remainder(u"CSQU3054A8") == -1;
}

RecordFactory::RecordFactory(quint32 seed) : m_rng(seed) {}

bool RecordFactory::loadTemplate(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    m_json = QJsonDocument::fromJson(file.readAll()).object();
    m_json.remove(QStringLiteral("uuid"));
    QStringList errors;
    auto parsed = model::seizureFromJson(m_json, model::JsonMode::Input, &errors);
    if (!parsed) {
        *error = QStringLiteral("%1 does not parse: %2").arg(path, errors.join(QLatin1Char(' ')));
        return false;
    }
    m_template = *parsed;
    m_template.uuid = QUuid();
    return true;
}

model::Seizure RecordFactory::quickEntry() const { return m_template; }

QString RecordFactory::nextContainer()
{
    // An injective walk over (owner, serial): serials step by a prime coprime with 10^6, so no
    // number repeats within 10^6 * 20 records; serials whose remainder is 10 are skipped.
    for (;;) {
        const quint64 k = m_containerCounter++;
        const QString owner = QString::fromLatin1(kOwners[k % kOwners.size()]);
        const quint64 serial = ((k / kOwners.size()) * 7919 + 104729) % 1000000;
        const QString first10 = owner + QStringLiteral("%1").arg(serial, 6, 10, QLatin1Char('0'));
        const int r = iso6346Remainder(first10);
        if (r >= 0 && r < 10)
            return first10 + QChar(u'0' + r);
    }
}

QString RecordFactory::nextPlate()
{
    auto letter = [this] { return QChar(u'A' + m_rng.bounded(26)); };
    auto digit = [this] { return QChar(u'0' + m_rng.bounded(10)); };
    QString plate;
    plate += letter();
    plate += letter();
    plate += u'-';
    for (int i = 0; i < 3; ++i)
        plate += digit();
    plate += u'-';
    plate += letter();
    return plate;
}

QString RecordFactory::nextPlace()
{
    const QString base = QString::fromLatin1(kPlaces[m_rng.bounded(int(kPlaces.size()))]);
    return m_rng.bounded(4) == 0 ? base + QStringLiteral(", lane %1").arg(1 + m_rng.bounded(12)) : base;
}

QString RecordFactory::nextOccurredAt()
{
    static const QDateTime start(QDate(2023, 1, 1), QTime(0, 0), QTimeZone(7200));
    const QDateTime at = start.addSecs(qint64(m_rng.bounded(730 * 24 * 60)) * 60);
    return at.toString(Qt::ISODate);
}

std::optional<model::Seizure> RecordFactory::varied(QString *container, QString *error)
{
    QJsonObject json = m_json;
    *container = nextContainer();
    json.insert(QStringLiteral("placeName"), nextPlace());
    json.insert(QStringLiteral("occurredAt"), nextOccurredAt());
    static const QStringList kCountries = {QStringLiteral("NL"), QStringLiteral("BE"), QStringLiteral("DE"),
                                           QStringLiteral("FR"), QStringLiteral("PL"), QStringLiteral("ES")};
    json.insert(QStringLiteral("conveyances"),
                QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("truck")},
                                       {QStringLiteral("containerNumber"), *container},
                                       {QStringLiteral("containerSizeType"), QStringLiteral("45G1")},
                                       {QStringLiteral("plate"), nextPlate()},
                                       {QStringLiteral("plateCountry"), kCountries.at(m_rng.bounded(6))}}});
    QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QJsonObject item = items.at(0).toObject();
    item.insert(QStringLiteral("quantity"), double(1000 * (1 + m_rng.bounded(50))));
    items.replace(0, item);
    json.insert(QStringLiteral("items"), items);
    QStringList errors;
    auto seizure = model::seizureFromJson(json, model::JsonMode::Input, &errors);
    if (!seizure)
        *error = errors.join(QLatin1Char(' '));
    return seizure;
}

QByteArray makeJpeg(int width, int height, qint64 bytes, quint32 seed, QString *error)
{
    QRandomGenerator rng(seed);
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const quint32 noise = rng.generate();
            const int n = int(noise & 0x1f) - 16;
            const int r = (x * 255 / width) + n;
            const int g = (y * 255 / height) + int((noise >> 8) & 0x1f) - 16;
            const int b = ((x + y) * 127 / (width + height)) + 64 + int((noise >> 16) & 0x1f) - 16;
            line[x] = qRgb(std::clamp(r, 0, 255), std::clamp(g, 0, 255), std::clamp(b, 0, 255));
        }
    }
    QByteArray jpeg;
    for (int quality = 92; quality >= 20; quality -= 8) {
        jpeg.clear();
        QBuffer out(&jpeg);
        out.open(QIODevice::WriteOnly);
        if (!image.save(&out, "JPEG", quality)) {
            *error = QStringLiteral("QImage cannot write JPEG (is the qjpeg image format plugin installed?)");
            return {};
        }
        if (jpeg.size() <= bytes)
            break;
    }
    if (jpeg.size() > bytes) {
        *error = QStringLiteral("a %1x%2 JPEG does not fit in %3 bytes").arg(width).arg(height).arg(bytes);
        return {};
    }
    const qsizetype have = jpeg.size();
    jpeg.resize(bytes);
    for (qsizetype i = have; i < bytes; ++i)
        jpeg[i] = char(rng.bounded(256));
    return jpeg;
}

} // namespace saisie::bench
