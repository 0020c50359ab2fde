// chairside-bench: the steps of `make bench` (see BenchCommands.h and docs/benchmarks.md).

#include "BenchCommands.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace Chairside::Bench {

QString optionValue(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size())
        return fallback;
    return args.at(at + 1);
}

bool hasOption(const QStringList &args, const QString &name)
{
    return args.contains(name);
}

void printJson(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

QJsonObject millisecondSpread(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    const qsizetype mid = ms.size() / 2;
    const double median = ms.size() % 2 ? ms.at(mid) : (ms.at(mid - 1) + ms.at(mid)) / 2;
    return {{QStringLiteral("median_ms"), median},
            {QStringLiteral("min_ms"), ms.first()},
            {QStringLiteral("max_ms"), ms.last()}};
}

int failWith(const QString &message)
{
    std::fprintf(stderr, "chairside-bench: %s\n", qPrintable(message));
    return 1;
}

} // namespace Chairside::Bench

int main(int argc, char *argv[])
{
    using namespace Chairside::Bench;
    // measure forks and execs before any Qt object exists: the child gets a clean process.
    if (argc >= 2 && std::string_view(argv[1]) == "measure") {
        QStringList args;
        for (int i = 2; i < argc; ++i)
            args.append(QString::fromLocal8Bit(argv[i]));
        return measure(args);
    }
    // The pane benches need a QApplication of their own (widgets and charts).
    if (argc >= 2 && std::string_view(argv[1]) == "analytics")
        return analyticsMain(argc, argv);
    if (argc >= 2 && std::string_view(argv[1]) == "calendar")
        return calendarMain(argc, argv);
    if (argc >= 2 && std::string_view(argv[1]) == "customers")
        return customersMain(argc, argv);
    if (argc >= 2 && std::string_view(argv[1]) == "handoffs")
        return handoffsMain(argc, argv);
    if (argc >= 2 && std::string_view(argv[1]) == "bare-window")
        return bareWindowMain(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("chairside-bench"));
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == u"bulk-insert")
        return bulkInsert(args);
    if (command == u"breakdown")
        return breakdown(args);
    if (command == u"make-pages")
        return makePages(args);
    if (command == u"apply-pages")
        return applyPages(args);
    if (command == u"count-rows")
        return countRows(args);
    if (command == u"json-get")
        return jsonGet(args);
    if (command == u"report")
        return report(args);
    if (command == u"versions")
        return versions(args);
    std::fputs("usage: chairside-bench "
               "measure|bulk-insert|breakdown|make-pages|apply-pages|count-rows|json-get|"
               "versions|report|"
               "analytics|calendar|customers|handoffs|bare-window "
               "...\n(see tests/bench/BenchCommands.h; run by scripts/bench.sh)\n",
               stderr);
    return 2;
}
