// Runs the built chairside binary's `export` command on a generated demo salon, with no display,
// and checks the files against the store read directly. With CHAIRSIDE_EXPORT_KEEP=<dir> the
// calendars and a sidecar JSON of each event's expected UTC start are kept there for
// tests/conformance/ics-check.mjs (the ical.js check).

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

// A Sunday when Europe's clocks go forward: the London copy of the salon crosses the change.
const QString kDemoDate = QStringLiteral("2026-03-29");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

struct Appointment
{
    QString id;
    qint64 startsAt = 0;
    QString staffName;
};

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;
    QTimeZone m_zone;
    QList<Appointment> m_appointments;
    QStringList m_staffNames;

    Run chairside(const QString &dataDir, QStringList arguments) const
    {
        arguments << QStringLiteral("--data-dir") << dataDir << QStringLiteral("--demo-date")
                  << kDemoDate;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Export must not need a display: no platform plugin, no X or Wayland.
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CHAIRSIDE_BINARY), arguments);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // The store as the export sees it, read with SQL of the test's own.
    void loadStore(const QString &dataDir)
    {
        const QString name = QStringLiteral("exportcli-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("chairside.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT time_zone FROM businesses LIMIT 1")) && q.next());
            m_zone = QTimeZone(q.value(0).toString().toUtf8());
            QVERIFY(q.exec(QStringLiteral(
                "SELECT a.id, a.starts_at, st.display_name FROM appointments a JOIN staff_members "
                "st ON st.id = a.staff_id WHERE a.deleted_at IS NULL ORDER BY a.starts_at")));
            m_appointments.clear();
            while (q.next())
                m_appointments.append(
                    {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
            QVERIFY(q.exec(
                QStringLiteral("SELECT display_name FROM staff_members WHERE deleted_at IS NULL")));
            m_staffNames.clear();
            while (q.next())
                m_staffNames.append(q.value(0).toString());
        }
        QSqlDatabase::removeDatabase(name);
    }

    QList<Appointment> between(QDate from, QDate to, const QString &staff = {}) const
    {
        const qint64 start = QDateTime(from, QTime(0, 0), m_zone).toSecsSinceEpoch();
        const qint64 end = QDateTime(to.addDays(1), QTime(0, 0), m_zone).toSecsSinceEpoch();
        QList<Appointment> found;
        for (const Appointment &a : m_appointments) {
            if (a.startsAt >= start && a.startsAt < end
                && (staff.isEmpty() || a.staffName == staff))
                found.append(a);
        }
        return found;
    }

    // The busiest day around the demo date.
    QDate busiestDay() const
    {
        QMap<QDate, int> perDay;
        const QDate anchor = QDate::fromString(kDemoDate, Qt::ISODate);
        for (const Appointment &a : between(anchor.addDays(-3), anchor.addDays(3)))
            ++perDay[QDateTime::fromSecsSinceEpoch(a.startsAt, m_zone).date()];
        QDate best;
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
            if (!best.isValid() || it.value() > perDay.value(best))
                best = it.key();
        }
        return best;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
    static QList<QStringList> parseCsv(const QString &text)
    {
        QList<QStringList> records;
        QStringList record;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                record.append(field);
                field.clear();
            } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
                record.append(field);
                field.clear();
                records.append(record);
                record.clear();
                ++i;
            } else {
                field += c;
            }
        }
        return records;
    }

    // Keeps `ics` and the expected UTC starts of `expected` for the ical.js check.
    void keepForIcalJs(const QString &name, const QString &icsPath,
                       const QList<Appointment> &expected) const
    {
        const QString keep = qEnvironmentVariable("CHAIRSIDE_EXPORT_KEEP");
        if (keep.isEmpty())
            return;
        QDir(keep).remove(name + QStringLiteral(".ics"));
        QVERIFY(QFile::copy(icsPath, QDir(keep).filePath(name + QStringLiteral(".ics"))));
        QJsonArray events;
        for (const Appointment &a : expected)
            events.append(
                QJsonObject{{QStringLiteral("uid"), QString(a.id + QStringLiteral("@chairside"))},
                            {QStringLiteral("startUtc"),
                             QDateTime::fromSecsSinceEpoch(a.startsAt, QTimeZone::utc())
                                 .toString(Qt::ISODate)}});
        QFile sidecar(QDir(keep).filePath(name + QStringLiteral(".json")));
        QVERIFY(sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sidecar.write(QJsonDocument(events).toJson());
    }

    int veventCount(const QByteArray &ics) const { return int(ics.count("BEGIN:VEVENT\r\n")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        // The first export generates the demo salon, as the window would.
        const Run run = chairside(m_data, {QStringLiteral("export"), QStringLiteral("csv"),
                                           QStringLiteral("--day"), kDemoDate, QStringLiteral("-o"),
                                           m_dir.filePath(QStringLiteral("first.csv"))});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        loadStore(m_data);
        QVERIFY(m_zone.isValid());
        QVERIFY(!m_appointments.isEmpty());
        QVERIFY(m_staffNames.size() > 1);
    }

    void exportsADayAsCalendar()
    {
        const QDate day = busiestDay();
        const QList<Appointment> expected = between(day, day);
        QVERIFY(!expected.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("day.ics"));
        const Run run = chairside(m_data, {QStringLiteral("export"), QStringLiteral("ics"),
                                           QStringLiteral("--day"), day.toString(Qt::ISODate),
                                           QStringLiteral("-o"), file});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("Wrote %1 appointments to %2")
                                        .arg(expected.size())
                                        .arg(QDir::toNativeSeparators(file)));
        const QByteArray ics = readAll(file);
        QCOMPARE(veventCount(ics), expected.size());
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.contains(QByteArray("TZID:" + m_zone.id() + "\r\n")));
        QCOMPARE(ics.count("BEGIN:STANDARD"), 1); // Johannesburg keeps one time all year
        for (const Appointment &a : expected)
            QVERIFY(ics.contains(QString(u"UID:" + a.id + u"@chairside\r\n").toUtf8()));
        keepForIcalJs(QStringLiteral("day"), file, expected);
    }

    void exportsOneStaffMemberByName()
    {
        const QDate day = busiestDay();
        const QString staff = between(day, day).constFirst().staffName;
        const QList<Appointment> expected = between(day, day, staff);
        QVERIFY(expected.size() < between(day, day).size());
        const QString file = m_dir.filePath(QStringLiteral("staff.ics"));
        const Run run = chairside(m_data, {QStringLiteral("export"), QStringLiteral("ics"),
                                           QStringLiteral("--day"), day.toString(Qt::ISODate),
                                           QStringLiteral("--staff"), staff.toUpper(),
                                           QStringLiteral("-o"), file});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(veventCount(readAll(file)), expected.size());
        QVERIFY(run.out.startsWith(QStringLiteral("Wrote %1 appointments").arg(expected.size())));
    }

    void exportsAWeekAsCsv()
    {
        const QDate anchor = QDate::fromString(kDemoDate, Qt::ISODate);
        const QList<Appointment> expected = between(anchor.addDays(-3), anchor.addDays(3));
        QVERIFY(!expected.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("week.csv"));
        const Run run = chairside(
            m_data, {QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--from"),
                     anchor.addDays(-3).toString(Qt::ISODate), QStringLiteral("--to"),
                     anchor.addDays(3).toString(Qt::ISODate), QStringLiteral("-o"), file});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("Wrote %1 appointments").arg(expected.size())));
        const QByteArray bytes = readAll(file);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records.size(), expected.size() + 1);
        QCOMPARE(records.constFirst().constFirst(), QStringLiteral("Date"));
        for (const QStringList &record : records)
            QCOMPARE(record.size(), 10);
        // Rows come by start time: the first is the earliest appointment of the range.
        const QDateTime first =
            QDateTime::fromSecsSinceEpoch(expected.constFirst().startsAt, m_zone);
        QCOMPARE(records.at(1).at(0), first.date().toString(Qt::ISODate));
        QCOMPARE(records.at(1).at(1), first.time().toString(QStringLiteral("HH:mm")));
    }

    void calendarAcrossADaylightChange()
    {
        // A copy of the salon moved to London: the range holds the change to summer time.
        const QString london = m_dir.filePath(QStringLiteral("london"));
        QVERIFY(QDir().mkpath(london));
        QVERIFY(QFile::copy(QDir(m_data).filePath(QStringLiteral("chairside.sqlite")),
                            QDir(london).filePath(QStringLiteral("chairside.sqlite"))));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("exportcli-london"));
            db.setDatabaseName(QDir(london).filePath(QStringLiteral("chairside.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE businesses SET time_zone = 'Europe/London'")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("exportcli-london"));
        loadStore(london);
        QCOMPARE(m_zone.id(), QByteArray("Europe/London"));
        const QDate anchor = QDate::fromString(kDemoDate, Qt::ISODate);
        const QList<Appointment> expected = between(anchor.addDays(-3), anchor.addDays(3));
        const QString file = m_dir.filePath(QStringLiteral("london.ics"));
        const Run run = chairside(
            london, {QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--from"),
                     anchor.addDays(-3).toString(Qt::ISODate), QStringLiteral("--to"),
                     anchor.addDays(3).toString(Qt::ISODate), QStringLiteral("-o"), file});
        loadStore(m_data);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QByteArray ics = readAll(file);
        QCOMPARE(veventCount(ics), expected.size());
        QVERIFY(ics.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T010000\r\n"
                             "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\n"));
        keepForIcalJs(QStringLiteral("london"), file, expected);
    }

    void unknownStaffListsTheNames()
    {
        const Run run = chairside(
            m_data, {QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--day"),
                     kDemoDate, QStringLiteral("--staff"), QStringLiteral("Nobody Here"),
                     QStringLiteral("-o"), m_dir.filePath(QStringLiteral("nobody.ics"))});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Nobody Here")), qPrintable(run.err));
        for (const QString &name : std::as_const(m_staffNames))
            QVERIFY2(run.err.contains(name), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nobody.ics"))));
    }

    void badDateIsExplained()
    {
        const Run run =
            chairside(m_data, {QStringLiteral("export"), QStringLiteral("ics"),
                               QStringLiteral("--day"), QStringLiteral("2026-02-30"),
                               QStringLiteral("-o"), m_dir.filePath(QStringLiteral("bad.ics"))});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("YYYY-MM-DD")), qPrintable(run.err));
    }

    void unwritableFileIsExplained()
    {
        const QString file = m_dir.filePath(QStringLiteral("no/such/folder/out.csv"));
        const Run run =
            chairside(m_data, {QStringLiteral("export"), QStringLiteral("csv"),
                               QStringLiteral("--day"), kDemoDate, QStringLiteral("-o"), file});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot write")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
