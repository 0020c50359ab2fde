#pragma once

#include "store/repositories/HandoffRepository.h"

#include <QFrame>
#include <QLocale>

class QGridLayout;
class QLabel;

namespace Chairside {

// Who the customer behind a handoff is: name, phone, e-mail, messaging consent, upcoming
// appointments, no-shows and loyalty points, so the admin can answer without leaving the queue.
class CustomerCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerCard)

public:
    explicit CustomerCard(const QLocale &locale, QWidget *parent = nullptr);
    ~CustomerCard() override;

    // `unknownName` titles the card when the chat is not linked to a customer ("Web visitor").
    void showCustomer(const std::optional<HandoffCustomer> &customer,
                      const QString &unknownName = {});
    void showLoading();

private:
    QLabel *addFigure(const QString &caption, int column);
    void showEmail(const QString &email);

    QLocale m_locale;
    QLabel *m_name = nullptr;
    QLabel *m_contact = nullptr; // the phone, or why there is none
    QLabel *m_email = nullptr;
    QLabel *m_consent = nullptr;
    QLabel *m_upcoming = nullptr;
    QLabel *m_noShows = nullptr;
    QLabel *m_visits = nullptr;
    QLabel *m_points = nullptr;
    QGridLayout *m_grid = nullptr;
};

} // namespace Chairside
