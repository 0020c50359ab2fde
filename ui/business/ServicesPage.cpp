#include "ui/business/ServicesPage.h"

#include "core/Money.h"
#include "core/business/SetupRules.h"
#include "models/ModelRoles.h"
#include "models/business/BusinessSetupModel.h"
#include "models/business/ServiceTableModel.h"
#include "models/business/SetupMutations.h"
#include "models/business/SetupSubmitter.h"
#include "ui/MutedText.h"
#include "ui/business/QuietSelection.h"
#include "ui/business/SetupNotice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace Chairside {

namespace {

QSpinBox *minutesBox(int lo, int hi, QWidget *parent, const char *name)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(lo, hi);
    box->setSingleStep(5);
    box->setSuffix(ServicesPage::tr(" min"));
    box->setAccelerated(true);
    return box;
}

qint64 pow10(int digits)
{
    qint64 n = 1;
    for (int i = 0; i < digits; ++i)
        n *= 10;
    return n;
}

} // namespace

ServicesPage::ServicesPage(BusinessSetupModel *model, SetupSubmitter *submitter,
                           const BusinessContext &context, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_submitter(submitter)
    , m_context(context)
    , m_table(new ServiceTableModel(context.currency, context.locale, this))
    , m_priceDigits(minorDigits(context.currency))
{
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(16);

    auto *listSide = new QVBoxLayout;
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("servicesTable"));
    // Named by the tab it sits in (the Business pane's own translated title).
    m_view->setAccessibleName(QCoreApplication::translate("BusinessPane", "Services"));
    m_view->setModel(m_table);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ServiceTableModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ServiceTableModel::Duration,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(ServiceTableModel::Category, 90);
    m_view->setColumnWidth(ServiceTableModel::Price, 90);
    m_view->setColumnWidth(ServiceTableModel::Active, 64);
    m_new = new QPushButton(tr("&New service"), this);
    m_new->setObjectName(QStringLiteral("serviceNewButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addStretch(1);
    listSide->addWidget(m_view, 1);
    listSide->addLayout(listButtons);
    layout->addLayout(listSide, 3);

    auto *editor = new QGroupBox(tr("Service"), this);
    editor->setObjectName(QStringLiteral("serviceEditor"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("serviceNameEdit"));
    m_name->setMaxLength(SetupRules::kMaxNameLength);
    m_category = new QComboBox(editor);
    m_category->setObjectName(QStringLiteral("serviceCategoryEdit"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_duration = minutesBox(SetupRules::kMinServiceMinutes, SetupRules::kMaxServiceMinutes, editor,
                            "serviceDurationEdit");
    m_processing = minutesBox(0, SetupRules::kMaxServiceMinutes, editor, "serviceProcessingEdit");
    m_buffer = minutesBox(0, SetupRules::kMaxBufferMinutes, editor, "serviceBufferEdit");
    m_price = new QDoubleSpinBox(editor);
    m_price->setObjectName(QStringLiteral("servicePriceEdit"));
    m_price->setDecimals(m_priceDigits);
    m_price->setRange(0, double(SetupRules::kMaxPriceMinor / pow10(m_priceDigits)));
    m_price->setPrefix(context.currency + u' ');
    m_price->setGroupSeparatorShown(true);
    m_colour = new QLineEdit(editor);
    m_colour->setObjectName(QStringLiteral("serviceColourEdit"));
    m_colour->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("#[0-9a-fA-F]{0,6}")), m_colour));
    m_colour->setMaximumWidth(100);
    m_active = new QCheckBox(tr("Offered (customers and the assistant can book it)"), editor);
    m_active->setObjectName(QStringLiteral("serviceActiveCheck"));
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("C&ategory"), m_category);
    form->addRow(tr("&Duration"), m_duration);
    form->addRow(tr("&Processing"), m_processing);
    form->addRow(tr("&Buffer"), m_buffer);
    form->addRow(tr("P&rice"), m_price);
    form->addRow(tr("Co&lour"), m_colour);
    form->addRow(QString(), m_active);
    auto *hint = new QLabel(tr("A booking holds duration + processing + buffer. Processing is "
                               "time the product works; the buffer is for cleaning up."),
                            editor);
    hint->setWordWrap(true);
    keepMuted(hint);
    m_notice = new SetupNotice(editor);
    m_notice->setObjectName(QStringLiteral("serviceNotice"));
    m_save = new QPushButton(tr("&Save service"), editor);
    m_save->setObjectName(QStringLiteral("serviceSaveButton"));
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("Re&vert"), editor);
    m_revert->setObjectName(QStringLiteral("serviceRevertButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->addLayout(form);
    editorLayout->addWidget(hint);
    editorLayout->addStretch(1);
    editorLayout->addWidget(m_notice);
    editorLayout->addLayout(buttons);
    layout->addWidget(editor, 2);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = m_table->idAt(current.row());
                if (id.isEmpty() || id == m_currentId)
                    return;
                m_notice->clear();
                fill(m_model->service(id));
            });
    connect(m_new, &QPushButton::clicked, this, &ServicesPage::startNewService);
    connect(m_save, &QPushButton::clicked, this, &ServicesPage::save);
    connect(m_revert, &QPushButton::clicked, this, &ServicesPage::revert);
    const auto edited = [this] {
        if (!m_filling)
            updateButtons();
    };
    connect(m_name, &QLineEdit::textChanged, this, edited);
    connect(m_colour, &QLineEdit::textChanged, this, edited);
    connect(m_category, &QComboBox::currentTextChanged, this, edited);
    for (QSpinBox *box : {m_duration, m_processing, m_buffer})
        connect(box, &QSpinBox::valueChanged, this, edited);
    connect(m_price, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_active, &QCheckBox::toggled, this, edited);
    connect(m_model, &BusinessSetupModel::loaded, this, &ServicesPage::refreshList);
    if (m_model->isLoaded())
        refreshList();
    updateButtons();
}

