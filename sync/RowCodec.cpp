#include "sync/RowCodec.h"

#include "store/Migrations.h"

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

// Reads `count` ASCII digits at `pos`; false when any is not a digit.
bool readDigits(QStringView text, qsizetype pos, int count, int *value)
{
    if (pos + count > text.size())
        return false;
    int result = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
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

// Converts one JSON value for a column; false when it does not fit.
bool convert(RowCodec::ColumnKind kind, const QJsonValue &value, QVariant *out)
{
    if (value.isNull()) {
        *out = QVariant();
        return true;
    }
    switch (kind) {
    case RowCodec::ColumnKind::Time:
        if (value.isString()) {
            const auto seconds = RowCodec::parseTimestamp(value.toString());
            if (!seconds)
                return false;
            *out = *seconds;
            return true;
        }
        if (value.isDouble()) {
            // Unix seconds, as apply_mutations accepts them too.
            const double d = std::floor(value.toDouble());
            if (!std::isfinite(d) || std::fabs(d) > 1e15)
                return false;
            *out = qint64(d);
            return true;
        }
        return false;
    case RowCodec::ColumnKind::Integer:
        if (value.isBool()) {
            *out = qint64(value.toBool() ? 1 : 0);
            return true;
        }
        if (const auto integer = RowCodec::integerFrom(value)) {
            *out = *integer;
            return true;
        }
        return false;
    case RowCodec::ColumnKind::Real:
        if (value.isDouble()) {
            *out = value.toDouble();
            return true;
        }
        if (value.isString()) {
            bool ok = false;
            const double d = value.toString().toDouble(&ok);
            if (ok)
                *out = d;
            return ok;
        }
        if (value.isBool()) {
            *out = value.toBool() ? 1.0 : 0.0;
            return true;
        }
        return false;
    case RowCodec::ColumnKind::Text:
        if (value.isString()) {
            *out = value.toString();
            return true;
        }
        if (value.isObject()) {
            *out =
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            return true;
        }
        if (value.isArray()) {
            *out = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
            return true;
        }
        if (value.isBool()) {
            *out = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            return true;
        }
        if (value.isDouble()) {
            const auto integer = RowCodec::integerFrom(value);
            *out = integer ? QString::number(*integer) : QString::number(value.toDouble(), 'g', 17);
            return true;
        }
        return false;
    }
    return false;
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
    const TableLayout *raw = result.get();
    m_layouts.insert(table, std::move(result));
    return raw;
}

bool RowCodec::encode(const TableLayout &layout, const QJsonObject &row, EncodedRow *out,
                      QString *error) const
{
    const QJsonValue id = row.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        if (error)
            *error = tr("A row of %1 from the server has no id.").arg(layout.table);
        return false;
    }
    const auto version = integerFrom(row.value(QLatin1String("version")));
    if (!version) {
        if (error)
            *error = tr("The row %1 of %2 from the server has no version.")
                         .arg(id.toString(), layout.table);
        return false;
    }
    out->id = id.toString();
    out->version = *version;
    out->tombstone = false;
    out->presentMask = 0;
    out->values.resize(layout.columns.size());
    for (int i = 0; i < layout.columns.size(); ++i) {
        const Column &column = layout.columns.at(i);
        const QJsonValue value = row.value(column.name);
        if (value.isUndefined()) {
            out->values[i] = QVariant();
            continue;
        }
        if (!convert(column.kind, value, &out->values[i])) {
            if (error)
                *error = tr("The row %1 of %2 has a value in %3 that does not fit.")
                             .arg(out->id, layout.table, column.name);
            return false;
        }
        out->presentMask |= quint64(1) << i;
    }
    out->values[layout.idColumn] = out->id;
    out->values[layout.versionColumn] = out->version;
    out->tombstone = !out->values.at(layout.deletedAtColumn).isNull();
    return true;
}

std::optional<qint64> RowCodec::parseTimestamp(QStringView text)
{
    text = text.trimmed();
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(text, 0, 4, &year) || text.size() < 16 || text[4] != u'-'
        || !readDigits(text, 5, 2, &month) || text[7] != u'-' || !readDigits(text, 8, 2, &day)
        || (text[10] != u'T' && text[10] != u't' && text[10] != u' ')
        || !readDigits(text, 11, 2, &hour) || text[13] != u':' || !readDigits(text, 14, 2, &minute))
        return std::nullopt;
    qsizetype pos = 16;
    if (pos < text.size() && text[pos] == u':') {
        if (!readDigits(text, pos + 1, 2, &second))
            return std::nullopt;
        pos += 3;
        if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
            // Sub-second digits are dropped: the cache keeps whole seconds (rounded down).
            ++pos;
            const qsizetype start = pos;
            while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9')
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
        const QChar sign = text[pos];
        if ((sign == u'Z' || sign == u'z') && pos + 1 == text.size()) {
            pos += 1;
        } else if (sign == u'+' || sign == u'-') {
            int offHours = 0, offMinutes = 0, offSeconds = 0;
            if (!readDigits(text, pos + 1, 2, &offHours))
                return std::nullopt;
            pos += 3;
            if (pos < text.size() && text[pos] == u':')
                ++pos;
            if (pos < text.size()) {
                if (!readDigits(text, pos, 2, &offMinutes))
                    return std::nullopt;
                pos += 2;
                // PostgreSQL prints historical offsets with seconds ("+00:19:32").
                if (pos < text.size() && text[pos] == u':') {
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
