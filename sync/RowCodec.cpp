#include "sync/RowCodec.h"

#include "store/Migrations.h"
#include "sync/JsonScanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <limits>

namespace Chairside {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::RowCodec", text);
}

// A character of timestamp text as a UTF-16 code unit, whichever form the text is in.
char16_t charAt(QStringView text, qsizetype pos)
{
    return text[pos].unicode();
}

char16_t charAt(QByteArrayView text, qsizetype pos)
{
    return char16_t(uchar(text[pos]));
}

// Reads `count` ASCII digits at `pos`; false when any is not a digit.
template<typename Text>
bool readDigits(Text text, qsizetype pos, int count, int *value)
{
    if (pos + count > text.size())
        return false;
    int result = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = charAt(text, pos + i);
        if (c < u'0' || c > u'9')
            return false;
        result = result * 10 + int(c - u'0');
    }
    *value = result;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// The text of RowCodec::parseTimestamp, already trimmed, as UTF-16 or UTF-8.
template<typename Text>
std::optional<qint64> timestampFrom(Text text)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(text, 0, 4, &year) || text.size() < 16 || charAt(text, 4) != u'-'
        || !readDigits(text, 5, 2, &month) || charAt(text, 7) != u'-'
        || !readDigits(text, 8, 2, &day)
        || (charAt(text, 10) != u'T' && charAt(text, 10) != u't' && charAt(text, 10) != u' ')
        || !readDigits(text, 11, 2, &hour) || charAt(text, 13) != u':'
        || !readDigits(text, 14, 2, &minute))
        return std::nullopt;
    qsizetype pos = 16;
    if (pos < text.size() && charAt(text, pos) == u':') {
        if (!readDigits(text, pos + 1, 2, &second))
            return std::nullopt;
        pos += 3;
        if (pos < text.size() && (charAt(text, pos) == u'.' || charAt(text, pos) == u',')) {
            // Sub-second digits are dropped: the cache keeps whole seconds (rounded down).
            ++pos;
            const qsizetype start = pos;
            while (pos < text.size() && charAt(text, pos) >= u'0' && charAt(text, pos) <= u'9')
                ++pos;
            if (pos == start)
                return std::nullopt;
        }
    }
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 24
        || minute > 59 || second > 60 || (hour == 24 && (minute != 0 || second != 0)))
        return std::nullopt;

    int offsetSeconds = 0;
    if (pos < text.size()) {
        const char16_t sign = charAt(text, pos);
        if ((sign == u'Z' || sign == u'z') && pos + 1 == text.size()) {
            pos += 1;
        } else if (sign == u'+' || sign == u'-') {
            int offHours = 0, offMinutes = 0, offSeconds = 0;
            if (!readDigits(text, pos + 1, 2, &offHours))
                return std::nullopt;
            pos += 3;
            if (pos < text.size() && charAt(text, pos) == u':')
                ++pos;
            if (pos < text.size()) {
                if (!readDigits(text, pos, 2, &offMinutes))
                    return std::nullopt;
                pos += 2;
                // PostgreSQL prints historical offsets with seconds ("+00:19:32").
                if (pos < text.size() && charAt(text, pos) == u':') {
                    if (!readDigits(text, pos + 1, 2, &offSeconds))
                        return std::nullopt;
                    pos += 3;
                }
            }
            if (offHours > 15 || offMinutes > 59 || offSeconds > 59)
                return std::nullopt;
            offsetSeconds =
                (offHours * 3600 + offMinutes * 60 + offSeconds) * (sign == u'-' ? -1 : 1);
        }
        if (pos != text.size())
            return std::nullopt;
    }
    // A leap second (:60) is counted as the next second, as PostgreSQL does.
    const qint64 local =
        daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    return local - offsetSeconds;
}

RowCodec::ColumnKind kindFor(const QString &name, const QString &declaredType)
{
    const QString type = declaredType.toUpper();
    // SQLite's affinity rules: INT anywhere -> integer; REAL/FLOA/DOUB -> real; the rest text.
    if (type.contains(u"INT")) {
        const bool time = name == u"at" || name.endsWith(u"_at");
        return time ? RowCodec::ColumnKind::Time : RowCodec::ColumnKind::Integer;
    }
    if (type.contains(u"REAL") || type.contains(u"FLOA") || type.contains(u"DOUB"))
        return RowCodec::ColumnKind::Real;
    return RowCodec::ColumnKind::Text;
}

