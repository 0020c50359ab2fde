#include "ui/ThemeFollower.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Chairside {

namespace {

// Lives as a child of its widget, watching it (for a new parent) and its palette's source.
class ThemeFollower final : public QObject
{
public:
    ThemeFollower(QWidget *widget, std::function<QString(const QPalette &)> styleFor)
        : QObject(widget)
        , m_widget(widget)
        , m_styleFor(std::move(styleFor))
    {
        widget->installEventFilter(this);
        watchSource();
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::ParentChange) {
            watchSource();
            schedule();
        } else if (watched == m_source && event->type() == QEvent::PaletteChange) {
            schedule();
        }
        return false;
    }

private:
    static QWidget *paletteSource(const QWidget *widget)
    {
        QWidget *ancestor = widget->parentWidget();
        while (ancestor && ancestor->testAttribute(Qt::WA_StyleSheet))
            ancestor = ancestor->parentWidget();
        return ancestor;
    }

    void watchSource()
    {
        QWidget *source = paletteSource(m_widget);
        if (source == m_source)
            return;
        if (m_source)
            m_source->removeEventFilter(this);
        m_source = source;
        if (m_source)
            m_source->installEventFilter(this);
    }

    void schedule()
    {
        if (m_scheduled)
            return;
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_scheduled = false;
            apply();
        });
    }

    void apply()
    {
        const QString style =
            m_styleFor(m_source ? m_source->palette() : QApplication::palette(m_widget));
        // The same sheet again would only polish the widget once more.
        if (m_widget->styleSheet() != style)
            m_widget->setStyleSheet(style);
    }

    QWidget *m_widget;
    QPointer<QWidget> m_source;
    std::function<QString(const QPalette &)> m_styleFor;
    bool m_scheduled = false;
};

} // namespace

void followTheme(QWidget *widget, std::function<QString(const QPalette &)> styleFor)
{
    new ThemeFollower(widget, std::move(styleFor));
}

} // namespace Chairside
