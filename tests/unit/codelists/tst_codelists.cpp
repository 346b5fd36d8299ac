// Tests for the bundled code lists and for loading replacement lists from a folder.
#include "codelists/codelists.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using saisie::codelists::CodeList;
using saisie::codelists::CodeLists;
using saisie::codelists::Entry;

namespace {

const CodeList &bundledList(const QString &id)
{
    const CodeList *list = CodeLists::bundled().list(id);
    if (!list)
        qFatal("bundled list %s missing", qPrintable(id));
    return *list;
}

QStringList codesOf(const QList<const Entry *> &entries)
{
    QStringList out;
    for (const Entry *entry : entries)
        out.append(entry->code);
    return out;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

class TestCodeLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void requiredListPresent_data();
    void requiredListPresent();
    void unknownEntry_data();
    void unknownEntry();
    void commodityCategories();
    void subtypeParents();
    void transportModes();
    void locationTypes();
    void attachmentKinds();
    void currencyMinorUnits_data();
    void currencyMinorUnits();
    void countries();
    void icaoNationality();
    void hsChapters();
    void lookup();
    void labels();
    void search_data();
    void search();
    void searchOrdering();
    void bundledRoundTrip();
    void loadDirectoryValid();
    void loadDirectoryRejects_data();
    void loadDirectoryRejects();
    void loadDirectoryMissingFolder();
    void loadDirectoryEmptyFolder();
    void loadDirectoryDuplicateId();
};

void TestCodeLists::requiredListPresent_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : CodeLists::requiredIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestCodeLists::requiredListPresent()
{
    QFETCH(QString, id);
    const CodeList *list = CodeLists::bundled().list(id);
    QVERIFY2(list, qPrintable(id));
    QCOMPARE(list->id(), id);
    QVERIFY(!list->version().isEmpty());
    QVERIFY(!list->source().isEmpty());
    QVERIFY(list->size() > 0);
    for (const Entry &entry : list->entries()) {
        QVERIFY(!entry.code.isEmpty());
        QVERIFY2(!entry.en.isEmpty(), qPrintable(entry.code));
    }
}

void TestCodeLists::unknownEntry_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("unknownCode");
    const QHash<QString, QString> standardUnknown = {
        {u"transport_mode"_s, u"0"_s},     {u"location_type"_s, u"0"_s},         {u"country"_s, u"ZZ"_s},
        {u"icao_nationality"_s, u"XXX"_s}, {u"conveyance_type"_s, u"unknown"_s},
    };
    for (const QString &id : CodeLists::requiredIds()) {
        if (id == u"hs_chapter")
            continue; // a reference nomenclature for validation, not a field an officer picks from
        QTest::newRow(qPrintable(id)) << id << standardUnknown.value(id, u"UNKNOWN"_s);
    }
}

void TestCodeLists::unknownEntry()
{
    QFETCH(QString, id);
    QFETCH(QString, unknownCode);
    const Entry *unknown = bundledList(id).unknownEntry();
    QVERIFY2(unknown, qPrintable(id));
    QCOMPARE(unknown->code, unknownCode);
    QVERIFY(bundledList(id).contains(unknownCode));
}

void TestCodeLists::commodityCategories()
{
    const QStringList expected = {
        u"DRUGS"_s,
        u"PRECURSORS"_s,
        u"TOBACCO"_s,
        u"ALCOHOL"_s,
        u"FUEL"_s,
        u"OTHER_REVENUE"_s,
        u"IPR_COUNTERFEIT"_s,
        u"MEDICINES"_s,
        u"OTHER_HEALTH_SAFETY"_s,
        u"CITES_WILDLIFE"_s,
        u"TIMBER"_s,
        u"WASTE"_s,
        u"ODS"_s,
        u"WEAPONS_AMMO"_s,
        u"EXPLOSIVES_STRATEGIC"_s,
        u"CURRENCY_CASH"_s,
        u"CULTURAL_HERITAGE"_s,
        u"OTHER"_s,
        u"UNKNOWN"_s,
    };
    QCOMPARE(codesOf(bundledList(u"commodity_category"_s).search(u"", u"en")), expected);
}

