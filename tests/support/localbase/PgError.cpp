#include "PgError.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace Chairside::Localbase {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

PgError PgError::fromSqlError(const QSqlError &error)
{
    PgError result;
    result.sqlState = error.nativeErrorCode().trimmed();
    QString text = error.databaseText();
    if (qEnvironmentVariableIsSet("LOCALBASE_DEBUG_ERRORS"))
        qWarning("pg error: [%s] [%s]", qPrintable(text), qPrintable(error.driverText()));
    // QPSQL appends "(SQLSTATE)" to the server text.
    static const QRegularExpression trailingCode(QStringLiteral("\\s*\\(([0-9A-Z]{5})\\)\\s*$"));
    const auto codeMatch = trailingCode.match(text);
    if (codeMatch.hasMatch()) {
        if (result.sqlState.isEmpty())
            result.sqlState = codeMatch.captured(1);
        text.truncate(codeMatch.capturedStart());
    }
    enum class Part { Message, Details, Hint, Other } part = Part::Message;
    QStringList message;
    QStringList details;
    QStringList hint;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        QString line = rawLine;
        auto takePrefix = [&line](QLatin1StringView prefix) {
            if (!line.startsWith(prefix))
                return false;
            line = line.mid(prefix.size()).trimmed();
            return true;
        };
        if (takePrefix(QLatin1StringView("ERROR:")) || takePrefix(QLatin1StringView("FATAL:"))) {
            part = Part::Message;
        } else if (takePrefix(QLatin1StringView("DETAIL:"))) {
            part = Part::Details;
        } else if (takePrefix(QLatin1StringView("HINT:"))) {
            part = Part::Hint;
        } else if (takePrefix(QLatin1StringView("CONTEXT:"))
                   || takePrefix(QLatin1StringView("QUERY:"))
                   || takePrefix(QLatin1StringView("STATEMENT:"))
                   || line.startsWith(QLatin1StringView("LINE "))) {
            part = Part::Other;
        }
        if (line.isEmpty())
            continue;
        switch (part) {
        case Part::Message:
            message.append(line);
            break;
        case Part::Details:
            details.append(line);
            break;
        case Part::Hint:
            hint.append(line);
            break;
        case Part::Other:
            break;
        }
    }
    result.message = message.join(QLatin1Char('\n')).trimmed();
    result.details = details.join(QLatin1Char('\n')).trimmed();
    result.hint = hint.join(QLatin1Char('\n')).trimmed();
    if (result.message.isEmpty())
        result.message = error.text().trimmed();
    return result;
}

QJsonObject PgError::toPostgrestBody() const
{
    return QJsonObject{{QStringLiteral("code"), sqlState},
                       {QStringLiteral("details"), nullable(details)},
                       {QStringLiteral("hint"), nullable(hint)},
                       {QStringLiteral("message"), message}};
}

int PgError::httpStatus(bool anonymous) const
{
    const QString &s = sqlState;
    auto starts = [&s](const char *prefix) {
        return s.startsWith(QLatin1StringView(prefix));
    };
    if (s.isEmpty() || starts("08"))
        return 503;
    if (starts("09"))
        return 500;
    if (starts("0L") || starts("0P"))
        return 403;
    if (s == QStringLiteral("21000"))
        return message.endsWith(QStringLiteral("requires a WHERE clause")) ? 400 : 500;
    if (s == QStringLiteral("22023"))
        return message.startsWith(QStringLiteral("role "))
                       && message.endsWith(QStringLiteral("does not exist"))
                   ? 401
                   : 400;
    if (s == QStringLiteral("23503") || s == QStringLiteral("23505")
        || s == QStringLiteral("23P01"))
        return 409;
    if (s == QStringLiteral("25006"))
        return 405;
    if (starts("25"))
        return 500;
    if (starts("28"))
        return 403;
    if (starts("2D") || starts("38") || starts("39") || starts("3B") || starts("40"))
        return 500;
    if (s == QStringLiteral("42501"))
        return anonymous ? 401 : 403;
    if (s == QStringLiteral("42883") || s == QStringLiteral("42P01"))
        return 404;
    if (s == QStringLiteral("42P17"))
        return 500;
    if (s == QStringLiteral("53400"))
        return 500;
    if (starts("53"))
        return 503;
    if (s == QStringLiteral("57P01"))
        return 503;
    if (starts("54") || starts("55") || starts("57") || starts("58") || starts("F0") || starts("HV")
        || starts("XX"))
        return 500;
    if (s == QStringLiteral("P0001"))
        return 400;
    if (starts("P0"))
        return 500;
    if (starts("PT")) {
        bool ok = false;
        const int status = s.mid(2).toInt(&ok);
        if (ok && status >= 100 && status <= 599)
            return status;
    }
    return 400;
}

} // namespace Chairside::Localbase
