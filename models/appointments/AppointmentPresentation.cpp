#include "models/appointments/AppointmentPresentation.h"

#include "core/Money.h"
#include "core/calendar/BusinessTime.h"
#include "models/ModelRoles.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Chairside::AppointmentPresentation {

namespace {

const char *const kContext = "Chairside::AppointmentPresentation";

struct StatusStyle
{
    const char16_t *key;
    const char *label;
    QRgb colour;
    QRgb fill;
};

// Distinct in hue and lightness, so the statuses stay apart for colour-blind eyes as well;
// the label is always written next to the colour. Each colour darkened by 130 % holds 4.5:1 on
// its fill (the status word in a block) and itself 3:1 on white (tst_accessibility).
constexpr StatusStyle kStatuses[] = {
    {u"requested", QT_TRANSLATE_NOOP("Chairside::AppointmentPresentation", "Requested"), 0xffb07800,
     0xfffff1d0},
    {u"confirmed", QT_TRANSLATE_NOOP("Chairside::AppointmentPresentation", "Confirmed"), 0xff2f6fd0,
     0xffdde9fb},
    {u"arrived", QT_TRANSLATE_NOOP("Chairside::AppointmentPresentation", "Arrived"), 0xff0f8f85,
     0xffd4f1ed},
    {u"in_service", QT_TRANSLATE_NOOP("Chairside::AppointmentPresentation", "In service"),
     0xff7b4cc9, 0xffebe2fa},
    {u"completed", QT_TRANSLATE_NOOP("Chairside::AppointmentPresentation", "Completed"), 0xff3a8a4f,
     0xffdff0e3},
    {u"cancelled", QT_TRANSLATE_NOOP("Chairside::AppointmentPresentation", "Cancelled"), 0xff80868b,
     0xfff1f3f4},
    {u"no_show", QT_TRANSLATE_NOOP("Chairside::AppointmentPresentation", "No-show"), 0xffc5362f,
     0xfffbe3e1},
};

const StatusStyle *styleFor(const QString &key)
{
    for (const StatusStyle &style : kStatuses) {
        if (key == QStringView(style.key))
            return &style;
    }
    return nullptr;
}

QString translate(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

} // namespace

QStringList statusKeys()
{
    QStringList keys;
    for (const StatusStyle &style : kStatuses)
        keys.append(QString::fromUtf16(style.key));
    return keys;
}

QString tooltipExcerpt(const QString &text, qsizetype maxCharacters)
{
    if (text.size() <= maxCharacters)
        return text;
    qsizetype end = maxCharacters;
    if (text.at(end - 1).isHighSurrogate())
        --end; // an emoji or another character beyond the first plane stays whole
    return text.left(end) + u'…';
}

QString statusLabel(const QString &statusKey)
{
    const StatusStyle *style = styleFor(statusKey);
    return style ? translate(style->label) : statusKey;
}

QString sourceLabel(const QString &sourceKey)
{
    if (sourceKey == u"whatsapp_ai")
        return QCoreApplication::translate(kContext, "WhatsApp AI");
    if (sourceKey == u"web")
        return QCoreApplication::translate(kContext, "Web");
    if (sourceKey == u"phone")
        return QCoreApplication::translate(kContext, "Phone");
    if (sourceKey == u"walk_in")
        return QCoreApplication::translate(kContext, "Walk-in");
    if (sourceKey == u"desk")
        return QCoreApplication::translate(kContext, "Desk");
    return sourceKey;
}

QStringList sourceKeys()
{
    return {QStringLiteral("desk"), QStringLiteral("phone"), QStringLiteral("walk_in"),
            QStringLiteral("web"), QStringLiteral("whatsapp_ai")};
}

QColor statusColour(const QString &statusKey)
{
    const StatusStyle *style = styleFor(statusKey);
    return style ? QColor::fromRgb(style->colour) : QColor(Qt::darkGray);
}

QColor statusFill(const QString &statusKey)
{
    const StatusStyle *style = styleFor(statusKey);
    return style ? QColor::fromRgb(style->fill) : QColor(Qt::lightGray);
}

bool isInactiveStatus(const QString &statusKey)
{
    return statusKey == u"cancelled" || statusKey == u"no_show";
}

QString formatTime(qint64 secs, const BusinessContext &context)
{
    return formatTimeOfDay(QDateTime::fromSecsSinceEpoch(secs, context.timeZone).time(), context);
}

QString formatTimeOfDay(const QTime &time, const BusinessContext &context)
{
    return context.locale.toString(time, QLocale::ShortFormat);
}

QString joinTimeRange(const QString &from, const QString &to)
{
    return from + QStringLiteral("–") + to;
}

QString formatTimeRange(qint64 from, qint64 to, const BusinessContext &context)
{
    return joinTimeRange(formatTime(from, context), formatTime(to, context));
}

bool showsTwoZones(qint64 secs, const BusinessContext &context)
{
    return BusinessTime::clocksDiffer(context.timeZone, context.deskTimeZone, secs);
}

QString deskTimeRange(qint64 from, qint64 to, const BusinessContext &context)
{
    if (!showsTwoZones(from, context))
        return {};
    const QDateTime start = QDateTime::fromSecsSinceEpoch(from, context.deskTimeZone);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(to, context.deskTimeZone);
    QString text = context.locale.toString(start.time(), QLocale::ShortFormat) + QStringLiteral("–")
                   + context.locale.toString(end.time(), QLocale::ShortFormat);
    if (start.date() != QDateTime::fromSecsSinceEpoch(from, context.timeZone).date())
        text += u' ' + context.locale.toString(start.date(), QStringLiteral("d MMM"));
    return text + u' ' + context.deskTimeZone.abbreviation(start);
}

QString formatDateTime(qint64 secs, const BusinessContext &context)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secs, context.timeZone);
    return context.locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat) + u' '
           + context.locale.toString(local.date(), QLocale::ShortFormat) + u' '
           + context.locale.toString(local.time(), QLocale::ShortFormat);
}

