#include "app/CommandLine.h"
#include "app/DeskSession.h"
#include "app/ExportCommand.h"
#include "app/HeadlessCommands.h"
#include "app/ReportCommand.h"
#include "app/ScreenshotMode.h"
#include "core/Version.h"
#include "resources/Resources.h"
#include "store/AppSettings.h"
#include "ui/DarkPalette.h"
#include "ui/DeskStyle.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

using namespace Chairside;

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

QString dataDirectory(const CommandLineOptions &options)
{
    if (!options.dataDir.isEmpty())
        return options.dataDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

std::unique_ptr<QSettings> openSettings(const CommandLineOptions &options)
{
    // An explicit data folder carries its own settings, so tests and demos stay apart from the
    // person's real configuration.
    if (!options.dataDir.isEmpty())
        return std::make_unique<QSettings>(
            QDir(options.dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QApplication::setOrganizationDomain(QString::fromLatin1(kOrganizationDomain));
    QApplication::setDesktopFileName(QStringLiteral("chairside"));

    // The command line is read before QApplication exists, so --help, --version and mistakes
    // are answered on machines without a display too.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLineResult parsed = parseCommandLine(withoutQtOptions(arguments));
    if (!parsed.options) {
        printLine(stderr, QStringLiteral("chairside: %1\n%2").arg(parsed.error, parsed.helpText));
        return 2;
    }
    const CommandLineOptions &options = *parsed.options;
    if (options.showHelp) {
        printLine(stdout, parsed.helpText);
        return 0;
    }
    if (options.showVersion) {
        printLine(stdout, QStringLiteral("Chairside %1").arg(QString::fromLatin1(kVersion)));
        return 0;
    }

    if (options.command != CommandLineOptions::Command::Window || options.exportFormat
        || options.report) {
        // login, logout, sync, status, export and report need no display at all.
        QCoreApplication app(argc, argv);
        const auto settingsStore = openSettings(options);
        AppSettings settings(settingsStore.get());
        Translations::apply(options.language.isEmpty() ? settings.language() : options.language);
        if (options.exportFormat)
            return runExportCommand(options, settings, dataDirectory(options));
        if (options.report)
            return runReportCommand(options, settings, dataDirectory(options));
        return runHeadlessCommand(options, settings, dataDirectory(options));
    }

    // A screenshot needs no screen: render offscreen when there is no display to draw on.
    if (!options.screenshotFile.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && !arguments.contains(QStringLiteral("-platform"))) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setStyle(new DeskStyle); // the application owns it
    if (options.dark)
        QApplication::setPalette(darkDeskPalette());
    initResources();

    const auto settingsStore = openSettings(options);
    AppSettings settings(settingsStore.get());
    // --lang is for this run only (screenshots, tests); the settings keep the desk's choice.
    Translations::apply(options.language.isEmpty() ? settings.language() : options.language);
    const bool screenshotMode = !options.screenshotFile.isEmpty();

    // Which store to open, the sign-in, the first download and the window: the desk session.
    DeskSession::Options deskOptions;
    deskOptions.dataDir = dataDirectory(options);
    deskOptions.demo = options.demo;
    if (screenshotMode)
        deskOptions.windowSize = QSize(1440, 900);
    DeskSession session(std::move(deskOptions), &settings);
    QObject::connect(&session, &DeskSession::demoGenerated, &session,
                     [](const QString &sentence) { printLine(stdout, sentence); });
    QObject::connect(
        &session, &DeskSession::failed, &session, [screenshotMode](const QString &message) {
            printLine(stderr, QStringLiteral("chairside: %1").arg(message));
            if (!screenshotMode)
                QMessageBox::critical(
                    nullptr, QApplication::translate("main", "Chairside cannot start"), message);
            QCoreApplication::exit(1);
        });

    if (screenshotMode) {
        // Screenshots always show the demo salon, whatever the settings say.
        session.startDemo();
        MainWindow *window = session.window();
        if (!window)
            return 1;
        if (!window->isPaneAvailable(options.screenshotPane)) {
            printLine(stderr, QStringLiteral("chairside: the pane %1 is not available.")
                                  .arg(paneKey(options.screenshotPane)));
            return 1;
        }
        window->showPane(options.screenshotPane);
        window->show();
        waitUntilSettled(session.store());
        const QString problem = saveScreenshot(window, options.screenshotFile);
        if (!problem.isEmpty()) {
            printLine(stderr, QStringLiteral("chairside: %1").arg(problem));
            return 1;
        }
        printLine(stdout, QStringLiteral("Saved %1").arg(options.screenshotFile));
        return 0;
    }

    // The session says when the desk is closed: after the sign-in is safely in the keychain.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&session, &DeskSession::finished, &app, &QCoreApplication::quit);
    session.start();
    if (session.stage() == DeskSession::Stage::Failed)
        return 1;
    return app.exec();
}
