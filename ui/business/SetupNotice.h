#pragma once

#include <QLabel>

namespace Chairside {

// The line under a settings form that says what happened to the last save: a mistake to fix
// (red), the server's refusal, or that it was saved. Hidden when there is nothing to say.
class SetupNotice final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupNotice)

public:
    enum class Kind { Error, Saved, Info };

    explicit SetupNotice(QWidget *parent = nullptr);

    void show(Kind kind, const QString &text);
    void clear();
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Info;
};

} // namespace Chairside
