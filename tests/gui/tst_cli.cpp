// Runs the real chairside binary the way a person or a script does.
#include "store/Database.h"
#include "store/Migrations.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Chairside;

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CHAIRSIDE_BINARY), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void versionAndHelpNeedNoDisplay()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("Chairside ")));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--screenshot")));
    }

    void mistakesExitWithUsage()
    {
        const Run bad = run({QStringLiteral("--pane"), QStringLiteral("calendar")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("Unknown pane")));
    }

    void screenshotOfEveryPaneWithoutDisplay_data()
    {
        QTest::addColumn<QString>("pane");
        for (const char *pane :
             {"appointments", "escalations", "customers", "analytics", "notifications"})
            QTest::newRow(pane) << QString::fromLatin1(pane);
    }

    void screenshotOfEveryPaneWithoutDisplay()
    {
        QFETCH(QString, pane);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(pane + QStringLiteral(".png"));
        const Run shot = run({QStringLiteral("--data-dir"), dir.path(),
                              QStringLiteral("--demo-date"), QStringLiteral("2026-11-22"),
                              QStringLiteral("--screenshot"), png, QStringLiteral("--pane"), pane});
        QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1200 && image.height() >= 700);
        // A real picture has many colours; a blank or failed render has one or two.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void storeFromNewerVersionIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chairside.sqlite"));
        {
            std::optional<StoreError> error;
            QSqlDatabase db = Database::connectionForThisThread(path, &error);
            QVERIFY(!error);
            QSqlQuery(db).exec(
                QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1));
            Database::closeForThisThread(path);
        }
        const QByteArray before = [&] {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }();
        const Run refused =
            run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"),
                 dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("newer version of Chairside")),
                 qPrintable(refused.err));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }

    void corruptStoreIsReportedNotCrashed()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("chairside.sqlite")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is not a database, it is a shopping list\n").repeated(200));
        file.close();
        const Run damaged =
            run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"),
                 dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(damaged.exitCode, 1);
        QVERIFY2(damaged.err.contains(QStringLiteral("damaged")), qPrintable(damaged.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
