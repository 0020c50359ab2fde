#include "models/business/SetupSubmitter.h"

#include "core/business/SetupRules.h"
#include "models/business/SetupMutations.h"
#include "models/common/DeskEdits.h"
#include "store/StoreExecutor.h"
#include "store/repositories/BusinessSetupRepository.h"
#include "sync/Outbox.h"

#include <QDateTime>
#include <QPointer>

namespace Chairside {

namespace {

// Which bookings the mutation would strand, as the server's checks decide it.
struct StrandCheck
{
    StrandedBookings stranded;
    StrandCause cause = StrandCause::OutsideHours;
};

StrandCheck strandCheck(QSqlDatabase &db, const Mutation &m, const QTimeZone &zone, qint64 now)
{
    const QJsonObject &p = m.payload;
    BusinessSetupRepository repository(db);
    StrandCheck check;
    if (p.value(QStringLiteral("confirm_stranded")).toBool())
        return check;
    if (m.kind == u"working_hours.set") {
        SetupDayHours day;
        day.weekday = int(p.value(QStringLiteral("weekday")).toInteger());
        day.works = !p.value(QStringLiteral("off")).toBool();
        day.startMinute = int(p.value(QStringLiteral("start_minute")).toInteger());
        day.endMinute = int(p.value(QStringLiteral("end_minute")).toInteger());
        if (p.value(QStringLiteral("break_start_minute")).isDouble()) {
            day.breakStartMinute = int(p.value(QStringLiteral("break_start_minute")).toInteger());
            day.breakEndMinute = int(p.value(QStringLiteral("break_end_minute")).toInteger());
        }
        check.cause = day.works ? StrandCause::OutsideHours : StrandCause::DayOff;
        check.stranded = repository.strandedByHours(p.value(QStringLiteral("staff_id")).toString(),
                                                    day, zone, now);
    } else if (m.kind == u"time_off.upsert" && !p.value(QStringLiteral("deleted")).toBool()) {
        check.cause = StrandCause::TimeOff;
        check.stranded =
            repository.strandedByTimeOff(p.value(QStringLiteral("staff_id")).toString(),
                                         p.value(QStringLiteral("starts_at")).toInteger(),
                                         p.value(QStringLiteral("ends_at")).toInteger(), now);
    } else if (m.kind == u"staff.upsert"
               && (p.value(QStringLiteral("deleted")).toBool()
                   || (p.value(QStringLiteral("active")).isBool()
                       && !p.value(QStringLiteral("active")).toBool()))) {
        check.cause = StrandCause::NobodyLeft;
        check.stranded =
            repository.strandedByLeaving(p.value(QStringLiteral("id")).toString(), now);
    }
    return check;
}

} // namespace

SetupSubmitter::SetupSubmitter(StoreExecutor *store, DeskEdits *edits, QTimeZone zone,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_edits(edits)
    , m_zone(std::move(zone))
    , m_confirm([](const QString &) { return false; })
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("outbox")) && !m_waiting.isEmpty())
            checkAnswers();
    });
}

void SetupSubmitter::submit(const Mutation &mutation, bool isNew, QObject *context, Done done)
{
    if (!SetupMutations::changesSomething(mutation)) {
        if (done)
            done(SetupOutcome{SetupOutcome::State::Unchanged, tr("Nothing to save.")});
        return;
    }
    const QString problem = SetupRules::check(mutation.kind, mutation.payload, isNew);
    if (!problem.isEmpty()) {
        if (done)
            done(SetupOutcome{SetupOutcome::State::Invalid, problem});
        return;
    }
    m_store->run(
        this,
        [mutation, zone = m_zone, now = m_clock()](QSqlDatabase &db) {
            return strandCheck(db, mutation, zone, now);
        },
        [this, mutation, context = QPointer<QObject>(context),
         done = std::move(done)](const StrandCheck &check) {
            if (!context)
                return;
            if (check.stranded.error) {
                if (done)
                    done(SetupOutcome{SetupOutcome::State::Refused, check.stranded.error->message});
                return;
            }
            if (check.stranded.count == 0)
                return send(mutation, context, done);
            const QString question = describeStranded(check.stranded, check.cause, m_zone)
                                     + QStringLiteral("\n\n")
                                     + tr("They stay booked; you can move or cancel them in "
                                          "Appointments. Save the change anyway?");
            if (!m_confirm(question)) {
                if (done)
                    done(SetupOutcome{SetupOutcome::State::Cancelled,
                                      tr("Not saved: the bookings were kept as they are.")});
                return;
            }
            send(SetupMutations::confirmStranded(mutation), context, done);
        });
}

void SetupSubmitter::send(const Mutation &mutation, QObject *context, Done done)
{
    m_edits->submit(mutation, context,
                    [this, mutation, done = std::move(done)](const OutboxResult &result) {
                        if (!result.ok) {
                            if (done)
                                done(SetupOutcome{SetupOutcome::State::Refused, result.error});
                            return;
                        }
                        if (m_edits->mode() == Outbox::Mode::Queue) {
                            if (m_waiting.size() > 200)
                                m_waiting.clear(); // answered long ago; keep this bounded
                            m_waiting.insert(mutation.id, mutation);
                        }
                        Q_EMIT saved();
                        if (done)
                            done(SetupOutcome{SetupOutcome::State::Saved, {}});
                    });
}

void SetupSubmitter::checkAnswers()
{
    if (m_checking)
        return;
    m_checking = true;
    m_store->run(
        this, [](QSqlDatabase &db) { return Outbox(db).issues(); },
        [this](const IssuesResult &result) {
            m_checking = false;
            for (const SyncIssue &issue : result.issues) {
                const auto it = m_waiting.constFind(issue.mutationId);
                if (it == m_waiting.constEnd())
                    continue;
                const Mutation tried = *it;
                m_waiting.erase(it);
                if (issue.code != u"strands_appointments") {
                    Q_EMIT serverRefused(issue.summary, issue.reason);
                    continue;
                }
                // The server knows bookings this desk had not pulled yet: the owner decides.
                const bool keep = m_confirm(
                    issue.reason + QStringLiteral("\n\n")
                    + tr("The server found bookings this computer did not know of yet. Save the "
                         "change anyway?"));
                const qint64 issueId = issue.id;
                m_store->run(
                    this, [issueId](QSqlDatabase &db) { return Outbox(db).discard(issueId); },
                    [this, keep, tried](const OutboxResult &discarded) {
                        if (discarded.ok)
                            m_store->notifyTablesChanged(discarded.changedTables);
                        if (keep)
                            send(SetupMutations::confirmStranded(tried), this, {});
                    });
            }
        });
}

} // namespace Chairside
