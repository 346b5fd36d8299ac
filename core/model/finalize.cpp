#include "model/finalize.h"

#include "model/codes_p.h"
#include "model/schema_p.h"
#include "validation/identifiers.h"

#include <algorithm>

namespace saisie::model {

namespace {

using schema::Origin;
namespace val = saisie::validation;

/// Walks the field lists (schema_p.h) and reports codes outside their list. JSON input is
/// already checked when parsed; this catches records built in code (the UI, imports, merges)
/// before their values get signed.
class CodeAudit
{
public:
    CodeAudit(QString prefix, QList<Issue> *out) : m_prefix(std::move(prefix)), m_out(out) {}

    QString at(QStringView key) const
    {
        return m_prefix.isEmpty() ? key.toString() : m_prefix + u'.' + key.toString();
    }

    void code(QStringView key, const Code &c, QStringView list) { check(at(key), c, list); }
    void codeArray(QStringView key, const QStringList &values, QStringView list)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            check(at(key) + u'[' + QString::number(i) + u']', values[i], list);
    }

    template <typename T, typename F>
    void optionalObject(QStringView key, const std::optional<T> &value, F visit)
    {
        if (!value)
            return;
        CodeAudit child(at(key), m_out);
        visit(child, *value);
    }
    template <typename T, typename F> void group(QStringView key, const T &value, F visit)
    {
        CodeAudit child(at(key), m_out);
        visit(child, value);
    }
    template <typename T, typename F>
    void objects(QStringView key, const QList<T> &values, F visit, Origin = Origin::User)
    {
        for (qsizetype i = 0; i < values.size(); ++i) {
            CodeAudit child(at(key) + u'[' + QString::number(i) + u']', m_out);
            visit(child, values[i]);
        }
    }

    // Fields without a code list: nothing to audit.
    void text(QStringView, const Field<QString> &, int = 0, Origin = Origin::User) {}
    void timestamp(QStringView, const Field<QString> &, Origin = Origin::User) {}
    void date(QStringView, const Field<QString> &) {}
    void number(QStringView, const Field<double> &, double, double) {}
    void integer(QStringView, const Field<qint64> &, qint64, qint64) {}
    void requiredInteger(QStringView, qint64, qint64, qint64) {}
    void boolean(QStringView, const Field<bool> &) {}
    void decimal(QStringView, const Field<Decimal> &) {}
    void textArray(QStringView, const QStringList &) {}
    void uuid(QStringView, const QUuid &, bool) {}
    void hash(QStringView, const QString &, bool, Origin = Origin::User) {}
    void requiredText(QStringView, const QString &) {}

private:
    void check(const QString &path, const Code &c, QStringView list)
    {
        if (c && !codes::contains(list, *c)) {
            m_out->append(
                {path, QStringLiteral("unknown_code"),
                 path + QStringLiteral(" is not a code of list \"") + list.toString() + QStringLiteral("\"."),
                 false, false});
        }
    }

    QString m_prefix;
    QList<Issue> *m_out;
};

QString itemPath(qsizetype i, QStringView field)
{
    return QStringLiteral("items[") + QString::number(i) + QStringLiteral("].") + field.toString();
}

bool filled(const Field<QString> &f)
{
    return f.isSet() && !f.value().trimmed().isEmpty();
}

class Checker
{
public:
    Checker(const Seizure &s, const QHash<QString, QString> &overrides) : m_s(s), m_overrides(overrides) {}

    FinalizeCheck run()
    {
        if (m_s.status != Status::Draft) {
            block(QStringLiteral("status"), QStringLiteral("status"),
                  QStringLiteral("Only a draft can be finalized; this record is ") + statusName(m_s.status) +
                      QStringLiteral(". Correct it in a new version."));
        }
        header();
        for (qsizetype i = 0; i < m_s.items.size(); ++i)
            item(i, m_s.items[i]);
        for (qsizetype i = 0; i < m_s.conveyances.size(); ++i)
            conveyance(i, m_s.conveyances[i]);
        for (qsizetype i = 0; i < m_s.persons.size(); ++i) {
            const QString path = QStringLiteral("persons[") + QString::number(i) + QStringLiteral("].mrz");
            overridableCheck(path, m_s.persons[i].mrz, val::IdentifierKind::Mrz);
        }
        for (qsizetype i = 0; i < m_s.companies.size(); ++i) {
            countryWarning(QStringLiteral("companies[") + QString::number(i) + QStringLiteral("].country"),
                           m_s.companies[i].country);
        }
        CodeAudit audit(QString(), &m_result.blocking);
        schema::visitSeizureBody(audit, m_s);
        if (std::none_of(m_s.attachments.cbegin(), m_s.attachments.cend(),
                         [](const AttachmentInfo &a) { return a.isPhoto(); })) {
            warn(QStringLiteral("attachments"), QStringLiteral("no_photo"),
                 QStringLiteral("At least one photo is recommended."));
        }
        m_result.canFinalize = m_result.blocking.isEmpty();
        return m_result;
    }

private:
    void block(const QString &path, const QString &code, const QString &message, bool overridable = false)
    {
        m_result.blocking.append({path, code, message, overridable, false});
    }
    void warn(const QString &path, const QString &code, const QString &message)
    {
        m_result.warnings.append({path, code, message, false, false});
    }