QString formatDate(qint64 secs, const BusinessContext &context)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secs, context.timeZone);
    return context.locale.toString(local.date(), QLocale::ShortFormat);
}

QString formatPrice(qint64 minor, const BusinessContext &context)
{
    return formatMoney(Money{minor, context.currency}, context.locale);
}

AppointmentListEntry listEntry(AppointmentRow raw, const BusinessContext &context)
{
    AppointmentListEntry entry;
    entry.when = formatDateTime(raw.startsAt, context);
    entry.status = statusLabel(raw.statusKey);
    entry.source = sourceLabel(raw.sourceKey);
    entry.price = formatPrice(raw.priceMinor, context);
    entry.statusColour = statusColour(raw.statusKey);
    entry.raw = std::move(raw);
    return entry;
}

QVariant entryData(const AppointmentListEntry &entry, Field field, int role)
{
    const AppointmentRow &raw = entry.raw;
    switch (role) {
    case Qt::DisplayRole:
        switch (field) {
        case Field::When:
            return entry.when;
        case Field::Customer:
            return raw.customerName;
        case Field::Service:
            return raw.serviceName;
        case Field::Staff:
            return raw.staffName;
        case Field::Status:
            return entry.status;
        case Field::Source:
            return entry.source;
        case Field::Price:
            return entry.price;
        }
        break;
    case RawValueRole:
        switch (field) {
        case Field::When:
            return raw.startsAt;
        case Field::Customer:
            return raw.customerName;
        case Field::Service:
            return raw.serviceName;
        case Field::Staff:
            return raw.staffId;
        case Field::Status:
            return raw.statusKey;
        case Field::Source:
            return raw.sourceKey;
        case Field::Price:
            return raw.priceMinor;
        }
        break;
    case Qt::DecorationRole:
        if (field == Field::Status)
            return entry.statusColour;
        break;
    case IdRole:
        return raw.id;
    case StatusKeyRole:
        return raw.statusKey;
    case ColourRole:
        return entry.statusColour;
    default:
        break;
    }
    return {};
}

} // namespace Chairside::AppointmentPresentation
