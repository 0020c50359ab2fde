#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace Chairside {

// Values for the {placeholders} of the demo phrase tables.
using DemoVars = QList<std::pair<QStringView, QString>>;

// Replaces each {key} by its value; {Key} (capitalised) gives the value with a capital first
// letter. Unknown keys are left as they are, so a test can find them.
QString demoFill(QStringView text, const DemoVars &vars);

// Lower-case ASCII for e-mail addresses: accents dropped, spaces, hyphens and apostrophes
// removed ("Charné O'Connor" -> "charneoconnor").
QString demoAsciiFold(const QString &text);

// "1 950" / "2,900": whole units with a thousands separator.
QString demoGroupThousands(qint64 value, const QString &separator);

} // namespace Chairside