    template <typename T> void mandatory(const QString &path, const Field<T> &f)
    {
        bool present = f.isSet();
        if constexpr (std::is_same_v<T, QString>)
            present = filled(f);
        if (f.isUnknown()) {
            block(path, QStringLiteral("missing"),
                  path + QStringLiteral(" is marked unknown; a finalized record needs a value."));
        } else if (!present) {
            block(path, QStringLiteral("missing"), path + QStringLiteral(" is required to finalize."));
        }
    }

    void mandatory(const QString &path, const Code &c, QStringView list)
    {
        if (!c) {
            block(path, QStringLiteral("missing"),
                  path + QStringLiteral(" is required to finalize (choose \"") + codes::unknownCode(list) +
                      QStringLiteral("\" if it cannot be known)."));
        }
    }

    void header()
    {
        mandatory(QStringLiteral("occurredAt"), m_s.occurredAt);
        if (!filled(m_s.placeName) && !filled(m_s.customsOffice)) {
            block(QStringLiteral("placeName"), QStringLiteral("missing"),
                  QStringLiteral("placeName or customsOffice is required to finalize."));
        }
        mandatory(QStringLiteral("locationType"), m_s.locationType, u"location_type");
        if (!m_s.gps || (!m_s.gps->hasCoordinates() && !filled(m_s.gps->manualReason))) {
            block(QStringLiteral("gps"), QStringLiteral("missing"),
                  QStringLiteral("gps needs a position fix, or gps.manualReason saying why there is none."));
        } else if (m_s.gps->source && *m_s.gps->source == u"MANUAL" && !filled(m_s.gps->manualReason)) {
            block(QStringLiteral("gps.manualReason"), QStringLiteral("missing"),
                  QStringLiteral("A manually entered position needs gps.manualReason."));
        }
        mandatory(QStringLiteral("direction"), m_s.direction, u"direction");
        mandatory(QStringLiteral("transportMode"), m_s.transportMode, u"transport_mode");
        mandatory(QStringLiteral("route.departureCountry"), m_s.route.departureCountry, u"country");
        mandatory(QStringLiteral("route.destinationCountry"), m_s.route.destinationCountry, u"country");
        if (m_s.items.isEmpty()) {
            block(QStringLiteral("items"), QStringLiteral("missing"),
                  QStringLiteral("At least one commodity item is required to finalize."));
        }

        countryWarning(QStringLiteral("reportingCountry"), m_s.reportingCountry);
        countryWarning(QStringLiteral("route.departureCountry"), m_s.route.departureCountry);
        for (qsizetype i = 0; i < m_s.route.transitCountries.size(); ++i) {
            countryWarning(QStringLiteral("route.transitCountries[") + QString::number(i) + u']',
                           m_s.route.transitCountries[i]);
        }
        countryWarning(QStringLiteral("route.destinationCountry"), m_s.route.destinationCountry);
        warningCheck(QStringLiteral("unLocode"), m_s.unLocode, val::IdentifierKind::UnLocode);
    }

    void item(qsizetype i, const CommodityItem &it)
    {
        mandatory(itemPath(i, u"category"), it.category, u"commodity_category");
        mandatory(itemPath(i, u"subtype"), it.subtype, u"commodity_subtype");
        if (it.category && *it.category == u"CURRENCY_CASH") {
            mandatory(itemPath(i, u"cashAmount"), it.cashAmount);
            mandatory(itemPath(i, u"cashCurrency"), it.cashCurrency, u"currency");
        } else {
            mandatory(itemPath(i, u"quantity"), it.quantity);
            mandatory(itemPath(i, u"unit"), it.unit, u"unit");
        }
        if (it.category && it.subtype && !codes::isUnknown(u"commodity_category", *it.category) &&
            !codes::isUnknown(u"commodity_subtype", *it.subtype)) {
            const auto parent = codes::subtypeParent(*it.subtype);
            if (parent && *parent != *it.category) {
                block(itemPath(i, u"subtype"), QStringLiteral("subtype_mismatch"),
                      itemPath(i, u"subtype") + QStringLiteral(" ") + *it.subtype +
                          QStringLiteral(" belongs to category ") + *parent + QStringLiteral(", not ") +
                          *it.category + u'.');
            }
        }
        amount(itemPath(i, u"estimatedValue"), it.estimatedValue, it.currency);
        amount(itemPath(i, u"cashAmount"), it.cashAmount, it.cashCurrency);
        currencyWarning(itemPath(i, u"currency"), it.currency);
        currencyWarning(itemPath(i, u"cashCurrency"), it.cashCurrency);
        countryWarning(itemPath(i, u"originCountry"), it.originCountry);
        warningCheck(itemPath(i, u"hsCode"), it.hsCode, val::IdentifierKind::HsCode);
    }

