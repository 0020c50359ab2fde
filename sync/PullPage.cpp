#include "sync/PullPage.h"

#include "sync/JsonScanner.h"
#include "sync/RowCodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

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

// How far a part of a page was read.
enum class Walk { Read, Malformed, Refused };

// "rows" and "deleted" alike: an object of table name -> list, at the scanner. Each item of a
// table's list is read by `readItem(entry)` into that table's entry; `notAList` words what is
// wrong when a table's value is not a list. Refused sets `error`; Malformed leaves it to the
// caller, which knows where the scanner stopped.
template<typename ReadItem>
Walk readTableLists(JsonScanner &scan, QHash<QString, PullPage::TableRows> &byTable,
                    QString (*notAList)(const QString &table), ReadItem readItem, QString *error)
{
    QByteArray scratch;
    scan.take('{');
    if (scan.take('}'))
        return Walk::Read;
    do {
        QByteArrayView name;
        if (!scan.readString(&name, &scratch) || !scan.take(':'))
            return Walk::Malformed;
        const QString table = QString::fromUtf8(name);
        if (!checkTableName(table, error))
            return Walk::Refused;
        if (scan.peek() != JsonScanner::Token::Array) {
            if (scan.failed())
                return Walk::Malformed;
            fail(error, notAList(table));
            return Walk::Refused;
        }
        PullPage::TableRows &entry = byTable[table];
        entry.table = table;
        scan.take('[');
        if (scan.take(']'))
            continue;
        do {
            if (const Walk item = readItem(entry); item != Walk::Read)
                return item;
        } while (scan.take(','));
        if (!scan.take(']'))
            return Walk::Malformed;
    } while (scan.take(','));
    return scan.take('}') ? Walk::Read : Walk::Malformed;
}

} // namespace

