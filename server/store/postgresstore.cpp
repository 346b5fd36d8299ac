#include "store/postgresstore.h"

namespace saisie::server {

class PgPool {};

PostgresServerStore::PostgresServerStore(std::unique_ptr<PgPool> pool) : m_pool(std::move(pool)) {}
PostgresServerStore::~PostgresServerStore() = default;

Expected<std::unique_ptr<PostgresServerStore>> PostgresServerStore::open(const QString &)
{
    return makeError(QStringLiteral("unsupported"), QStringLiteral("The PostgreSQL store is not built yet."));
}

} // namespace saisie::server
