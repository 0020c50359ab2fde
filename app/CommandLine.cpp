#include "app/CommandLine.h"

#include "ui/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Chairside {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::CommandLine", text);
}
} // namespace

QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue = {
        QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
        QStringLiteral("-qwindowicon"),     QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),      QStringLiteral("-display"),
        QStringLiteral("-geometry"),        QStringLiteral("-title"),
        QStringLiteral("-session")};
    static const QStringList alone = {QStringLiteral("-reverse"), QStringLiteral("-widgetcount"),
                                      QStringLiteral("-nograb"), QStringLiteral("-dograb"),
                                      QStringLiteral("-sync")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (withValue.contains(argument)) {
            ++i; // and its value
            continue;
        }
        if (alone.contains(argument))
            continue;
        kept.append(argument);
    }
    return kept;
}

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Chairside — the front-desk console for salons and clinics.\n"
           "Without a configured backend it opens a generated demo salon stored locally."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringList{QStringLiteral("data-dir")},
        tr("Keep the local store and settings in <dir> instead of the user's data folder."),
        tr("dir"));
    const QCommandLineOption demoScale(QStringList{QStringLiteral("demo-scale")},
                                       tr("Grow the demo salon <n> times (1 to 100; default 1)."),
                                       tr("n"), QStringLiteral("1"));
    const QCommandLineOption demoRegion(
        QStringList{QStringLiteral("demo-region")},
        tr("Demo salon region: za (Cape Town, ZAR) or th (Bangkok, THB); default za."),
        tr("region"), QStringLiteral("za"));
    const QCommandLineOption demoDate(
        QStringList{QStringLiteral("demo-date")},
        tr("Generate the demo salon as of <date> (YYYY-MM-DD) instead of today."), tr("date"));
    const QCommandLineOption screenshot(
        QStringList{QStringLiteral("screenshot")},
        tr("Render the main window to the PNG <file> and exit (works with -platform offscreen)."),
        tr("file"));
    const QCommandLineOption pane(QStringList{QStringLiteral("pane")},
                                  tr("The pane to show: %1.").arg(paneKeysForHelp()), tr("name"),
                                  QStringLiteral("appointments"));
    const QCommandLineOption once(QStringList{QStringLiteral("once")},
                                  tr("sync: one push and pull, then exit (the default)."));
    const QCommandLineOption watch(QStringList{QStringLiteral("watch")},
                                   tr("sync: keep syncing until stopped."));
    const QCommandLineOption poll(
        QStringList{QStringLiteral("poll")},
        tr("sync --watch: look for changes at least every <seconds> (default 30)."), tr("seconds"));
    const QCommandLineOption json(QStringList{QStringLiteral("json")},
                                  tr("status, report: print JSON instead of text."));
    const QCommandLineOption audit(
        QStringList{QStringLiteral("audit")},
        tr("status: compare row counts and versions of the local copy with the server."));
    const QCommandLineOption email(QStringList{QStringLiteral("email")},
                                   tr("login: the e-mail address to sign in with."), tr("address"));
    const QCommandLineOption passwordStdin(
        QStringList{QStringLiteral("password-stdin")},
        tr("login: read the password from the first line of standard input."));
    const QCommandLineOption backendUrl(
        QStringList{QStringLiteral("backend-url")},
        tr("login: the salon's Supabase project URL (https://...), saved in the settings."),
        tr("url"));
    const QCommandLineOption anonKey(QStringList{QStringLiteral("anon-key")},
                                     tr("login: the project's public anon key."), tr("key"));
    const QCommandLineOption caFile(
        QStringList{QStringLiteral("ca-file")},
        tr("login: a PEM file with the certificate authority of a self-hosted backend."),
        tr("file"));
    const QCommandLineOption day(QStringList{QStringLiteral("day")},
                                 tr("export: the day (YYYY-MM-DD) whose appointments to write."),
                                 tr("date"));
    const QCommandLineOption from(QStringList{QStringLiteral("from")},
                                  tr("export, report: the first day (YYYY-MM-DD) of a range."),
                                  tr("date"));
    const QCommandLineOption to(
        QStringList{QStringLiteral("to")},
        tr("export, report: the last day (YYYY-MM-DD) of a range, included."), tr("date"));
    const QCommandLineOption staff(
        QStringList{QStringLiteral("staff")},
        tr("export: only the appointments of the staff member with this display name."),
        tr("name"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("export: the file to write."), tr("file"));
    const QCommandLineOption language(
        QStringList{QStringLiteral("lang")},
        tr("Use the language <code> (%1) for this run, whatever the settings say.")
            .arg(Translations::shippedLanguages().join(QStringLiteral(", "))),
        tr("code"));
    const QCommandLineOption dark(
        QStringList{QStringLiteral("dark")},
        tr("Use dark colours for this run, as on a dark desktop theme (for screenshots)."));
    parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("Optional: sync, status, login, logout, export (ics or csv) or report run without a "
           "window."),
        QStringLiteral("[command]"));
    parser.addOptions(
        {dataDir, demoScale, demoRegion, demoDate, screenshot,    pane,       once,    watch,
         poll,    json,      audit,      email,    passwordStdin, backendUrl, anonKey, caFile,
         day,     from,      to,         staff,    output,        language,   dark});

    CommandLineResult result;
    result.helpText =
        parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("chairside"));
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    CommandLineOptions options;
    options.dark = parser.isSet(dark);
    if (parser.isSet(language)) {
        options.language = parser.value(language).trimmed().toLower();
        if (!Translations::shippedLanguages().contains(options.language)) {
            result.error = tr("--lang takes one of %1, not \"%2\".")
                               .arg(Translations::shippedLanguages().join(QStringLiteral(", ")),
                                    parser.value(language));
            return result;
        }
    }
    const QStringList positional = parser.positionalArguments();
    const bool exporting = !positional.isEmpty() && positional.constFirst() == u"export";
    const bool reporting = !positional.isEmpty() && positional.constFirst() == u"report";
    if (positional.size() > (exporting ? 2 : 1)) {
        result.error = tr("Unexpected argument: %1").arg(positional.at(exporting ? 2 : 1));
        return result;
    }
    if (!positional.isEmpty()) {
        static const QList<QPair<QString, CommandLineOptions::Command>> commands = {
            {QStringLiteral("sync"), CommandLineOptions::Command::Sync},
            {QStringLiteral("status"), CommandLineOptions::Command::Status},
            {QStringLiteral("login"), CommandLineOptions::Command::Login},
            {QStringLiteral("logout"), CommandLineOptions::Command::Logout}};
        bool known = exporting || reporting;
        for (const auto &[name, command] : commands) {
            if (positional.constFirst() == name) {
                options.command = command;
                known = true;
            }
        }
        if (!known) {
            result.error =
                tr("Unknown command \"%1\"; use sync, status, login, logout, export or report.")
                    .arg(positional.constFirst());
            return result;
        }
    }
    using Command = CommandLineOptions::Command;
    const auto onlyFor = [&](const QCommandLineOption &option, Command command) {
        return !parser.isSet(option) || options.command == command;
    };
    if (!onlyFor(once, Command::Sync) || !onlyFor(watch, Command::Sync)) {
        result.error = tr("--once and --watch go with the sync command.");
        return result;
    }
    if (parser.isSet(poll) && !parser.isSet(watch)) {
        result.error = tr("--poll goes with sync --watch.");
        return result;
    }
    if (parser.isSet(poll)) {
        bool number = false;
        const double seconds = parser.value(poll).toDouble(&number);
        if (!number || seconds < 0.1 || seconds > 3600) {
            result.error = tr("--poll takes a number of seconds from 0.1 to 3600.");
            return result;
        }
        options.pollIntervalMs = int(seconds * 1000);
    }
    if (parser.isSet(once) && parser.isSet(watch)) {
        result.error = tr("Choose --once or --watch, not both.");
        return result;
    }
    if ((!reporting && !onlyFor(json, Command::Status)) || !onlyFor(audit, Command::Status)) {
        result.error = tr("--json and --audit go with the status command (--json with report).");
        return result;
    }
    for (const QCommandLineOption *option :
         {&email, &passwordStdin, &backendUrl, &anonKey, &caFile}) {
        if (!onlyFor(*option, Command::Login)) {
            result.error =
                tr("--%1 goes with the login command.").arg(option->names().constFirst());
            return result;
        }
    }
    for (const QCommandLineOption *option : {&day, &from, &to, &staff, &output}) {
        const bool reportOption = option == &from || option == &to;
        if (parser.isSet(*option) && !exporting && !(reporting && reportOption)) {
            result.error =
                tr("--%1 goes with the export command.").arg(option->names().constLast());
            return result;
        }
    }
    if (exporting) {
        if (positional.size() < 2) {
            result.error = tr("export needs a format: export ics or export csv.");
            return result;
        }
        const QString format = positional.at(1).toLower();
        if (format == u"ics") {
            options.exportFormat = CommandLineOptions::ExportFormat::Calendar;
        } else if (format == u"csv") {
            options.exportFormat = CommandLineOptions::ExportFormat::Csv;
        } else {
            result.error =
                tr("Unknown export format \"%1\"; use ics or csv.").arg(positional.at(1));
            return result;
        }
        const auto readDate = [&](const QCommandLineOption &option, QDate *date) {
            *date = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
            if (!date->isValid())
                result.error = tr("--%1 takes a date written YYYY-MM-DD, not \"%2\".")
                                   .arg(option.names().constFirst(), parser.value(option));
            return date->isValid();
        };
        if (parser.isSet(day)) {
            if (parser.isSet(from) || parser.isSet(to)) {
                result.error = tr("Choose --day or --from and --to, not both.");
                return result;
            }
            if (!readDate(day, &options.exportFrom))
                return result;
            options.exportTo = options.exportFrom;
        } else if (parser.isSet(from) && parser.isSet(to)) {
            if (!readDate(from, &options.exportFrom) || !readDate(to, &options.exportTo))
                return result;
            if (options.exportTo < options.exportFrom) {
                result.error = tr("--to must not be before --from.");
                return result;
            }
        } else {
            result.error = tr("export needs --day, or --from and --to.");
            return result;
        }
        if (!parser.isSet(output) || parser.value(output).trimmed().isEmpty()) {
            result.error = tr("export needs -o with the file to write.");
            return result;
        }
        options.exportFile = QFileInfo(parser.value(output)).absoluteFilePath();
        options.exportStaff = parser.value(staff).trimmed();
    }
    if (reporting) {
        // Both ends are required: a report for "the last N days" would depend on the clock.
        if (!parser.isSet(from) || !parser.isSet(to)) {
            result.error = tr("report needs --from and --to.");
            return result;
        }
        for (const auto &[option, date] :
             {std::pair{&from, &options.reportFrom}, std::pair{&to, &options.reportTo}}) {
            *date = QDate::fromString(parser.value(*option).trimmed(), Qt::ISODate);
            if (!date->isValid()) {
                result.error = tr("--%1 takes a date written YYYY-MM-DD, not \"%2\".")
                                   .arg(option->names().constFirst(), parser.value(*option));
                return result;
            }
        }
        if (options.reportTo < options.reportFrom) {
            result.error = tr("--to must not be before --from.");
            return result;
        }
        if (options.reportFrom.daysTo(options.reportTo) >= 3660) {
            result.error = tr("report covers at most ten years at a time.");
            return result;
        }
        options.report = true;
    }
    options.watch = parser.isSet(watch);
    options.json = parser.isSet(json);
    options.audit = parser.isSet(audit);
    options.email = parser.value(email).trimmed();
    options.passwordFromStdin = parser.isSet(passwordStdin);
    options.backendUrl = parser.value(backendUrl).trimmed();
    options.anonKey = parser.value(anonKey).trimmed();
    if (parser.isSet(caFile))
        options.caFile = QFileInfo(parser.value(caFile)).absoluteFilePath();
    if (options.command == Command::Login && options.email.isEmpty()) {
        result.error = tr("login needs --email.");
        return result;
    }

    options.showHelp = parser.isSet(help);
    options.showVersion = parser.isSet(version);
    if (parser.isSet(dataDir))
        options.dataDir = QDir(parser.value(dataDir)).absolutePath();

    bool numeric = false;
    options.demo.scale = parser.value(demoScale).toInt(&numeric);
    if (!numeric || options.demo.scale < 1 || options.demo.scale > 100) {
        result.error = tr("--demo-scale takes a whole number from 1 to 100.");
        return result;
    }
    options.demo.region = parser.value(demoRegion).toLower();
    if (options.demo.region != u"za" && options.demo.region != u"th") {
        result.error = tr("--demo-region takes za or th.");
        return result;
    }
    if (parser.isSet(demoDate)) {
        options.demo.anchorDate = QDate::fromString(parser.value(demoDate), Qt::ISODate);
        if (!options.demo.anchorDate.isValid()) {
            result.error = tr("--demo-date takes a date written YYYY-MM-DD.");
            return result;
        }
    }
    const auto paneId = paneFromKey(parser.value(pane));
    if (!paneId) {
        result.error =
            tr("Unknown pane \"%1\"; use one of: %2.").arg(parser.value(pane), paneKeysForHelp());
        return result;
    }
    options.screenshotPane = *paneId;
    if (parser.isSet(screenshot)) {
        options.screenshotFile = QFileInfo(parser.value(screenshot)).absoluteFilePath();
        if (!options.screenshotFile.endsWith(u".png", Qt::CaseInsensitive)) {
            result.error = tr("--screenshot writes a PNG file; give a name ending in .png.");
            return result;
        }
    }
    result.options = options;
    return result;
}

} // namespace Chairside
