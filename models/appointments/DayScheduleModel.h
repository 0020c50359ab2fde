#pragma once

#include "models/ModelRoles.h"
#include "store/BusinessContext.h"
#include "store/repositories/AppointmentRepository.h"
#include "store/repositories/StaffRepository.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDate>
#include <QList>

namespace Chairside {

class StoreExecutor;

// One business day: the columns (active staff with their hours, break and time off) and the
// appointments starting that day in the business's time zone, one row each. The day view paints
// it; times are minutes since local midnight so the view needs no time-zone arithmetic.
class DayScheduleModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayScheduleModel)

public:
    enum Role : int {
        StaffColumnRole = LoadedRole + 1, // index into staff()
        StartMinuteRole,                  // minutes since local midnight
        EndMinuteRole,                    // clamped to 1440 when the booking runs past midnight
        ProcessingMinutesRole,
        BufferMinutesRole,
        TimeTextRole, // "09:00–10:00"
        CustomerNameRole,
        ServiceNameRole,
        StaffNameRole,
        StatusLabelRole,
        StatusFillRole, // QColor: the soft block fill (ColourRole is the strong status colour)
        ServiceColourRole,
        PriceTextRole,
        SourceLabelRole,
        InactiveRole, // cancelled or no-show
    };

    DayScheduleModel(StoreExecutor *store, const BusinessContext &context,
                     QObject *parent = nullptr);
    ~DayScheduleModel() override;

    QDate date() const { return m_date; }
    // Loads `date` (business zone); the old day stays visible until the new one has arrived.
    void setDate(const QDate &date);
    void reload();

    const QList<StaffDay> &staff() const { return m_staff; }
    bool isLoading() const { return m_loading; }
    const BusinessContext &context() const { return m_context; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    struct Item
    {
        AppointmentRow row;
        int staffColumn = 0;
        int startMinute = 0;
        int endMinute = 0;
        QString timeText;
        QString statusLabel;
        QString sourceLabel;
        QString priceText;
        QString toolTip;
        QColor colour;
        QColor fill;
        QColor serviceColour;
        bool inactive = false;
        qint64 version = 0; // AppointmentVersionRole
    };

    struct DayData
    {
        QDate date;
        QList<StaffDay> staff;
        QList<Item> items;
        std::optional<StoreError> error;
    };

    // Reads and lays out one day; runs on the store's worker thread.
    static DayData loadDay(QSqlDatabase &db, const BusinessContext &context, const QDate &date);

Q_SIGNALS:
    void dayLoaded(const QDate &date);
    void loadFailed(const QString &message);

private:
    void apply(DayData data, quint64 generation);

    StoreExecutor *m_store;
    BusinessContext m_context;
    QDate m_date;
    QList<StaffDay> m_staff;
    QList<Item> m_items;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Chairside
