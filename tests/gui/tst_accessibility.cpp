// Accessibility of the main window on the generated demo salon, as an owner: every pane (and every
// tab of the Business pane) is opened and each visible interactive widget must have an accessible
// name and be reachable with Tab; the colours the program itself sets hold WCAG AA contrast in a
// light and a dark palette; a booking in the calendar says its status in words.
#include "app/ScreenshotMode.h"
#include "models/ModelRoles.h"
#include "models/appointments/AppointmentPresentation.h"
#include "models/appointments/DayScheduleModel.h"
#include "store/AppSettings.h"
#include "store/StoreExecutor.h"
#include "tests/support/demodesk/DemoDesk.h"
#include "tests/support/demodesk/PaneTour.h"
#include "ui/ColourMath.h"
#include "ui/DarkPalette.h"
#include "ui/DeskStyle.h"
#include "ui/MainWindow.h"
#include "ui/MutedText.h"
#include "ui/ReadableTextDelegate.h"
#include "ui/SettingsDialog.h"
#include "ui/StatusText.h"
#include "ui/appointments/AppointmentDialog.h"
#include "ui/appointments/CalendarColours.h"
#include "ui/appointments/DayScheduleView.h"
#include "ui/customers/CustomerEditDialog.h"
#include "ui/sync/LoginDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSlider>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

using namespace Chairside;

namespace {

// A translucent foreground (placeholder text often is) is judged as drawn over the background.
double contrast(const QColor &fg, const QColor &bg)
{
    return contrastRatio(mixedColour(bg, fg, fg.alphaF()), bg);
}

QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        chain.append(w->objectName().isEmpty()
                         ? QString::fromLatin1(w->metaObject()->className())
                         : QStringLiteral("%1#%2").arg(
                             QString::fromLatin1(w->metaObject()->className()), w->objectName()));
        if (chain.size() >= 5)
            break;
    }
    return chain.join(QStringLiteral(" < "));
}

// Parts of a composite control (the spin box's editor, the tab bar's scroll arrows, the combo's
// editor) are named and reached through their owner.
bool isPartOfComposite(const QWidget *widget)
{
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QTabBar *>(p) || qobject_cast<const QScrollBar *>(p)
            || qobject_cast<const QAbstractItemView *>(p)) // a table's header
            return true;
        if (p->isWindow())
            break;
    }
    return false;
}

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QSlider *>(w)
           || qobject_cast<const QTabBar *>(w);
}