void ServicesPage::refreshList()
{
    const bool dirty = hasUnsavedChanges();
    const QString keep = m_currentId;
    m_filling = true;
    const QString category = m_category->currentText();
    m_category->clear();
    m_category->addItems(m_model->categories());
    m_category->setCurrentText(category);
    m_filling = false;
    m_table->setServices(m_model->setup().services);
    // An edit in progress stays as typed; otherwise the form shows what is stored now.
    if (!dirty) {
        if (!keep.isEmpty() && m_model->service(keep))
            fill(m_model->service(keep));
        else if (!m_creating && m_table->rowCount() > 0)
            fill(m_model->service(m_table->idAt(0)));
    }
    if (const int row = m_table->rowOf(m_currentId); row >= 0)
        setCurrentRowQuietly(m_view, row);
    updateButtons();
}

void ServicesPage::selectService(const QString &id)
{
    const int row = m_table->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void ServicesPage::startNewService()
{
    m_notice->clear();
    setCurrentRowQuietly(m_view, -1);
    fill(std::nullopt);
    m_creating = true;
    m_name->setFocus();
}

void ServicesPage::fill(const std::optional<SetupService> &service)
{
    m_filling = true;
    m_creating = false;
    m_original = service;
    const SetupService s = service.value_or(SetupService{});
    m_currentId = service ? s.id : QString();
    m_name->setText(s.name);
    m_category->setCurrentText(s.category);
    m_duration->setValue(s.durationMinutes);
    m_processing->setValue(s.processingMinutes);
    m_buffer->setValue(s.bufferMinutes);
    m_price->setValue(double(s.priceMinor) / double(pow10(m_priceDigits)));
    m_colour->setText(service ? s.colour : QStringLiteral("#8e7cc3"));
    m_active->setChecked(s.active);
    m_filling = false;
    updateButtons();
}

SetupService ServicesPage::formService() const
{
    SetupService s = m_original.value_or(SetupService{});
    s.name = m_name->text().trimmed();
    s.category = m_category->currentText().trimmed();
    s.durationMinutes = m_duration->value();
    s.processingMinutes = m_processing->value();
    s.bufferMinutes = m_buffer->value();
    s.priceMinor = qint64(std::llround(m_price->value() * double(pow10(m_priceDigits))));
    s.colour = m_colour->text().trimmed().toLower();
    s.active = m_active->isChecked();
    return s;
}

bool ServicesPage::hasUnsavedChanges() const
{
    if (!m_original)
        return !m_name->text().trimmed().isEmpty(); // a new service being typed
    return SetupMutations::changesSomething(
        SetupMutations::upsertService(m_original, formService()));
}

void ServicesPage::updateButtons()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty || !m_original);
}

void ServicesPage::revert()
{
    m_notice->clear();
    if (m_original)
        fill(m_model->service(m_original->id));
    else if (m_table->rowCount() > 0)
        fill(m_model->service(m_table->idAt(0)));
    refreshList();
}

void ServicesPage::save()
{
    const bool isNew = !m_original;
    const Mutation mutation = SetupMutations::upsertService(m_original, formService());
    const QString id = mutation.payload.value(QStringLiteral("id")).toString();
    m_save->setEnabled(false);
    m_submitter->submit(mutation, isNew, this, [this, id, isNew](const SetupOutcome &outcome) {
        if (!outcome.saved()) {
            m_notice->show(SetupNotice::Kind::Error, outcome.message); // the form keeps its text
            updateButtons();
            return;
        }
        m_notice->show(SetupNotice::Kind::Saved,
                       isNew ? tr("Service added.") : tr("Service saved."));
        // The reload that follows fills the form from the stored row.
        m_currentId = id;
        m_creating = false;
        m_original = formService();
        m_original->id = id;
        updateButtons();
    });
}

} // namespace Chairside
