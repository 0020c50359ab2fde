#pragma once

#include <QFrame>

class QLabel;

namespace Chairside {

// One figure of a numbers strip: a large value over a short caption, with a tooltip that says
// exactly how the value is computed.
class StatTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatTile)

public:
    StatTile(const QString &caption, const QString &formula, QWidget *parent = nullptr);
    ~StatTile() override;

    void setValue(const QString &value, const QString &detail = {});
    QString value() const;

private:
    QLabel *m_value;
    QLabel *m_caption;
    QString m_formula;
};

} // namespace Chairside
