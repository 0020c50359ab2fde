#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace Chairside {

// One prepared INSERT for one table, reused for every row. The first failure is kept in the
// shared `failure` slot; later inserts through any writer sharing it do nothing, so a long
// generation stops at the first error and the caller rolls back.
class DemoTableWriter final
{
public:
    DemoTableWriter(QSqlDatabase &db, const QString &table, const QStringList &columns,
                    std::optional<QSqlError> *failure);

    // Values in the order of the columns; QVariant() binds NULL.
    void insert(std::initializer_list<QVariant> values);
    int count() const { return m_count; }

private:
    QSqlQuery m_query;
    QString m_table;
    qsizetype m_columns = 0;
    int m_count = 0;
    std::optional<QSqlError> *m_failure = nullptr;
};

} // namespace Chairside
