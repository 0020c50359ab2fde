#pragma once

#include "core/AppointmentStatus.h"
#include "core/Role.h"
#include "store/demo/DemoClock.h"
#include "store/demo/DemoRandom.h"
#include "store/demo/DemoRegion.h"
#include "store/demo/DemoSalon.h"
#include "store/demo/DemoText.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace Chairside {

class DemoTableWriter;

// Builds one demo salon into an open transaction of `db`. Each part of the salon draws from its
// own random stream (see DemoRandom), rows are written through one prepared statement per table,
// and the first SQL error stops the build. The implementation is split by subject over
// DemoSalonBuilder.cpp (people and the menu), DemoSchedule.cpp (appointments), DemoChats.cpp
// (the assistant's conversations) and DemoLedger.cpp (loyalty and notifications).
class DemoSalonBuilder final
{
public:
    DemoSalonBuilder(QSqlDatabase &db, const DemoSalonOptions &options);
    ~DemoSalonBuilder();
    Q_DISABLE_COPY_MOVE(DemoSalonBuilder)

    // Writes every row; returns the first SQL error, if any.
    std::optional<QSqlError> build(DemoSalonSummary *summary);

    // The recipe's key stored in sync_state('demo_recipe').
    static QString recipeKey(const DemoSalonOptions &options);

private:
    struct DayHours
    {
        bool works = false;
        int start = 0;
        int end = 0;
        int breakStart = -1; // -1: no break
        int breakEnd = -1;
    };
    struct TimeOff
    {
        qint64 start = 0;
        qint64 end = 0;
    };
    struct Staff
    {
        QString id;
        QString displayName;
        QString chatName;        // how chats name them in the main language
        QString chatNameEnglish; // in English chats
        QString selfName;        // how they sign their own messages in the main language
        QString latinFirst;
        StaffRole role = StaffRole::Staff;
        bool female = true;
        bool doctor = false;
        QList<int> services; // indices into m_services
        QList<int> serviceWeights;
        std::array<DayHours, 8> hours; // index 1 = Monday .. 7 = Sunday
        QList<TimeOff> timeOff;
    };
    struct Service
    {
        QString id;
        const DemoServiceSpec *spec = nullptr;
        int totalMinutes = 0; // duration + processing + buffer
        qint64 priceMinor = 0;
    };
    struct Customer
    {
        QString id;
        QString fullName;
        QString chatFirst; // first name as written in chats
        QString latinFirst;
        bool female = true;
        bool english = false; // writes in English (second language of the region)
        QString phone;
        QString email;
        bool consentWhatsApp = false;
        bool consentSms = false;
        bool consentEmail = false;
        QString notes;
        QString allergyNotes;
        QString referralCode;
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
        int weight = 1;
        bool member = false;
    };
    struct Appointment
    {
        QString id;
        int customer = -1; // -1: walk-in without a card
        int staff = 0;
        int service = 0;
        QDate date;
        int startMinute = 0;
        qint64 startsAt = 0;
        qint64 endsAt = 0;
        AppointmentStatus status = AppointmentStatus::Confirmed;
        AppointmentSource source = AppointmentSource::Desk;
        qint64 createdAt = 0;
        qint64 confirmedAt = 0; // 0: created confirmed, or still requested
        qint64 cancelledAt = 0;
        qint64 arrivedAt = 0;
        qint64 startedAt = 0;
        qint64 finishedAt = 0; // completed or marked no-show
        qint64 rescheduledAt = 0;
        qint64 movedFrom = 0; // the earlier start of a rescheduled booking
        qint64 reminder24At = 0;
        qint64 reminder2At = 0;
        bool reminder24Failed = false;
        bool reminder2Failed = false;
        bool cancelledOnChat = false;
        QString notes;
        QString cancelReason;
        int deskStaff = 0; // who booked it at the desk
    };

    struct ChatLine
    {
        QString sender;
        QString body;
        QString metadata;
        int gapSeconds = 0; // after the previous line
    };

    // Parts of the build, in order.
    void writeBusiness();
    void makeServices();
    void makeStaff();
    void makeCustomers();
    void makeAppointments();
    void fillDay(int staffIndex, QDate date, DemoRandom &random);
    void decideStatus(Appointment &a, DemoRandom &random);
    void decideReminders(Appointment &a, DemoRandom &random);
    void writeCustomers();
    void writeAppointments();
    void writeReminders();
    void makeConversations();
    void makeBookingChat(const Appointment &a, DemoRandom &random);
    void makeCancelChat(const Appointment &a, DemoRandom &random);
    void makeQuestionChat(qint64 at, DemoRandom &random);
    void makeClosedChat(qint64 at, DemoRandom &random);
    void makeOpenChat(qint64 at, DemoRandom &random);
    void makeHandoff(qint64 at, bool stayOpen, DemoRandom &random);
    // Writes a conversation and its messages; line `anchorLine` is sent at `anchorAt` and the
    // others keep their gaps; lines after "now" are dropped. Returns first and last times.
    QPair<qint64, qint64> writeChat(const QString &id, int customer, const QString &channel,
                                    const QString &status, const QString &intent,
                                    const QList<ChatLine> &lines, qint64 anchorAt, int anchorLine);
    void makeLoyalty();
    void makeNotifications();
    void writeReminderRules(); // DemoAudit.cpp
    void makeAuditLog();
    void writeRecipe();

