#include "ui/sync/SyncStatusWidget.h"

#include "ui/ThemeFollower.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

#include <chrono>

namespace Chairside {

namespace {

using Connection = SyncStatus::Connection;

constexpr int kSymbolSize = 12;
constexpr auto kLastSyncedRefresh = std::chrono::seconds(30);
constexpr auto kCountdownTick = std::chrono::seconds(1);

enum class Shape { Filled, Ring, Arc, Slashed, PauseBars };

// A shape as well as a colour, so the state reads without telling colours apart.
QPixmap symbol(Shape shape, const QColor &color, qreal ratio)
{
    QPixmap pixmap(QSize(kSymbolSize, kSymbolSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1.5, 1.5, kSymbolSize - 3, kSymbolSize - 3);
    QPen pen(color, 2.0);
    pen.setCapStyle(Qt::RoundCap);
    switch (shape) {
    case Shape::Filled:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(box);
        break;
    case Shape::Ring:
        painter.setPen(pen);
        painter.drawEllipse(box);
        break;
    case Shape::Arc:
        painter.setPen(pen);
        painter.drawArc(box, 90 * 16, 270 * 16);
        break;
    case Shape::Slashed:
        painter.setPen(pen);
        painter.drawEllipse(box);
        painter.drawLine(box.topRight() + QPointF(-1.5, 1.5),
                         box.bottomLeft() + QPointF(1.5, -1.5));
        break;
    case Shape::PauseBars:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(box.adjusted(-1, -1, 1, 1));
        painter.setBrush(Qt::white);
        painter.drawRect(QRectF(3.6, 3.5, 1.6, 5));
        painter.drawRect(QRectF(6.8, 3.5, 1.6, 5));
        break;
    }
    return pixmap;
}

QString secondsOrMinutes(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return SyncStatusWidget::tr("%1 s", "retrying in … seconds").arg(seconds);
    return SyncStatusWidget::tr("%1 min", "retrying in … minutes").arg((seconds + 59) / 60);
}

} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("syncStatusWidget"));
    setAccessibleName(tr("Sync status"));
    // The symbol sits close to its words; the parts keep a clear gap between them.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(16);
    auto *state = new QHBoxLayout;
    state->setSpacing(6);
    layout->addLayout(state);

    m_symbol = new QLabel(this);
    m_symbol->setObjectName(QStringLiteral("syncStateSymbol"));
    m_symbol->setFixedSize(kSymbolSize, kSymbolSize);
    state->addWidget(m_symbol);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("syncStateLabel"));
    state->addWidget(m_connection);

    m_demoLabel = new QLabel(tr("Local demo data · Sync off"), this);
    m_demoLabel->setObjectName(QStringLiteral("dataSourceLabel"));
    m_demoLabel->setAccessibleName(m_demoLabel->text());
    m_demoLabel->setToolTip(
        tr("Chairside is working on a generated demo salon stored on this computer. Nothing is "
           "sent anywhere. Sign in to your salon in File → Sign in…"));
    state->addWidget(m_demoLabel);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("firstSyncProgress"));
    m_progress->setRange(0, 0); // the total is unknown until the last page has arrived
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(90);
    m_progress->setMaximumHeight(12);
    layout->addWidget(m_progress);

    m_lastSynced = new QLabel(this);
    m_lastSynced->setObjectName(QStringLiteral("lastSyncedLabel"));
    layout->addWidget(m_lastSynced);

    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingEditsLabel"));
    layout->addWidget(m_pending);

    m_issues = new QPushButton(this);
    m_issues->setObjectName(QStringLiteral("syncIssuesButton"));
    m_issues->setFlat(true);
    m_issues->setCursor(Qt::PointingHandCursor);
    m_issues->setToolTip(tr("Edits the server did not accept: see what happened and retry or "
                            "discard them."));
    // A link's colour, following a live switch between light and dark (followTheme).
    followTheme(m_issues, [](const QPalette &palette) {
        return QStringLiteral(
                   "QPushButton#syncIssuesButton { color: %1; text-decoration: underline;"
                   " border: none; padding: 0 2px; background: transparent; }"
                   "QPushButton#syncIssuesButton:focus { outline: 1px dotted %1; }")
            .arg(palette.color(QPalette::Link).name());
    });
    connect(m_issues, &QPushButton::clicked, this, &SyncStatusWidget::issuesRequested);
    layout->addWidget(m_issues);

    m_lastSyncedTimer = new QTimer(this);
    m_lastSyncedTimer->setObjectName(QStringLiteral("lastSyncedRefresh"));
    m_lastSyncedTimer->setInterval(kLastSyncedRefresh);
    connect(m_lastSyncedTimer, &QTimer::timeout, this, &SyncStatusWidget::refreshTimes);
    m_lastSyncedTimer->start();
    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setObjectName(QStringLiteral("retryCountdown"));
    m_countdownTimer->setInterval(kCountdownTick);
    connect(m_countdownTimer, &QTimer::timeout, this, &SyncStatusWidget::refreshTimes);

    m_statusReceivedAt = now();
    refresh();
}

