#pragma once

#include <QString>

class QFrame;
class QPalette;

namespace Chairside {

// Draws `frame` as a card: the palette's base colour inside a rounded, faint border, following
// the desktop's colours while the program runs (followTheme). The frame needs an object name;
// `extraRules(palette)`, when given, adds rules for what is inside the card.
void styleAsCard(QFrame *frame, QString (*extraRules)(const QPalette &) = nullptr);

// Muted text for captions on a card (AA against the card's base colour, not the window's).
QString cardCaptionColour(const QPalette &palette);

} // namespace Chairside