void TestCodeLists::subtypeParents()
{
    const CodeList &categories = bundledList(u"commodity_category"_s);
    const CodeList &subtypes = bundledList(u"commodity_subtype"_s);
    QCOMPARE(subtypes.parentList(), u"commodity_category"_s);
    for (const Entry &subtype : subtypes.entries())
        QVERIFY2(categories.contains(subtype.parent), qPrintable(subtype.code));
    for (const Entry &category : categories.entries()) {
        const qsizetype n = subtypes.children(category.code).size();
        if (category.code == u"UNKNOWN")
            QCOMPARE(n, 1);
        else
            QVERIFY2(n >= 3 && n <= 8, qPrintable(category.code));
    }
    QVERIFY(codesOf(subtypes.children(u"DRUGS")).contains(u"COCAINE"_s));
    QVERIFY(codesOf(subtypes.children(u"DRUGS")).contains(u"CANNABIS_RESIN"_s));
    QVERIFY(subtypes.children(u"NO_SUCH").isEmpty());
}

void TestCodeLists::transportModes()
{
    const CodeList &modes = bundledList(u"transport_mode"_s);
    QCOMPARE(modes.size(), 10);
    for (int i = 0; i <= 9; ++i)
        QVERIFY(modes.contains(QString::number(i)));
    QCOMPARE(modes.find(u"1")->en, u"Maritime transport"_s);
}

void TestCodeLists::locationTypes()
{
    const CodeList &types = bundledList(u"location_type"_s);
    for (const auto *code : {"1", "2", "3", "4", "5", "6", "7", "B", "0", "INLAND_PATROL", "EXPRESS_HUB",
                             "FREE_ZONE", "AT_SEA"}) {
        QVERIFY2(types.contains(QString::fromLatin1(code)), code);
    }
}

void TestCodeLists::attachmentKinds()
{
    const CodeList &kinds = bundledList(u"attachment_kind"_s);
    QStringList shareable;
    for (const Entry &entry : kinds.entries()) {
        QVERIFY2(entry.extra.value(u"cen_shareable"_s).isBool(), qPrintable(entry.code));
        if (entry.extra.value(u"cen_shareable"_s).toBool())
            shareable.append(entry.code);
    }
    QCOMPARE(shareable, (QStringList{u"GOODS"_s, u"CONCEALMENT"_s, u"XRAY"_s, u"SCENE"_s}));
    QVERIFY(kinds.contains(u"PERSON"));
    QVERIFY(kinds.contains(u"DOCUMENT"));
}

void TestCodeLists::currencyMinorUnits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("minorUnits"); // -1: not in the list
    QTest::newRow("JPY") << u"JPY"_s << 0;
    QTest::newRow("KWD") << u"KWD"_s << 3;
    QTest::newRow("EUR") << u"EUR"_s << 2;
    QTest::newRow("USD") << u"USD"_s << 2;
    QTest::newRow("BHD") << u"BHD"_s << 3;
    QTest::newRow("TND") << u"TND"_s << 3;
    QTest::newRow("XOF") << u"XOF"_s << 0;
    QTest::newRow("KRW") << u"KRW"_s << 0;
    QTest::newRow("CLF") << u"CLF"_s << 4;
    QTest::newRow("UYW") << u"UYW"_s << 4;
    QTest::newRow("CHF") << u"CHF"_s << 2;
    QTest::newRow("gold") << u"XAU"_s << -1;
    QTest::newRow("SDR") << u"XDR"_s << -1;
    QTest::newRow("testing") << u"XTS"_s << -1;
    QTest::newRow("no currency") << u"XXX"_s << -1;
    QTest::newRow("lower case") << u"eur"_s << -1;
}

void TestCodeLists::currencyMinorUnits()
{
    QFETCH(QString, code);
    QFETCH(int, minorUnits);
    const Entry *entry = bundledList(u"currency"_s).find(code);
    if (minorUnits < 0) {
        QVERIFY(!entry);
        return;
    }
    QVERIFY(entry);
    QVERIFY(entry->extra.value(u"minor_units"_s).isDouble());
    QCOMPARE(entry->extra.value(u"minor_units"_s).toInt(-1), minorUnits);
}

