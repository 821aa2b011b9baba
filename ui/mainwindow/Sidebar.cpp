#include "Sidebar.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>

namespace feder::ui {

namespace {
const QString kCollapsed = QStringLiteral("window/sidebarCollapsed");
}

Sidebar::Sidebar(QMainWindow &window, const QList<QDockWidget *> &docks)
    : QObject(&window), m_window(window), m_docks(docks), m_front(docks.value(0)), m_toggle(new QAction(tr("&Sidebar"), this))
{
    setObjectName(QStringLiteral("sidebar"));
    m_toggle->setObjectName(QStringLiteral("actionSidebar"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), QKeySequence(Qt::Key_F9)});
    m_toggle->setShortcutContext(Qt::WindowShortcut);
    m_window.addAction(m_toggle);
    connect(m_toggle, &QAction::toggled, this, [this](bool shown) { setCollapsed(!shown); });
    // Tabs along the outer edge: the four names stay whole in a narrow sidebar (on top they were
    // cut to „Metada…“, „Revi…“ at 1280×720).
    window.setTabPosition(Qt::RightDockWidgetArea, QTabWidget::East);
    for (QDockWidget *dock : m_docks) {
        // The tab in front is the one to bring back after a collapse.
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
            if (visible && !m_collapsed)
                m_front = dock;
        });
    }
}

void Sidebar::setCollapsed(bool collapsed)
{
    if (collapsed != m_collapsed) {
        m_collapsed = collapsed;
        QDockWidget *front = m_front;
        for (QDockWidget *dock : std::as_const(m_docks))
            dock->setVisible(!collapsed);
        if (!collapsed && front) {
            front->raise();
            m_front = front;
        }
    }
    m_toggle->setChecked(!collapsed);
    QSettings().setValue(kCollapsed, collapsed);
}

void Sidebar::reveal(QDockWidget *dock)
{
    m_front = dock;
    setCollapsed(false);
    dock->show();
    dock->raise();
}

void Sidebar::restore()
{
    const bool collapsed = QSettings().value(kCollapsed, false).toBool();
    if (collapsed) {
        setCollapsed(true);
        return;
    }
    // Expanded: a dock the author closed on its own stays closed; with none open the sidebar
    // counts as collapsed, so the shortcut brings it back at once.
    bool anyOpen = false;
    for (QDockWidget *dock : std::as_const(m_docks))
        anyOpen = anyOpen || !dock->isHidden();
    m_collapsed = !anyOpen;
    m_toggle->setChecked(anyOpen);
}

} // namespace feder::ui
