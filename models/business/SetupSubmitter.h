#pragma once

#include "sync/Mutation.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace Chairside {

class DeskEdits;
class StoreExecutor;

// What became of a setup edit at the desk.
struct SetupOutcome
{
    enum class State {
        Saved,     // applied here (and queued for the server on a synced desk)
        Unchanged, // nothing differed from what is stored
        Invalid,   // refused before anything was written: `message` says why
        Cancelled, // the owner chose not to strand bookings
        Refused,   // the desk refused it (or failed to write): `message` says why
    };
    State state = State::Saved;
    QString message;

    bool saved() const { return state == State::Saved || state == State::Unchanged; }
};

// Takes a setup mutation from a page to DeskEdits: checks it against the server's ranges
// (core/business/SetupRules), asks the owner when it would strand upcoming bookings (and then
// sends it with "confirm_stranded"), and submits it. On a synced desk it also listens for the
// server's answer: a strands_appointments rejection (bookings the desk did not know of) is asked
// about again and resent confirmed; any other rejection is reported in the server's words.
class SetupSubmitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupSubmitter)

public:
    // A decision for the owner: the question, answered yes (true) or no. The pane shows a
    // message box; tests answer directly.
    using Confirm = std::function<bool(const QString &question)>;
    using Done = std::function<void(const SetupOutcome &)>;
    using Clock = std::function<qint64()>;

    SetupSubmitter(StoreExecutor *store, DeskEdits *edits, QTimeZone zone,
                   QObject *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // `isNew`: the mutation creates its row. `done` runs on this thread unless `context` is gone.
    void submit(const Mutation &mutation, bool isNew, QObject *context, Done done);

Q_SIGNALS:
    // The server refused an edit made here (after it was saved locally and taken back by sync):
    // what was tried and the server's sentence.
    void serverRefused(const QString &summary, const QString &reason);
    // An edit was saved (locally); the pages reload their forms.
    void saved();

private:
    void send(const Mutation &mutation, QObject *context, Done done);
    void checkAnswers();

    StoreExecutor *m_store;
    DeskEdits *m_edits;
    QTimeZone m_zone;
    Confirm m_confirm;
    Clock m_clock;
    QHash<QString, Mutation> m_waiting; // by mutation id: queued edits the server has not refused
    bool m_checking = false;
};

} // namespace Chairside
