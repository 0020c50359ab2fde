#include "core/business/SetupRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <optional>

namespace Chairside::SetupRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::SetupRules", text);
}

bool absent(const QJsonObject &p, const char *key)
{
    const QJsonValue v = p.value(QLatin1String(key));
    return v.isUndefined() || v.isNull();
}

// As private.int_in: absent is fine, otherwise a whole number within [lo, hi].
QString intIn(const QJsonObject &p, const char *key, qint64 lo, qint64 hi, const QString &label,
              std::optional<qint64> *out = nullptr)
{
    if (absent(p, key))
        return {};
    const QJsonValue v = p.value(QLatin1String(key));
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::isnan(d) || d != std::floor(d))
        return tr("%1 must be a whole number.").arg(label);
    const auto n = qint64(d);
    if (n < lo || n > hi)
        return tr("%1 must be between %2 and %3.").arg(label).arg(lo).arg(hi);
    if (out)
        *out = n;
    return {};
}

// As private.text_in: trimmed, optionally required, at most `max` characters.
QString textIn(const QJsonObject &p, const char *key, int max, const QString &label,
               bool required = false)
{
    if (!p.contains(QLatin1String(key)))
        return {};
    const QString v = p.value(QLatin1String(key)).toString().trimmed();
    if (v.isEmpty() && required)
        return tr("%1 cannot be empty.").arg(label);
    if (v.size() > max)
        return tr("%1 can be at most %2 characters long.").arg(label).arg(max);
    return {};
}

QString boolIn(const QJsonObject &p, const char *key)
{
    if (absent(p, key) || p.value(QLatin1String(key)).isBool())
        return {};
    return tr("\"%1\" must be true or false.").arg(QLatin1String(key));
}

QString colourIn(const QJsonObject &p)
{
    if (absent(p, "colour") || isColour(p.value(QStringLiteral("colour")).toString()))
        return {};
    return tr("A colour is written #rrggbb.");
}

QString emailIn(const QJsonObject &p)
{
    const QString v = p.value(QStringLiteral("email")).toString().trimmed();
    if (v.isEmpty() || looksLikeEmail(v))
        return {};
    return tr("That email address does not look right.");
}

template<typename... Checks>
QString first(const Checks &...checks)
{
    QString found;
    ((found.isEmpty() ? void(found = checks) : void()), ...);
    return found;
}

QString business(const QJsonObject &p)
{
    QString e = first(textIn(p, "name", kMaxBusinessNameLength, tr("The name"), true),
                      textIn(p, "time_zone", 64, tr("The time zone")),
                      textIn(p, "currency", 3, tr("The currency")),
                      textIn(p, "locale", 16, tr("The language")),
                      textIn(p, "phone", kMaxPhoneLength, tr("The phone number")), emailIn(p),
                      textIn(p, "address", kMaxAddressLength, tr("The address")),
                      intIn(p, "loyalty_minor_per_point", 1, 1000000000, tr("The spend per point")),
                      intIn(p, "loyalty_expiry_months", 0, 120, tr("Points expiry (months)")));
    if (!e.isEmpty())
        return e;
    const QString tz = p.value(QStringLiteral("time_zone")).toString().trimmed();
    if (!tz.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(tz.toUtf8()))
        return tr("\"%1\" is not a time zone (use a name like Africa/Johannesburg).").arg(tz);
    const QString currency = p.value(QStringLiteral("currency")).toString().trimmed().toUpper();
    static const QRegularExpression threeLetters(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.isEmpty() && !threeLetters.match(currency).hasMatch())
        return tr("A currency is three letters, like ZAR or EUR.");
    const QString locale = p.value(QStringLiteral("locale")).toString().trimmed();
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(-[A-Z]{2})?$"));
    if (!locale.isEmpty() && !language.match(locale).hasMatch())
        return tr("A language is written like en, en-ZA or pt-PT.");
    return {};
}

QString service(const QJsonObject &p, bool isNew)
{
    QString e = first(
        textIn(p, "name", kMaxNameLength, tr("The name"), true),
        textIn(p, "category", kMaxCategoryLength, tr("The category")),
        intIn(p, "duration_minutes", kMinServiceMinutes, kMaxServiceMinutes,
              tr("The duration (minutes)")),
        intIn(p, "processing_minutes", 0, kMaxServiceMinutes, tr("The processing time (minutes)")),
        intIn(p, "buffer_minutes", 0, kMaxBufferMinutes, tr("The buffer (minutes)")),
        intIn(p, "price_minor", 0, kMaxPriceMinor, tr("The price")), colourIn(p),
        boolIn(p, "active"), boolIn(p, "deleted"));
    if (!e.isEmpty())
        return e;
    if (isNew && (absent(p, "duration_minutes") || absent(p, "price_minor")))
        return tr("A new service needs a duration and a price.");
    if (isNew && !p.contains(QStringLiteral("name")))
        return tr("%1 cannot be empty.").arg(tr("The name"));
    return {};
}

