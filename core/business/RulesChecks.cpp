#include "core/business/RulesChecks.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace Chairside::RulesChecks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::RulesChecks", text);
}

bool present(const QJsonObject &p, const char *key)
{
    const QJsonValue v = p.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

// private.int_in: an optional whole number within [lo, hi].
QString intIn(const QJsonObject &p, const char *key, qint64 lo, qint64 hi, const QString &label)
{
    if (!present(p, key))
        return {};
    const QJsonValue v = p.value(QLatin1String(key));
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::isnan(d) || d != std::floor(d))
        return tr("%1 must be a whole number.").arg(label);
    if (d < double(lo) || d > double(hi))
        return tr("%1 must be between %2 and %3.").arg(label).arg(lo).arg(hi);
    return {};
}

// private.text_in: trimmed text of at most `max` characters; required ones cannot be blank.
QString textIn(const QJsonObject &p, const char *key, int max, const QString &label, bool required)
{
    const QString v = p.value(QLatin1String(key)).toString().trimmed();
    if (v.isEmpty() && required)
        return tr("%1 cannot be empty.").arg(label);
    if (v.size() > max)
        return tr("%1 can be at most %2 characters long.").arg(label).arg(max);
    return {};
}

QString boolIn(const QJsonObject &p, const char *key)
{
    if (!present(p, key) || p.value(QLatin1String(key)).isBool())
        return {};
    return tr("\"%1\" must be true or false.").arg(QLatin1String(key));
}

} // namespace

QString checkTier(const QJsonObject &p, bool isNew)
{
    QString error = intIn(p, "rank", 1, kTierCount, tr("The tier's rank"));
    if (error.isEmpty())
        error = intIn(p, "threshold_points", 0, kMaxThresholdPoints, tr("The threshold"));
    if (error.isEmpty() && isNew && (!present(p, "rank") || !present(p, "threshold_points")))
        error = tr("A new tier needs a rank and a threshold.");
    if (error.isEmpty() && (isNew || p.contains(QLatin1String("name"))))
        error = textIn(p, "name", kMaxTierNameLength, tr("The name"), true);
    if (error.isEmpty())
        error = textIn(p, "perks", kMaxPerksLength, tr("The perks"), false);
    if (error.isEmpty())
        error = boolIn(p, "deleted");
    return error;
}

QString checkReward(const QJsonObject &p, bool isNew)
{
    QString error = intIn(p, "cost_points", 1, kMaxRewardCost, tr("The cost in points"));
    if (error.isEmpty() && isNew && !present(p, "cost_points"))
        error = tr("A new reward needs a cost in points.");
    if (error.isEmpty() && (isNew || p.contains(QLatin1String("name"))))
        error = textIn(p, "name", kMaxRewardNameLength, tr("The name"), true);
    for (const char *key : {"active", "deleted"}) {
        if (error.isEmpty())
            error = boolIn(p, key);
    }
    return error;
}

QString checkReminderRules(const QJsonObject &p)
{
    QString error =
        intIn(p, "quiet_start_minute", 0, kLastMinuteOfDay, tr("The start of quiet hours"));
    if (error.isEmpty())
        error = intIn(p, "quiet_end_minute", 0, kLastMinuteOfDay, tr("The end of quiet hours"));
    if (!error.isEmpty())
        return error;
    if (p.contains(QLatin1String("quiet_start_minute"))
        || p.contains(QLatin1String("quiet_end_minute"))) {
        const bool start = present(p, "quiet_start_minute");
        const bool end = present(p, "quiet_end_minute");
        if (start != end
            || (start
                && p.value(QLatin1String("quiet_start_minute")).toInteger()
                       == p.value(QLatin1String("quiet_end_minute")).toInteger()))
            return tr("Quiet hours need a start and a different end (or neither).");
    }
    for (const char *key : {"reminder_24h_whatsapp", "reminder_24h_sms", "reminder_24h_email",
                            "reminder_2h_whatsapp", "reminder_2h_sms", "reminder_2h_email"}) {
        error = boolIn(p, key);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString checkEarnRate(const QJsonObject &p)
{
    QString error =
        intIn(p, "loyalty_minor_per_point", 1, kMaxMinorPerPoint, tr("The spend per point"));
    if (error.isEmpty())
        error =
            intIn(p, "loyalty_expiry_months", 0, kMaxExpiryMonths, tr("Points expiry (months)"));
    return error;
}

QString checkTierLadder(QList<TierStep> tiers)
{
    std::sort(tiers.begin(), tiers.end(),
              [](const TierStep &a, const TierStep &b) { return a.rank < b.rank; });
    for (qsizetype i = 1; i < tiers.size(); ++i) {
        if (tiers.at(i).rank == tiers.at(i - 1).rank)
            return tr("Two tiers cannot have the same rank (%1).").arg(tiers.at(i).rank);
        if (tiers.at(i).thresholdPoints <= tiers.at(i - 1).thresholdPoints)
            return tr("Each tier needs more points than the tier below it.");
    }
    return {};
}

} // namespace Chairside::RulesChecks