SyncStatusWidget::~SyncStatusWidget() = default;

void SyncStatusWidget::setLocalDemo(bool demo)
{
    m_demo = demo;
    refresh();
}

void SyncStatusWidget::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_statusReceivedAt = now();
    refresh();
}

void SyncStatusWidget::setStatus(const SyncStatus &status)
{
    m_status = status;
    m_statusReceivedAt = now();
    refresh();
}

QDateTime SyncStatusWidget::now() const
{
    return m_clock();
}

QString SyncStatusWidget::connectionText() const
{
    return m_demo ? m_demoLabel->text() : m_connection->text();
}

QString SyncStatusWidget::lastSyncedText() const
{
    return m_lastSynced->text();
}

QString SyncStatusWidget::pendingText() const
{
    return m_pending->isHidden() ? QString() : m_pending->text();
}

QString SyncStatusWidget::issuesText() const
{
    return m_issues->isHidden() ? QString() : m_issues->text();
}

QString SyncStatusWidget::progressText() const
{
    return m_progress->isHidden() ? QString() : m_progress->format();
}

QString SyncStatusWidget::retryWords() const
{
    if (m_status.nextAttemptInMs < 0)
        return {};
    const qint64 left =
        m_status.nextAttemptInMs - m_statusReceivedAt.msecsTo(now()); // may run below zero
    if (left <= 0)
        return tr("retrying now…");
    return tr("retrying in %1").arg(secondsOrMinutes(left));
}

QString SyncStatusWidget::connectionWords() const
{
    switch (m_status.connection) {
    case Connection::Idle:
        return tr("Connecting…");
    case Connection::Syncing:
        return tr("Syncing…");
    case Connection::Online:
        return tr("Online");
    case Connection::Offline: {
        const QString retry = retryWords();
        return retry.isEmpty() ? tr("Offline") : tr("Offline — %1").arg(retry);
    }
    case Connection::SignedOut:
        return tr("Signed out");
    case Connection::Paused:
        return tr("Paused — needs your decision");
    }
    return {};
}

QString SyncStatusWidget::lastSyncedWords() const
{
    if (!m_status.lastSyncedAt.isValid())
        return tr("Last synced: never");
    const qint64 seconds = std::max<qint64>(0, m_status.lastSyncedAt.secsTo(now()));
    if (seconds < 60)
        return tr("Last synced just now");
    if (seconds < 3600)
        return tr("Last synced %1 min ago").arg(seconds / 60);
    if (seconds < 24 * 3600)
        return tr("Last synced %1 h ago").arg(seconds / 3600);
    return tr("Last synced on %1")
        .arg(QLocale().toString(m_status.lastSyncedAt.toLocalTime().date(), QLocale::ShortFormat));
}

void SyncStatusWidget::refreshTimes()
{
    if (m_demo)
        return;
    m_lastSynced->setText(lastSyncedWords());
    m_lastSynced->setAccessibleName(m_lastSynced->text());
    m_lastSynced->setToolTip(
        m_status.lastSyncedAt.isValid()
            ? tr("Everything on this computer matched the salon's server at %1.")
                  .arg(QLocale().toString(m_status.lastSyncedAt.toLocalTime(), QLocale::LongFormat))
            : tr("This computer has not finished downloading the salon's data yet."));
    const QString words = connectionWords();
    m_connection->setText(words);
    m_connection->setAccessibleName(tr("Sync: %1").arg(words));
    m_symbol->setAccessibleName(words);
    const bool countingDown =
        m_status.connection == Connection::Offline && m_status.nextAttemptInMs >= 0;
    if (countingDown && !m_countdownTimer->isActive())
        m_countdownTimer->start();
    else if (!countingDown)
        m_countdownTimer->stop();
}

