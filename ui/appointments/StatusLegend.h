#pragma once

#include <QStringList>
#include <QWidget>

namespace Chairside {

// A compact row of status swatches with their names, so the day view's colours are never the
// only way to read a status. One widget that paints its row: as 28 labels and layouts it was a
// tenth of building the calendar at every start.
class StatusLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLegend)

public:
    explicit StatusLegend(QWidget *parent = nullptr);
    ~StatusLegend() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont labelFont() const;

    QStringList m_keys;
    QStringList m_labels;
};

} // namespace Chairside
