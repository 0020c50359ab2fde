#include "models/appointments/DayScheduleModel.h"

#include "models/appointments/AppointmentEditing.h"
#include "models/appointments/AppointmentPresentation.h"
#include "store/StoreExecutor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace Chairside {

namespace AP = AppointmentPresentation;

DayScheduleModel::DayScheduleModel(StoreExecutor *store, const BusinessContext &context,
                                   QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_context(context)
{}

DayScheduleModel::~DayScheduleModel() = default;

void DayScheduleModel::setDate(const QDate &date)
{
    if (!date.isValid() || (date == m_date && (m_loading || !m_staff.isEmpty())))
        return;
    m_date = date;
    reload();
}

void DayScheduleModel::reload()
{
    if (!m_date.isValid())
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_store->run(
        this,
        [context = m_context, date = m_date](QSqlDatabase &db) {
            return loadDay(db, context, date);
        },
        [this, generation](DayData data) { apply(std::move(data), generation); });
}

DayScheduleModel::DayData
DayScheduleModel::loadDay(QSqlDatabase &db, const BusinessContext &context, const QDate &date)
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

    const qint64 dayStart = QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 dayEnd = QDateTime(date.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    AppointmentRowsResult rows =
        AppointmentRepository(db).inRange(context.businessId, dayStart, dayEnd);
    if (rows.error) {
        data.error = rows.error;
        return data;
    }

    // The rows' versions, for the edits made from the day (expected_version).
    QHash<QString, qint64> versions;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, version FROM appointments WHERE business_id = ? AND "
                                 "starts_at >= ? AND starts_at < ? AND deleted_at IS NULL"));
        q.addBindValue(context.businessId);
        q.addBindValue(dayStart);
        q.addBindValue(dayEnd);
        if (q.exec()) {
            while (q.next())
                versions.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
    }

    QHash<QString, int> columnByStaff;
    for (int i = 0; i < data.staff.size(); ++i)
        columnByStaff.insert(data.staff[i].member.id, i);

    data.items.reserve(rows.rows.size());
    for (AppointmentRow &row : rows.rows) {
        auto column = columnByStaff.constFind(row.staffId);
        if (column == columnByStaff.constEnd()) {
            // A booking with someone no longer active still belongs on the day: give them a
            // column of their own rather than hide it.
            StaffDay extra;
            extra.member = StaffMember{row.staffId, row.staffName, row.staffColour, {}};
            data.staff.append(extra);
            column = columnByStaff.insert(row.staffId, int(data.staff.size() - 1));
        }
        Item item;
        item.staffColumn = *column;
        item.startMinute = StaffRepository::localMinuteOfDay(row.startsAt, date, zone);
        item.endMinute = std::max(item.startMinute + 1,
                                  StaffRepository::localMinuteOfDay(row.endsAt, date, zone));
        item.timeText = AP::formatTimeRange(row.startsAt, row.endsAt, context);
        item.statusLabel = AP::statusLabel(row.statusKey);
        item.sourceLabel = AP::sourceLabel(row.sourceKey);
        item.priceText = AP::formatPrice(row.priceMinor, context);
        item.colour = AP::statusColour(row.statusKey);
        item.fill = AP::statusFill(row.statusKey);
        item.serviceColour = QColor(row.serviceColour);
        item.inactive = AP::isInactiveStatus(row.statusKey);
        item.version = versions.value(row.id);

        const QString customer =
            row.customerName.isEmpty()
                ? QCoreApplication::translate("Chairside::DayScheduleModel", "(no customer)")
                : row.customerName;
        QString tip = QStringLiteral("<b>%1</b> · %2<br>%3 with %4<br>%5 · %6 · %7")
                          .arg(customer.toHtmlEscaped(), item.timeText,
                               row.serviceName.toHtmlEscaped(), row.staffName.toHtmlEscaped(),
                               item.statusLabel, item.sourceLabel, item.priceText);
        if (!row.customerPhone.isEmpty())
            tip += QStringLiteral("<br>") + row.customerPhone.toHtmlEscaped();
        if (!row.notes.isEmpty())
            tip += QStringLiteral("<br><i>%1</i>").arg(row.notes.toHtmlEscaped());
        if (!row.cancelReason.isEmpty())
            tip += QStringLiteral("<br>")
                   + QCoreApplication::translate("Chairside::DayScheduleModel", "Reason: %1")
                         .arg(row.cancelReason.toHtmlEscaped());
        item.toolTip = tip;
        item.row = std::move(row);
        data.items.append(std::move(item));
    }
    return data;
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
        return item.toolTip;
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
    names.insert(AppointmentVersionRole, "version");
    return names;
}

} // namespace Chairside
