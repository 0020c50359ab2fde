#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace Chairside {

class StoreExecutor;

// Follows the edits a settings page made until the server has answered them. An edit the server
// refused or found in conflict (an outbox row in state rejected / conflict, a Sync issue) is
// reported with the server's sentence, so the page can say why and keep the owner's values; an
// edit that left the outbox was applied. In the demo store nothing waits for a server.
class EditOutcomes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditOutcomes)

public:
    explicit EditOutcomes(StoreExecutor *store, QObject *parent = nullptr);
    ~EditOutcomes() override;

    void track(const QString &mutationId);
    bool isWaiting() const { return !m_waiting.isEmpty(); }
    // Looks at the outbox now (otherwise done whenever the outbox changes).
    void check();

Q_SIGNALS:
    // `what` is the edit's summary ("Change the reminder rules"), `reason` the server's words.
    void refused(const QString &what, const QString &reason);
    void allAnswered();

private:
    StoreExecutor *m_store;
    QHash<QString, bool> m_waiting; // mutation id -> true
    bool m_checking = false;
    bool m_again = false;
};

} // namespace Chairside
