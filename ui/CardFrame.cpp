#include "ui/CardFrame.h"

#include "ui/MutedText.h"
#include "ui/ThemeFollower.h"

#include <QFrame>
#include <QPalette>

namespace Chairside {

void styleAsCard(QFrame *frame, QString (*extraRules)(const QPalette &))
{
    const QString name = frame->objectName();
    Q_ASSERT(!name.isEmpty());
    followTheme(frame, [name, extraRules](const QPalette &palette) {
        QString sheet = QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3;"
                                       " border-radius: 8px; }")
                            .arg(name, palette.color(QPalette::Base).name(),
                                 palette.color(QPalette::Mid).name());
        if (extraRules)
            sheet += extraRules(palette);
        return sheet;
    });
}

QString cardCaptionColour(const QPalette &palette)
{
    QPalette onCard = palette;
    onCard.setColor(QPalette::Window, palette.color(QPalette::Base));
    onCard.setColor(QPalette::WindowText, palette.color(QPalette::Text));
    return mutedTextColour(onCard).name();
}

} // namespace Chairside
