#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Chairside::Csv {

// One RFC 4180 field: quoted (with inner quotes doubled) when it holds a comma, a quote, a line
// break or leading/trailing spaces; as it is otherwise.
QString field(const QString &text);

// A whole file: one record per row, fields joined by commas, CRLF after every record, UTF-8
// with a byte order mark so spreadsheet programs read the accents and currency symbols right.
QByteArray document(const QList<QStringList> &rows, bool byteOrderMark = true);

} // namespace Chairside::Csv
