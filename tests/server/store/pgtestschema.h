#pragma once
// A throwaway PostgreSQL schema per test: created in the database named by SAISIE_TEST_POSTGRES,
// reached through a conninfo whose search_path points at it, dropped when the object dies.
#include <QString>

namespace saisie::server::test {

class PgTestSchema
{
public:
    PgTestSchema() = default;
    ~PgTestSchema();
    PgTestSchema(const PgTestSchema &) = delete;
    PgTestSchema &operator=(const PgTestSchema &) = delete;

    /// Creates a fresh schema; false with `error` set when the server cannot be reached or
    /// SAISIE_TEST_POSTGRES is unset (the message says how to set it).
    bool create(QString *error);
    /// conninfo (keyword=value form) selecting the schema.
    QString conninfo() const { return m_conninfo; }
    void drop();

private:
    QString m_base;
    QString m_schema;
    QString m_conninfo;
};

} // namespace saisie::server::test