    // Helpers shared by the parts.
    qint64 at(QDate date, int minute) const { return m_clock.toEpoch(date, minute); }
    // A customer in proportion to how often they come; with `knownBy`, one whose card existed
    // by then; with `onWhatsApp`, one who agreed to WhatsApp messages.
    int pickCustomer(DemoRandom &random, bool male, qint64 knownBy, bool onWhatsApp = false);
    // A service the staff member performs that fits in `maxMinutes`, by popularity; -1: none.
    int pickService(const Staff &staff, DemoRandom &random, int maxMinutes) const;
    bool isOnLeave(const Staff &staff, qint64 from, qint64 to) const;
    int deskPerson(DemoRandom &random) const; // the admin or the owner
    qint64 nextOpenTime(qint64 t, DemoRandom &random) const;
    const DemoPhrases &phrasesFor(int customer) const;
    DemoVars baseVars(int customer, const DemoPhrases &phrases) const;
    QString staffChatName(int staff, const DemoPhrases &phrases) const;
    QString serviceChatName(int service, const DemoPhrases &phrases) const;
    QString dayText(QDate date, const DemoPhrases &phrases) const;
    QString whenText(QDate date, QDate reference, const DemoPhrases &phrases) const;
    QString timeText(int minute, const DemoPhrases &phrases) const;
    QString priceText(qint64 minor, const DemoPhrases &phrases) const;
    QString isoLocal(QDate date, int minute) const;
    QString phoneNumber(DemoRandom &random);
    QString nameForEmail(const QString &latinFirst, const QString &latinLast, DemoRandom &random);
    void addMessage(const QString &conversation, const QString &sender, const QString &body,
                    const QString &metadata, qint64 sentAt);
    enum class Fate { Any, Succeeds, Fails };
    // Returns whether the message failed.
    bool addOutbound(int customer, const QString &conversation, const QString &handoff,
                     const QString &appointment, const QString &channel, const QString &kind,
                     const QString &body, int createdBy, qint64 createdAt, DemoRandom &random,
                     Fate fate = Fate::Any);
    QString staffTime(qint64 epoch) const; // "Fri 20 Nov 10:00" for staff-facing text
    void addNotice(const QString &kind, int priority, const QString &title, const QString &body,
                   const QString &url, qint64 at, int recipient = -1);

    QSqlDatabase &m_db;
    DemoSalonOptions m_options;
    const DemoRegion &m_region;
    DemoClock m_clock;
    QDate m_anchor;
    int m_nowMinute = 11 * 60; // minutes after local midnight of the anchor day
    qint64 m_now = 0;
    qint64 m_windowStart = 0; // local midnight 90 days before the anchor
    QDate m_firstDay;
    QDate m_lastDay;
    std::optional<QSqlError> m_failure;
    DemoSalonSummary m_summary;

    QString m_businessId;
    QList<Service> m_services;
    QList<Staff> m_staff;
    int m_owner = 0;
    int m_admin = 1;
    QList<Customer> m_customers;
    QList<qint64> m_femaleCumulative; // cumulative weights for picking customers
    QList<int> m_femaleIndex;
    QList<qint64> m_maleCumulative;
    QList<int> m_maleIndex;
    QList<Appointment> m_appointments;
    QSet<QString> m_usedPhones;
    QSet<QString> m_usedEmails;
    QList<QString> m_openHandoffs; // ids, newest last
    struct Notice
    {
        QString kind;
        QString title;
        QString body;
        QString url;
        qint64 at = 0;
        int priority = 2;
        int recipient = -1;
    };
    QList<Notice> m_notices; // candidates for notifications

    QList<QString> m_rewardIds;
    QString m_reminderRulesId;
    std::unique_ptr<DemoRandom> m_idRandom; // ids of messages and outbound rows
    std::unique_ptr<DemoTableWriter> m_messages;
    std::unique_ptr<DemoTableWriter> m_outbound;
    std::unique_ptr<DemoTableWriter> m_conversations;
    std::unique_ptr<DemoTableWriter> m_handoffs;
};

} // namespace Chairside
