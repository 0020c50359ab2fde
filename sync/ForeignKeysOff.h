#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Chairside {

// Foreign keys off on the sync connection while server rows are written, restored afterwards.
// The server is the authority (it checks every reference, business included), and its rows can
// legitimately refer to a parent this sign-in cannot see (RLS) or that arrives later in the cycle
// (a rebuilt cache pushes its salvaged edits before the customers they touch are downloaded
// again). Enforcing, even deferred to commit, would refuse such a page or answer and - as the
// server sends the same again - stop sync for good. PullApplier::danglingReferences() reports
// what is left dangling. Must be used outside a transaction (SQLite ignores the PRAGMA inside).
class ForeignKeysOff final
{
public:
    explicit ForeignKeysOff(QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next())
            m_wasOn = query.value(0).toInt() == 1;
        query.finish();
        if (m_wasOn)
            query.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    }
    ~ForeignKeysOff()
    {
        if (m_wasOn)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    Q_DISABLE_COPY_MOVE(ForeignKeysOff)

private:
    QSqlDatabase &m_db;
    bool m_wasOn = false;
};

} // namespace Chairside
