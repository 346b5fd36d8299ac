#include "http/faults.h"

#include <QStringList>

namespace saisie::server::http {

std::optional<FaultInjector> FaultInjector::fromSpec(const QString &spec, QString *error)
{
    FaultInjector injector;
    if (spec.isEmpty())
        return injector;
    const QStringList parts = spec.split(QLatin1Char(':'));
    bool seedOk = false;
    bool rateOk = false;
    const qulonglong seed = parts.value(0).toULongLong(&seedOk);
    const double rate = parts.value(1).toDouble(&rateOk);
    if (parts.size() != 2 || !seedOk || !rateOk || rate < 0.0 || rate > 1.0) {
        *error = QStringLiteral("SAISIE_SERVER_FAULTS must be SEED:RATE with RATE between 0 and 1.");
        return std::nullopt;
    }
    injector.m_rate = rate;
    injector.m_engine.seed(seed);
    return injector;
}

bool FaultInjector::nextFails()
{
    if (m_rate <= 0.0)
        return false;
    std::lock_guard guard(m_mutex);
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine) < m_rate;
}

} // namespace saisie::server::http