QString staff(const QJsonObject &p, bool isNew)
{
    const QString role = p.value(QStringLiteral("role")).toString();
    if (!absent(p, "role") && role != u"staff" && role != u"admin" && role != u"owner")
        return tr("A role is staff, admin or owner.");
    QString e = first(textIn(p, "display_name", kMaxStaffNameLength, tr("The name"), true),
                      colourIn(p), textIn(p, "phone", kMaxPhoneLength, tr("The phone number")),
                      emailIn(p), boolIn(p, "active"), boolIn(p, "deleted"),
                      intIn(p, "sort_order", 0, 10000, tr("The position")));
    if (!e.isEmpty())
        return e;
    if (isNew && !p.contains(QStringLiteral("display_name")))
        return tr("%1 cannot be empty.").arg(tr("The name"));
    return {};
}

QString workingHours(const QJsonObject &p)
{
    std::optional<qint64> day, start, end, breakStart, breakEnd;
    QString e = first(intIn(p, "weekday", 1, 7, tr("The weekday"), &day), boolIn(p, "off"),
                      intIn(p, "start_minute", 0, 1435, tr("The start"), &start),
                      intIn(p, "end_minute", 5, 1440, tr("The end"), &end),
                      intIn(p, "break_start_minute", 0, 1440, tr("The break's start"), &breakStart),
                      intIn(p, "break_end_minute", 0, 1440, tr("The break's end"), &breakEnd));
    if (!e.isEmpty())
        return e;
    if (!day)
        return tr("The change is missing \"weekday\".");
    if (p.value(QStringLiteral("off")).toBool())
        return {};
    if (!start || !end || *start >= *end)
        return tr("Working hours need a start before their end.");
    if (breakStart.has_value() != breakEnd.has_value())
        return tr("A break needs a start and an end.");
    if (breakStart && !(*start <= *breakStart && *breakStart < *breakEnd && *breakEnd <= *end))
        return tr("The break must lie inside the working hours.");
    if (*start % kMinuteStep || *end % kMinuteStep || breakStart.value_or(0) % kMinuteStep
        || breakEnd.value_or(0) % kMinuteStep)
        return tr("Working hours are set in steps of 5 minutes.");
    return {};
}

QString timeOff(const QJsonObject &p, bool isNew)
{
    QString e =
        first(boolIn(p, "deleted"), textIn(p, "reason", kMaxReasonLength, tr("The reason")));
    if (!e.isEmpty() || p.value(QStringLiteral("deleted")).toBool())
        return e;
    const QJsonValue s = p.value(QStringLiteral("starts_at"));
    const QJsonValue en = p.value(QStringLiteral("ends_at"));
    if (isNew && (absent(p, "staff_id") || !s.isDouble() || !en.isDouble()))
        return tr("Time off needs a staff member, a start and an end.");
    if (s.isDouble() && en.isDouble()) {
        const auto starts = qint64(s.toDouble());
        const auto ends = qint64(en.toDouble());
        if (ends <= starts)
            return tr("The end must be after the start.");
        if (ends - starts > kMaxTimeOffSeconds)
            return tr("Time off can be at most a year long.");
    }
    return {};
}

QString staffServices(const QJsonObject &p)
{
    if (absent(p, "staff_id"))
        return tr("The change is missing \"staff_id\".");
    const QJsonValue list = p.value(QStringLiteral("service_ids"));
    const QString notAList =
        tr("\"service_ids\" must be a list of service ids (an empty list: every service).");
    if (!list.isArray())
        return notAList;
    const QJsonArray ids = list.toArray();
    if (ids.size() > kMaxServicesPerStaff)
        return tr("A staff member can have at most %1 services.").arg(kMaxServicesPerStaff);
    // Whether each is a uuid the server decides (the desk's own test salons use other ids).
    for (const QJsonValue &id : ids) {
        if (id.toString().trimmed().isEmpty())
            return notAList;
    }
    return {};
}

} // namespace

QString check(const QString &kind, const QJsonObject &payload, bool isNew)
{
    if (kind == u"business.update")
        return business(payload);
    if (kind == u"service.upsert")
        return service(payload, isNew);
    if (kind == u"staff.upsert")
        return staff(payload, isNew);
    if (kind == u"working_hours.set")
        return workingHours(payload);
    if (kind == u"time_off.upsert")
        return timeOff(payload, isNew);
    if (kind == u"staff.services_set")
        return staffServices(payload);
    return {};
}

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return email.match(text).hasMatch();
}

bool isColour(const QString &text)
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return colour.match(text).hasMatch();
}

} // namespace Chairside::SetupRules
