#include "ui/business/SetupNotice.h"

namespace Chairside {

SetupNotice::SetupNotice(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void SetupNotice::show(Kind kind, const QString &text)
{
    m_kind = kind;
    setText(text);
    switch (kind) {
    case Kind::Error:
        setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px "
                                     "solid #f5c2bd; border-radius: 4px; padding: 6px 8px; }"));
        break;
    case Kind::Saved:
        setStyleSheet(QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; border: 1px "
                                     "solid #c8e6c9; border-radius: 4px; padding: 6px 8px; }"));
        break;
    case Kind::Info:
        setStyleSheet(QStringLiteral("QLabel { background: #eef3fb; color: #1a3e72; border: 1px "
                                     "solid #cfdcf2; border-radius: 4px; padding: 6px 8px; }"));
        break;
    }
    setVisible(!text.isEmpty());
}

void SetupNotice::clear()
{
    setText({});
    setVisible(false);
}

} // namespace Chairside
