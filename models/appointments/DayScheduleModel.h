#pragma once

#include "models/ModelRoles.h"
#include "store/BusinessContext.h"
#include "store/repositories/AppointmentRepository.h"
#include "store/repositories/StaffRepository.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDate>
#include <QList>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

namespace Chairside {

class StoreExecutor;

// What the calendar shows, as columns of one local day each and the appointments in them:
// - a day: one column per active staff member (their hours, break and time off);
// - a week of one staff member: seven columns, that person's hours on each day;
// - a week of everyone: seven columns, shaded outside the hours anyone works that day.
// The view paints it; times are minutes since the column's local midnight (business zone), so
// the view needs no time-zone arithmetic.
class DayScheduleModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayScheduleModel)

public:
    enum Role : int {
        StaffColumnRole = LoadedRole + 1, // the column: index into staff()
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
        StaffIdRole,
    };

    enum class Span { Day, Week };

    DayScheduleModel(StoreExecutor *store, const BusinessContext &context,
                     QObject *parent = nullptr);
    ~DayScheduleModel() override;

    // The day shown, or the first day of the week shown.
    QDate date() const { return m_date; }
    // Loads `date` (business zone) as a day; the old one stays visible until it has arrived.
    void setDate(const QDate &date);
    // Loads the week holding `day` (from the locale's first weekday) of one staff member, or of
    // everyone when staffId is empty.
    void setWeek(const QDate &day, const QString &staffId);
    // Reads the shown span again and forgets the ones read ahead (the store changed).
    void reload();
    // The day's columns as the desk arranged them: staff ids in order (others follow in the
    // business's order) and the ones not shown (with their bookings).
    void setColumnChoice(const QStringList &order, const QStringList &hidden);
    QStringList columnOrder() const { return m_columnOrder; }
    QStringList hiddenColumns() const { return m_hiddenColumns; }
    Span span() const { return m_span; }
    QString weekStaffId() const { return m_weekStaffId; }
    static QDate weekStart(const QDate &day, const QLocale &locale);

    // One entry per column: in a day the staff member; in a week of one person that person on
    // each day; in a week of everyone a stand-in (no id, no colour) with the day's widest hours.
    const QList<StaffDay> &staff() const { return m_staff; }
    QDate columnDate(int column) const;
    QString columnTitle(int column) const;
    // The staff member a booking dropped in `column` goes to; empty: the booking keeps its own.
    QString columnStaffId(int column) const;
    bool isLoading() const { return m_loading; }
    // Whether `day` (in the current span kind, staff and columns) was read ahead and would show
    // without waiting for the store.
    bool isReadAhead(const QDate &day) const;
    // How long the desk stays on a span before the ones around it are read: stepping through
    // days with a held key reads none of those it passes, and a start paints first.
    void setReadAheadDelay(std::chrono::milliseconds delay);
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
        QColor colour;
        QColor fill;
        QColor serviceColour;
        bool inactive = false;
        qint64 version = 0; // AppointmentVersionRole
    };

    // The row's booking as laid out, for the view's paint (no QVariant per field and block).
    const Item &item(int row) const { return m_items[row]; }

    struct DayData
    {
        QDate date;
        QList<StaffDay> staff;
        QList<QDate> columnDates;
        QStringList columnTitles;
        QList<Item> items;
        std::optional<StoreError> error;
    };

    // Reads and lays out one day; runs on the store's worker thread.
    static DayData loadDay(QSqlDatabase &db, const BusinessContext &context, const QDate &date,
                           const QStringList &order = {}, const QStringList &hidden = {});
    // Reads and lays out the week from `first` (seven days); runs on the store's worker thread.
    static DayData loadWeek(QSqlDatabase &db, const BusinessContext &context, const QDate &first,
                            const QString &staffId);

Q_SIGNALS:
    void dayLoaded(const QDate &date);
    void loadFailed(const QString &message);
    // The spans before and after the shown one have been read ahead.
    void readAheadFinished();

private:
    // What a load depends on besides the store: one shown (or read-ahead) span.
    struct SpanKey
    {
        Span span = Span::Day;
        QDate date; // the day, or the week's first day
        QString weekStaffId;
        QStringList order;
        QStringList hidden;
        bool operator==(const SpanKey &) const = default;
    };
    struct ReadAhead
    {
        SpanKey key;
        DayData data;
    };

    SpanKey currentKey() const;
    const ReadAhead *kept(const SpanKey &key) const; // null when not kept
    SpanKey neighbour(const SpanKey &key, int step) const;
    static DayData load(QSqlDatabase &db, const BusinessContext &context, const SpanKey &key);
    // Shows the current span: at once when it was read ahead, else once the store read it.
    void show();
    void scheduleReadAhead();
    void readAhead();
    void keep(const SpanKey &key, const DayData &data);
    void apply(DayData data, quint64 generation);
    QString toolTipOf(const Item &item) const;

    StoreExecutor *m_store;
    BusinessContext m_context;
    QDate m_date;
    Span m_span = Span::Day;
    QString m_weekStaffId;
    QStringList m_columnOrder;
    QStringList m_hiddenColumns;
    QList<StaffDay> m_staff;
    QList<QDate> m_columnDates;
    QStringList m_columnTitles;
    QList<Item> m_items;
    quint64 m_generation = 0;
    bool m_loading = false;
    // The spans around the shown one (and the last shown), most recent first: the next or
    // previous day or week then paints without waiting for a read of thousands of rows. Any
    // change in the store drops them (m_storeVersion tells a read that started before it).
    QList<ReadAhead> m_kept;
    QList<SpanKey> m_readingAhead;
    quint64 m_storeVersion = 0;
    // m_generation as the store's threads see it: a read ahead skips when it is out of date.
    std::shared_ptr<std::atomic<quint64>> m_shown = std::make_shared<std::atomic<quint64>>(0);
    QTimer *m_readAheadTimer;
};

} // namespace Chairside
