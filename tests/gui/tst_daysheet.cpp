#include "models/appointments/DaySheet.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/DeskSalonTest.h"
#include "ui/appointments/DaySheetPrinting.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Chairside;
using namespace Chairside::Fixtures;

// The printed day sheet: who works, every booking with what the stylist must know, one page per
// person, and a PDF that is really written (or a sentence when it cannot be).
class TestDaySheet : public DeskSalonTest
{
    Q_OBJECT

private:
    DaySheet::Sheet load(const QString &staffId)
    {
        return store()
            ->run([staffId](QSqlDatabase &db) {
                return DaySheet::load(db, DeskSalon::context(), DeskSalon::kDay, staffId);
            })
            .result();
    }

    static int pdfPages(const QByteArray &pdf)
    {
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
        return int(QString::fromLatin1(pdf).count(page));
    }

private Q_SLOTS:
    // The sheet is read on paper: a phone stored as the server keeps it (+27655507842) is
    // printed in groups, as the desk shows it.
    void phonesArePrintedInGroups()
    {
        QVERIFY(openStore());
        QVERIFY(store()->run(&DeskSalon::writeUngroupedPhoneBooking).result());
        const DaySheet::Sheet sheet = load({});
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        const QString html = DaySheet::toHtml(sheet, DeskSalon::context());
        QVERIFY(html.contains(QStringLiteral("Anathi Dyantyi")));
        QVERIFY2(html.contains(QStringLiteral("+27 65 550 7842")), "the phone as stored");
    }

    void everyoneGetsAPage()
    {
        QVERIFY(openStore());
        const DaySheet::Sheet sheet = load({});
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        // Anna and Ben work; the former colleague is not rostered but still has a booking.
        QCOMPARE(sheet.pages.size(), 3);
        QCOMPARE(sheet.pages[0].staff.member.id, DeskSalon::kAnna);
        QCOMPARE(sheet.pages[0].bookings.size(), 2);
        QCOMPARE(sheet.pages[0].bookings[0].id, QStringLiteral("a1"));
        QCOMPARE(sheet.pages[1].staff.member.id, DeskSalon::kBen);
        QCOMPARE(sheet.pages[2].staff.member.id, DeskSalon::kGone);
        QCOMPARE(sheet.pages[0].allergyNotes.value(DeskSalon::kThandi), QStringLiteral("Latex"));

        const QString html = DaySheet::toHtml(sheet, DeskSalon::context());
        QCOMPARE(html.count(QStringLiteral("page-break-before: always")), 2);
        QVERIFY(html.contains(QStringLiteral("Thandi Mokoena")));
        QVERIFY(html.contains(QStringLiteral("+27 82 555 0101")));
        QVERIFY(html.contains(QStringLiteral("Allergy / patch test: Latex")));
        QVERIFY(html.contains(QStringLiteral("09:00–10:00")));
        QVERIFY(html.contains(QStringLiteral("break 12:00–13:00")));
        QVERIFY(html.contains(QStringLiteral("away 15:00–16:00 Dentist")));
        QVERIFY(html.contains(QStringLiteral("class=\"gone\""))); // Ben's cancelled booking
        QVERIFY(html.contains(QStringLiteral("not rostered")));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
        QCOMPARE(DaySheetPrinting::writePdf(html, path), QString());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(pdfPages(bytes), 3);
    }

    void onePersonGetsTheirPageEvenWhenFree()
    {
        QVERIFY(openStore());
        const DaySheet::Sheet anna = load(DeskSalon::kAnna);
        QCOMPARE(anna.pages.size(), 1);
        QCOMPARE(anna.pages[0].bookings.size(), 2);
        const QString html = DaySheet::toHtml(anna, DeskSalon::context());
        QVERIFY(!html.contains(QStringLiteral("page-break-before")));
        QVERIFY(html.contains(QStringLiteral("2 booking(s)"))
                || html.contains(QStringLiteral("2 bookings")));

        const DaySheet::Sheet nobody = load(QStringLiteral("no-such-person"));
        QVERIFY(nobody.pages.isEmpty());
        QVERIFY(DaySheet::toHtml(nobody, DeskSalon::context())
                    .contains(QStringLiteral("Nobody works or is booked on this day.")));
    }

    void aPdfThatCannotBeWrittenSaysSoAndLeavesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("missing/folder/sheet.pdf"));
        const QString error = DaySheetPrinting::writePdf(QStringLiteral("<p>x</p>"), path);
        QVERIFY(error.startsWith(QStringLiteral("The day sheet could not be saved")));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestDaySheet)
#include "tst_daysheet.moc"
