#include "ui/business/ProfilePage.h"

#include "core/business/SetupRules.h"
#include "models/business/BusinessSetupModel.h"
#include "models/business/SetupMutations.h"
#include "models/business/SetupSubmitter.h"
#include "ui/MutedText.h"
#include "ui/business/SetupNotice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Chairside {

namespace {

QString minutesText(int minutes)
{
    return QTime(0, 0).addSecs(qint64(minutes) * 60).toString(QStringLiteral("HH:mm"));
}

} // namespace

ProfilePage::ProfilePage(BusinessSetupModel *model, SetupSubmitter *submitter,
                         const BusinessContext &context, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_submitter(submitter)
    , m_context(context)
{
    auto *outer = new QVBoxLayout(this);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(16);
    outer->addLayout(layout);
    outer->addStretch(1);

    auto *details = new QGroupBox(tr("Business profile"), this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(details);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setMaxLength(SetupRules::kMaxBusinessNameLength);
    m_timeZone = new QComboBox(details);
    m_timeZone->setObjectName(QStringLiteral("profileTimeZoneEdit"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/'))
            m_timeZone->addItem(QString::fromUtf8(id));
    }
    m_currency = new QLineEdit(details);
    m_currency->setObjectName(QStringLiteral("profileCurrencyEdit"));
    m_currency->setMaxLength(3);
    m_currency->setPlaceholderText(tr("ZAR"));
    m_currency->setMaximumWidth(80);
    m_locale = new QComboBox(details);
    m_locale->setObjectName(QStringLiteral("profileLocaleEdit"));
    m_locale->setEditable(true);
    m_locale->setInsertPolicy(QComboBox::NoInsert);
    for (const char *code : {"en", "en-ZA", "en-GB", "af-ZA", "zu-ZA", "xh-ZA", "pt-PT", "th-TH"})
        m_locale->addItem(QString::fromLatin1(code));
    m_locale->setMaximumWidth(140);
    m_phone = new QLineEdit(details);
    m_phone->setObjectName(QStringLiteral("profilePhoneEdit"));
    m_phone->setMaxLength(SetupRules::kMaxPhoneLength);
    m_email = new QLineEdit(details);
    m_email->setObjectName(QStringLiteral("profileEmailEdit"));
    m_address = new QPlainTextEdit(details);
    m_address->setObjectName(QStringLiteral("profileAddressEdit"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Time zone"), m_timeZone);
    form->addRow(tr("&Currency"), m_currency);
    form->addRow(tr("&Language"), m_locale);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("&Address"), m_address);

    auto *hint = new QLabel(tr("Times on bookings, reminders and reports follow the time zone; "
                               "prices use the currency."),
                            details);
    hint->setWordWrap(true);
    keepMuted(hint);
    m_notice = new SetupNotice(details);
    m_notice->setObjectName(QStringLiteral("profileNotice"));
    m_save = new QPushButton(tr("&Save profile"), details);
    m_save->setObjectName(QStringLiteral("profileSaveButton"));
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("&Revert"), details);
    m_revert->setObjectName(QStringLiteral("profileRevertButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(hint);
    detailsLayout->addSpacing(6);
    detailsLayout->addWidget(m_notice);
    detailsLayout->addLayout(buttons);
    layout->addWidget(details, 3);

    auto *opening = new QGroupBox(tr("Opening hours"), this);
    opening->setObjectName(QStringLiteral("openingHours"));
    auto *openingGrid = new QGridLayout;
    openingGrid->setHorizontalSpacing(24);
    openingGrid->setVerticalSpacing(8);
    for (int d = 0; d < 7; ++d) {
        openingGrid->addWidget(new QLabel(QLocale().dayName(d + 1, QLocale::LongFormat), opening),
                               d, 0);
        m_opening[size_t(d)] = new QLabel(opening);
        m_opening[size_t(d)]->setObjectName(QStringLiteral("openingHours%1").arg(d + 1));
        openingGrid->addWidget(m_opening[size_t(d)], d, 1);
    }
    openingGrid->setColumnStretch(1, 1);
    auto *openingHint = new QLabel(tr("The salon is open while anyone on the team works. Set "
                                      "each person's hours on the Staff page."),
                                   opening);
    openingHint->setWordWrap(true);
    keepMuted(openingHint);
    auto *openingLayout = new QVBoxLayout(opening);
    openingLayout->addLayout(openingGrid);
    openingLayout->addSpacing(6);
    openingLayout->addWidget(openingHint);
    openingLayout->addStretch(1);
    layout->addWidget(opening, 2);

    connect(m_save, &QPushButton::clicked, this, &ProfilePage::save);
    connect(m_revert, &QPushButton::clicked, this, &ProfilePage::revert);
    const auto edited = [this] {
        if (!m_filling)
            updateButtons();
    };
    for (QLineEdit *edit : {m_name, m_currency, m_phone, m_email})
        connect(edit, &QLineEdit::textChanged, this, edited);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, edited);
    connect(m_locale, &QComboBox::currentTextChanged, this, edited);
    connect(m_address, &QPlainTextEdit::textChanged, this, edited);
    connect(m_model, &BusinessSetupModel::loaded, this, [this] {
        if (!m_filled || !hasUnsavedChanges())
            fill(); // an edit in progress is never overwritten by a reload
        else
            updateButtons();
    });
    if (m_model->isLoaded())
        fill();
    updateButtons();
}

namespace {

SetupProfile formOf(const SetupProfile &base, const QLineEdit *name, const QComboBox *zone,
                    const QLineEdit *currency, const QComboBox *locale, const QLineEdit *phone,
                    const QLineEdit *email, const QPlainTextEdit *address)
{
    SetupProfile p = base;
    p.name = name->text().trimmed();
    p.timeZone = zone->currentText().trimmed();
    p.currency = currency->text().trimmed().toUpper();
    p.locale = locale->currentText().trimmed();
    p.phone = phone->text().trimmed();
    p.email = email->text().trimmed();
    p.address = address->toPlainText().trimmed();
    return p;
}

} // namespace

bool ProfilePage::hasUnsavedChanges() const
{
    if (!m_model->isLoaded() || !m_filled)
        return false;
    const SetupProfile &stored = m_model->setup().profile;
    const SetupProfile form =
        formOf(stored, m_name, m_timeZone, m_currency, m_locale, m_phone, m_email, m_address);
    return SetupMutations::changesSomething(SetupMutations::updateBusiness(stored, form));
}

void ProfilePage::fill()
{
    m_filling = true;
    const BusinessSetup &setup = m_model->setup();
    const SetupProfile &p = setup.profile;
    m_name->setText(p.name);
    m_timeZone->setCurrentText(p.timeZone);
    m_currency->setText(p.currency);
    m_locale->setCurrentText(p.locale);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    m_address->setPlainText(p.address);
    for (int d = 0; d < 7; ++d) {
        const auto &open = setup.openingHours[size_t(d)];
        QLabel *label = m_opening[size_t(d)];
        label->setText(open ? tr("%1 – %2").arg(minutesText(open->first), minutesText(open->second))
                            : tr("Closed"));
        label->setEnabled(open.has_value()); // closed days in grey
    }
    m_filled = true;
    m_filling = false;
    updateButtons();
}

void ProfilePage::updateButtons()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void ProfilePage::revert()
{
    m_notice->clear();
    fill();
}

void ProfilePage::save()
{
    const SetupProfile &stored = m_model->setup().profile;
    const SetupProfile form =
        formOf(stored, m_name, m_timeZone, m_currency, m_locale, m_phone, m_email, m_address);
    const Mutation mutation = SetupMutations::updateBusiness(stored, form);
    // The panes took the zone and currency at start-up.
    const bool needsRestart = mutation.payload.contains(QStringLiteral("time_zone"))
                              || mutation.payload.contains(QStringLiteral("currency"));
    m_save->setEnabled(false);
    m_submitter->submit(mutation, false, this, [this, needsRestart](const SetupOutcome &outcome) {
        if (outcome.saved()) {
            m_notice->show(SetupNotice::Kind::Saved,
                           needsRestart ? tr("Profile saved. Restart Chairside for the "
                                             "new time zone or currency to show "
                                             "everywhere.")
                                        : tr("Profile saved."));
        } else {
            m_notice->show(SetupNotice::Kind::Error, outcome.message);
        }
        updateButtons();
    });
}

} // namespace Chairside