void TestCodeLists::countries()
{
    const CodeList &countries = bundledList(u"country"_s);
    QVERIFY(countries.size() >= 249);
    const Entry *de = countries.find(u"DE");
    QVERIFY(de);
    QCOMPARE(de->en, u"Germany"_s);
    QCOMPARE(de->extra.value(u"alpha3"_s).toString(), u"DEU"_s);
    QCOMPARE(de->extra.value(u"numeric"_s).toString(), u"276"_s);
    QCOMPARE(countries.findByField(u"alpha3", u"FRA")->code, u"FR"_s);
    QVERIFY(!countries.findByField(u"alpha3", u"QQQ"));
    for (const Entry &entry : countries.entries()) {
        QCOMPARE(entry.code.size(), 2);
        if (entry.code != u"ZZ")
            QCOMPARE(entry.extra.value(u"alpha3"_s).toString().size(), 3);
    }
}

void TestCodeLists::icaoNationality()
{
    const CodeList &icao = bundledList(u"icao_nationality"_s);
    for (const auto *code :
         {"D", "XXA", "XXB", "XXC", "XXX", "UNO", "UNA", "UNK", "EUE", "XOM", "XPO", "XIM", "XDC"}) {
        QVERIFY2(icao.contains(QString::fromLatin1(code)), code);
    }
}

void TestCodeLists::hsChapters()
{
    const CodeList &chapters = bundledList(u"hs_chapter"_s);
    QCOMPARE(chapters.version(), u"HS2022"_s);
    QCOMPARE(chapters.size(), 97);
    for (int i = 1; i <= 97; ++i) {
        const Entry *entry = chapters.find(u"%1"_s.arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY(entry);
        QCOMPARE(entry->extra.value(u"reserved"_s).toBool(), i == 77);
    }
    QVERIFY(!chapters.contains(u"98"));
    QVERIFY(!chapters.contains(u"7"));
}

void TestCodeLists::lookup()
{
    const CodeList &units = bundledList(u"unit"_s);
    QVERIFY(units.contains(u"KGM"));
    QVERIFY(!units.contains(u"kgm")); // codes are machine values: exact match
    QVERIFY(!units.contains(u""));
    QCOMPARE(units.find(u"TNE")->extra.value(u"factor"_s).toDouble(), 1000.0);
    QVERIFY(!CodeLists::bundled().list(u"no_such_list"));
    QCOMPARE(CodeLists::bundled().ids().size(), CodeLists::requiredIds().size());
}

void TestCodeLists::labels()
{
    const Entry *sea = bundledList(u"location_type"_s).find(u"AT_SEA");
    QCOMPARE(sea->label(u"en"), u"At sea"_s);
    QCOMPARE(sea->label(u"fr"), u"En mer"_s);
    QCOMPARE(sea->label(u"es"), u"At sea"_s); // no Spanish label: English

    Entry custom;
    custom.code = u"X"_s;
    custom.en = u"Dog"_s;
    custom.extra.insert(u"es"_s, u"Perro"_s);
    QCOMPARE(custom.label(u"es"), u"Perro"_s);
    QCOMPARE(custom.label(u"fr"), u"Dog"_s); // empty French: English

    // hs_chapter carries English titles only.
    QCOMPARE(bundledList(u"hs_chapter"_s).find(u"93")->label(u"fr"),
             u"Arms and ammunition; parts and accessories thereof"_s);
}

void TestCodeLists::search_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expectedCode");

    QTest::newRow("english substring") << u"country"_s << u"germ"_s << u"en"_s << u"DE"_s;
    QTest::newRow("upper case") << u"country"_s << u"GERMANY"_s << u"en"_s << u"DE"_s;
    QTest::newRow("french") << u"country"_s << u"allem"_s << u"fr"_s << u"DE"_s;
    QTest::newRow("french without accent") << u"country"_s << u"etats-unis"_s << u"fr"_s << u"US"_s;
    QTest::newRow("french with accent") << u"country"_s << u"ÉTATS-UNIS"_s << u"fr"_s << u"US"_s;
    QTest::newRow("code") << u"currency"_s << u"jpy"_s << u"en"_s << u"JPY"_s;
    QTest::newRow("english still matches in french") << u"country"_s << u"germany"_s << u"fr"_s << u"DE"_s;
    QTest::newRow("ligature") << u"commodity_subtype"_s << u"oeuvres"_s << u"fr"_s << u"ARTWORKS"_s;
    QTest::newRow("spaces trimmed") << u"commodity_subtype"_s << u"  cocaine "_s << u"en"_s << u"COCAINE"_s;
    QTest::newRow("accent typed, none stored")
        << u"commodity_subtype"_s << u"cocaïne"_s << u"en"_s << u"COCAINE"_s;
}

