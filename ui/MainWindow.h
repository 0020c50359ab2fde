#pragma once

#include "store/BusinessContext.h"
#include "ui/PaneId.h"

#include <QMainWindow>

#include <array>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Chairside {

class AppSettings;
class StoreExecutor;

// Composes the panes, the navigation and the status bar; the panes do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(StoreExecutor *store, AppSettings *settings, const BusinessContext &context,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPane(PaneId pane);
    PaneId currentPane() const;
    QWidget *pane(PaneId pane) const;
    bool isPaneAvailable(PaneId pane) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildMenus();
    void buildStatusBar();
    void openSettings();
    void showAbout();

    StoreExecutor *m_store;
    AppSettings *m_settings;
    BusinessContext m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    std::array<QWidget *, kPaneCount> m_panes{};
};

} // namespace Chairside