void SyncStatusWidget::refresh()
{
    for (QWidget *part :
         {static_cast<QWidget *>(m_connection), static_cast<QWidget *>(m_lastSynced)})
        part->setVisible(!m_demo);
    m_demoLabel->setVisible(m_demo);

    Shape shape = Shape::Filled;
    QColor color(QStringLiteral("#6b6f76"));
    if (m_demo) {
        shape = Shape::Ring;
    } else {
        switch (m_status.connection) {
        case Connection::Idle:
            shape = Shape::Ring;
            break;
        case Connection::Syncing:
            shape = Shape::Arc;
            color = QColor(QStringLiteral("#1a73e8"));
            break;
        case Connection::Online:
            shape = Shape::Filled;
            color = QColor(QStringLiteral("#1e8e3e"));
            break;
        case Connection::Offline:
            shape = Shape::Ring;
            color = QColor(QStringLiteral("#c26401"));
            break;
        case Connection::SignedOut:
            shape = Shape::Slashed;
            break;
        case Connection::Paused:
            shape = Shape::PauseBars;
            color = QColor(QStringLiteral("#c5221f"));
            break;
        }
    }
    m_symbol->setPixmap(symbol(shape, color, devicePixelRatioF()));

    if (m_demo) {
        m_symbol->setAccessibleName(m_demoLabel->text());
        m_pending->hide();
        m_issues->hide();
        m_progress->hide();
        m_countdownTimer->stop();
        setToolTip(m_demoLabel->toolTip());
        return;
    }

    refreshTimes();

    const int pending = m_status.pendingEdits;
    m_pending->setText(pending == 1 ? tr("1 edit waiting")
                                    : tr("%n edits waiting", nullptr, pending));
    m_pending->setAccessibleName(m_pending->text());
    m_pending->setToolTip(tr("Changes made on this computer that the server has not confirmed "
                             "yet. They are kept safely and sent when the connection is back."));
    m_pending->setVisible(pending > 0);

    const int issues = m_status.issues;
    m_issues->setText(issues == 1 ? tr("1 sync issue") : tr("%n sync issues", nullptr, issues));
    m_issues->setAccessibleName(m_issues->text());
    m_issues->setVisible(issues > 0);

    const bool downloading = m_status.firstSync && m_status.connection == Connection::Syncing;
    const QString records = QLocale().toString(m_status.rowsPulledThisCycle);
    m_progress->setFormat(tr("Downloading your salon… %1 records").arg(records));
    m_progress->setAccessibleName(m_progress->format());
    m_progress->setToolTip(m_progress->format());
    m_progress->setVisible(downloading);
    // "Last synced: never" says nothing new while the first download is under way.
    m_lastSynced->setVisible(!(downloading && !m_status.lastSyncedAt.isValid()));
    if (downloading) {
        // The bar itself cannot show words while it is busy: the state says how far it got.
        m_connection->setText(m_progress->format());
        m_connection->setAccessibleName(tr("Sync: %1").arg(m_progress->format()));
    }

    QString tip = m_status.lastError;
    if (tip.isEmpty()) {
        switch (m_status.connection) {
        case Connection::Online:
            tip = tr("Connected to the salon's server. Changes arrive within seconds.");
            break;
        case Connection::SignedOut:
            tip = tr("Sign in again (File → Sign in…) to send and receive changes. What is on "
                     "this computer stays readable.");
            break;
        case Connection::Paused:
            tip = tr("Chairside is waiting for you to decide about records the server would "
                     "remove.");
            break;
        default:
            break;
        }
    }
    setToolTip(tip);
    m_connection->setToolTip(tip);
    m_symbol->setToolTip(tip);
}

} // namespace Chairside
