#include "sync/PullPage.h"

#include "sync/RowCodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstring>

namespace Chairside {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::PullPage", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool checkTableName(const QString &table, QString *error)
{
    if (RowCodec::isSyncedTable(table))
        return true;
    return fail(
        error,
        tr("The server's changes name a table Chairside does not know (%1).").arg(table.left(64)));
}

// Walks JSON text just far enough to find where each value ends, without building anything.
// Any doubt (bad syntax, text cut short) ends the walk: the caller then simply waits for parse().
class JsonSkipper
{
public:
    JsonSkipper(const char *begin, const char *end)
        : m_at(begin)
        , m_end(end)
    {}

    const char *at() const { return m_at; }
    bool atEnd() const { return m_at == m_end; }

    void skipSpace()
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_at == m_end || *m_at != c)
            return false;
        ++m_at;
        return true;
    }

    // At a '"': moves past the closing quote.
    bool skipString()
    {
        ++m_at;
        for (;;) {
            const auto *quote =
                static_cast<const char *>(std::memchr(m_at, '"', size_t(m_end - m_at)));
            if (!quote)
                return false;
            const char *back = quote;
            while (back != m_at && back[-1] == '\\')
                --back;
            m_at = quote + 1;
            if ((quote - back) % 2 == 0) // not escaped: an even run of backslashes before it
                return true;
        }
    }

    bool skipValue()
    {
        skipSpace();
        if (m_at == m_end)
            return false;
        if (*m_at == '"')
            return skipString();
        if (*m_at != '{' && *m_at != '[') { // a number, true, false or null
            const char *start = m_at;
            while (m_at != m_end && *m_at != ',' && *m_at != '}' && *m_at != ']' && *m_at != ' '
                   && *m_at != '\n' && *m_at != '\r' && *m_at != '\t')
                ++m_at;
            return m_at != start;
        }
        int depth = 0;
        while (m_at != m_end) {
            switch (*m_at) {
            case '"':
                if (!skipString())
                    return false;
                continue;
            case '{':
            case '[':
                ++depth;
                break;
            case '}':
            case ']':
                if (--depth == 0) {
                    ++m_at;
                    return true;
                }
                break;
            default:
                break;
            }
            ++m_at;
        }
        return false;
    }

private:
    const char *m_at;
    const char *m_end;
};

} // namespace

std::optional<PullPage::Ahead> PullPage::peekAhead(const QByteArray &json)
{
    JsonSkipper walk(json.constData(), json.constData() + json.size());
    if (!walk.take('{'))
        return std::nullopt;
    QByteArrayView cursor;
    QByteArrayView hasMore;
    if (!walk.take('}')) {
        do {
            walk.skipSpace();
            if (walk.atEnd() || *walk.at() != '"')
                return std::nullopt;
            const char *keyStart = walk.at();
            if (!walk.skipString())
                return std::nullopt;
            const QByteArrayView key(keyStart, walk.at());
            if (!walk.take(':'))
                return std::nullopt;
            walk.skipSpace();
            const char *valueStart = walk.at();
            if (!walk.skipValue())
                return std::nullopt;
            const QByteArrayView value(valueStart, walk.at());
            if (key == "\"cursor\"")
                cursor = value;
            else if (key == "\"has_more\"")
                hasMore = value;
        } while (walk.take(','));
        if (!walk.take('}'))
            return std::nullopt;
    }
    if (cursor.isEmpty() || (hasMore != "true" && hasMore != "false"))
        return std::nullopt;
    // The cursor is small: parse just it, in a list so a string cursor is valid JSON too.
    const QJsonDocument wrapped =
        QJsonDocument::fromJson(QByteArray("[") + cursor.toByteArray() + QByteArray("]"));
    Ahead ahead;
    ahead.cursor = cursorText(wrapped.array().at(0));
    ahead.hasMore = hasMore == "true";
    if (ahead.cursor.isEmpty())
        return std::nullopt;
    return ahead;
}

QByteArray PullPage::cursorText(const QJsonValue &value)
{
    // A cursor is an object; a string is accepted as the text of one (sync_pull accepts both).
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isString())
        return value.toString().toUtf8();
    return {};
}

qsizetype PullPage::rowCount() const
{
    qsizetype count = 0;
    for (const TableRows &entry : tables)
        count += entry.rows.size();
    return count;
}

