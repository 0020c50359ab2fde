#pragma once

#include <QWidget>

class QAbstractItemModel;
class QGridLayout;
class QLabel;

namespace Chairside {

// The owner's KPI cards: one card per row of a KpiModel (name, value, change against the
// previous period), laid out in a grid and kept in step with the model. Hovering a card shows
// its definition as a tooltip; clicking it (or Enter / Space when focused) emits cardActivated
// so the pane can show the definition where it stays readable.
class KpiCardGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiCardGrid)

public:
    explicit KpiCardGrid(QAbstractItemModel *model, int columns = 4, QWidget *parent = nullptr);
    ~KpiCardGrid() override;

    // The card widget of a model row (for tests and the PDF report); nullptr when out of range.
    QWidget *cardAt(int row) const;

Q_SIGNALS:
    void cardActivated(int row);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Card
    {
        QWidget *frame = nullptr;
        QLabel *name = nullptr;
        QLabel *value = nullptr;
        QLabel *change = nullptr;
    };

    void rebuild();
    void refresh();

    QAbstractItemModel *m_model;
    int m_columns;
    QGridLayout *m_grid;
    QList<Card> m_cards;
};

} // namespace Chairside