enum class Read { Ok, DoesNotFit, Malformed };

// Text read as it stands in the row's source (the row keeps the source) is not copied; text
// decoded into the scratch buffer (it had escapes) is.
QByteArray textOf(QByteArrayView view, const QByteArray &scratch)
{
    if (view.data() == scratch.constData())
        return view.toByteArray();
    return QByteArray::fromRawData(view.data(), view.size());
}

// Reads the next value of a row for a column of `kind`.
Read readValue(JsonScanner &scan, RowCodec::ColumnKind kind, RowCodec::Value *out,
               QByteArray *scratch)
{
    using Kind = RowCodec::ColumnKind;
    using Type = RowCodec::Value::Type;
    const auto integer = [out](qint64 value) {
        out->type = Type::Integer;
        out->integer = value;
        return Read::Ok;
    };
    const auto real = [out](double value) {
        out->type = Type::Real;
        out->real = value;
        return Read::Ok;
    };
    const auto text = [out](QByteArray value) {
        out->type = Type::Text;
        out->text = std::move(value);
        return Read::Ok;
    };
    switch (scan.peek()) {
    case JsonScanner::Token::Null:
        if (!scan.readNull())
            return Read::Malformed;
        out->type = Type::Null;
        return Read::Ok;
    case JsonScanner::Token::String: {
        QByteArrayView view;
        if (!scan.readString(&view, scratch))
            return Read::Malformed;
        switch (kind) {
        case Kind::Text:
            return text(textOf(view, *scratch));
        case Kind::Time:
            if (const auto seconds = RowCodec::parseTimestamp(view))
                return integer(*seconds);
            return Read::DoesNotFit;
        case Kind::Integer: {
            // bigint travels as a string
            bool ok = false;
            const qint64 value = view.toLongLong(&ok);
            return ok ? integer(value) : Read::DoesNotFit;
        }
        case Kind::Real: {
            bool ok = false;
            const double value = view.toDouble(&ok);
            return ok ? real(value) : Read::DoesNotFit;
        }
        }
        return Read::DoesNotFit;
    }
    case JsonScanner::Token::Number: {
        QByteArrayView number;
        if (!scan.readNumber(&number))
            return Read::Malformed;
        switch (kind) {
        case Kind::Text:
            if (const auto value = JsonScanner::integerOf(number))
                return text(QByteArray::number(*value));
            if (const auto value = JsonScanner::doubleOf(number))
                return text(QByteArray::number(*value, 'g', 17));
            return Read::DoesNotFit;
        case Kind::Time: {
            // Unix seconds, as apply_mutations accepts them too.
            const auto value = JsonScanner::doubleOf(number);
            if (!value || std::fabs(*value) > 1e15)
                return Read::DoesNotFit;
            return integer(qint64(std::floor(*value)));
        }
        case Kind::Integer:
            if (const auto value = JsonScanner::integerOf(number))
                return integer(*value);
            return Read::DoesNotFit;
        case Kind::Real:
            if (const auto value = JsonScanner::doubleOf(number))
                return real(*value);
            return Read::DoesNotFit;
        }
        return Read::DoesNotFit;
    }
    case JsonScanner::Token::True:
    case JsonScanner::Token::False: {
        bool value = false;
        if (!scan.readBool(&value))
            return Read::Malformed;
        switch (kind) {
        case Kind::Integer:
            return integer(value ? 1 : 0);
        case Kind::Real:
            return real(value ? 1.0 : 0.0);
        case Kind::Text:
            return text(value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
        case Kind::Time:
            return Read::DoesNotFit;
        }
        return Read::DoesNotFit;
    }
    case JsonScanner::Token::Object:
    case JsonScanner::Token::Array: {
        QByteArrayView span;
        if (!scan.skipValue(&span))
            return Read::Malformed;
        if (kind != Kind::Text)
            return Read::DoesNotFit;
        // Nested JSON (metadata, ...) is stored compact, as the rest of the desk writes it.
        const QJsonDocument nested = QJsonDocument::fromJson(span.toByteArray());
        return text(nested.toJson(QJsonDocument::Compact));
    }
    case JsonScanner::Token::Invalid:
        break;
    }
    return Read::Malformed;
}

} // namespace

