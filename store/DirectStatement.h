#pragma once

#include "store/StoreError.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Chairside {

// A prepared statement run through SQLite's C API on the connection Qt's driver opened, for the
// few reads that return thousands of rows (the calendar's week) and the writes done hundreds of
// thousands of times (a first sync's rows). QSqlQuery asks SQLite for every text column as
// UTF-16, which SQLite converts with an allocation per value, and caches each value as a
// QVariant: for a busy week that was half of the read. Qt 6.4 also formats a placeholder name
// for every positional value bound. Here text is read as SQLite stores it (UTF-8) into QString
// directly. Values are still bound, never spliced into the SQL. Use it on the connection's own
// thread, like the QSqlDatabase it comes from. Like
// BackgroundIntegrityCheck it needs Qt's driver to use the SQLite library the store links
// (Debian's Qt does; see store/CMakeLists.txt).
class DirectStatement final
{
    Q_DISABLE_COPY_MOVE(DirectStatement)

public:
    DirectStatement(QSqlDatabase &db, const QString &sql);
    ~DirectStatement();

    // Binds the 1-based parameter `index`; a failure shows as error() after next().
    void bind(int index, const QString &value);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bindNull(int index);
    // UTF-8 text bound without a copy: the bytes must stay as they are until the statement has
    // run (a first sync binds its rows straight from the page's text).
    void bindUtf8(int index, QByteArrayView text);
    // A null QVariant as NULL, integers and booleans as integers, doubles as reals, the rest as
    // its text.
    void bind(int index, const QVariant &value);
    // Binds the values to parameters 1, 2, ... in order.
    template<typename... Values>
    void bindAll(const Values &...values)
    {
        int index = 0;
        (bind(++index, values), ...);
    }

    // Steps to the next row: false at the end or on an error (see error()).
    bool next();

    // Runs a statement that returns no rows (a write) to its end: false on an error (see error()
    // and errorCode()). changes() then tells how many rows it wrote.
    bool execute();
    int changes() const;
    // Ready for another run, with the values bound last unless new ones are bound: clears the
    // last run's error, not a failure to prepare.
    void reset();

    // The current row's columns (0-based). NULL reads as an empty text or 0.
    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    // The text as SQLite holds it, without a copy: valid until the next next().
    QByteArrayView utf8(int column) const;

    // Set when preparing, binding or stepping failed.
    const std::optional<StoreError> &error() const { return m_error; }
    // SQLite's extended result code of that failure (SQLITE_CONSTRAINT_UNIQUE, ...), else 0.
    int errorCode() const { return m_errorCode; }

private:
    // Binding does nothing after a failure; the first failure is the one reported.
    bool canBind() const;
    void check(int code);
    void fail(int code);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<StoreError> m_error;
    int m_errorCode = 0;
};

} // namespace Chairside
