#pragma once

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace feder::ui {

// The right-hand docks (Metadaten, Prüfliste, Rechtschreibung, Review) as one tabbed sidebar
// that one shortcut collapses and brings back (Ansicht ▸ Seitenleiste, Strg+Umschalt+B or F9),
// so the editor and the preview get the width. The state is kept in QSettings at once; the
// docks' own layout is kept by WindowPlace.
class Sidebar : public QObject
{
    Q_OBJECT
public:
    // `docks` are already in the right dock area, tabified; the first one is raised by default.
    Sidebar(QMainWindow &window, const QList<QDockWidget *> &docks);

    QAction *toggleAction() const { return m_toggle; }
    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    // Shows the sidebar with `dock` in front (e.g. the checklist asks for a field).
    void reveal(QDockWidget *dock);
    // After the window's layout was restored: collapsed as it was left.
    void restore();

private:
    QMainWindow &m_window;
    QList<QDockWidget *> m_docks;
    QDockWidget *m_front;
    QAction *m_toggle;
    bool m_collapsed = false;
};

} // namespace feder::ui