// Input and list controls must be reachable with Tab; buttons may be reached through a shortcut
// or menu (tool bar buttons take no focus by design), so they are only reported.
bool mustTakeTab(const QWidget *w)
{
    return !qobject_cast<const QAbstractButton *>(w) && !qobject_cast<const QTabBar *>(w);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    Fixtures::DemoDesk m_desk{QDate(2026, 11, 22)};
    BusinessContext m_context;

    struct Walk
    {
        QSet<const QWidget *> seen;
        QStringList unnamed;
        QStringList noTab;
        QStringList buttonsWithoutTab;
        QStringList readOnlyWithoutTab;
        int interactive = 0;
        int tabWalksCells = 0;
    };

    static void walk(QWidget *root, Walk &result)
    {
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || result.seen.contains(w) || !isInteractive(w)
                || isPartOfComposite(w))
                continue;
            result.seen.insert(w);
            if (const auto *view = qobject_cast<const QAbstractItemView *>(w);
                view && view->tabKeyNavigation())
                ++result.tabWalksCells; // Tab moves between cells; Ctrl+Tab leaves
            ++result.interactive;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                result.unnamed.append(describe(w));
            if (!(w->focusPolicy() & Qt::TabFocus)) {
                const auto *view = qobject_cast<const QAbstractItemView *>(w);
                if (view && view->selectionMode() == QAbstractItemView::NoSelection)
                    result.readOnlyWithoutTab.append(describe(w)); // shown, not operated
                else if (mustTakeTab(w))
                    result.noTab.append(describe(w));
                else
                    result.buttonsWithoutTab.append(describe(w));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_desk.open();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_context = m_desk.context();
        QCOMPARE(m_context.role, StaffRole::Owner);
    }

    // Every pane, every Business tab: each visible interactive widget has an accessible name and
    // input controls are reachable with Tab.
    void everyControlHasANameAndTakesTab()
    {
        MainWindow window(m_desk.store(), m_desk.settings(), m_context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Walk result;
        Fixtures::visitEveryPaneAndTab(window, m_desk.store(),
                                       [&window, &result] { walk(&window, result); });
        qInfo("walked %d interactive widgets: %lld without a name, %lld input controls not on "
              "the Tab chain, %lld buttons without Tab focus",
              result.interactive, qlonglong(result.unnamed.size()), qlonglong(result.noTab.size()),
              qlonglong(result.buttonsWithoutTab.size()));
        for (const QString &line : std::as_const(result.buttonsWithoutTab))
            qInfo("button without Tab focus (reached by shortcut or menu?): %s", qPrintable(line));
        qInfo("%d views where Tab walks the cells (Ctrl+Tab leaves them)", result.tabWalksCells);
        for (const QString &line : std::as_const(result.readOnlyWithoutTab))
            qInfo("read-only view outside the Tab chain: %s", qPrintable(line));
        for (const QString &line : std::as_const(result.unnamed))
            qInfo("without a name: %s", qPrintable(line));
        for (const QString &line : std::as_const(result.noTab))
            qInfo("not on the Tab chain: %s", qPrintable(line));
        QVERIFY(result.interactive > 50);
        QVERIFY2(result.unnamed.isEmpty(),
                 qPrintable(QStringLiteral("without an accessible name:\n  ")
                            + result.unnamed.join(QStringLiteral("\n  "))));
        QVERIFY2(result.noTab.isEmpty(), qPrintable(QStringLiteral("not reachable with Tab:\n  ")
                                                    + result.noTab.join(QStringLiteral("\n  "))));
    }

    // The dialogs every desk meets before and around the panes: Settings and Sign in.
    void dialogControlsHaveNames()
    {
        Walk result;
        SettingsDialog settings(m_desk.settings());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        walk(&settings, result);
        LoginDialog login(*m_desk.settings());
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        walk(&login, result);
        qInfo("walked %d interactive widgets in the dialogs", result.interactive);
        for (const QString &line : std::as_const(result.unnamed))
            qInfo("without a name: %s", qPrintable(line));
        for (const QString &line : std::as_const(result.noTab))
            qInfo("not on the Tab chain: %s", qPrintable(line));
        QVERIFY(result.interactive > 3);
        QVERIFY(result.unnamed.isEmpty());
        QVERIFY(result.noTab.isEmpty());
    }

    // A label with an accelerator ("&Language:") moves the focus to its field, so it needs the
    // field as its buddy; without one Qt shows the "&" itself ("&CA certificate:" in Settings,
    // whose field is a row of a line edit and a button).
    void acceleratorLabelsHaveTheirField()
    {
        static const QRegularExpression accelerator(QStringLiteral("(?<!&)&(?![&\\s])"));
        QStringList without;
        const auto check = [&without](QWidget *root) {
            const auto labels = root->findChildren<QLabel *>();
            for (const QLabel *label : labels) {
                const QString text = label->text();
                if (!label->isVisible() || text.contains(u'<') || text.contains(u"&amp;"))
                    continue;
                if (accelerator.match(text).hasMatch() && !label->buddy())
                    without.append(describe(label) + QStringLiteral(" \"") + text + u'"');
            }
        };
        MainWindow window(m_desk.store(), m_desk.settings(), m_context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Fixtures::visitEveryPaneAndTab(window, m_desk.store(),
                                       [&check, &window] { check(&window); });
        SettingsDialog settings(m_desk.settings());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        check(&settings);
        LoginDialog login(*m_desk.settings());
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        check(&login);
        AppointmentDialog booking(m_desk.store(), window.edits(), m_context,
                                  AppointmentDialog::Mode::New);
        booking.show();
        QVERIFY(QTest::qWaitForWindowExposed(&booking));
        waitUntilSettled(m_desk.store());
        check(&booking);
        CustomerEditDialog customer(m_desk.store(), window.edits(), m_context, std::nullopt);
        customer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&customer));
        check(&customer);
        QVERIFY2(without.isEmpty(), qPrintable(without.join(QStringLiteral("\n  "))));
    }

    // A booking says its status in words to a screen reader: the calendar's model gives it in
    // the accessible text and the view describes the current booking with it.
    void calendarItemsSayTheirStatus()
    {
        MainWindow window(m_desk.store(), m_desk.settings(), m_context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPane(PaneId::Appointments);
        waitUntilSettled(m_desk.store());
        auto *view = window.findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        QVERIFY(view);
        DayScheduleModel *model = view->model();
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20000);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const QString text = index.data(Qt::AccessibleTextRole).toString();
            const QString status =
                AppointmentPresentation::statusLabel(index.data(StatusKeyRole).toString());
            QVERIFY2(!status.isEmpty() && text.contains(status), qPrintable(text));
        }
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Tab); // into the bookings, or past them
        QTest::keyClick(view, Qt::Key_Down);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
        QVERIFY(iface);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
        const QString description = iface->text(QAccessible::Description);
        qInfo("calendar description: %s", qPrintable(description));
        bool saysAStatus = false;
        for (const QString &key : AppointmentPresentation::statusKeys())
            saysAStatus =
                saysAStatus || description.contains(AppointmentPresentation::statusLabel(key));
        QVERIFY2(saysAStatus, qPrintable(description));
    }

    // A desktop that turns dark (or light again) while Chairside is open: every label the
    // program colours itself keeps AA contrast against what is around it, in every pane and
    // Business tab (the muted hints used to keep the colour of the theme they were made in).
    void labelColoursFollowALiveThemeSwitch()
    {
        const QPalette light = QApplication::palette();
        auto restore = qScopeGuard([&light] { QApplication::setPalette(light); });
        MainWindow window(m_desk.store(), m_desk.settings(), m_context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Fixtures::visitEveryPaneAndTab(window, m_desk.store()); // every pane and tab built
        // What a label is drawn on: the background its own sheet or a card's sheet paints, else
        // the window colour of the nearest widget no style sheet styles (Qt keeps the palettes
        // of the others as they were when styled).
        static const QRegularExpression backgroundRule(
            QStringLiteral("background(?:-color)?:\\s*(#[0-9a-fA-F]{6})"));
        const auto groundOf = [](const QWidget *label) {
            for (const QWidget *w = label; w; w = w->parentWidget()) {
                const QRegularExpressionMatch own = backgroundRule.match(w->styleSheet());
                if (own.hasMatch())
                    return QColor(own.captured(1));
                if (w != label && !w->testAttribute(Qt::WA_StyleSheet))
                    return w->palette().color(QPalette::Window);
            }
            return QApplication::palette().color(QPalette::Window);
        };
        const auto unreadable = [&window, &groundOf] {
            QStringList found;
            int checked = 0;
            const auto labels = window.findChildren<QLabel *>();
            for (QLabel *label : labels) {
                if (!label->testAttribute(Qt::WA_StyleSheet) || label->text().isEmpty())
                    continue;
                label->ensurePolished();
                ++checked;
                const QColor ink = label->palette().color(label->foregroundRole());
                const QColor ground = groundOf(label);
                const double ratio = contrastRatio(ink, ground);
                if (ratio < 4.5)
                    found.append(QStringLiteral("%1 \"%2\": %3 on %4, %5:1")
                                     .arg(describe(label), label->text().left(40), ink.name(),
                                          ground.name(), QString::number(ratio, 'f', 2)));
            }
            if (checked < 40) // the panes' labels were not all found
                found.append(QStringLiteral("only %1 labels styled by a sheet").arg(checked));
            return found;
        };
        for (const QPalette &palette : {darkDeskPalette(), light}) {
            QApplication::setPalette(palette);
            QTest::qWait(50);
            QCOMPARE(window.palette().color(QPalette::Window), palette.color(QPalette::Window));
            // The labels recolour a turn of the event loop later; a slow build (the sanitizers')
            // may need more turns for the window's 61 sheets.
            QStringList found;
            QTRY_VERIFY2_WITH_TIMEOUT((found = unreadable()).isEmpty(),
                                      qPrintable(found.join(QStringLiteral("\n  "))), 5000);
        }
    }

    // A model's own text colours (a late wait in red) are drawn with AA contrast on a dark
    // theme's table too, and as the model says on a light one (ReadableTextDelegate).
    void modelTextColoursReadOnEitherTheme()
    {
        const QColor lateRed(0xc6, 0x28, 0x28);
        QStandardItemModel model(1, 1);
        auto *item = new QStandardItem(QStringLiteral("22 h 29 m"));
        item->setForeground(lateRed);
        QFont bold = QApplication::font();
        bold.setBold(true);
        item->setFont(bold);
        model.setItem(0, 0, item);
        for (const QPalette &palette : {QApplication::palette(), darkDeskPalette()}) {
            QTableView view;
            view.setPalette(palette);
            view.setModel(&model);
            view.setItemDelegate(new ReadableTextDelegate(&view));
            view.resize(300, 120);
            const QImage drawn = view.viewport()->grab().toImage();
            const QRect cell = view.visualRect(model.index(0, 0));
            const QColor base = palette.color(QPalette::Base);
            double best = 1.0;
            QColor ink;
            for (int y = cell.top(); y <= cell.bottom(); ++y) {
                for (int x = cell.left(); x <= cell.right(); ++x) {
                    const QColor seen = drawn.pixelColor(x, y);
                    if (contrastRatio(seen, base) > best) {
                        best = contrastRatio(seen, base);
                        ink = seen;
                    }
                }
            }
            qInfo("late wait on %s: %s, %.2f:1", qPrintable(base.name()), qPrintable(ink.name()),
                  best);
            QVERIFY2(best >= 4.5, qPrintable(QString::number(best)));
            QVERIFY(ink.hue() < 20 || ink.hue() > 340); // still red
            if (!isDarkPalette(palette))
                QCOMPARE(ink, lateRed);
        }
    }

    // WCAG AA (4.5:1) for the text colours the program sets itself.
    // A checked toggle button (Day, a queue's filter, the report's range) stands out from its
    // unchecked neighbours on either palette: its edge by 3:1 (WCAG's non-text contrast for a
    // control's state), and its label still reads (4.5:1). Fusion only darkened it a shade:
    // 1.2:1 on the dark palette.
    void checkedToggleButtonsStandOut()
    {
        DeskStyle style;
        for (const QPalette &palette : {QApplication::palette(), darkDeskPalette()}) {
            const auto drawn = [&style, &palette](bool checked) {
                QPushButton button(QStringLiteral("Day"));
                button.setStyle(&style);
                button.setPalette(palette);
                button.setCheckable(true);
                button.setChecked(checked);
                button.resize(80, 30);
                return button.grab().toImage();
            };
            const QImage on = drawn(true);
            const QImage off = drawn(false);
            const QColor offFill = off.pixelColor(6, off.height() / 2);
            const QColor edge = on.pixelColor(0, on.height() / 2);
            QVERIFY2(contrast(edge, offFill) >= 3.0,
                     qPrintable(QStringLiteral("edge %1 on %2: %3:1")
                                    .arg(edge.name(), offFill.name())
                                    .arg(contrast(edge, offFill), 0, 'f', 2)));
            const QColor onFill = on.pixelColor(6, on.height() / 2);
            QVERIFY(onFill != offFill);
            QVERIFY2(contrast(palette.color(QPalette::ButtonText), onFill) >= 4.5,
                     qPrintable(onFill.name()));
        }
    }

    void coloursHoldContrast()
    {
        // The formula itself, at its two ends and one known pair (WCAG: #777 on white 4.48:1).
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(contrastRatio(Qt::white, Qt::white) * 100), 100);
        QCOMPARE(qRound(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
        QStringList failures;
        const auto check = [&failures](const QString &what, const QColor &fg, const QColor &bg,
                                       double least) {
            const double ratio = contrast(fg, bg);
            qInfo("%-60s %5.2f:1", qPrintable(what), ratio);
            if (ratio < least)
                failures.append(QStringLiteral("%1: %2:1").arg(what).arg(ratio, 0, 'f', 2));
        };
        // A booking block: its status in words drawn in the darkened status colour on its fill,
        // the name and time on the same fill (the block is not themed: fixed colours).
        for (const QString &key : AppointmentPresentation::statusKeys()) {
            const QColor fill = AppointmentPresentation::statusFill(key);
            check(QStringLiteral("status text '%1' on its block").arg(key),
                  AppointmentPresentation::statusColour(key).darker(130), fill, 4.5);
            check(QStringLiteral("muted time on '%1' block").arg(key), QColor(0x5f, 0x66, 0x6d),
                  fill, 4.5);
            // The legend swatch and block border are graphics: 3:1 against a light window.
            check(QStringLiteral("status swatch '%1' on white").arg(key),
                  AppointmentPresentation::statusColour(key), Qt::white, 3.0);
        }
        // The fixed grey stays only on fixed light backgrounds (the badges).
        check(QStringLiteral("fixed #5f666d on the grey badge"), QColor(0x5f, 0x66, 0x6d),
              QColor(0xf1, 0xf3, 0xf4), 4.5);
        // The muted subtitle and hint texts (palette(placeholder-text)) in both palettes.
        const QPalette light = QApplication::palette();
        const QPalette dark = darkDeskPalette();
        for (const auto &[name, palette] :
             {std::pair{QStringLiteral("light"), light}, std::pair{QStringLiteral("dark"), dark}}) {
            check(QStringLiteral("muted subtitle/hint text on window (%1)").arg(name),
                  mutedTextColour(palette), palette.color(QPalette::Window), 4.5);
            // Qt's own placeholder colour (empty fields, and a few labels that borrow it) is
            // only reported: light Fusion gives about 3.9:1.
            check(QStringLiteral("placeholder text on window (%1)").arg(name),
                  palette.color(QPalette::PlaceholderText), palette.color(QPalette::Window), 0.0);
            check(QStringLiteral("window text on window (%1)").arg(name),
                  palette.color(QPalette::WindowText), palette.color(QPalette::Window), 4.5);
            check(QStringLiteral("text on base (%1)").arg(name), palette.color(QPalette::Text),
                  palette.color(QPalette::Base), 4.5);
            // Outcomes in words (a refused sign-in, a failed or done save).
            check(QStringLiteral("error text on window (%1)").arg(name), errorTextColour(palette),
                  palette.color(QPalette::Window), 4.5);
            check(QStringLiteral("success text on window (%1)").arg(name),
                  successTextColour(palette), palette.color(QPalette::Window), 4.5);
            // The calendar's hour labels and column details (on the window colour) and the
            // desk computer's clock beside them.
            const CalendarColours calendar = CalendarColours::forPalette(palette);
            check(QStringLiteral("calendar labels on window (%1)").arg(name), calendar.mutedText,
                  palette.color(QPalette::Window), 4.5);
            check(QStringLiteral("calendar \"Break\" on hours off (%1)").arg(name),
                  calendar.mutedText, calendar.offHours, 4.5);
            check(QStringLiteral("calendar desk clock on window (%1)").arg(name),
                  calendar.deskZoneText, palette.color(QPalette::Window), 4.5);
            check(QStringLiteral("calendar today's title on window (%1)").arg(name),
                  calendar.todayText, palette.color(QPalette::Window), 4.5);
            // The loyalty card: its own tint of the surface, with muted and plain text on it.
            const bool isDark = isDarkPalette(palette);
            const QColor card = isDark ? QColor(0x2a, 0x25, 0x36) : QColor(0xfa, 0xf7, 0xff);
            check(QStringLiteral("muted text on the loyalty card (%1)").arg(name),
                  mutedTextColour(palette), card, 4.5);
            check(QStringLiteral("window text on the loyalty card (%1)").arg(name),
                  palette.color(QPalette::WindowText), card, 4.5);
            check(QStringLiteral("mid on window (%1, the old subtitle)").arg(name),
                  palette.color(QPalette::Mid), palette.color(QPalette::Window), 0.0);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
