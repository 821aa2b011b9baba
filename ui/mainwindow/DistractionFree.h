#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QWidget;

namespace feder::ui {

// Distraction-free writing (Ansicht ▸ Ablenkungsfrei schreiben, F11): the window goes full screen
// with only the menu bar and the editor; the docks (library, sidebar, outline), tool bars, the
// status bar and the `alsoHidden` widgets (the preview) are hidden. F11 again or Esc brings
// everything back exactly as it was (the docks' layout through saveState/restoreState, the
// window's maximised or normal state). The menu bar stays so that every shortcut keeps working
// and the way back can be seen.
class DistractionFree : public QObject
{
    Q_OBJECT
public:
    // `focus`: the widget that gets the keyboard focus in full screen (the editor).
    DistractionFree(QMainWindow &window, QList<QWidget *> alsoHidden, QWidget *focus);

    QAction *toggleAction() const { return m_toggle; }
    // Esc: leaves distraction-free mode (enabled only then).
    QAction *leaveAction() const { return m_leave; }
    bool isActive() const { return m_active; }
    void setActive(bool active);

protected:
    // Closing the window leaves the mode first, so the layout kept for the next start is the real one.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow &m_window;
    QList<QPointer<QWidget>> m_alsoHidden;
    QList<bool> m_wasVisible;
    QPointer<QWidget> m_focus;
    QAction *m_toggle;
    QAction *m_leave;
    bool m_active = false;
    bool m_statusBarVisible = true;
    QByteArray m_state;
    Qt::WindowStates m_windowState;
};

} // namespace feder::ui
