#pragma once
// The seizure record (DOMAIN.md "Seizure record"): plain value types, no behaviour beyond
// comparison. JSON lives in seizurejson.h, rules in completeness.h and finalize.h.
#include "model/field.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace saisie::model {

/// A coded value: a code from a bundled code list (see codelists), or not filled.
/// "Explicitly unknown" is the list's own UNKNOWN entry, not a separate state.
using Code = std::optional<QString>;

/// Life cycle of one record version. Only Draft is edited; every other state is immutable
/// evidence and a correction is a new version (SECURITY.md E3).
enum class Status { Draft, Finalized, Queued, Delivered, UnderReview, Returned, Accepted, Merged };

/// JSON spelling: "draft", "finalized", "queued", "delivered", "underReview", "returned",
/// "accepted", "merged".
QString statusName(Status status);
std::optional<Status> statusFromName(QStringView name);

/// An exact, non-negative decimal amount of money.
///
/// Money never goes through double: 0.1 + 0.2 must stay 0.3 in evidence and sums. The value is
/// kept as its text ("1250.50"), which is also its JSON form, so nothing is re-rounded on the
/// way through storage, signing and export. Accepted text: up to 18 integer digits without
/// leading zeros, optionally a point and 1 to 6 fraction digits.
class Decimal
{
public:
    Decimal() = default;
    static std::optional<Decimal> parse(QStringView text);

    const QString &toString() const { return m_text; }
    /// Fraction digits that carry value: "12.50" has 1, "12.00" has 0. Used for the ISO 4217
    /// minor-unit rule, which is about the amount, not how many zeros were typed.
    int significantFractionDigits() const;

    friend bool operator==(const Decimal &a, const Decimal &b) { return a.m_text == b.m_text; }

private:
    explicit Decimal(QString text) : m_text(std::move(text)) {}
    QString m_text;
};

/// A position fix as the platform reported it, or a manual position with the reason for it.
struct GeoFix
{
    Field<double> lat;           // WGS 84 degrees, -90..90
    Field<double> lon;           // WGS 84 degrees, -180..180
    Field<double> accuracyM;     // horizontal accuracy radius in metres, >= 0
    Code source;                 // built-in list "position_source": gnss, network, fused, manual, UNKNOWN
    Field<QString> fixTime;      // ISO 8601 timestamp with UTC offset
    Field<bool> mock;            // the platform flagged the fix as coming from a mock provider
    Field<QString> manualReason; // why the position was typed in, or why there is no fix

    bool hasCoordinates() const { return lat.isSet() && lon.isSet(); }
    friend bool operator==(const GeoFix &, const GeoFix &) = default;
};

/// Route of the goods; transit countries keep the officer's order.
struct Route
{
    Code departureCountry;        // country
    QStringList transitCountries; // country codes, ordered
    Code destinationCountry;      // country
    friend bool operator==(const Route &, const Route &) = default;
};

/// One kind of goods seized.
struct CommodityItem
{
    Code category;          // commodity_category
    Code subtype;           // commodity_subtype, whose parent must be category
    Field<double> quantity; // >= 0, in unit
    Code unit;              // unit (UNECE Rec. 20)
    Field<QString> description;
    Field<QString> hsCode;    // 6 digits, optional national extension to 8-10
    Field<QString> hsEdition; // e.g. "HS2022"
    Field<qint64> packagesCount;
    Field<QString> packageType;
    Field<Decimal> estimatedValue;
    Code currency; // currency, for estimatedValue
    Field<QString> brand;
    Field<QString> rightHolder;
    Code originCountry; // country
    Field<QString> citesSpecies;
    Code citesAppendix; // built-in list "cites_appendix": I, II, III, UNKNOWN
    Field<QString> weaponMake;
    Field<QString> weaponModel;
    Field<QString> weaponCalibre;
    Field<QString> weaponSerial;
    Field<Decimal> cashAmount;
    Code cashCurrency; // currency, for cashAmount
    friend bool operator==(const CommodityItem &, const CommodityItem &) = default;
};

/// A means of transport or piece of equipment; which identifiers apply depends on type.
struct Conveyance
{
    Code type;                        // conveyance_type
    Field<QString> containerNumber;   // ISO 6346
    Field<QString> containerSizeType; // ISO 6346 size/type code, e.g. 22G1
    QStringList sealNumbers;
    Field<QString> wagonNumber; // UIC
    Field<QString> imo;
    Field<QString> mmsi;
    Field<QString> vesselName;
    Code flag; // country
    Field<QString> flightNumber;
    Field<QString> airline;
    Field<QString> aircraftRegistration;
    Field<QString> plate;
    Code plateCountry; // country
    Field<QString> vin;
    Field<QString> trainNumber;
    Field<QString> declarationNumber;
    Field<QString> billOfLading;
    Field<QString> airWaybill;
    Field<QString> postalItemId; // UPU S10
    friend bool operator==(const Conveyance &, const Conveyance &) = default;
};