    void amount(const QString &path, const Field<Decimal> &value, const Code &currency)
    {
        if (!value.isSet())
            return;
        if (!currency) {
            warn(path, QStringLiteral("no_currency"),
                 path + QStringLiteral(" has no currency, so the amount cannot be compared or summed."));
            return;
        }
        const auto minor = codes::minorUnits(*currency);
        const int decimals = value.value().significantFractionDigits();
        if (minor && decimals > *minor) {
            block(path, QStringLiteral("minor_units"),
                  path + QStringLiteral(" has ") + QString::number(decimals) +
                      QStringLiteral(" decimals but ") + *currency + QStringLiteral(" allows ") +
                      QString::number(*minor) + u'.');
        }
    }

    void conveyance(qsizetype i, const Conveyance &c)
    {
        const QString prefix = QStringLiteral("conveyances[") + QString::number(i) + QStringLiteral("].");
        overridableCheck(prefix + QStringLiteral("containerNumber"), c.containerNumber,
                         val::IdentifierKind::Container);
        overridableCheck(prefix + QStringLiteral("wagonNumber"), c.wagonNumber, val::IdentifierKind::Wagon);
        warningCheck(prefix + QStringLiteral("imo"), c.imo, val::IdentifierKind::Imo);
        warningCheck(prefix + QStringLiteral("vin"), c.vin, val::IdentifierKind::Vin);
        warningCheck(prefix + QStringLiteral("airWaybill"), c.airWaybill, val::IdentifierKind::AirWaybill);
        warningCheck(prefix + QStringLiteral("postalItemId"), c.postalItemId, val::IdentifierKind::UpuS10);
        countryWarning(prefix + QStringLiteral("flag"), c.flag);
        countryWarning(prefix + QStringLiteral("plateCountry"), c.plateCountry);
    }

    /// Container, wagon and MRZ: a failed check blocks unless the officer gave a reason, because
    /// markings get damaged and readings go wrong, but a silent typo would break every later match.
    void overridableCheck(const QString &path, const Field<QString> &f, val::IdentifierKind kind)
    {
        if (!filled(f))
            return;
        const val::Result r = val::validate(kind, f.value());
        if (r.isValid())
            return;
        if (!r.overrideRequired) {
            warn(path, r.code, r.message);
            return;
        }
        const QString reason = m_overrides.value(path).trimmed();
        if (reason.isEmpty()) {
            block(path, r.code, r.message + QStringLiteral(" Correct it, or give a reason to keep it."),
                  true);
        } else {
            m_result.warnings.append({path, r.code, r.message, true, true});
        }
    }

    /// IMO, VIN, air waybill, S10, HS, UN/LOCODE: real numbers often break the rule, so warn only.
    void warningCheck(const QString &path, const Field<QString> &f, val::IdentifierKind kind)
    {
        if (!filled(f))
            return;
        const val::Result r = val::validate(kind, f.value());
        if (!r.isValid())
            warn(path, r.code, r.message);
    }

    void codeWarning(const QString &path, const QString &code, QStringView list, val::IdentifierKind kind)
    {
        if (codes::isUnknown(list, code))
            return;
        const val::Result r = val::validate(kind, code);
        if (!r.isValid())
            warn(path, r.code, r.message);
    }
    void countryWarning(const QString &path, const Code &c)
    {
        if (c)
            codeWarning(path, *c, u"country", val::IdentifierKind::Country);
    }
    void currencyWarning(const QString &path, const Code &c)
    {
        if (c)
            codeWarning(path, *c, u"currency", val::IdentifierKind::Currency);
    }

    const Seizure &m_s;
    const QHash<QString, QString> &m_overrides;
    FinalizeCheck m_result;
};

} // namespace

FinalizeCheck checkFinalize(const Seizure &seizure, const QHash<QString, QString> &overrides)
{
    return Checker(seizure, overrides).run();
}

} // namespace saisie::model
