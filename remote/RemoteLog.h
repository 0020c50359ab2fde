#pragma once

#include <QLoggingCategory>
#include <QString>

namespace Chairside {

Q_DECLARE_LOGGING_CATEGORY(lcRemote)

// "thandi@protea.example" → "t***@protea.example": logs may name the account, never spell it out.
QString maskEmail(const QString &email);

} // namespace Chairside
