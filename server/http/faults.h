#pragma once
// Test-only fault injection for the chaos test: SAISIE_SERVER_FAULTS=seed:rate makes the server
// answer that fraction of requests with 503 unavailable (Retry-After: 1) before processing them,
// in a sequence fixed by the seed. Never set it in production; the server warns at start.
#include <QString>
#include <mutex>
#include <optional>
#include <random>

namespace saisie::server::http {

class FaultInjector
{
public:
    /// nullopt with *error for a malformed value; a disabled injector for an empty one.
    static std::optional<FaultInjector> fromSpec(const QString &spec, QString *error);
    bool enabled() const { return m_rate > 0.0; }
    double rate() const { return m_rate; }
    /// Whether this request fails (thread-safe).
    bool nextFails();

    FaultInjector() = default;
    FaultInjector(const FaultInjector &other) : m_rate(other.m_rate), m_engine(other.m_engine) {}

private:
    double m_rate = 0.0;
    std::mt19937_64 m_engine;
    std::mutex m_mutex;
};

} // namespace saisie::server::http
