#include "models/sync/SyncIssuesModel.h"

#include "store/StoreExecutor.h"

#include <QDateTime>

namespace Chairside {

namespace {

constexpr int kIssueWindow = 200;

struct IssuesLoad
{
    IssuesResult result;
};

} // namespace

SyncIssuesModel::SyncIssuesModel(StoreExecutor *store, const BusinessContext &context,
                                 QObject *parent)
    : RowTableModel(ColumnCount, WhenColumn, parent)
    , m_store(store)
    , m_context(context)
{
    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("outbox")))
            reload();
    });
}

SyncIssuesModel::~SyncIssuesModel() = default;

void SyncIssuesModel::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_store->run(
        this,
        [](QSqlDatabase &db) {
            if (!db.isOpen())
                return IssuesLoad{IssuesResult{{}, false, tr("The local store is not open.")}};
            return IssuesLoad{Outbox(db).issues(kIssueWindow)};
        },
        [this, generation](IssuesLoad load) {
            if (generation != m_generation)
                return; // a newer reload is on its way
            m_loading = false;
            if (!load.result.error.isEmpty()) {
                Q_EMIT loadingFailed(load.result.error);
                return;
            }
            QList<Row> rows;
            rows.reserve(load.result.issues.size());
            for (const SyncIssue &issue : std::as_const(load.result.issues)) {
                const qint64 at = issue.answeredAt > 0 ? issue.answeredAt : issue.triedAt;
                const QDateTime when = QDateTime::fromSecsSinceEpoch(at, m_context.timeZone);
                rows.append(
                    Row{issue, issue.summary.isEmpty() ? issue.kind : issue.summary,
                        issue.reason.isEmpty() ? reasonForCode(issue.code) : issue.reason,
                        m_context.locale.toString(when, QStringLiteral("ddd d MMM HH:mm"))});
            }
            resetRows(std::move(rows));
            Q_EMIT loaded(rowCount());
        });
}

qint64 SyncIssuesModel::issueIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).raw.id : 0;
}

QString SyncIssuesModel::reasonForCode(const QString &code)
{
    if (code == u"version_mismatch")
        return tr("Someone else changed this first.");
    if (code == u"already_exists")
        return tr("This already exists.");
    if (code == u"already_claimed")
        return tr("Someone else is already handling this conversation.");
    if (code == u"already_resolved")
        return tr("This conversation was already resolved.");
    if (code == u"double_booking")
        return tr("The staff member is already booked at that time.");
    if (code == u"insufficient_points")
        return tr("The customer does not have enough points.");
    if (code == u"invalid_transition")
        return tr("The appointment cannot move to that status.");
    if (code == u"forbidden")
        return tr("Your role does not allow this change.");
    if (code == u"not_found")
        return tr("It no longer exists.");
    return tr("The server did not accept this change.");
}

QString SyncIssuesModel::headerText(int column) const
{
    switch (column) {
    case WhatColumn:
        return tr("What was tried");
    case WhyColumn:
        return tr("Why it was not accepted");
    case WhenColumn:
        return tr("When");
    default:
        return {};
    }
}

QVariant SyncIssuesModel::rowData(const Row &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case WhatColumn:
            return row.what;
        case WhyColumn:
            return row.why;
        case WhenColumn:
            return row.when;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return column == WhyColumn ? row.why : row.what;
    case RawValueRole:
        switch (column) {
        case WhatColumn:
            return row.raw.kind;
        case WhyColumn:
            return row.raw.code;
        case WhenColumn:
            return row.raw.answeredAt;
        default:
            return {};
        }
    case IdRole:
        return row.raw.id;
    case StatusKeyRole:
        return row.raw.state;
    default:
        return {};
    }
}

} // namespace Chairside
