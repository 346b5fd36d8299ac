#include "model/searchkeys.h"

namespace saisie::model {

namespace {

bool digitsOnly(QStringView kind)
{
    return kind == u"wagon" || kind == u"imo" || kind == u"awb";
}

} // namespace

QString normalizeSearchValue(QStringView kind, QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    const bool digits = digitsOnly(kind);
    for (const QChar c : raw) {
        if (digits) {
            if (c >= u'0' && c <= u'9')
                out += c;
            continue;
        }
        if (c.isSpace() || c == u'-' || c == u'.' || c == u'/' || c == u'<')
            continue;
        out += c.toUpper();
    }
    return out;
}

QList<SearchKey> searchKeys(const Seizure &seizure)
{
    QList<SearchKey> keys;
    const auto add = [&keys](const char16_t *kind, const Field<QString> &field) {
        if (!field.isSet())
            return;
        const QString k = QString::fromUtf16(kind);
        SearchKey key{k, normalizeSearchValue(k, field.value())};
        if (!key.value.isEmpty() && !keys.contains(key))
            keys.append(key);
    };
    for (const Conveyance &c : seizure.conveyances) {
        add(u"container", c.containerNumber);
        add(u"wagon", c.wagonNumber);
        add(u"plate", c.plate);
        add(u"vin", c.vin);
        add(u"imo", c.imo);
        add(u"awb", c.airWaybill);
        add(u"s10", c.postalItemId);
    }
    for (const Person &p : seizure.persons)
        add(u"document", p.documentNumber);
    return keys;
}

} // namespace saisie::model
