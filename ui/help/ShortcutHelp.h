#pragma once

#include <QDialog>

class QMenu;
class QMenuBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace feder::ui {

// Hilfe ▸ Tastenkürzel: every command of the menus (and the editor's own editing commands) with
// its shortcut, or the keys that reach it through the menus (Alt+D, then S) when it has none.
// Built from the actions themselves each time it opens, so it never goes out of date.
class ShortcutHelp : public QDialog
{
    Q_OBJECT
public:
    ShortcutHelp(const QMenuBar &menus, const QMenu *editorMenu, QWidget *parent = nullptr);

    // The keys of an action: its shortcuts in the platform's words ("Strg+S"), or else the way
    // through the menus by accelerator; empty when neither exists.
    static QString keysFor(const QAction *action, const QString &menuPath);
    // The menu's or action's accelerator letter ("&Datei" → "D"), empty without one.
    static QString accelerator(const QString &text);
    // The text as the user reads it: no "&", no trailing "…".
    static QString plainText(const QString &text);

    QTreeWidget &tree() { return *m_tree; }

private:
    void addMenu(QTreeWidgetItem *parent, const QMenu &menu, const QString &menuPath);

    QTreeWidget *m_tree;
};

} // namespace feder::ui
