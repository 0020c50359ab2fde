#include "ui/business/AuditLogPage.h"

#include "models/business/AuditLogExport.h"
#include "models/business/AuditLogModel.h"
#include "models/business/AuditPresentation.h"
#include "store/StoreExecutor.h"
#include "ui/EmptyViewNote.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Chairside {

namespace {

// Sentinel person choices; staff ids are uuids, so they never collide.
const QString kEveryone = QStringLiteral("*");
const QString kAutomatic = QStringLiteral("-");

struct Choices
{
    QList<AuditPerson> people;
    std::optional<std::pair<qint64, qint64>> span;
    std::optional<StoreError> error;
};

} // namespace

AuditLogPage::AuditLogPage(StoreExecutor *store, const BusinessContext &context, DeskEdits *,
                           QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
    , m_model(new AuditLogModel(store, context, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_person->setAccessibleName(tr("Person"));
    m_person->addItem(tr("Everyone"), kEveryone);
    m_person->addItem(tr("Automatic (no person)"), kAutomatic);
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("auditArea"));
    m_area->setAccessibleName(tr("Kind of change"));
    m_area->addItem(tr("Every kind"), QStringList());
    for (const AuditArea &area : auditAreas())
        m_area->addItem(area.label, area.tables);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_context.timeZone).date();
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_export = new QPushButton(tr("Export CSV\u2026"), this);
    m_export->setObjectName(QStringLiteral("auditExport"));
    filters->addWidget(new QLabel(tr("Who"), this));
    filters->addWidget(m_person);
    filters->addWidget(new QLabel(tr("Kind"), this));
    filters->addWidget(m_area);
    // The labels name the date fields for screen readers too.
    auto *fromLabel = new QLabel(tr("From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addStretch(1);
    filters->addWidget(m_export);
    layout->addLayout(filters);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    layout->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    // Named by the tab it sits in (the Business pane's own translated title).
    m_view->setAccessibleName(QCoreApplication::translate("BusinessPane", "Audit log"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(AuditLogModel::WhenColumn, 140);
    header->resizeSection(AuditLogModel::WhoColumn, 130);
    header->resizeSection(AuditLogModel::RecordColumn, 220);
    header->setSectionResizeMode(AuditLogModel::WhatColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    new EmptyViewNote(m_view, tr("No changes match these filters."),
                      [this] { return m_model->isLoading(); });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    connect(m_person, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilter);
    connect(m_area, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &AuditLogPage::chooseExportFile);
    connect(m_model, &AuditLogModel::counted, this, [this](qint64 count) {
        m_count->setText(count == 1 ? tr("1 change")
                                    : tr("%1 changes").arg(m_context.locale.toString(count)));
    });
    connect(m_model, &AuditLogModel::loadFailed, this,
            [this](const QString &message) { m_status->setText(message); });
    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("staff_members")))
            loadChoices();
    });

    if (m_context.role != StaffRole::Owner) {
        setEnabled(false);
        m_status->setText(tr("Only an owner can read the audit log."));
        return;
    }
    loadChoices();
}

AuditLogPage::~AuditLogPage() = default;

void AuditLogPage::loadChoices()
{
    m_store->run(
        this,
        [business = m_context.businessId](QSqlDatabase &db) {
            Choices c;
            AuditLogRepository repository(db);
            c.people = repository.people(business, &c.error);
            c.span = repository.span(business, &c.error);
            return c;
        },
        [this](const Choices &c) {
            if (c.error)
                m_status->setText(c.error->message);
            const QString chosen = m_person->currentData().toString();
            {
                const QSignalBlocker block(m_person);
                while (m_person->count() > 2)
                    m_person->removeItem(2);
                for (const AuditPerson &p : c.people)
                    m_person->addItem(p.name, p.staffId);
                const int index = m_person->findData(chosen);
                m_person->setCurrentIndex(index < 0 ? 0 : index);
            }
            if (!m_ready) {
                // The first view spans the whole log (and today).
                const QSignalBlocker a(m_from);
                const QSignalBlocker b(m_to);
                const QDate today =
                    QDateTime::currentDateTimeUtc().toTimeZone(m_context.timeZone).date();
                if (c.span) {
                    const QDate first =
                        QDateTime::fromSecsSinceEpoch(c.span->first, m_context.timeZone).date();
                    const QDate last =
                        QDateTime::fromSecsSinceEpoch(c.span->second, m_context.timeZone).date();
                    m_from->setDate(qMin(first, today));
                    m_to->setDate(qMax(last, today));
                }
                m_ready = true;
                applyFilter();
                Q_EMIT filtersReady();
            }
        });
}

AuditFilter AuditLogPage::currentFilter() const
{
    AuditFilter filter;
    filter.businessId = m_context.businessId;
    const QString person = m_person->currentData().toString();
    if (person == kAutomatic)
        filter.automaticOnly = true;
    else if (person != kEveryone)
        filter.actorStaffId = person;
    filter.tables = m_area->currentData().toStringList();
    // Whole days of the business: [from 00:00, day after `to` 00:00).
    const QDate from = qMin(m_from->date(), m_to->date());
    const QDate to = qMax(m_from->date(), m_to->date());
    filter.from = QDateTime(from, QTime(0, 0), m_context.timeZone).toSecsSinceEpoch();
    filter.to = QDateTime(to.addDays(1), QTime(0, 0), m_context.timeZone).toSecsSinceEpoch();
    return filter;
}

void AuditLogPage::applyFilter()
{
    if (!m_ready)
        return;
    m_count->clear();
    m_model->setFilter(currentFilter());
}

void AuditLogPage::chooseExportFile()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("audit-log-%1.csv").arg(m_to->date().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditLogPage::exportTo(const QString &path)
{
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting\u2026"));
    m_store->run(
        this,
        [filter = currentFilter(), context = m_context, path](QSqlDatabase &db) {
            return writeAuditCsv(db, filter, context, path);
        },
        [this, path](const AuditExportResult &result) {
            m_export->setEnabled(true);
            m_status->setText(
                result.error.isEmpty()
                    ? tr("%1 exported to %2.")
                          .arg(result.rows == 1
                                   ? tr("1 change")
                                   : tr("%1 changes").arg(m_context.locale.toString(result.rows)),
                               QDir::toNativeSeparators(path))
                    : result.error);
            Q_EMIT exported(result.rows, result.error);
        });
}

} // namespace Chairside
