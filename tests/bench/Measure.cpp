#include "BenchCommands.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace Chairside::Bench {

int measure(const QStringList &args)
{
    const QString out = optionValue(args, QStringLiteral("--out"));
    const qsizetype separator = args.indexOf(QStringLiteral("--"));
    if (out.isEmpty() || separator < 0 || separator + 1 >= args.size())
        return failWith(QStringLiteral("usage: measure --out FILE -- PROGRAM ARGS..."));

    std::vector<QByteArray> storage;
    for (qsizetype i = separator + 1; i < args.size(); ++i)
        storage.push_back(args.at(i).toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    // The program writes the moment its window was painted (steady clock, shared by every
    // process) to this file: the start is measured to the first painted window, not to the
    // PNG written and the process gone.
    const QString paintedMark = out + QStringLiteral(".painted");
    QFile::remove(paintedMark);
    qputenv("CHAIRSIDE_PAINTED_MARK", QFile::encodeName(paintedMark));
    const auto started = std::chrono::steady_clock::now();
    const pid_t child = ::fork();
    if (child < 0)
        return failWith(QStringLiteral("fork failed"));
    if (child == 0) {
        ::execvp(argv[0], argv.data());
        std::perror("chairside-bench: exec");
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    pid_t waited = -1;
    do {
        waited = ::wait4(child, &status, 0, &usage);
    } while (waited < 0 && errno == EINTR);
    const auto ended = std::chrono::steady_clock::now();
    if (waited != child)
        return failWith(QStringLiteral("wait4 failed"));

    const int exitCode = WIFEXITED(status)     ? WEXITSTATUS(status)
                         : WIFSIGNALED(status) ? 128 + WTERMSIG(status)
                                               : 255;
    const double seconds = std::chrono::duration<double>(ended - started).count();
    // ru_maxrss is in kilobytes (KiB) on Linux.
    QJsonObject result{{QStringLiteral("exit"), exitCode},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("max_rss_kb"), qint64(usage.ru_maxrss)}};
    QFile mark(paintedMark);
    if (mark.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const qint64 paintedNs = mark.readAll().trimmed().toLongLong(&ok);
        const qint64 startedNs =
            std::chrono::duration_cast<std::chrono::nanoseconds>(started.time_since_epoch())
                .count();
        if (ok && paintedNs >= startedNs)
            result.insert(QStringLiteral("painted_seconds"), double(paintedNs - startedNs) / 1e9);
        mark.close();
        mark.remove();
    }
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failWith(QStringLiteral("cannot write %1").arg(out));
    file.write(QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n');
    return exitCode;
}

} // namespace Chairside::Bench