/// A person linked to the seizure. Nominal: stays national, never in the CEN extract.
struct Person
{
    Code role; // person_role
    Field<QString> surname;
    Field<QString> givenNames;
    Code sex;                 // built-in list "sex": F, M, X, UNKNOWN (ICAO 9303 values)
    Field<QString> birthDate; // ISO 8601 date, reduced precision allowed: YYYY, YYYY-MM, YYYY-MM-DD
    Field<QString> birthPlace;
    Code nationality;  // icao_nationality
    Code documentType; // document_type
    Field<QString> documentNumber;
    Code documentIssuingState;     // icao_nationality
    Field<QString> documentExpiry; // ISO 8601 date
    Field<QString> mrz;            // raw MRZ lines separated by '\n'
    Field<QString> mrzCheck;       // the reader's check result, e.g. "valid", "invalid"
    Field<bool> arrested;
    friend bool operator==(const Person &, const Person &) = default;
};

/// A company linked to the seizure. Nominal: stays national, never in the CEN extract.
struct Company
{
    Field<QString> name;
    Code role; // company_role
    Field<QString> registration;
    Field<QString> tin;
    Code country; // country
    Field<QString> address;
    friend bool operator==(const Company &, const Company &) = default;
};

/// Metadata of a captured file; the bytes live in the blob store. System-managed.
struct AttachmentInfo
{
    QUuid id;
    Code kind;                 // attachment_kind
    QString mimeType;          // "type/subtype"
    QString sha256;            // 64 lower-case hex digits of the original bytes, hashed at capture
    qint64 size = 0;           // bytes of the original
    Field<QString> capturedAt; // ISO 8601 timestamp with UTC offset
    std::optional<GeoFix> gps;
    Field<QString> caption;
    Field<bool> cenShareable; // only an explicit true lets the file reach CEN

    bool isPhoto() const { return mimeType.startsWith(u"image/"); }
    friend bool operator==(const AttachmentInfo &, const AttachmentInfo &) = default;
};

/// One version of a seizure record: case header plus its lists.
struct Seizure
{
    // Identity and life cycle; everything except uuid is system-managed.
    QUuid uuid;                        // client idempotency key, stable across versions
    Field<QString> nationalCaseNumber; // assigned by the national server
    int version = 1;                   // >= 1
    Status status = Status::Draft;
    QString amends; // 64 lower-case hex digits: hash of the version this one corrects; empty for v1

    // When and where.
    Code reportingCountry;     // country
    Field<QString> occurredAt; // ISO 8601 timestamp with UTC offset
    Field<QString> placeName;
    Field<QString> customsOffice;
    Field<QString> unLocode;
    Code locationType; // location_type
    std::optional<GeoFix> gps;

    // What happened.
    Code direction;         // direction
    Code transportMode;     // transport_mode
    Code detectionMethod;   // detection_method
    Code customsProcedure;  // customs_procedure
    Code offenceType;       // offence_type
    Code concealmentMethod; // concealment
    Field<QString> concealmentText;
    Route route;
    Field<QString> narrative; // free text; may name people, so it never reaches CEN

    // Who recorded it.
    Field<QString> officerId;
    Field<QString> unitId;
    Field<QString> deviceId;  // system-managed
    Field<QString> createdAt; // system-managed
    Field<QString> updatedAt; // system-managed

    QList<CommodityItem> items;
    QList<Conveyance> conveyances;
    QList<Person> persons;             // nominal
    QList<Company> companies;          // nominal
    QList<AttachmentInfo> attachments; // system-managed

    friend bool operator==(const Seizure &, const Seizure &) = default;
};

/// True for "YYYY-MM-DDThh:mm[:ss[.fff]]" followed by "Z" or "+hh:mm"/"-hh:mm", and a real
/// calendar instant. The offset is required: a local time without it cannot be placed on a
/// timeline once the tablet crosses a border.
bool isIsoTimestamp(QStringView text);
/// True for an ISO 8601 calendar date "YYYY-MM-DD", or reduced precision "YYYY-MM" / "YYYY"
/// (a birth date read from a document is sometimes only partly known).
bool isIsoDate(QStringView text);

} // namespace saisie::model
