#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chairside {

// One answer of POST /rest/v1/rpc/sync_pull (docs/backend.md §3), checked and split by table.
// Parsing is all or nothing: a page with any malformed part is refused with a sentence, so a
// half-understood page is never applied.
//
// QJsonDocument rather than nlohmann::json: on a 1000-row page of ai_messages-like rows (520 kB)
// it parses in about 6 ms against 11 ms, and it hands out QStrings without another conversion.
struct PullPage
{
    struct TableRows
    {
        QString table;
        QList<QJsonObject> rows; // each has a string "id" and an integer "version"
        QStringList deletedIds;  // the page's "deleted" list for this table
    };

    // Only tables with rows or deletions, in the order they must be applied (parents first;
    // RowCodec::syncedTables()), whatever order the JSON object had.
    QList<TableRows> tables;
    QByteArray cursor; // compact JSON text of "cursor", to store and send back as it is
    bool hasMore = false;
    QString serverTimeText;
    qint64 serverTime = 0; // Unix seconds; 0 when the page had none

    qsizetype rowCount() const;
    const TableRows *rowsOf(const QString &table) const;

    struct Parsed; // below: it holds a PullPage

    // What a page says of the page after it, read from its text without parsing the rows:
    // about a millisecond for a 1 MB page, where parsing takes 8. The sync engine asks for the
    // next page with it while this one is parsed. Nothing when the text is not a JSON object with
    // a usable "cursor" and a boolean "has_more"; parse() still checks the whole page.
    struct Ahead
    {
        QByteArray cursor; // as PullPage::cursor would hold it
        bool hasMore = false;
    };
    static std::optional<Ahead> peekAhead(const QByteArray &json);

    // Parses and checks a page.
    static Parsed parse(const QByteArray &json);
    // Checks a page the RPC client already parsed (RpcResult::json): a page is parsed once.
    static Parsed parse(const QJsonDocument &document);

private:
    // A "cursor" value as PullPage::cursor holds it: an object as compact JSON text, a string as
    // its text; empty for anything else.
    static QByteArray cursorText(const QJsonValue &value);
    static std::optional<PullPage> parseChecked(const QJsonDocument &document, QString *error);
};

struct PullPage::Parsed
{
    std::optional<PullPage> page; // set when the page is usable
    QString error;                // otherwise a sentence saying what is wrong
};

} // namespace Chairside
