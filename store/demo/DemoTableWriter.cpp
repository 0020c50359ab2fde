#include "store/demo/DemoTableWriter.h"

namespace Chairside {

DemoTableWriter::DemoTableWriter(QSqlDatabase &db, const QString &table, const QStringList &columns,
                                 std::optional<QSqlError> *failure)
    : m_query(db)
    , m_table(table)
    , m_columns(columns.size())
    , m_failure(failure)
{
    // Table and column names are constants of the generator, never data.
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (!m_failure->has_value() && !m_query.prepare(sql))
        *m_failure = m_query.lastError();
}

void DemoTableWriter::insert(std::initializer_list<QVariant> values)
{
    if (m_failure->has_value())
        return;
    Q_ASSERT(qsizetype(values.size()) == m_columns);
    int position = 0;
    for (const QVariant &value : values)
        m_query.bindValue(position++, value);
    if (!m_query.exec()) {
        QSqlError error = m_query.lastError();
        *m_failure = QSqlError(error.driverText(),
                               QStringLiteral("%1 (table %2)").arg(error.databaseText(), m_table),
                               error.type(), error.nativeErrorCode());
        return;
    }
    ++m_count;
}

} // namespace Chairside
