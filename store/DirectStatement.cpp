#include "store/DirectStatement.h"

#include "store/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace Chairside {

DirectStatement::DirectStatement(QSqlDatabase &db, const QString &sql)
{
    const QVariant handle = db.isOpen() && db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db) {
        m_error = Database::errorFrom(QSqlError(QStringLiteral("No SQLite connection"), QString(),
                                                QSqlError::ConnectionError),
                                      StoreError::Kind::Query);
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int code =
        sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr);
    if (code != SQLITE_OK)
        fail(code);
}

DirectStatement::~DirectStatement()
{
    sqlite3_finalize(m_statement); // a no-op for nullptr
}

void DirectStatement::bind(int index, const QString &value)
{
    if (!canBind())
        return;
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()),
                            SQLITE_TRANSIENT));
}

void DirectStatement::bindUtf8(int index, QByteArrayView text)
{
    if (!canBind())
        return;
    // A null pointer would bind NULL: an empty text stays an empty text.
    check(sqlite3_bind_text(m_statement, index, text.data() ? text.data() : "", int(text.size()),
                            SQLITE_STATIC));
}

void DirectStatement::bind(int index, qint64 value)
{
    if (canBind())
        check(sqlite3_bind_int64(m_statement, index, value));
}

void DirectStatement::bind(int index, double value)
{
    if (canBind())
        check(sqlite3_bind_double(m_statement, index, value));
}

void DirectStatement::bindNull(int index)
{
    if (canBind())
        check(sqlite3_bind_null(m_statement, index));
}

bool DirectStatement::canBind() const
{
    return m_statement && !m_error;
}

void DirectStatement::check(int code)
{
    if (code != SQLITE_OK)
        fail(code);
}

void DirectStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.userType()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        return;
    case QMetaType::Double:
        bind(index, value.toDouble());
        return;
    case QMetaType::QString:
        bind(index, *static_cast<const QString *>(value.constData()));
        return;
    default:
        bind(index, value.toString());
        return;
    }
}

bool DirectStatement::execute()
{
    if (!m_statement || m_error)
        return false;
    int code = sqlite3_step(m_statement);
    while (code == SQLITE_ROW) // a write with RETURNING: its rows are not wanted here
        code = sqlite3_step(m_statement);
    if (code != SQLITE_DONE)
        fail(code); // before the reset, while SQLite still holds the message
    // Never left running: the values stay bound for another run.
    sqlite3_reset(m_statement);
    return code == SQLITE_DONE;
}

int DirectStatement::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

void DirectStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    m_error.reset();
    m_errorCode = 0;
}

bool DirectStatement::next()
{
    if (!m_statement || m_error)
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        fail(code);
    return false;
}

QString DirectStatement::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column)) : QString();
}

bool DirectStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView DirectStatement::utf8(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column))
                 : QByteArrayView();
}

qint64 DirectStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

void DirectStatement::fail(int code)
{
    m_errorCode = m_db ? sqlite3_extended_errcode(m_db) : code;
    // Through the same mapping as QSqlQuery's errors: a full disk or a damaged file says so.
    const QSqlError error(QStringLiteral("Unable to execute statement"),
                          QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                          QString::number(code & 0xff));
    m_error = Database::errorFrom(error, StoreError::Kind::Query);
}

} // namespace Chairside
