#include "remote/RemoteLog.h"

namespace Chairside {

Q_LOGGING_CATEGORY(lcRemote, "chairside.remote")

QString maskEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return QStringLiteral("***");
    return email.left(1) + QStringLiteral("***") + email.mid(at);
}

} // namespace Chairside
