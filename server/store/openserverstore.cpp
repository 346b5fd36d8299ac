#include "store/postgresstore.h"
#include "store/serverstore.h"
#include "store/sqlcipherstore.h"

namespace saisie::server {

Expected<std::unique_ptr<ServerStore>> openServerStore(const QString &location)
{
    static const QString sqlcipher = QStringLiteral("sqlcipher:");
    if (location.startsWith(sqlcipher)) {
        auto store = SqlCipherServerStore::open(location.mid(sqlcipher.size()));
        if (!store)
            return store.error();
        return std::unique_ptr<ServerStore>(std::move(*store));
    }
    const bool postgres = location.startsWith(QLatin1String("postgresql://"))
                          || location.startsWith(QLatin1String("postgres://")) || location.contains(QLatin1Char('='));
    if (postgres) {
        auto store = PostgresServerStore::open(location);
        if (!store)
            return store.error();
        return std::unique_ptr<ServerStore>(std::move(*store));
    }
    return makeError(QStringLiteral("store_location"),
                     QStringLiteral("The store location must be \"sqlcipher:DIR\" or a PostgreSQL conninfo "
                                    "(\"postgresql://...\" or \"host=... dbname=...\")."));
}

} // namespace saisie::server
