#include "models/appointments/DayScheduleModel.h"

#include "core/PhoneNumber.h"
#include "core/calendar/BusinessTime.h"
#include "core/calendar/ZoneClock.h"
#include "models/appointments/AppointmentEditing.h"
#include "models/appointments/AppointmentPresentation.h"
#include "store/StoreExecutor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace Chairside {

namespace AP = AppointmentPresentation;

DayScheduleModel::DayScheduleModel(StoreExecutor *store, const BusinessContext &context,
                                   QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_context(context)
    , m_readAheadTimer(new QTimer(this))
{
    m_readAheadTimer->setSingleShot(true);
    m_readAheadTimer->setInterval(std::chrono::milliseconds(150));
    connect(m_readAheadTimer, &QTimer::timeout, this, [this] {
        if (!m_loading)
            readAhead();
    });
}

void DayScheduleModel::setReadAheadDelay(std::chrono::milliseconds delay)
{
    m_readAheadTimer->setInterval(delay);
}

void DayScheduleModel::scheduleReadAhead()
{
    if (m_readAheadTimer->interval() <= 0)
        readAhead();
    else
        m_readAheadTimer->start();
}

DayScheduleModel::~DayScheduleModel() = default;

void DayScheduleModel::setDate(const QDate &date)
{
    if (!date.isValid()
        || (m_span == Span::Day && date == m_date && (m_loading || !m_staff.isEmpty())))
        return;
    m_span = Span::Day;
    m_date = date;
    show();
}

void DayScheduleModel::setWeek(const QDate &day, const QString &staffId)
{
    if (!day.isValid())
        return;
    const QDate first = weekStart(day, m_context.locale);
    if (m_span == Span::Week && first == m_date && staffId == m_weekStaffId
        && (m_loading || !m_staff.isEmpty()))
        return;
    m_span = Span::Week;
    m_weekStaffId = staffId;
    m_date = first;
    show();
}

QDate DayScheduleModel::weekStart(const QDate &day, const QLocale &locale)
{
    const int back = (day.dayOfWeek() - int(locale.firstDayOfWeek()) + 7) % 7;
    return day.addDays(-back);
}

QDate DayScheduleModel::columnDate(int column) const
{
    return column >= 0 && column < m_columnDates.size() ? m_columnDates[column] : m_date;
}

QString DayScheduleModel::columnTitle(int column) const
{
    return column >= 0 && column < m_columnTitles.size() ? m_columnTitles[column] : QString();
}

QString DayScheduleModel::columnStaffId(int column) const
{
    return column >= 0 && column < m_staff.size() ? m_staff[column].member.id : QString();
}

void DayScheduleModel::setColumnChoice(const QStringList &order, const QStringList &hidden)
{
    if (order == m_columnOrder && hidden == m_hiddenColumns)
        return;
    m_columnOrder = order;
    m_hiddenColumns = hidden;
    if (m_span == Span::Day)
        show();
}

namespace {

// Spans kept: the shown one, the two around it and the last shown (a chain's busy week of
// everyone is about 10 MB).
constexpr qsizetype kKeptSpans = 4;

} // namespace

void DayScheduleModel::reload()
{
    ++m_storeVersion;
    m_kept.clear();
    m_readingAhead.clear();
    show();
}

DayScheduleModel::SpanKey DayScheduleModel::currentKey() const
{
    SpanKey key;
    key.span = m_span;
    key.date = m_date;
    if (m_span == Span::Week) {
        key.weekStaffId = m_weekStaffId;
    } else {
        key.order = m_columnOrder;
        key.hidden = m_hiddenColumns;
    }
    return key;
}

DayScheduleModel::SpanKey DayScheduleModel::neighbour(const SpanKey &key, int step) const
{
    SpanKey next = key;
    next.date = key.date.addDays(key.span == Span::Week ? 7 * step : step);
    return next;
}

const DayScheduleModel::ReadAhead *DayScheduleModel::kept(const SpanKey &key) const
{
    const auto found = std::find_if(m_kept.cbegin(), m_kept.cend(),
                                    [&](const ReadAhead &ahead) { return ahead.key == key; });
    return found == m_kept.cend() ? nullptr : &*found;
}

bool DayScheduleModel::isReadAhead(const QDate &day) const
{
    SpanKey key = currentKey();
    key.date = m_span == Span::Week ? weekStart(day, m_context.locale) : day;
    return kept(key) != nullptr;
}

DayScheduleModel::DayData DayScheduleModel::load(QSqlDatabase &db, const BusinessContext &context,
                                                 const SpanKey &key)
{
    return key.span == Span::Day ? loadDay(db, context, key.date, key.order, key.hidden)
                                 : loadWeek(db, context, key.date, key.weekStaffId);
}

void DayScheduleModel::show()
{
    if (!m_date.isValid())
        return;
    const quint64 generation = ++m_generation;
    m_shown->store(generation);
    const SpanKey key = currentKey();
    if (const ReadAhead *ahead = kept(key)) {
        // Shared, not copied: the kept lists and the shown ones are the same until one changes.
        DayData data = ahead->data;
        keep(key, data); // now the most recent
        apply(std::move(data), generation);
        scheduleReadAhead();
        return;
    }
    m_loading = true;
    m_store->run(
        this, [context = m_context, key](QSqlDatabase &db) { return load(db, context, key); },
        [this, generation, key, version = m_storeVersion](DayData data) {
            if (version == m_storeVersion && !data.error)
                keep(key, data);
            apply(std::move(data), generation);
            if (generation == m_generation)
                scheduleReadAhead();
        });
}

void DayScheduleModel::keep(const SpanKey &key, const DayData &data)
{
    m_kept.removeIf([&](const ReadAhead &kept) { return kept.key == key; });
    m_kept.prepend(ReadAhead{key, data});
    if (m_kept.size() > kKeptSpans)
        m_kept.resize(kKeptSpans);
}

void DayScheduleModel::readAhead()
{
    // On the store's second reader when it has one, so a read ahead never delays an edit or
    // the span the desk asks for next; the next span first (the desk mostly goes forward).
    StoreExecutor *reader = m_store->companion();
    if (!reader)
        reader = m_store;
    const SpanKey shown = currentKey();
    for (const int step : {1, -1}) {
        const SpanKey key = neighbour(shown, step);
        if (m_readingAhead.contains(key) || kept(key))
            continue;
        m_readingAhead.append(key);
        reader->run(
            this,
            [context = m_context, key, shown = m_shown,
             asked = m_generation](QSqlDatabase &db) -> std::optional<DayData> {
                // The desk moved on before this began: the next span reads its own neighbours.
                if (shown->load() != asked)
                    return std::nullopt;
                return load(db, context, key);
            },
            [this, key, version = m_storeVersion](std::optional<DayData> data) {
                if (version != m_storeVersion)
                    return; // the store changed while it was read: read again when needed
                m_readingAhead.removeOne(key);
                if (!data) {
                    // Skipped as out of date; the span shown now may still want it.
                    if (!m_loading)
                        readAhead();
                    return;
                }
                // Kept behind the shown span, so the span shown is the last to be dropped.
                if (!data->error && !kept(key))
                    m_kept.insert(std::min<qsizetype>(1, m_kept.size()),
                                  ReadAhead{key, std::move(*data)});
                if (m_kept.size() > kKeptSpans)
                    m_kept.resize(kKeptSpans);
                if (m_readingAhead.isEmpty())
                    Q_EMIT readAheadFinished();
            });
    }
    if (m_readingAhead.isEmpty()) // both were in already
        Q_EMIT readAheadFinished();
}

namespace {

qint64 midnight(const QDate &date, const QTimeZone &zone)
{
    return BusinessTime::startOfDay(date, zone);
}

// Lays out the bookings of one span ([from, to), a day or a week): one zone clock for all of
// them, and each time and price text made once (a busy week repeats the same few hundred).
class ItemMaker
{
public:
    ItemMaker(const BusinessContext &context, qint64 from, qint64 to)
        : m_context(context)
        , m_clock(context.timeZone, from, to)
    {}

    QDate dateOf(qint64 secs) const { return m_clock.dateOf(secs); }

    DayScheduleModel::Item make(AppointmentRow row, int column, const QDate &date)
    {
        DayScheduleModel::Item item;
        item.staffColumn = column;
        item.startMinute = m_clock.minuteOfDay(row.startsAt, date);
        item.endMinute = std::max(item.startMinute + 1, m_clock.minuteOfDay(row.endsAt, date));
        item.timeText = AP::joinTimeRange(timeText(row.startsAt), timeText(row.endsAt));
        item.statusLabel = cached(m_statusLabels, row.statusKey, AP::statusLabel);
        item.sourceLabel = cached(m_sourceLabels, row.sourceKey, AP::sourceLabel);
        item.priceText = priceText(row.priceMinor);
        item.colour = AP::statusColour(row.statusKey);
        item.fill = AP::statusFill(row.statusKey);
        item.serviceColour = QColor(row.serviceColour);
        item.inactive = AP::isInactiveStatus(row.statusKey);
        item.version = row.version;
        item.row = std::move(row);
        return item;
    }

private:
    QString timeText(qint64 secs)
    {
        const QTime time = m_clock.timeOf(secs);
        const int key = time.msecsSinceStartOfDay() / 1000;
        auto found = m_times.constFind(key);
        if (found == m_times.cend())
            found = m_times.insert(key, AP::formatTimeOfDay(time, m_context));
        return *found;
    }

    // A handful of statuses and sources, translated once per load instead of once per booking.
    static QString cached(QHash<QString, QString> &labels, const QString &key,
                          QString (*label)(const QString &))
    {
        auto found = labels.constFind(key);
        if (found == labels.cend())
            found = labels.insert(key, label(key));
        return *found;
    }

    QString priceText(qint64 minor)
    {
        auto found = m_prices.constFind(minor);
        if (found == m_prices.cend())
            found = m_prices.insert(minor, AP::formatPrice(minor, m_context));
        return *found;
    }

    const BusinessContext &m_context;
    ZoneClock m_clock;
    QHash<int, QString> m_times;
    QHash<qint64, QString> m_prices;
    QHash<QString, QString> m_statusLabels;
    QHash<QString, QString> m_sourceLabels;
};

} // namespace

DayScheduleModel::DayData DayScheduleModel::loadDay(QSqlDatabase &db,
                                                    const BusinessContext &context,
                                                    const QDate &date, const QStringList &order,
                                                    const QStringList &hidden)
{
    DayData data;
    data.date = date;
    const QTimeZone &zone = context.timeZone;
    StaffDayResult staff = StaffRepository(db).daySchedule(context.businessId, date, zone);
    if (staff.error) {
        data.error = staff.error;
        return data;
    }
    data.staff = std::move(staff.staff);
    // The desk's arrangement: hidden people out, the chosen order first (stable for the rest).
    data.staff.removeIf([&](const StaffDay &day) { return hidden.contains(day.member.id); });
    std::stable_sort(data.staff.begin(), data.staff.end(),
                     [&](const StaffDay &a, const StaffDay &b) {
                         auto rank = [&](const StaffDay &day) {
                             const qsizetype at = order.indexOf(day.member.id);
                             return at < 0 ? order.size() : at;
                         };
                         return rank(a) < rank(b);
                     });

    const qint64 dayStart = midnight(date, zone);
    const qint64 dayEnd = midnight(date.addDays(1), zone);
    AppointmentRowsResult rows =
        AppointmentRepository(db).inRange(context.businessId, dayStart, dayEnd);
    if (rows.error) {
        data.error = rows.error;
        return data;
    }

    ItemMaker maker(context, dayStart, dayEnd);
    QHash<QString, int> columnByStaff;
    for (int i = 0; i < data.staff.size(); ++i)
        columnByStaff.insert(data.staff[i].member.id, i);

    data.items.reserve(rows.rows.size());
    for (AppointmentRow &row : rows.rows) {
        if (hidden.contains(row.staffId))
            continue;
        auto column = columnByStaff.constFind(row.staffId);
        if (column == columnByStaff.constEnd()) {
            // A booking with someone no longer active still belongs on the day: give them a
            // column of their own rather than hide it.
            StaffDay extra;
            extra.member = StaffMember{row.staffId, row.staffName, row.staffColour, {}};
            data.staff.append(extra);
            column = columnByStaff.insert(row.staffId, int(data.staff.size() - 1));
        }
        data.items.append(maker.make(std::move(row), *column, date));
    }
    for (const StaffDay &day : std::as_const(data.staff)) {
        data.columnDates.append(date);
        data.columnTitles.append(day.member.name);
    }
    return data;
}

DayScheduleModel::DayData DayScheduleModel::loadWeek(QSqlDatabase &db,
                                                     const BusinessContext &context,
                                                     const QDate &first, const QString &staffId)
{
    DayData data;
    data.date = first;
    const QTimeZone &zone = context.timeZone;
    StaffRepository staffRepository(db);
    const StaffListResult members = staffRepository.activeStaff(context.businessId);
    if (members.error) {
        data.error = members.error;
        return data;
    }
    for (int offset = 0; offset < 7; ++offset) {
        const QDate date = first.addDays(offset);
        StaffDayResult staff =
            staffRepository.daySchedule(context.businessId, members.staff, date, zone);
        if (staff.error) {
            data.error = staff.error;
            return data;
        }
        StaffDay column;
        if (!staffId.isEmpty()) {
            for (const StaffDay &day : std::as_const(staff.staff)) {
                if (day.member.id == staffId)
                    column = day;
            }
            column.member.id = staffId; // also when they no longer work here
        } else {
            // Everyone: shade only what nobody works.
            for (const StaffDay &day : std::as_const(staff.staff)) {
                if (!day.works)
                    continue;
                column.workStart =
                    column.works ? std::min(column.workStart, day.workStart) : day.workStart;
                column.workEnd = column.works ? std::max(column.workEnd, day.workEnd) : day.workEnd;
                column.works = true;
            }
        }
        column.member.name = context.locale.toString(date, QStringLiteral("ddd d MMM"));
        data.staff.append(column);
        data.columnDates.append(date);
        data.columnTitles.append(column.member.name);
    }

    const qint64 from = midnight(first, zone);
    const qint64 to = midnight(first.addDays(7), zone);
    AppointmentRowsResult rows = AppointmentRepository(db).inRange(context.businessId, from, to);
    if (rows.error) {
        data.error = rows.error;
        return data;
    }
    ItemMaker maker(context, from, to);
    for (AppointmentRow &row : rows.rows) {
        if (!staffId.isEmpty() && row.staffId != staffId)
            continue;
        const QDate date = maker.dateOf(row.startsAt);
        const int column = int(first.daysTo(date));
        if (column < 0 || column >= 7)
            continue;
        data.items.append(maker.make(std::move(row), column, date));
    }
    return data;
}

// Built when asked (hovering), not for every booking of a busy week while it loads.
QString DayScheduleModel::toolTipOf(const Item &item) const
{
    const AppointmentRow &row = item.row;
    const BusinessContext &context = m_context;
    const QString customer =
        row.customerName.isEmpty()
            ? QCoreApplication::translate("Chairside::DayScheduleModel", "(no customer)")
            : row.customerName;
    QString tip =
        QStringLiteral("<b>%1</b> · %2<br>%3 with %4<br>%5 · %6 · %7")
            .arg(customer.toHtmlEscaped(), item.timeText, row.serviceName.toHtmlEscaped(),
                 row.staffName.toHtmlEscaped(), item.statusLabel, item.sourceLabel, item.priceText);
    if (const QString desk = AP::deskTimeRange(row.startsAt, row.endsAt, context); !desk.isEmpty())
        tip += QStringLiteral("<br>")
               + QCoreApplication::translate("Chairside::DayScheduleModel", "On this computer: %1")
                     .arg(desk.toHtmlEscaped());
    if (!row.customerPhone.isEmpty())
        tip += QStringLiteral("<br>") + formatPhoneForDisplay(row.customerPhone).toHtmlEscaped();
    if (!row.notes.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>").arg(AP::tooltipExcerpt(row.notes).toHtmlEscaped());
    if (!row.cancelReason.isEmpty())
        tip += QStringLiteral("<br>")
               + QCoreApplication::translate("Chairside::DayScheduleModel", "Reason: %1")
                     .arg(AP::tooltipExcerpt(row.cancelReason).toHtmlEscaped());
    return tip;
}

void DayScheduleModel::apply(DayData data, quint64 generation)
{
    if (generation != m_generation)
        return; // a newer day or reload was asked for meanwhile
    m_loading = false;
    if (data.error) {
        Q_EMIT loadFailed(data.error->message);
        return;
    }
    beginResetModel();
    m_staff = std::move(data.staff);
    m_columnDates = std::move(data.columnDates);
    m_columnTitles = std::move(data.columnTitles);
    m_items = std::move(data.items);
    endResetModel();
    Q_EMIT dayLoaded(data.date);
}

int DayScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant DayScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return item.row.customerName;
    case Qt::ToolTipRole:
        return toolTipOf(item);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2, %3, %4")
            .arg(item.timeText, item.row.customerName, item.row.serviceName, item.statusLabel);
    case RawValueRole:
        return item.row.startsAt;
    case IdRole:
        return item.row.id;
    case StatusKeyRole:
        return item.row.statusKey;
    case ColourRole:
        return item.colour;
    case LoadedRole:
        return true;
    case StaffColumnRole:
        return item.staffColumn;
    case StartMinuteRole:
        return item.startMinute;
    case EndMinuteRole:
        return item.endMinute;
    case ProcessingMinutesRole:
        return item.row.processingMinutes;
    case BufferMinutesRole:
        return item.row.bufferMinutes;
    case TimeTextRole:
        return item.timeText;
    case CustomerNameRole:
        return item.row.customerName;
    case ServiceNameRole:
        return item.row.serviceName;
    case StaffNameRole:
        return item.row.staffName;
    case StatusLabelRole:
        return item.statusLabel;
    case StatusFillRole:
        return item.fill;
    case ServiceColourRole:
        return item.serviceColour;
    case PriceTextRole:
        return item.priceText;
    case SourceLabelRole:
        return item.sourceLabel;
    case InactiveRole:
        return item.inactive;
    case StaffIdRole:
        return item.row.staffId;
    case AppointmentVersionRole:
        return item.version;
    default:
        return {};
    }
}

QHash<int, QByteArray> DayScheduleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RawValueRole, "startsAt");
    names.insert(IdRole, "appointmentId");
    names.insert(StatusKeyRole, "statusKey");
    names.insert(ColourRole, "statusColour");
    names.insert(StaffColumnRole, "staffColumn");
    names.insert(StartMinuteRole, "startMinute");
    names.insert(EndMinuteRole, "endMinute");
    names.insert(ProcessingMinutesRole, "processingMinutes");
    names.insert(BufferMinutesRole, "bufferMinutes");
    names.insert(TimeTextRole, "timeText");
    names.insert(CustomerNameRole, "customerName");
    names.insert(ServiceNameRole, "serviceName");
    names.insert(StaffNameRole, "staffName");
    names.insert(StatusLabelRole, "statusLabel");
    names.insert(StatusFillRole, "statusFill");
    names.insert(ServiceColourRole, "serviceColour");
    names.insert(PriceTextRole, "priceText");
    names.insert(SourceLabelRole, "sourceLabel");
    names.insert(InactiveRole, "inactive");
    names.insert(StaffIdRole, "staffId");
    names.insert(AppointmentVersionRole, "version");
    return names;
}

} // namespace Chairside
