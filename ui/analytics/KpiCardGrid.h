#pragma once

#include <QWidget>

class QAbstractItemModel;
class QGridLayout;
class QLabel;

namespace Chairside {

// The owner's KPI cards: one card per row of a KpiModel (name, value, change against the
// previous period), laid out in a grid and kept in step with the model.
class KpiCardGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiCardGrid)

public:
    explicit KpiCardGrid(QAbstractItemModel *model, int columns = 4, QWidget *parent = nullptr);
    ~KpiCardGrid() override;

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