std::optional<PullPage::Ahead> PullPage::peekAhead(const QByteArray &json)
{
    JsonScanner walk(json);
    if (!walk.take('{'))
        return std::nullopt;
    QByteArrayView cursor;
    QByteArrayView hasMore;
    if (!walk.take('}')) {
        do {
            QByteArrayView key;
            if (walk.peek() != JsonScanner::Token::String || !walk.skipValueLoosely(&key)
                || !walk.take(':'))
                return std::nullopt;
            QByteArrayView value;
            if (!walk.skipValueLoosely(&value))
                return std::nullopt;
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
    Ahead ahead;
    ahead.cursor = cursorText(cursor);
    ahead.hasMore = hasMore == "true";
    if (ahead.cursor.isEmpty())
        return std::nullopt;
    return ahead;
}

QByteArray PullPage::cursorText(QByteArrayView value)
{
    // The cursor is small: parse just it, in a list so a string cursor is valid JSON too. A
    // cursor is an object; a string is accepted as the text of one (sync_pull accepts both).
    const QJsonValue cursor =
        QJsonDocument::fromJson(QByteArray("[") + value.toByteArray() + QByteArray("]"))
            .array()
            .at(0);
    if (cursor.isObject())
        return QJsonDocument(cursor.toObject()).toJson(QJsonDocument::Compact);
    if (cursor.isString())
        return cursor.toString().toUtf8();
    return {};
}

QJsonObject PullPage::rowObject(QByteArrayView row)
{
    return QJsonDocument::fromJson(row.toByteArray()).object();
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
    Parsed parsed;
    parsed.page = parseChecked(json, &parsed.error);
    return parsed;
}

std::optional<PullPage> PullPage::parseChecked(const QByteArray &json, QString *error)
{
    using Token = JsonScanner::Token;
    JsonScanner scan(json);
    const auto malformed = [&] {
        fail(error, tr("The server's answer is not valid JSON (at byte %1).").arg(scan.offset()));
        return std::nullopt;
    };
    const auto wrongForm = [&] {
        fail(error, tr("The server's page of changes lacks rows, cursor or has_more, or has them "
                       "in the wrong form."));
        return std::nullopt;
    };
    const Token first = scan.peek();
    if (first == Token::Invalid)
        return malformed();
    if (first != Token::Object) {
        if (!scan.skipValue() || !scan.atEnd())
            return malformed();
        fail(error, tr("The server's answer is not a page of changes."));
        return std::nullopt;
    }

    PullPage page;
    page.text = json;
    QHash<QString, TableRows> byTable;
    bool hasRows = false;
    bool hasMore = false;
    QByteArray scratch;
    // A part read by readTableLists: refused (with `error` set), or not JSON where it stopped.
    const auto walked = [&](Walk walk) {
        return walk == Walk::Malformed ? malformed() : std::nullopt;
    };

    scan.take('{');
    if (!scan.take('}')) {
        do {
            QByteArrayView key;
            if (!scan.readString(&key, &scratch) || !scan.take(':'))
                return malformed();
            const Token token = scan.peek();
            if (key == "rows") {
                if (token != Token::Object)
                    return wrongForm();
                hasRows = true;
                const Walk walk = readTableLists(
                    scan, byTable,
                    [](const QString &table) {
                        return tr("The server's rows for %1 are not a list.").arg(table);
                    },
                    [&](TableRows &entry) {
                        // Only where the row ends: RowCodec reads it strictly when it is written.
                        QByteArrayView row;
                        if (scan.peek() != Token::Object) {
                            if (scan.failed())
                                return Walk::Malformed;
                            fail(error, tr("A row of %1 from the server has no id or no version.")
                                            .arg(entry.table));
                            return Walk::Refused;
                        }
                        if (!scan.skipValueLoosely(&row))
                            return Walk::Malformed;
                        entry.rows.append(row);
                        return Walk::Read;
                    },
                    error);
                if (walk != Walk::Read)
                    return walked(walk);
            } else if (key == "deleted") {
                if (token == Token::Null) {
                    scan.readNull();
                    continue;
                }
                if (token != Token::Object)
                    return wrongForm();
                const Walk walk = readTableLists(
                    scan, byTable,
                    [](const QString &table) {
                        return tr("The server's deleted ids for %1 are not a list.").arg(table);
                    },
                    [&](TableRows &entry) {
                        QByteArrayView id;
                        if (scan.peek() == Token::String) {
                            if (!scan.readString(&id, &scratch))
                                return Walk::Malformed;
                        } else if (!scan.skipValue()) {
                            return Walk::Malformed;
                        }
                        if (id.isEmpty()) {
                            fail(error, tr("A deleted id of %1 from the server is not an id.")
                                            .arg(entry.table));
                            return Walk::Refused;
                        }
                        entry.deletedIds.append(QString::fromUtf8(id));
                        return Walk::Read;
                    },
                    error);
                if (walk != Walk::Read)
                    return walked(walk);
            } else if (key == "cursor") {
                QByteArrayView cursor;
                if (!scan.skipValue(&cursor))
                    return malformed();
                if (token != Token::Object && token != Token::String)
                    return wrongForm();
                page.cursor = cursorText(cursor);
                if (page.cursor.isEmpty()) {
                    fail(error, tr("The server's page of changes has an empty cursor."));
                    return std::nullopt;
                }
            } else if (key == "has_more") {
                if (token != Token::True && token != Token::False) {
                    if (!scan.skipValue())
                        return malformed();
                    return wrongForm();
                }
                scan.readBool(&page.hasMore);
                hasMore = true;
            } else if (key == "server_time") {
                if (token == Token::Null) {
                    scan.readNull();
                    continue;
                }
                QByteArrayView text;
                if (token != Token::String) {
                    if (!scan.skipValue())
                        return malformed();
                    return wrongForm();
                }
                if (!scan.readString(&text, &scratch))
                    return malformed();
                page.serverTimeText = QString::fromUtf8(text);
                const auto seconds = RowCodec::parseTimestamp(text);
                if (!seconds) {
                    fail(error, tr("The server's page of changes has an unreadable server_time."));
                    return std::nullopt;
                }
                page.serverTime = *seconds;
            } else if (!scan.skipValue()) {
                return malformed();
            }
        } while (scan.take(','));
        if (!scan.take('}'))
            return malformed();
    }
    if (!scan.atEnd())
        return malformed();
    if (!hasRows || !hasMore || page.cursor.isEmpty())
        return wrongForm();

    // JSON objects have no order (and jsonb reorders keys): apply in the protocol's order.
    for (const QString &table : RowCodec::syncedTables()) {
        auto it = byTable.find(table);
        if (it != byTable.end() && (!it->rows.isEmpty() || !it->deletedIds.isEmpty()))
            page.tables.append(std::move(*it));
    }
    return page;
}

} // namespace Chairside
