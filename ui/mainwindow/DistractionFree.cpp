#include "DistractionFree.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolBar>

namespace feder::ui {

namespace {
constexpr int kStateVersion = 0x46; // only for the round trip in and out of full screen
}

DistractionFree::DistractionFree(QMainWindow &window, QList<QWidget *> alsoHidden, QWidget *focus)
    : QObject(&window), m_window(window), m_focus(focus), m_toggle(new QAction(tr("&Distraction-free writing"), this)),
      m_leave(new QAction(tr("Leave distraction-free writing"), this))
{
    setObjectName(QStringLiteral("distractionFree"));
    for (QWidget *widget : alsoHidden)
        m_alsoHidden.append(widget);
    m_toggle->setObjectName(QStringLiteral("actionDistractionFree"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F11));
    m_toggle->setShortcutContext(Qt::WindowShortcut);
    connect(m_toggle, &QAction::toggled, this, &DistractionFree::setActive);
    m_leave->setObjectName(QStringLiteral("actionLeaveDistractionFree"));
    m_leave->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leave->setShortcutContext(Qt::WindowShortcut);
    m_leave->setEnabled(false);
    connect(m_leave, &QAction::triggered, this, [this] { setActive(false); });
    m_window.addAction(m_toggle);
    m_window.addAction(m_leave);
    m_window.installEventFilter(this);
}

bool DistractionFree::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Close && m_active)
        setActive(false);
    return QObject::eventFilter(watched, event);
}

void DistractionFree::setActive(bool active)
{
    if (active == m_active) {
        m_toggle->setChecked(active);
        return;
    }
    m_active = active;
    m_toggle->setChecked(active);
    m_leave->setEnabled(active);
    if (active) {
        m_state = m_window.saveState(kStateVersion);
        m_windowState = m_window.windowState();
        m_statusBarVisible = m_window.statusBar()->isVisible();
        m_wasVisible.clear();
        for (const QPointer<QWidget> &widget : std::as_const(m_alsoHidden))
            m_wasVisible.append(widget && !widget->isHidden());
        for (QDockWidget *dock : m_window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
            dock->hide();
        for (QToolBar *bar : m_window.findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
            bar->hide();
        m_window.statusBar()->hide();
        for (const QPointer<QWidget> &widget : std::as_const(m_alsoHidden)) {
            if (widget)
                widget->hide();
        }
        m_window.setWindowState((m_windowState & ~Qt::WindowMinimized) | Qt::WindowFullScreen);
        if (m_focus)
            m_focus->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_window.setWindowState(m_windowState & ~Qt::WindowMinimized);
    m_window.restoreState(m_state, kStateVersion); // docks and tool bars exactly as they were
    m_window.statusBar()->setVisible(m_statusBarVisible);
    for (qsizetype i = 0; i < m_alsoHidden.size(); ++i) {
        if (m_alsoHidden.at(i))
            m_alsoHidden.at(i)->setVisible(m_wasVisible.value(i));
    }
    if (m_focus)
        m_focus->setFocus(Qt::OtherFocusReason);
}

} // namespace feder::ui
