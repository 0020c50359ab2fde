#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Chairside {

// Text tables are written as UTF-8 literals; these turn them into Qt strings.
inline QString u8(const char *text)
{
    return QString::fromUtf8(text);
}
inline QStringList u8list(std::initializer_list<const char *> texts)
{
    QStringList list;
    list.reserve(qsizetype(texts.size()));
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

// The fixed ingredients of a demo salon in one region: the business, its menu, its loyalty
// programme and the names and phrases its people use. DemoSalonBuilder combines them at random.

struct DemoServiceSpec
{
    QString name;
    QString category;
    QString skill; // which staff profile performs it
    int durationMinutes = 60;
    int processingMinutes = 0;
    int bufferMinutes = 0;
    qint64 priceMajor = 0; // whole rands / baht
    QString colour;
    int popularity = 10; // relative weight among the services of one skill
    int malePercent = 3; // share of men among the customers who book it
    QString shortName;   // how people write it in a chat
};

struct DemoStaffProfile
{
    QStringList skills;
    QList<int> weekdays; // 1 = Monday .. 7 = Sunday
    bool female = true;
    QString titlePrefix; // e.g. a doctor's title in front of the name
};

struct DemoNameGroup
{
    int weight = 1;
    bool thaiScript = false; // display names in Thai script (Latin kept for e-mail)
    QStringList femaleFirst; // "display|latin" or plain Latin
    QStringList maleFirst;
    QStringList surnames;
};

struct DemoTierSpec
{
    QString name;
    int thresholdPoints = 0;
    QString perks;
};

struct DemoRewardSpec
{
    QString name;
    int costPoints = 0;
};

// A reason the assistant hands a chat to a person, with what is said around it.
struct DemoHandoffScript
{
    QString reason;                // shown to staff (English)
    QString intent;                // ai_conversations.intent
    QList<int> priorityWeights;    // four weights for priority 1 (urgent) .. 4 (low)
    QStringList customerOpeners;   // first message(s) of the customer
    QStringList customerFollowUps; // a second message
    QStringList assistantAttempts; // what the assistant tried before handing over
    QStringList staffReplies;      // first human reply
    QList<int> outcomeWeights;     // booked, rescheduled, cancelled, answered, complaint,
                                   // no_action, spam, returned_to_ai
    QStringList resolutionNotes;   // one per outcome, same order as outcomeWeights
};

// Chat phrases in one language. Placeholders: {first} customer's first name, {service},
// {staff}, {day}, {time}, {slots}, {price}, {minutes}, {agent}, {salon}, {reason}, {p} polite
// particle, {q} polite question particle (Thai).
struct DemoPhrases
{
    QStringList bookOpeners;
    QStringList clarifyQuestions;
    QStringList clarifyAnswers;
    QStringList assistantOffers;
    QStringList customerPicks;
    QStringList assistantConfirms;
    QStringList customerThanks;
    QStringList assistantGoodbyes;
    QStringList cancelOpeners;
    QStringList cancelExcuses;
    QStringList assistantCancelled;
    QStringList customerAfterCancel;
    QStringList priceQuestions;
    QStringList priceAnswers;
    QStringList hoursQuestions;
    QStringList hoursAnswers;
    QStringList parkingQuestions;
    QStringList parkingAnswers;
    QString pro;  // "stylist" / "doctor"
    QString team; // "salon team" / "clinic team"

    QStringList silentOpeners;
    QStringList silentClosers; // the last word of a chat that went nowhere
    QStringList assistantWelcome;
    QStringList spamMessages;
    QStringList assistantSpamReply;
    QStringList assistantHandover;
    QString systemHandover;
    QStringList customerAfterStaff;
    QStringList reminder24h;
    QStringList reminder2h;
    QString today;
    QString tomorrow;
    QString onDay;            // "on {day}" / "{day}"
    QStringList weekdayNames; // Monday first
    QStringList monthNames;   // January first
    QString dayFormat;        // "{weekday} {day} {month}"
    QString timeFormat;       // "{time}" or "{time} น."
    QString politeFemale;
    QString politeMale;
    QString questionFemale;
    QString questionMale;
    QString slotJoiner;
    QString lastSlotJoiner;
    QList<DemoHandoffScript> handoffs;
};

struct DemoRegion
{
    QString key;
    QString businessName;
    QString timeZone;
    int utcOffsetSeconds = 0; // used only when the system has no zone data
    QString currency;
    QString locale;
    QString phone;
    QString email;
    QString address;
    QString mailDomain; // staff e-mail domain (a subdomain of example.com)
    // Opening hours per weekday (index 0 = Monday): minutes after local midnight.
    QList<int> openMinute;
    QList<int> closeMinute;
    int lunchEarliest = 12 * 60; // breaks start between this and 90 minutes later
    QString agentName;
    QString countryCode;       // "27"
    QList<int> mobilePrefixes; // two-digit national prefixes, e.g. 72, 82
    qint64 minorPerPoint = 1000;
    int expiryMonths = 12;
    int femalePercent = 78;
    QString currencySymbol; // "R", "฿"
    QString thousandsSep;   // " " or ","
    bool symbolAfter = false;
    QString currencyWord; // suffix used in Thai text ("บาท"); empty otherwise

    QList<DemoServiceSpec> services;
    QList<DemoStaffProfile> staffProfiles; // the first is the owner, the second the admin
    QList<DemoNameGroup> nameGroups;
    QList<DemoTierSpec> tiers;
    QList<DemoRewardSpec> rewards;
    QStringList staffColours;

    QStringList customerNotes;
    QStringList allergyNotes;
    QStringList appointmentNotes;
    QStringList cancelReasons;
    QStringList timeOffReasons;
    QStringList reviewTexts;
    QStringList awardReasons; // birthday, referral, review thank-you...
    QStringList adjustReasonsUp;
    QStringList adjustReasonsDown;
    QString openingBalanceReason;
    QString expiryReason;

    DemoPhrases phrases;        // the salon's main language
    DemoPhrases englishPhrases; // for customers who write in English (expats in Bangkok)
    bool hasSecondLanguage = false;
};

const DemoRegion &demoRegion(const QString &key); // "za" or "th"; anything else: "za"

// Region builders, one per file.
DemoRegion makeSouthAfricaRegion();
DemoRegion makeThailandRegion();
// Chat phrases in English; `clinic` picks the aesthetic clinic's handoff reasons.
DemoPhrases makeEnglishPhrases(bool clinic);

} // namespace Chairside
