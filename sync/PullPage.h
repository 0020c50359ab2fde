#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chairside {

// One answer of GET /rest/v1/rpc/sync_pull_page (docs/backend.md §3), checked and split by
// table. The page keeps its text; each row is the view of its JSON object in it, which
// RowCodec::encode reads strictly, value by value, straight into what SQLite stores (no tree of
// the page is built: docs/sync.md). Parsing checks the page's own parts strictly and finds
// where each row ends; a page is refused with a sentence when any part is malformed, here or
// when its rows are converted, before anything of it is written.
struct PullPage
{
    struct TableRows
    {
        QString table;
        QList<QByteArrayView> rows; // each a JSON object's text, inside `text`
        QStringList deletedIds;     // the page's "deleted" list for this table
    };

    // The page as it came. Copies share it (QByteArray), so rows stay valid in any copy.
    QByteArray text;

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

    // A row as a JSON object (tests and tools; the sync reads rows with RowCodec::encode).
    static QJsonObject rowObject(QByteArrayView row);

private:
    // A "cursor" value's text as PullPage::cursor holds it: an object as compact JSON text, a
    // string as its text; empty for anything else.
    static QByteArray cursorText(QByteArrayView value);
    static std::optional<PullPage> parseChecked(const QByteArray &json, QString *error);
};

struct PullPage::Parsed
{
    std::optional<PullPage> page; // set when the page is usable
    QString error;                // otherwise a sentence saying what is wrong
};

} // namespace Chairside