void TestCodeLists::search()
{
    QFETCH(QString, list);
    QFETCH(QString, text);
    QFETCH(QString, lang);
    QFETCH(QString, expectedCode);
    const QStringList found = codesOf(bundledList(list).search(text, lang));
    QVERIFY2(found.contains(expectedCode), qPrintable(found.join(u',')));
}

void TestCodeLists::searchOrdering()
{
    const CodeList &countries = bundledList(u"country"_s);
    // "de" is Germany's code but a substring of many names: the exact code comes first.
    const QStringList de = codesOf(countries.search(u"de", u"en"));
    QVERIFY(de.size() > 1);
    QCOMPARE(de.first(), u"DE"_s);
    // Prefix matches come before substring matches.
    const QStringList fr = codesOf(countries.search(u"fra", u"en"));
    QCOMPARE(fr.first(), u"FR"_s);
    QVERIFY(codesOf(countries.search(u"zzzz-no-such-country", u"en")).isEmpty());
    QCOMPARE(countries.search(u"   ", u"en").size(), countries.size());
}

void TestCodeLists::bundledRoundTrip()
{
    // An administration starts from the shipped files: they must load through loadDirectory unchanged.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir resources(u":/saisie/codelists"_s);
    for (const QString &name : resources.entryList({u"*.json"_s}, QDir::Files))
        QVERIFY(QFile::copy(resources.filePath(name), dir.filePath(name)));
    QString error;
    const auto loaded = CodeLists::loadDirectory(dir.path(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->ids(), CodeLists::bundled().ids());
    QCOMPARE(loaded->list(u"currency")->size(), bundledList(u"currency"_s).size());
}

void TestCodeLists::loadDirectoryValid()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"parent.json"_s), R"({"id": "parent", "version": "2030-01-01",
        "source": "test", "unknown": "U", "entries": [
        {"code": "A", "en": "Alpha", "fr": "Alpha FR"}, {"code": "U", "en": "Unknown"}]})"));
    QVERIFY(writeFile(dir.filePath(u"child.json"_s), R"({"id": "child", "version": "7", "source": "test",
        "parent_list": "parent", "entries": [
        {"code": "A1", "en": "Alpha one", "parent": "A", "weight": 3},
        {"code": "A2", "en": "Alpha two", "parent": "A"}]})"));
    QVERIFY(writeFile(dir.filePath(u"README.txt"_s), "not a list"));

    QString error;
    const auto lists = CodeLists::loadDirectory(dir.path(), &error);
    QVERIFY2(lists, qPrintable(error));
    QCOMPARE(lists->ids(), (QStringList{u"child"_s, u"parent"_s}));
    const CodeList *child = lists->list(u"child");
    QCOMPARE(child->version(), u"7"_s);
    QCOMPARE(codesOf(child->children(u"A")), (QStringList{u"A1"_s, u"A2"_s}));
    QCOMPARE(child->find(u"A1")->extra.value(u"weight"_s).toInt(), 3);
    QVERIFY(!child->find(u"A1")->extra.contains(u"code"_s));
    QVERIFY(!child->unknownEntry());
    QCOMPARE(lists->list(u"parent")->unknownEntry()->code, u"U"_s);
}

