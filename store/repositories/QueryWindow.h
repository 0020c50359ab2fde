#pragma once

#include "store/Database.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace Chairside {

// Runs q, a prepared query that asks for one row more than limit, and reads up to limit rows
// with read(q); a negative limit reads every row. Returns whether more rows follow: the extra
// row tells without a count query. A failed query sets error and returns false.
template<typename Row, typename Read>
bool readWindow(QSqlQuery &q, int limit, QList<Row> &rows, std::optional<StoreError> &error,
                Read read)
{
    if (!q.exec()) {
        error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        return false;
    }
    while (q.next()) {
        if (limit >= 0 && rows.size() == limit)
            return true;
        rows.append(read(q));
    }
    return false;
}

} // namespace Chairside
