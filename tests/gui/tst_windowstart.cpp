// What building and first painting the main window must not cost: no image-format plugin is
// loaded (Qt's PNG icons made QImageReader load every one of them, libjpeg's among them, to ask
// whether it reads PNG: 6-7 ms of every start), and the navigation and the menu bar's overflow
// button draw Chairside's own icons instead.
#include "app/ScreenshotMode.h"
#include "store/StoreExecutor.h"
#include "tests/support/demodesk/DemoDesk.h"
#include "ui/DarkPalette.h"
#include "ui/DeskStyle.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QMenuBar>
#include <QScopeGuard>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace Chairside;

namespace {

// The image-format plugins this process has loaded, from the kernel's list of its mappings.
QStringList loadedImagePlugins()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("(cannot read /proc/self/maps)")};
    QStringList plugins;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const int at = line.indexOf("/imageformats/");
        if (at < 0)
            continue;
        const QString name = QString::fromLocal8Bit(line.mid(at + 14));
        if (!plugins.contains(name))
            plugins.append(name);
    }
    return plugins;
}

// What an icon's pixels hold: those with any opacity (the ink), how many of them are (near)
// white, and their mean lightness.
struct Ink
{
    int opaque = 0;
    int white = 0;
    int meanLightness = -1;
};

Ink inkOf(const QImage &image)
{
    Ink ink;
    qint64 lightness = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() < 128)
                continue;
            ++ink.opaque;
            lightness += colour.lightness();
            if (colour.red() > 230 && colour.green() > 230 && colour.blue() > 230)
                ++ink.white;
        }
    }
    if (ink.opaque > 0)
        ink.meanLightness = int(lightness / ink.opaque);
    return ink;
}

} // namespace

class TestWindowStart : public QObject
{
    Q_OBJECT

private:
    Fixtures::DemoDesk m_desk{QDate(2026, 11, 22)};
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        // As main() does, before any widget exists.
        QApplication::setStyle(new DeskStyle);
        const QString problem = m_desk.open();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_window = std::make_unique<MainWindow>(m_desk.store(), m_desk.settings(), m_desk.context(),
                                                MainWindow::DataSource::LocalDemo);
        m_window->resize(1440, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        waitUntilSettled(m_desk.store());
    }

    void cleanupTestCase() { m_window.reset(); }

    // First, while nothing else in this process has asked for an image.
    void aStartLoadsNoImagePlugin()
    {
        const QImage painted = pictureOf(m_window.get()).toImage();
        QCOMPARE(painted.size(), QSize(1440, 900));
        QCOMPARE(loadedImagePlugins(), QStringList());
    }

    void theNavigationDrawsItsOwnIcons()
    {
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), kPaneCount);
        for (int row = 0; row < navigation->count(); ++row) {
            const QIcon icon = navigation->item(row)->icon();
            QVERIFY2(!icon.isNull(), qPrintable(navigation->item(row)->text()));
            // Teal on the plain row, white on the selected (highlighted) one.
            const Ink plain = inkOf(icon.pixmap(QSize(22, 22), QIcon::Normal).toImage());
            QVERIFY2(plain.opaque > 20, qPrintable(navigation->item(row)->text()));
            QCOMPARE(plain.white, 0);
            const Ink selected = inkOf(icon.pixmap(QSize(22, 22), QIcon::Selected).toImage());
            QVERIFY(selected.opaque > 20);
            QVERIFY2(selected.white * 10 >= selected.opaque * 9,
                     qPrintable(navigation->item(row)->text()));
        }
    }

    // A dark desktop theme: the navigation is dark and its drawings light, so they stay
    // readable; a window open while the desktop switches theme follows, both ways.
    void theNavigationFollowsADarkPalette()
    {
        const auto navigationOf = [](QWidget *window) {
            return window->findChild<QListWidget *>(QStringLiteral("navigation"));
        };
        // The list's background (below its rows) and its drawings' mean lightness.
        const auto lightness = [](QListWidget *navigation) {
            const QImage drawn = navigation->grab().toImage();
            int darkest = 255;
            int lightest = 0;
            for (int row = 0; row < navigation->count(); ++row) {
                const int ink = inkOf(navigation->item(row)->icon().pixmap(QSize(22, 22)).toImage())
                                    .meanLightness;
                darkest = std::min(darkest, ink);
                lightest = std::max(lightest, ink);
            }
            return std::tuple{drawn.pixelColor(drawn.width() / 2, drawn.height() - 5).lightness(),
                              darkest, lightest};
        };
        QListWidget *openNavigation = navigationOf(m_window.get());
        QVERIFY(openNavigation);
        {
            const auto [background, darkest, lightest] = lightness(openNavigation);
            QVERIFY2(background > 200, qPrintable(QString::number(background)));
            QVERIFY2(lightest < 110, qPrintable(QString::number(lightest)));
        }

        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkDeskPalette());
        auto restore = qScopeGuard([&light] { QApplication::setPalette(light); });

        // A desk started on a dark desktop.
        MainWindow started(m_desk.store(), m_desk.settings(), m_desk.context(),
                           MainWindow::DataSource::LocalDemo);
        started.resize(1440, 900);
        started.show();
        QVERIFY(QTest::qWaitForWindowExposed(&started));
        // The open one, switched.
        for (QListWidget *navigation : {navigationOf(&started), openNavigation}) {
            QVERIFY(navigation);
            const auto [background, darkest, lightest] = lightness(navigation);
            QVERIFY2(background < 80, qPrintable(QString::number(background)));
            QVERIFY2(darkest > 150, qPrintable(QString::number(darkest)));
        }

        restore.dismiss();
        QApplication::setPalette(light); // its change reaches the widgets through the event loop
        QTRY_VERIFY(std::get<0>(lightness(openNavigation)) > 200);
        QVERIFY(std::get<2>(lightness(openNavigation)) < 110);
    }

    void theMenuBarsOverflowButtonHasAnIcon()
    {
        auto *overflow =
            m_window->menuBar()->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
        QVERIFY(overflow);
        const QImage image = overflow->icon().pixmap(QSize(16, 16)).toImage();
        QVERIFY(!image.isNull());
        QVERIFY(inkOf(image).opaque > 10);
        QCOMPARE(loadedImagePlugins(), QStringList()); // drawn from SVG, no plugin asked
    }
};

QTEST_MAIN(TestWindowStart)
#include "tst_windowstart.moc"