void TestCodeLists::loadDirectoryRejects_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedFragment");

    const QByteArray head = R"("id": "bad", "version": "1", "source": "test")";
    QTest::newRow("not json") << QByteArray("{\"id\": \"bad\", ") << u"not valid JSON"_s;
    QTest::newRow("empty file") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("array at top") << QByteArray("[1, 2]") << u"top level must be a JSON object"_s;
    QTest::newRow("missing id")
        << QByteArray(R"({"version": "1", "source": "s", "entries": [{"code": "A", "en": "A"}]})")
        << u"\"id\" is missing"_s;
    QTest::newRow("missing version")
        << QByteArray(R"({"id": "x", "source": "s", "entries": [{"code": "A", "en": "A"}]})")
        << u"\"version\" is missing"_s;
    QTest::newRow("numeric version") << QByteArray(
                                            R"({"id": "x", "version": 3, "source": "s", "entries": []})")
                                     << u"\"version\" is missing or is not a non-empty string"_s;
    QTest::newRow("missing source")
        << QByteArray(R"({"id": "x", "version": "1", "entries": [{"code": "A", "en": "A"}]})")
        << u"\"source\" is missing"_s;
    QTest::newRow("missing entries") << "{" + head + "}" << u"\"entries\" is missing"_s;
    QTest::newRow("empty entries") << "{" + head + R"(, "entries": []})"
                                   << u"\"entries\" is missing or is not a non-empty array"_s;
    QTest::newRow("entry not object")
        << "{" + head + R"(, "entries": ["A"]})" << u"entry 1 is not a JSON object"_s;
    QTest::newRow("entry without code")
        << "{" + head + R"(, "entries": [{"en": "A"}]})" << u"entry 1 has no \"code\""_s;
    QTest::newRow("numeric code") << "{" + head + R"(, "entries": [{"code": 1, "en": "A"}]})"
                                  << u"entry 1 has no \"code\""_s;
    QTest::newRow("code with spaces")
        << "{" + head + R"(, "entries": [{"code": " A", "en": "A"}]})" << u"leading or trailing spaces"_s;
    QTest::newRow("entry without label")
        << "{" + head + R"(, "entries": [{"code": "A"}]})" << u"entry 1 (\"A\"): the English label"_s;
    QTest::newRow("duplicate code")
        << "{" + head + R"(, "entries": [{"code": "A", "en": "A"}, {"code": "A", "en": "B"}]})"
        << u"entry 2 (\"A\"): the code appears more than once"_s;
    QTest::newRow("french not string") << "{" + head + R"(, "entries": [{"code": "A", "en": "A", "fr": 2}]})"
                                       << u"\"fr\" must be a string"_s;
    QTest::newRow("unknown not an entry")
        << "{" + head + R"(, "unknown": "U", "entries": [{"code": "A", "en": "A"}]})"
        << u"\"unknown\" code \"U\" is not one of the list's entries"_s;
    QTest::newRow("dangling same-list parent")
        << "{" + head + R"(, "entries": [{"code": "A", "en": "A", "parent": "Z"}]})"
        << u"parent \"Z\", which is not a code of this list"_s;
    QTest::newRow("parent list not loaded")
        << "{" + head +
               R"(, "parent_list": "elsewhere", "entries": [{"code": "A", "en": "A", "parent": "Z"}]})"
        << u"names the list \"elsewhere\", which is not loaded"_s;
}

void TestCodeLists::loadDirectoryRejects()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedFragment);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(
        writeFile(dir.filePath(u"good.json"_s),
                  R"({"id": "good", "version": "1", "source": "t", "entries": [{"code": "A", "en": "A"}]})"));
    QVERIFY(writeFile(dir.filePath(u"broken.json"_s), content));

    QString error;
    const auto lists = CodeLists::loadDirectory(dir.path(), &error);
    QVERIFY(!lists);
    QVERIFY2(error.startsWith(u"broken.json: "_s), qPrintable(error));
    QVERIFY2(error.contains(expectedFragment), qPrintable(error));
    QVERIFY2(error.endsWith(u'.'), qPrintable(error));
}

void TestCodeLists::loadDirectoryMissingFolder()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!CodeLists::loadDirectory(dir.filePath(u"nope"_s), &error));
    QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
    QVERIFY(!CodeLists::loadDirectory(dir.filePath(u"nope"_s), nullptr)); // error pointer is optional
}

void TestCodeLists::loadDirectoryEmptyFolder()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!CodeLists::loadDirectory(dir.path(), &error));
    QVERIFY2(error.contains(u"contains no .json"_s), qPrintable(error));
}

void TestCodeLists::loadDirectoryDuplicateId()
{
    QTemporaryDir dir;
    const QByteArray list =
        R"({"id": "same", "version": "1", "source": "t", "entries": [{"code": "A", "en": "A"}]})";
    QVERIFY(writeFile(dir.filePath(u"a.json"_s), list));
    QVERIFY(writeFile(dir.filePath(u"b.json"_s), list));
    QString error;
    QVERIFY(!CodeLists::loadDirectory(dir.path(), &error));
    QCOMPARE(error, u"b.json: the list id \"same\" is already used by a.json."_s);
}

QTEST_GUILESS_MAIN(TestCodeLists)
#include "tst_codelists.moc"
