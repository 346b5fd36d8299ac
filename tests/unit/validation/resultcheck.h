#pragma once
// Shared columns for the data-driven identifier tests: every row states the full expected outcome.
#include "validation/identifiers.h"

#include <QTest>

namespace saisie::validation::testing {

/// Adds the columns read by compareResult(): input, verdict name, code, normalized, overrideRequired.
inline void addResultColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("overrideRequired");
}

/// Messages are shown to officers: one sentence or two, never blank, ending with a full stop.
inline bool isSentence(const QString &message)
{
    return !message.trimmed().isEmpty() && message.endsWith(QLatin1Char('.')) && message.at(0).isUpper();
}

} // namespace saisie::validation::testing

// A macro rather than a function so QCOMPARE failures point at the row's test function.
#define SAISIE_COMPARE_RESULT(result)                                                                        \
    do {                                                                                                     \
        QFETCH(QString, verdict);                                                                            \
        QFETCH(QString, code);                                                                               \
        QFETCH(QString, normalized);                                                                         \
        QFETCH(bool, overrideRequired);                                                                      \
        const saisie::validation::Result &r_ = (result);                                                     \
        QCOMPARE(saisie::validation::verdictName(r_.verdict), verdict);                                      \
        QCOMPARE(r_.code, code);                                                                             \
        QCOMPARE(r_.normalized, normalized);                                                                 \
        QCOMPARE(r_.overrideRequired, overrideRequired);                                                     \
        QVERIFY2(saisie::validation::testing::isSentence(r_.message), qPrintable(r_.message));               \
        QCOMPARE(r_.isValid(), verdict == QLatin1String("valid"));                                           \
    } while (false)
