#include "app/CommandLine.h"

#include <QDir>
#include <QTest>

using namespace Chairside;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static CommandLineResult parse(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("chairside"));
        return parseCommandLine(withoutQtOptions(arguments));
    }

private Q_SLOTS:
    void defaults()
    {
        const auto result = parse({});
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->demo.scale, 1);
        QCOMPARE(result.options->demo.region, QStringLiteral("za"));
        QVERIFY(result.options->dataDir.isEmpty());
        QVERIFY(result.options->screenshotFile.isEmpty());
        QVERIFY(!result.options->dark);
        QVERIFY(!result.options->showHelp);
    }

    void screenshotWithPaneAndQtPlatformOption()
    {
        const auto result = parse({QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                   QStringLiteral("--screenshot"), QStringLiteral("out.png"),
                                   QStringLiteral("--pane"), QStringLiteral("Escalations"),
                                   QStringLiteral("--data-dir"), QStringLiteral("relative/dir"),
                                   QStringLiteral("--dark")});
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->screenshotPane, PaneId::Escalations);
        QVERIFY(result.options->dark);
        QVERIFY(result.options->screenshotFile.endsWith(QStringLiteral("/out.png")));
        QVERIFY(QDir::isAbsolutePath(result.options->dataDir));
    }

    void demoOptions()
    {
        const auto result = parse({QStringLiteral("--demo-scale"), QStringLiteral("3"),
                                   QStringLiteral("--demo-region"), QStringLiteral("TH"),
                                   QStringLiteral("--demo-date"), QStringLiteral("2026-03-01")});
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->demo.scale, 3);
        QCOMPARE(result.options->demo.region, QStringLiteral("th"));
        QCOMPARE(result.options->demo.anchorDate, QDate(2026, 3, 1));
    }

    void headlessCommands()
    {
        using Command = CommandLineOptions::Command;
        auto result = parse({QStringLiteral("sync"), QStringLiteral("--watch"),
                             QStringLiteral("--data-dir"), QStringLiteral("d")});
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->command, Command::Sync);
        QVERIFY(result.options->watch);

        result = parse({QStringLiteral("sync")});
        QVERIFY2(result.options, qPrintable(result.error));
        QVERIFY(!result.options->watch); // one cycle is the default

        result =
            parse({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--audit")});
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->command, Command::Status);
        QVERIFY(result.options->json && result.options->audit);

        result =
            parse({QStringLiteral("login"), QStringLiteral("--email"),
                   QStringLiteral(" owner@protea.example "), QStringLiteral("--password-stdin"),
                   QStringLiteral("--backend-url"), QStringLiteral("https://127.0.0.1:1"),
                   QStringLiteral("--anon-key"), QStringLiteral("k"), QStringLiteral("--ca-file"),
                   QStringLiteral("ca.pem")});
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->command, Command::Login);
        QCOMPARE(result.options->email, QStringLiteral("owner@protea.example"));
        QVERIFY(result.options->passwordFromStdin);
        QVERIFY(QDir::isAbsolutePath(result.options->caFile));

        result = parse({});
        QCOMPARE(result.options->command, Command::Window);
    }

    void exportCommand()
    {
        using Format = CommandLineOptions::ExportFormat;
        auto result =
            parse({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--day"),
                   QStringLiteral("2026-03-02"), QStringLiteral("--staff"),
                   QStringLiteral(" Lerato "), QStringLiteral("-o"), QStringLiteral("day.ics"),
                   QStringLiteral("--data-dir"), QStringLiteral("d")});
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->command, CommandLineOptions::Command::Window);
        QCOMPARE(result.options->exportFormat, std::optional<Format>(Format::Calendar));
        QCOMPARE(result.options->exportFrom, QDate(2026, 3, 2));
        QCOMPARE(result.options->exportTo, QDate(2026, 3, 2));
        QCOMPARE(result.options->exportStaff, QStringLiteral("Lerato"));
        QVERIFY(QDir::isAbsolutePath(result.options->exportFile));
        QVERIFY(result.options->exportFile.endsWith(QStringLiteral("/day.ics")));

        result = parse({QStringLiteral("export"), QStringLiteral("CSV"), QStringLiteral("--from"),
                        QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                        QStringLiteral("2026-03-07"), QStringLiteral("--output"),
                        QStringLiteral("/tmp/week.csv")});
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->exportFormat, std::optional<Format>(Format::Csv));
        QCOMPARE(result.options->exportFrom, QDate(2026, 3, 1));
        QCOMPARE(result.options->exportTo, QDate(2026, 3, 7));
        QVERIFY(result.options->exportStaff.isEmpty());

        result = parse({QStringLiteral("sync")});
        QVERIFY(result.options && !result.options->exportFormat);
    }

    void mistakesAreExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown pane") << QStringList{QStringLiteral("--pane"), QStringLiteral("x")}
                                      << QStringLiteral("appointments, escalations");
        QTest::newRow("scale zero")
            << QStringList{QStringLiteral("--demo-scale"), QStringLiteral("0")}
            << QStringLiteral("1 to 100");
        QTest::newRow("scale text")
            << QStringList{QStringLiteral("--demo-scale"), QStringLiteral("big")}
            << QStringLiteral("1 to 100");
        QTest::newRow("region") << QStringList{QStringLiteral("--demo-region"),
                                               QStringLiteral("uk")}
                                << QStringLiteral("za or th");
        QTest::newRow("date") << QStringList{QStringLiteral("--demo-date"),
                                             QStringLiteral("1/2/26")}
                              << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("not png") << QStringList{QStringLiteral("--screenshot"),
                                                QStringLiteral("a.jpg")}
                                 << QStringLiteral(".png");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--fly")} << QStringLiteral("fly");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
        QTest::newRow("second command")
            << QStringList{QStringLiteral("sync"), QStringLiteral("status")}
            << QStringLiteral("status");
        QTest::newRow("watch without sync")
            << QStringList{QStringLiteral("--watch")} << QStringLiteral("sync command");
        QTest::newRow("once and watch")
            << QStringList{QStringLiteral("sync"), QStringLiteral("--once"),
                           QStringLiteral("--watch")}
            << QStringLiteral("not both");
        QTest::newRow("json with sync")
            << QStringList{QStringLiteral("sync"), QStringLiteral("--json")}
            << QStringLiteral("status command");
        QTest::newRow("login without email")
            << QStringList{QStringLiteral("login")} << QStringLiteral("--email");
        QTest::newRow("email without login")
            << QStringList{QStringLiteral("status"), QStringLiteral("--email"),
                           QStringLiteral("a@b.example")}
            << QStringLiteral("login command");
        const QString ics = QStringLiteral("ics");
        const QString out = QStringLiteral("-o");
        QTest::newRow("export without format")
            << QStringList{QStringLiteral("export")} << QStringLiteral("ics or export csv");
        QTest::newRow("export format")
            << QStringList{QStringLiteral("export"), QStringLiteral("pdf"), out,
                           QStringLiteral("x")}
            << QStringLiteral("pdf");
        QTest::newRow("export without day")
            << QStringList{QStringLiteral("export"), ics, out, QStringLiteral("x")}
            << QStringLiteral("--day");
        QTest::newRow("export bad day")
            << QStringList{QStringLiteral("export"),     ics, QStringLiteral("--day"),
                           QStringLiteral("2026-02-30"), out, QStringLiteral("x")}
            << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("export range backwards") << QStringList{QStringLiteral("export"),
                                                               QStringLiteral("csv"),
                                                               QStringLiteral("--from"),
                                                               QStringLiteral("2026-03-07"),
                                                               QStringLiteral("--to"),
                                                               QStringLiteral("2026-03-01"),
                                                               out,
                                                               QStringLiteral("x")}
                                                << QStringLiteral("before --from");
        QTest::newRow("export day and range") << QStringList{QStringLiteral("export"),
                                                             ics,
                                                             QStringLiteral("--day"),
                                                             QStringLiteral("2026-03-01"),
                                                             QStringLiteral("--from"),
                                                             QStringLiteral("2026-03-01"),
                                                             out,
                                                             QStringLiteral("x")}
                                              << QStringLiteral("not both");
        QTest::newRow("export without file")
            << QStringList{QStringLiteral("export"), ics, QStringLiteral("--day"),
                           QStringLiteral("2026-03-01")}
            << QStringLiteral("-o");
        QTest::newRow("export third argument")
            << QStringList{QStringLiteral("export"), ics, QStringLiteral("more")}
            << QStringLiteral("more");
        QTest::newRow("day without export")
            << QStringList{QStringLiteral("--day"), QStringLiteral("2026-03-01")}
            << QStringLiteral("export command");
    }

    void mistakesAreExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const auto result = parse(arguments);
        QVERIFY(!result.options);
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
    }

    void helpNamesTheProgramAndEveryOption()
    {
        const auto result = parse({QStringLiteral("--help")});
        QVERIFY(result.options && result.options->showHelp);
        for (const char *option :
             {"--data-dir", "--demo-scale", "--screenshot", "--pane", "--dark", "--version"})
            QVERIFY2(result.helpText.contains(QLatin1String(option)), option);
        QVERIFY(result.helpText.contains(QStringLiteral("chairside")));
    }
};

QTEST_APPLESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
