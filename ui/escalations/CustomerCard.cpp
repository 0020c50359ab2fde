#include "ui/escalations/CustomerCard.h"

#include "core/PhoneNumber.h"
#include "ui/CardFrame.h"

#include <QGridLayout>
#include <QLabel>

namespace Chairside {

CustomerCard::CustomerCard(const QLocale &locale, QWidget *parent)
    : QFrame(parent)
    , m_locale(locale)
{
    setObjectName(QStringLiteral("handoffCustomerCard"));
    setAccessibleName(tr("Customer"));
    setFrameShape(QFrame::StyledPanel);
    styleAsCard(this, [](const QPalette &palette) {
        return QStringLiteral("QLabel[role=\"caption\"] { color: %1; }"
                              "QLabel[role=\"figure\"] { font-size: 15px; font-weight: 600; }")
            .arg(cardCaptionColour(palette));
    });

    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(14, 10, 14, 10);
    m_grid->setHorizontalSpacing(22);
    m_grid->setVerticalSpacing(2);

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_contact = new QLabel(this);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The e-mail has a line of its own: beside the phone, a long address wrapped and left a
    // dangling separator at the end of the first line.
    m_email = new QLabel(this);
    m_email->setObjectName(QStringLiteral("customerEmail"));
    m_email->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long names and addresses wrap rather than widen the card (and squeeze the queue).
    m_name->setWordWrap(true);
    m_contact->setWordWrap(true);
    m_email->setWordWrap(true);
    m_consent = new QLabel(this);
    m_consent->setProperty("role", QStringLiteral("caption"));
    m_consent->setWordWrap(true);

    m_grid->addWidget(m_name, 0, 0);
    m_grid->addWidget(m_contact, 1, 0);
    m_grid->addWidget(m_email, 2, 0);
    m_grid->addWidget(m_consent, 3, 0, 1, 5);
    m_grid->setColumnStretch(0, 1);

    m_upcoming = addFigure(tr("Upcoming"), 1);
    m_visits = addFigure(tr("Visits"), 2);
    m_noShows = addFigure(tr("No-shows"), 3);
    m_points = addFigure(tr("Points"), 4);
    showCustomer(std::nullopt);
}

CustomerCard::~CustomerCard() = default;

QLabel *CustomerCard::addFigure(const QString &caption, int column)
{
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setProperty("role", QStringLiteral("caption"));
    captionLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *value = new QLabel(this);
    value->setProperty("role", QStringLiteral("figure"));
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setAccessibleName(caption);
    m_grid->addWidget(captionLabel, 0, column);
    m_grid->addWidget(value, 1, column);
    return value;
}

void CustomerCard::showEmail(const QString &email)
{
    m_email->setText(email);
    m_email->setVisible(!email.isEmpty()); // a hidden label's row takes no room
}

void CustomerCard::showLoading()
{
    m_name->setText(tr("Loading…"));
}

void CustomerCard::showCustomer(const std::optional<HandoffCustomer> &customer,
                                const QString &unknownName)
{
    const QString dash = tr("—");
    if (!customer) {
        m_name->setText(unknownName.isEmpty() ? tr("Unknown customer") : unknownName);
        m_contact->setText(tr("This chat is not linked to a customer record."));
        showEmail({});
        m_consent->clear();
        for (QLabel *label : {m_upcoming, m_visits, m_noShows, m_points})
            label->setText(dash);
        return;
    }
    m_name->setText(customer->name);
    // Without a phone the e-mail takes the phone's line rather than leaving it empty.
    if (!customer->phone.isEmpty()) {
        m_contact->setText(formatPhoneForDisplay(customer->phone));
        showEmail(customer->email);
    } else {
        m_contact->setText(customer->email.isEmpty() ? tr("No phone or e-mail") : customer->email);
        showEmail({});
    }

    const auto yesNo = [this](bool given) {
        return given ? tr("yes") : tr("no");
    };
    m_consent->setText(tr("May message by WhatsApp: %1 · SMS: %2 · E-mail: %3")
                           .arg(yesNo(customer->consentWhatsApp), yesNo(customer->consentSms),
                                yesNo(customer->consentEmail)));
    m_upcoming->setText(m_locale.toString(customer->upcomingAppointments));
    m_visits->setText(m_locale.toString(customer->completedVisits));
    m_noShows->setText(m_locale.toString(customer->noShows));
    m_points->setText(m_locale.toString(customer->loyaltyPoints));
    m_noShows->setToolTip(customer->noShows > 0 ? tr("Missed appointments without cancelling")
                                                : QString());
}

} // namespace Chairside