RowCodec::RowCodec(QSqlDatabase &db)
    : m_db(db)
{}

RowCodec::~RowCodec() = default;

const QStringList &RowCodec::syncedTables()
{
    // private.sync_tables() in supabase/migrations, same order; reminder_rules, audit_log and
    // staff_services were appended later (20261202000500_*, 20261202000600_*, 20261203000100_*).
    static const QStringList tables = {
        QStringLiteral("businesses"),       QStringLiteral("staff_members"),
        QStringLiteral("working_hours"),    QStringLiteral("time_off"),
        QStringLiteral("services"),         QStringLiteral("customers"),
        QStringLiteral("appointments"),     QStringLiteral("appointment_events"),
        QStringLiteral("ai_conversations"), QStringLiteral("ai_messages"),
        QStringLiteral("ai_handoffs"),      QStringLiteral("outbound_messages"),
        QStringLiteral("loyalty_tiers"),    QStringLiteral("loyalty_rewards"),
        QStringLiteral("loyalty_ledger"),   QStringLiteral("notifications"),
        QStringLiteral("reminder_rules"),   QStringLiteral("audit_log"),
        QStringLiteral("staff_services"),
    };
    return tables;
}

bool RowCodec::isSyncedTable(const QString &table)
{
    static const QSet<QString> set(syncedTables().cbegin(), syncedTables().cend());
    return set.contains(table);
}

const RowCodec::TableLayout *RowCodec::layout(const QString &table, QString *error)
{
    if (const auto it = m_layouts.constFind(table); it != m_layouts.cend())
        return it->get();
    if (!isSyncedTable(table)) {
        if (error)
            *error =
                tr("The server sent rows for a table Chairside does not keep (%1).").arg(table);
        return nullptr;
    }
    auto result = std::make_shared<TableLayout>();
    result->table = table;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?) ORDER BY cid"));
    query.addBindValue(table);
    if (!query.exec()) {
        if (error)
            *error = tr("The local columns of %1 could not be read: %2")
                         .arg(table, query.lastError().text());
        return nullptr;
    }
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (isLocalCopyColumn(table, name))
            continue; // kept by this computer's triggers, never taken from the server
        result->indexOf.insert(name, int(result->columns.size()));
        result->indexOfUtf8.insert(name.toUtf8(), int(result->columns.size()));
        result->quotedNames.append('"' + name.toUtf8() + '"');
        result->columns.append(Column{name, kindFor(name, query.value(1).toString())});
    }
    result->idColumn = result->indexOf.value(QStringLiteral("id"), -1);
    result->versionColumn = result->indexOf.value(QStringLiteral("version"), -1);
    result->deletedAtColumn = result->indexOf.value(QStringLiteral("deleted_at"), -1);
    // The present-column mask is 64 bits wide; no cache table comes near that.
    if (result->columns.isEmpty() || result->columns.size() > 64 || result->idColumn < 0
        || result->versionColumn < 0 || result->deletedAtColumn < 0) {
        if (error)
            *error =
                tr("The local table %1 is missing or lacks id, version or deleted_at.").arg(table);
        return nullptr;
    }
    // At first, the table's own order.
    for (int i = 0; i <= int(result->columns.size()) + 1; ++i)
        result->nextKey.push_back(i < int(result->columns.size()) ? i + 1 : 0);
    const TableLayout *raw = result.get();
    m_layouts.insert(table, std::move(result));
    return raw;
}

bool RowCodec::encode(const TableLayout &layout, const QJsonObject &row, EncodedRow *out,
                      QString *error) const
{
    const QByteArray text = QJsonDocument(row).toJson(QJsonDocument::Compact);
    return encode(layout, text, text, out, error);
}

