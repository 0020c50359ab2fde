#pragma once

// The sync_pull pages captured from chairside-localbase in tests/data/sync, for the tests of the
// pull side; CHAIRSIDE_SYNC_TEST_DATA is defined for them in syncpull.cmake.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>

namespace Chairside::Tests {

inline QByteArray syncFixturePage(const QString &name)
{
    QFile file(QStringLiteral(CHAIRSIDE_SYNC_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace Chairside::Tests
