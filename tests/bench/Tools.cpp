#include "BenchCommands.h"
#include "sync/RowCodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace Chairside::Bench {

int countRows(const QStringList &args)
{
    if (args.isEmpty() || !QFile::exists(args.first()))
        return failWith(QStringLiteral("usage: count-rows DB"));
    qint64 total = 0;
    QJsonObject tables;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-count"));
        db.setDatabaseName(args.first());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return failWith(db.lastError().text());
        for (const QString &table : RowCodec::syncedTables()) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table))
                || !query.next())
                return failWith(query.lastError().text());
            const qint64 rows = query.value(0).toLongLong();
            tables.insert(table, rows);
            total += rows;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-count"));
    printJson(QJsonObject{{QStringLiteral("rows"), total}, {QStringLiteral("tables"), tables}});
    return 0;
}

int jsonGet(const QStringList &args)
{
    if (args.size() != 2)
        return failWith(QStringLiteral("usage: json-get FILE KEY[.KEY...]"));
    QFile file(args.at(0));
    if (!file.open(QIODevice::ReadOnly))
        return failWith(QStringLiteral("cannot read %1").arg(args.at(0)));
    QJsonValue value = QJsonDocument::fromJson(file.readAll().trimmed()).object();
    for (const QString &key : args.at(1).split(u'.'))
        value = value.toObject().value(key);
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 15);
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else
        return failWith(QStringLiteral("%1: no %2").arg(args.at(0), args.at(1)));
    std::puts(qPrintable(text));
    return 0;
}

int versions(const QStringList &)
{
    QString sqlite = QStringLiteral("unknown");
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-version"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                sqlite = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-version"));
    std::puts(qPrintable(
        QStringLiteral("Qt %1, SQLite %2").arg(QString::fromLatin1(qVersion()), sqlite)));
    return 0;
}

} // namespace Chairside::Bench