bool RowCodec::encode(const TableLayout &layout, const QByteArray &source, QByteArrayView rowText,
                      EncodedRow *out, QString *error) const
{
    const auto refuse = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return false;
    };
    const auto malformed = [&](const JsonScanner &scan) {
        return refuse(tr("A row of %1 from the server is not valid JSON (at byte %2 of the row).")
                          .arg(layout.table)
                          .arg(scan.offset()));
    };
    const int columnCount = int(layout.columns.size());
    out->source = source;
    out->presentMask = 0;
    out->tombstone = false;
    out->values.assign(size_t(columnCount), Value{});
    bool idIsText = false;
    bool versionIsNumber = false;

    JsonScanner scan(rowText);
    if (!scan.take('{'))
        return malformed(scan);
    QByteArray keyScratch;
    QByteArray valueScratch;
    const int afterUnknown = columnCount + 1;
    int previous = columnCount; // the slot of the first key
    if (!scan.take('}')) {
        do {
            int column = -1;
            const int guess = layout.nextKey[size_t(previous)];
            if (guess >= 0 && guess < columnCount
                && scan.takeExactly(layout.quotedNames.at(guess))) {
                column = guess;
            } else {
                QByteArrayView key;
                if (!scan.readString(&key, &keyScratch))
                    return malformed(scan);
                column =
                    layout.indexOfUtf8.value(QByteArray::fromRawData(key.data(), key.size()), -1);
                layout.nextKey[size_t(previous)] = column;
            }
            if (!scan.take(':'))
                return malformed(scan);
            previous = column < 0 ? afterUnknown : column;
            if (column < 0) { // a server column the cache does not keep
                if (!scan.skipValue())
                    return malformed(scan);
                continue;
            }
            const JsonScanner::Token token = scan.peek();
            if (column == layout.idColumn)
                idIsText = token == JsonScanner::Token::String;
            else if (column == layout.versionColumn)
                versionIsNumber =
                    token == JsonScanner::Token::Number || token == JsonScanner::Token::String;
            Value &value = out->values[size_t(column)];
            switch (readValue(scan, layout.columns.at(column).kind, &value, &valueScratch)) {
            case Read::Ok:
                break;
            case Read::Malformed:
                return malformed(scan);
            case Read::DoesNotFit:
                if (column == layout.idColumn || column == layout.versionColumn)
                    break; // said below, in the words for a missing id or version
                return refuse(tr("The row %1 of %2 has a value in %3 that does not fit.")
                                  .arg(QString::fromUtf8(out->values[size_t(layout.idColumn)].text),
                                       layout.table, layout.columns.at(column).name));
            }
            out->presentMask |= quint64(1) << column;
        } while (scan.take(','));
        if (!scan.take('}'))
            return malformed(scan);
    }
    if (!scan.atEnd())
        return malformed(scan);

    const Value &id = out->values[size_t(layout.idColumn)];
    if (!idIsText || id.type != Value::Type::Text || id.text.isEmpty())
        return refuse(tr("A row of %1 from the server has no id.").arg(layout.table));
    out->id = QString::fromUtf8(id.text);
    const Value &version = out->values[size_t(layout.versionColumn)];
    if (!versionIsNumber || version.type != Value::Type::Integer)
        return refuse(
            tr("The row %1 of %2 from the server has no version.").arg(out->id, layout.table));
    out->version = version.integer;
    out->tombstone = out->values[size_t(layout.deletedAtColumn)].type != Value::Type::Null;
    return true;
}

QVariant RowCodec::Value::toVariant() const
{
    switch (type) {
    case Type::Null:
        return {};
    case Type::Integer:
        return integer;
    case Type::Real:
        return real;
    case Type::Text:
        return QString::fromUtf8(text);
    }
    return {};
}

std::optional<qint64> RowCodec::parseTimestamp(QStringView text)
{
    return timestampFrom(text.trimmed());
}

std::optional<qint64> RowCodec::parseTimestamp(QByteArrayView utf8)
{
    return timestampFrom(utf8.trimmed());
}

std::optional<qint64> RowCodec::integerFrom(const QJsonValue &value)
{
    if (value.isDouble()) {
        constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 integer = value.toInteger(sentinel);
        if (integer == sentinel)
            return std::nullopt;
        return integer;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 integer = value.toString().toLongLong(&ok);
        if (ok)
            return integer;
    }
    return std::nullopt;
}

} // namespace Chairside
