#include "ui/customers/MergeCustomersDialog.h"

#include "core/PhoneNumber.h"
#include "models/common/DeskEdits.h"
#include "store/StoreExecutor.h"
#include "ui/MutedText.h"
#include "ui/StatusText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Chairside {

namespace {

constexpr int kResultLimit = 20;

struct MergeSides
{
    CustomerMergeSideResult current;
    CustomerMergeSideResult other;
};

// Plural forms spelled out: the English source has no translation file to pick "%n" forms.
QString countText(int n, const QString &one, const QString &many, const QLocale &locale)
{
    return n == 1 ? one : many.arg(locale.toString(n));
}

} // namespace

MergeCustomersDialog::MergeCustomersDialog(StoreExecutor *store, DeskEdits *edits,
                                           const BusinessContext &context, const QString &currentId,
                                           const QString &otherId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_edits(edits)
    , m_context(context)
    , m_currentId(currentId)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_keepCurrent(new QRadioButton(this))
    , m_keepOther(new QRadioButton(this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("mergeCustomersDialog"));
    setWindowTitle(tr("Merge customers"));
    setMinimumWidth(560);

    auto *intro = new QLabel(tr("Keep one record of a customer who was entered twice. Everything "
                                "the other record has moves to the one you keep, and the other "
                                "record leaves the customer list."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_search->setObjectName(QStringLiteral("mergeSearchEdit"));
    m_search->setAccessibleName(tr("Search for the other record"));
    m_search->setPlaceholderText(tr("Name, phone or e-mail of the other record"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("mergeCandidateList"));
    m_results->setAccessibleName(tr("Customers found"));
    m_results->setMaximumHeight(150);

    m_keepCurrent->setObjectName(QStringLiteral("mergeKeepCurrent"));
    m_keepOther->setObjectName(QStringLiteral("mergeKeepOther"));
    m_keepCurrent->setChecked(true);
    m_keepOther->setEnabled(false);
    auto *keep = new QWidget(this);
    auto *keepLayout = new QVBoxLayout(keep);
    keepLayout->setContentsMargins(0, 0, 0, 0);
    keepLayout->addWidget(m_keepCurrent);
    keepLayout->addWidget(m_keepOther);

    m_preview->setObjectName(QStringLiteral("mergePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: #f6f7f9; border: 1px solid "
                                            "#e1e4e8; border-radius: 6px; padding: 8px 10px; }"));
    m_error->setObjectName(QStringLiteral("mergeError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(errorTextStyle(palette()));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = m_buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeConfirmButton"));
    m_merge->setEnabled(false);
    m_merge->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Other record"), m_search);
    form->addRow(QString(), m_results);
    form->addRow(tr("Keep"), keep);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &MergeCustomersDialog::search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            chooseOther(item->data(Qt::UserRole).toString());
    });
    connect(m_keepCurrent, &QRadioButton::toggled, this, &MergeCustomersDialog::updatePreview);
    connect(m_merge, &QPushButton::clicked, this, &MergeCustomersDialog::merge);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_otherId = otherId;
    loadSides();
    m_search->setFocus();
}

MergeCustomersDialog::~MergeCustomersDialog() = default;

void MergeCustomersDialog::chooseOther(const QString &customerId)
{
    if (customerId == m_currentId || customerId == m_otherId)
        return;
    m_otherId = customerId;
    m_other.reset();
    loadSides();
}

void MergeCustomersDialog::keepCurrent(bool current)
{
    (current ? m_keepCurrent : m_keepOther)->setChecked(true);
}

void MergeCustomersDialog::search()
{
    const QString text = m_search->text().trimmed();
    const quint64 generation = ++m_searchGeneration;
    if (text.isEmpty()) {
        m_results->clear();
        return;
    }
    m_store->run(
        this,
        [filter = CustomerFilter{m_context.businessId, text}](QSqlDatabase &db) {
            return CustomerRepository(db).page(filter, 0, kResultLimit);
        },
        [this, generation](const CustomerRowsResult &result) {
            if (generation != m_searchGeneration)
                return;
            const QSignalBlocker block(m_results);
            m_results->clear();
            if (result.error) {
                m_error->setText(result.error->message);
                m_error->show();
                return;
            }
            for (const CustomerListRow &row : result.rows) {
                if (row.id == m_currentId)
                    continue;
                QStringList parts{row.fullName};
                if (!row.phone.isEmpty())
                    parts.append(formatPhoneForDisplay(row.phone));
                if (!row.email.isEmpty())
                    parts.append(row.email);
                auto *item = new QListWidgetItem(parts.join(QStringLiteral("  ·  ")), m_results);
                item->setData(Qt::UserRole, row.id);
                if (row.id == m_otherId)
                    m_results->setCurrentItem(item);
            }
        });
}

void MergeCustomersDialog::loadSides()
{
    const quint64 generation = ++m_sidesGeneration;
    m_merge->setEnabled(false);
    updatePreview();
    m_store->run(
        this,
        [businessId = m_context.businessId, current = m_currentId,
         other = m_otherId](QSqlDatabase &db) {
            CustomerRepository customers(db);
            MergeSides sides;
            sides.current = customers.mergeSide(businessId, current);
            if (!other.isEmpty())
                sides.other = customers.mergeSide(businessId, other);
            return sides;
        },
        [this, generation](const MergeSides &sides) {
            if (generation != m_sidesGeneration)
                return;
            const std::optional<StoreError> &error =
                sides.current.error ? sides.current.error : sides.other.error;
            if (error) {
                m_error->setText(error->message);
                m_error->show();
                return;
            }
            m_current = sides.current.side;
            m_other = sides.other.side;
            if (!m_otherId.isEmpty() && !m_other) {
                m_error->setText(tr("That customer is no longer in the list."));
                m_error->show();
            } else {
                m_error->hide();
            }
            updatePreview();
        });
}

const std::optional<CustomerMergeSide> &MergeCustomersDialog::kept() const
{
    return m_keepCurrent->isChecked() ? m_current : m_other;
}

const std::optional<CustomerMergeSide> &MergeCustomersDialog::duplicate() const
{
    return m_keepCurrent->isChecked() ? m_other : m_current;
}

void MergeCustomersDialog::updatePreview()
{
    m_keepCurrent->setText(m_current ? tr("Keep %1").arg(m_current->fullName) : QString());
    m_keepOther->setText(m_other ? tr("Keep %1").arg(m_other->fullName)
                                 : tr("Keep the other record"));
    m_keepOther->setEnabled(m_other.has_value());
    const auto &k = kept();
    const auto &d = duplicate();
    if (!k || !d) {
        m_preview->setText(tr("Search for the other record of this customer and pick it."));
        m_merge->setEnabled(false);
        return;
    }
    const QLocale &locale = m_context.locale;
    QStringList moving{
        countText(d->appointments, tr("1 appointment"), tr("%1 appointments"), locale),
        d->points == 1 ? tr("1 point") : tr("%1 points").arg(locale.toString(d->points)),
        countText(d->conversations, tr("1 conversation"), tr("%1 conversations"), locale)};
    QString text = tr("Moves to %1: %2.").arg(k->fullName, moving.join(QStringLiteral(", ")));
    text += u'\n'
            + tr("%1 then leaves the customer list. Where %2 has no phone number or e-mail, "
                 "%1's is used; notes and allergy notes are joined; %2's reminder consent stays "
                 "as it is.")
                  .arg(d->fullName, k->fullName);
    text += u'\n' + tr("This cannot be undone.");
    m_preview->setText(text);
    m_merge->setEnabled(!m_busy);
    m_merge->setText(tr("&Merge into %1").arg(k->fullName));
}

void MergeCustomersDialog::merge()
{
    const auto &k = kept();
    const auto &d = duplicate();
    if (!k || !d || m_busy || !m_merge->isEnabled())
        return;
    if (!m_edits) {
        m_error->setText(tr("Customers cannot be changed here."));
        m_error->show();
        return;
    }
    m_busy = true;
    m_merge->setEnabled(false);
    m_error->hide();
    const QString keptId = k->id;
    const QString keptName = k->fullName;
    const QString mergedName = d->fullName;
    m_edits->submit(Mutations::mergeCustomers(
                        keptId, d->id, k->version > 0 ? std::optional(k->version) : std::nullopt),
                    this, [this, keptId, keptName, mergedName](const OutboxResult &result) {
                        m_busy = false;
                        if (!result.ok) {
                            m_error->setText(result.error);
                            m_error->show();
                            updatePreview();
                            return;
                        }
                        Q_EMIT merged(keptId, keptName, mergedName);
                        accept();
                    });
}

} // namespace Chairside