const PullPage::TableRows *PullPage::rowsOf(const QString &table) const
{
    for (const TableRows &entry : tables) {
        if (entry.table == table)
            return &entry;
    }
    return nullptr;
}

PullPage::Parsed PullPage::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Parsed parsed;
        parsed.error = tr("The server's answer is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return parsed;
    }
    return parse(document);
}

PullPage::Parsed PullPage::parse(const QJsonDocument &document)
{
    Parsed parsed;
    parsed.page = parseChecked(document, &parsed.error);
    return parsed;
}

std::optional<PullPage> PullPage::parseChecked(const QJsonDocument &document, QString *error)
{
    if (!document.isObject()) {
        fail(error, tr("The server's answer is not a page of changes."));
        return std::nullopt;
    }
    const QJsonObject root = document.object();

    const QJsonValue rowsValue = root.value(QLatin1String("rows"));
    const QJsonValue deletedValue = root.value(QLatin1String("deleted"));
    const QJsonValue cursorValue = root.value(QLatin1String("cursor"));
    const QJsonValue hasMoreValue = root.value(QLatin1String("has_more"));
    const QJsonValue serverTimeValue = root.value(QLatin1String("server_time"));
    if (!rowsValue.isObject()
        || !(deletedValue.isObject() || deletedValue.isUndefined() || deletedValue.isNull())
        || !(cursorValue.isObject() || cursorValue.isString()) || !hasMoreValue.isBool()
        || !(serverTimeValue.isString() || serverTimeValue.isUndefined()
             || serverTimeValue.isNull())) {
        fail(error, tr("The server's page of changes lacks rows, cursor or has_more, or has them "
                       "in the wrong form."));
        return std::nullopt;
    }

    PullPage page;
    page.hasMore = hasMoreValue.toBool();
    page.cursor = cursorText(cursorValue);
    if (page.cursor.isEmpty()) {
        fail(error, tr("The server's page of changes has an empty cursor."));
        return std::nullopt;
    }
    if (serverTimeValue.isString()) {
        page.serverTimeText = serverTimeValue.toString();
        const auto seconds = RowCodec::parseTimestamp(page.serverTimeText);
        if (!seconds) {
            fail(error, tr("The server's page of changes has an unreadable server_time."));
            return std::nullopt;
        }
        page.serverTime = *seconds;
    }

    QHash<QString, TableRows> byTable;
    const QJsonObject rows = rowsValue.toObject();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        const QString table = it.key();
        if (!checkTableName(table, error))
            return std::nullopt;
        if (!it.value().isArray()) {
            fail(error, tr("The server's rows for %1 are not a list.").arg(table));
            return std::nullopt;
        }
        const QJsonArray list = it.value().toArray();
        TableRows &entry = byTable[table];
        entry.table = table;
        entry.rows.reserve(list.size());
        for (const QJsonValue &value : list) {
            const QJsonObject row = value.toObject();
            const QJsonValue id = row.value(QLatin1String("id"));
            if (!value.isObject() || !id.isString() || id.toString().isEmpty()
                || !RowCodec::integerFrom(row.value(QLatin1String("version")))) {
                fail(error, tr("A row of %1 from the server has no id or no version.").arg(table));
                return std::nullopt;
            }
            entry.rows.append(row);
        }
    }

    const QJsonObject deleted = deletedValue.toObject();
    for (auto it = deleted.constBegin(); it != deleted.constEnd(); ++it) {
        const QString table = it.key();
        if (!checkTableName(table, error))
            return std::nullopt;
        if (!it.value().isArray()) {
            fail(error, tr("The server's deleted ids for %1 are not a list.").arg(table));
            return std::nullopt;
        }
        TableRows &entry = byTable[table];
        entry.table = table;
        for (const QJsonValue &value : it.value().toArray()) {
            if (!value.isString() || value.toString().isEmpty()) {
                fail(error, tr("A deleted id of %1 from the server is not an id.").arg(table));
                return std::nullopt;
            }
            entry.deletedIds.append(value.toString());
        }
    }

    // JSON objects have no order (and jsonb reorders keys): apply in the protocol's order.
    for (const QString &table : RowCodec::syncedTables()) {
        auto it = byTable.find(table);
        if (it != byTable.end() && (!it->rows.isEmpty() || !it->deletedIds.isEmpty()))
            page.tables.append(std::move(*it));
    }
    return page;
}

} // namespace Chairside
