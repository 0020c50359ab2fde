#include "core/Money.h"
#include "core/calendar/CsvWriter.h"
#include "core/calendar/IcsWriter.h"
#include "models/appointments/ExportAppointments.h"

#include <QTest>

using namespace Chairside;

namespace {

QByteArray crlf(const char *lines)
{
    return QByteArray(lines).replace("\n", "\r\n");
}

// Every physical line: at most 75 octets, never starting inside a UTF-8 character.
void checkFolded(const QByteArray &text)
{
    QVERIFY(text.endsWith("\r\n"));
    const QList<QByteArray> lines = text.chopped(1).split('\n');
    for (const QByteArray &withCr : lines) {
        QVERIFY2(withCr.endsWith('\r'), withCr.constData());
        const QByteArray line = withCr.chopped(1);
        QVERIFY2(line.size() <= 75, line.constData());
        QVERIFY2(line.isEmpty() || (uchar(line.at(0)) & 0xC0) != 0x80, line.constData());
        QVERIFY2(!line.isEmpty() && QString::fromUtf8(line).toUtf8() == line, line.constData());
    }
}

QByteArray unfold(QByteArray text)
{
    return text.replace("\r\n ", "").replace("\r\n", "\n");
}

} // namespace

class TestIcsWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesText()
    {
        QCOMPARE(Ics::escapeText(u"Cut, colour; 50\\50\nline two\r\nthree\rfour"),
                 QStringLiteral("Cut\\, colour\\; 50\\\\50\\nline two\\nthree\\nfour"));
        QCOMPARE(Ics::escapeText(u"plain: text"), QStringLiteral("plain: text"));
    }

    void foldsAsciiAt75Octets()
    {
        const QByteArray line(80, 'a');
        QCOMPARE(Ics::foldLine(line),
                 QByteArray(QByteArray(75, 'a') + "\r\n " + QByteArray(5, 'a') + "\r\n"));
        QCOMPARE(Ics::foldLine(QByteArray(75, 'b')), QByteArray(QByteArray(75, 'b') + "\r\n"));
        // A continuation line holds its leading space and 74 more octets.
        const QByteArray longer(75 + 74 + 1, 'c');
        QCOMPARE(Ics::foldLine(longer),
                 QByteArray(QByteArray(75, 'c') + "\r\n " + QByteArray(74, 'c') + "\r\n "
                            + QByteArray(1, 'c') + "\r\n"));
    }

    void foldsEmojiWithoutSplittingThem()
    {
        // "SUMMARY:" is 8 octets and 😀 is 4: 16 emoji make 72 octets, the 17th would make 76.
        QString emoji;
        for (int i = 0; i < 20; ++i)
            emoji += QStringLiteral("😀");
        const QByteArray line = "SUMMARY:" + emoji.toUtf8();
        const QByteArray folded = Ics::foldLine(line);
        const QList<QByteArray> physical = folded.split('\n');
        QCOMPARE(physical.size(), 3); // two lines and the empty rest after the last LF
        QCOMPARE(physical[0].size(), 72 + 1);
        QCOMPARE(physical[1], QByteArray(" " + QString(emoji.left(8)).toUtf8() + "\r"));
        checkFolded(folded);
        QCOMPARE(unfold(folded), QByteArray(line + "\n"));
    }

    void foldsThaiOnCharacterBoundaries()
    {
        // "DESCRIPTION:" is 12 octets, every Thai letter 3: 21 letters fill the first line to
        // exactly 75 octets; the continuation holds a space and the remaining 11 (34 octets).
        const QString thai = QStringLiteral("สวัสดีค่ะตัดผมสระไดร์ทำสีผมเล็บม");
        QCOMPARE(thai.size(), 32);
        const QByteArray line = "DESCRIPTION:" + thai.toUtf8();
        const QByteArray folded = Ics::foldLine(line);
        QCOMPARE(folded, QByteArray("DESCRIPTION:" + thai.left(21).toUtf8() + "\r\n "
                                    + thai.mid(21).toUtf8() + "\r\n"));
        checkFolded(folded);

        // An odd start ("X:" plus one ASCII octet) shifts every boundary: still never split.
        const QByteArray mixed =
            "X:a" + QStringLiteral("ผม😀ค่ะ👩‍🦰 สี").repeated(6).toUtf8();
        const QByteArray mixedFolded = Ics::foldLine(mixed);
        checkFolded(mixedFolded);
        QCOMPARE(unfold(mixedFolded), QByteArray(mixed + "\n"));
    }

    void writesUtcOffsets()
    {
        QCOMPARE(Ics::utcOffset(0), QByteArray("+0000"));
        QCOMPARE(Ics::utcOffset(3600), QByteArray("+0100"));
        QCOMPARE(Ics::utcOffset(7 * 3600), QByteArray("+0700"));
        QCOMPARE(Ics::utcOffset(-(3 * 3600 + 30 * 60)), QByteArray("-0330"));
        QCOMPARE(Ics::utcOffset(6 * 3600 + 42 * 60 + 4), QByteArray("+064204"));
    }

    void daylightZoneHasBothObservances()
    {
        const QTimeZone london("Europe/London");
        QVERIFY(london.isValid());
        // The weekend the clocks went forward in 2024 (31 March, 01:00 UTC).
        const QDateTime from(QDate(2024, 3, 30), QTime(0, 0), london);
        const QDateTime to(QDate(2024, 4, 2), QTime(0, 0), london);
        QCOMPARE(Ics::timeZoneComponent(london, from, to), crlf("BEGIN:VTIMEZONE\n"
                                                                "TZID:Europe/London\n"
                                                                "BEGIN:STANDARD\n"
                                                                "DTSTART:20231029T020000\n"
                                                                "TZOFFSETFROM:+0100\n"
                                                                "TZOFFSETTO:+0000\n"
                                                                "TZNAME:GMT\n"
                                                                "END:STANDARD\n"
                                                                "BEGIN:DAYLIGHT\n"
                                                                "DTSTART:20240331T010000\n"
                                                                "TZOFFSETFROM:+0000\n"
                                                                "TZOFFSETTO:+0100\n"
                                                                "TZNAME:BST\n"
                                                                "END:DAYLIGHT\n"
                                                                "END:VTIMEZONE\n"));
        // A range across both changes of 2024 holds three observances.
        const QByteArray year =
            Ics::timeZoneComponent(london, QDateTime(QDate(2024, 1, 1), QTime(0, 0), london),
                                   QDateTime(QDate(2024, 12, 31), QTime(0, 0), london));
        QCOMPARE(year.count("BEGIN:STANDARD"), 2);
        QCOMPARE(year.count("BEGIN:DAYLIGHT"), 1);
        QVERIFY(year.contains(crlf("BEGIN:STANDARD\nDTSTART:20241027T020000\n"
                                   "TZOFFSETFROM:+0100\nTZOFFSETTO:+0000\n")));
    }

    void zonesWithoutDaylightTimeHaveOneStandard_data()
    {
        QTest::addColumn<QByteArray>("zoneId");
        QTest::addColumn<QByteArray>("offset");
        QTest::newRow("Johannesburg") << QByteArray("Africa/Johannesburg") << QByteArray("+0200");
        QTest::newRow("Bangkok") << QByteArray("Asia/Bangkok") << QByteArray("+0700");
    }

    void zonesWithoutDaylightTimeHaveOneStandard()
    {
        QFETCH(QByteArray, zoneId);
        QFETCH(QByteArray, offset);
        const QTimeZone zone(zoneId);
        QVERIFY(zone.isValid());
        const QByteArray component =
            Ics::timeZoneComponent(zone, QDateTime(QDate(2026, 1, 1), QTime(0, 0), zone),
                                   QDateTime(QDate(2026, 12, 31), QTime(0, 0), zone));
        QCOMPARE(component.count("BEGIN:STANDARD"), 1);
        QCOMPARE(component.count("DAYLIGHT"), 0);
        QVERIFY(component.startsWith(QByteArray(crlf("BEGIN:VTIMEZONE\nTZID:") + zoneId + "\r\n"
                                                + crlf("BEGIN:STANDARD\nDTSTART:19700101T000000\n")
                                                + "TZOFFSETFROM:" + offset
                                                + "\r\nTZOFFSETTO:" + offset + "\r\n")));
    }

    void writesACalendar()
    {
        const QTimeZone london("Europe/London");
        Ics::Calendar calendar;
        calendar.name = QStringLiteral("Protea, Hair & Nails");
        calendar.zone = london;
        calendar.stamp = QDateTime(QDate(2024, 3, 1), QTime(12, 0), QTimeZone::utc());
        calendar.rangeStart = QDateTime(QDate(2024, 3, 31), QTime(0, 0), london);
        calendar.rangeEnd = QDateTime(QDate(2024, 4, 1), QTime(0, 0), london);
        Ics::Event event;
        event.uid = QStringLiteral("a1@chairside");
        // 08:30 UTC is 09:30 in London on the first day of summer time.
        event.start = QDateTime(QDate(2024, 3, 31), QTime(8, 30), QTimeZone::utc());
        event.end = QDateTime(QDate(2024, 3, 31), QTime(9, 15), QTimeZone::utc());
        event.summary = QStringLiteral("Cut · Thandi");
        event.description = QStringLiteral("Staff: Lerato\nNotes: fringe; short, please");
        event.status = Ics::EventStatus::Tentative;
        calendar.events = {event};
        const QByteArray expected =
            crlf("BEGIN:VCALENDAR\n"
                 "PRODID:-//Chairside//Chairside//EN\n"
                 "VERSION:2.0\n"
                 "CALSCALE:GREGORIAN\n"
                 "METHOD:PUBLISH\n"
                 "X-WR-CALNAME:Protea\\, Hair & Nails\n"
                 "BEGIN:VTIMEZONE\n"
                 "TZID:Europe/London\n"
                 "BEGIN:STANDARD\n"
                 "DTSTART:20231029T020000\n"
                 "TZOFFSETFROM:+0100\n"
                 "TZOFFSETTO:+0000\n"
                 "TZNAME:GMT\n"
                 "END:STANDARD\n"
                 "BEGIN:DAYLIGHT\n"
                 "DTSTART:20240331T010000\n"
                 "TZOFFSETFROM:+0000\n"
                 "TZOFFSETTO:+0100\n"
                 "TZNAME:BST\n"
                 "END:DAYLIGHT\n"
                 "END:VTIMEZONE\n"
                 "BEGIN:VEVENT\n"
                 "UID:a1@chairside\n"
                 "DTSTAMP:20240301T120000Z\n"
                 "DTSTART;TZID=Europe/London:20240331T093000\n"
                 "DTEND;TZID=Europe/London:20240331T101500\n"
                 "SUMMARY:Cut · Thandi\n"
                 "DESCRIPTION:Staff: Lerato\\nNotes: fringe\\; short\\, please\n"
                 "STATUS:TENTATIVE\n"
                 "END:VEVENT\n"
                 "END:VCALENDAR\n");
        QCOMPARE(Ics::write(calendar), expected);
    }

    void mapsAppointmentsToEvents()
    {
        BusinessContext context;
        context.businessId = QStringLiteral("b1");
        context.businessName = QStringLiteral("Salon");
        context.timeZone = QTimeZone("Africa/Johannesburg");
        context.currency = QStringLiteral("ZAR");
        context.locale = QLocale(QLocale::English, QLocale::SouthAfrica);
        const qint64 nine = QDateTime(QDate(2026, 3, 2), QTime(7, 0), QTimeZone::utc())
                                .toSecsSinceEpoch(); // 09:00 SAST
        QList<AppointmentRow> rows;
        const QStringList statuses = {QStringLiteral("requested"), QStringLiteral("confirmed"),
                                      QStringLiteral("completed"), QStringLiteral("cancelled"),
                                      QStringLiteral("no_show")};
        for (const QString &status : statuses) {
            AppointmentRow row;
            row.id = QStringLiteral("id-") + status;
            row.startsAt = nine;
            row.endsAt = nine + 3600;
            row.statusKey = status;
            row.sourceKey = QStringLiteral("phone");
            row.serviceName = QStringLiteral("Gel nails");
            row.customerName = QStringLiteral("Anna \"Nan\" Smit");
            row.staffName = QStringLiteral("Lerato");
            row.priceMinor = 45000;
            row.notes = QStringLiteral("likes tea,\nno sugar");
            rows.append(row);
        }
        const QByteArray ics = AppointmentExport::toCalendar(
            rows, context, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()), nine,
            nine + 86400);
        QCOMPARE(ics.count("BEGIN:VEVENT"), 5);
        QCOMPARE(ics.count("STATUS:TENTATIVE"), 1);
        QCOMPARE(ics.count("STATUS:CONFIRMED"), 2);
        QCOMPARE(ics.count("STATUS:CANCELLED"), 2);
        QVERIFY(ics.contains("UID:id-requested@chairside\r\n"));
        QVERIFY(ics.contains("DTSTART;TZID=Africa/Johannesburg:20260302T090000\r\n"));
        QVERIFY(ics.contains("SUMMARY:Gel nails · Anna \"Nan\" Smit\r\n"));
        QVERIFY(unfold(ics).contains("DESCRIPTION:Staff: Lerato\\nStatus: Requested\\nNotes: "
                                     "likes tea\\,\\nno sugar\n"));

        const QByteArray csv = AppointmentExport::toCsv(rows.mid(0, 1), context);
        const QString price = formatMoney(Money{45000, QStringLiteral("ZAR")}, context.locale);
        QCOMPARE(csv,
                 QByteArray("\xEF\xBB\xBF"
                            "Date,Start,End,Staff,Customer,Service,Status,Source,Price,Notes\r\n"
                            "2026-03-02,09:00,10:00,Lerato,\"Anna \"\"Nan\"\" Smit\",Gel nails,"
                            "Requested,Phone,"
                            + Csv::field(price).toUtf8() + ",\"likes tea,\nno sugar\"\r\n"));
    }

    void quotesCsvFields()
    {
        QCOMPARE(Csv::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(Csv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(Csv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(Csv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(Csv::field(QString()), QString());
        QCOMPARE(Csv::document(
                     {{QStringLiteral("a"), QStringLiteral("b,c")}, {QStringLiteral("ß")}}, false),
                 QByteArray("a,\"b,c\"\r\n\xC3\x9F\r\n"));
        QVERIFY(Csv::document({{QStringLiteral("x")}}).startsWith("\xEF\xBB\xBFx\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"
