#include "core/calendar/CsvWriter.h"

namespace Chairside::Csv {

QString field(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
                       || text.contains(u'\r') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote)
        return text;
    QString doubled = text;
    doubled.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + doubled + u'"';
}

QByteArray document(const QList<QStringList> &rows, bool byteOrderMark)
{
    QByteArray out;
    if (byteOrderMark)
        out += "\xEF\xBB\xBF";
    for (const QStringList &row : rows) {
        QString record;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                record += u',';
            record += field(row[i]);
        }
        out += record.toUtf8();
        out += "\r\n";
    }
    return out;
}

} // namespace Chairside::Csv
