#include "ShortcutHelp.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace feder::ui {

ShortcutHelp::ShortcutHelp(const QMenuBar &menus, const QMenu *editorMenu, QWidget *parent)
    : QDialog(parent), m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("shortcutHelp"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_tree->setObjectName(QStringLiteral("shortcutList"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    for (QAction *menuAction : menus.actions()) {
        if (const QMenu *menu = menuAction->menu(); menu && menuAction->isVisible()) {
            auto *section = new QTreeWidgetItem(m_tree, {plainText(menuAction->text())});
            QFont bold = section->font(0);
            bold.setBold(true);
            section->setFont(0, bold);
            section->setFirstColumnSpanned(true);
            const QString alt = accelerator(menuAction->text());
            addMenu(section, *menu, alt.isEmpty() ? QString() : QKeySequence(Qt::ALT).toString(QKeySequence::NativeText) + alt);
        }
    }
    if (editorMenu) {
        auto *section = new QTreeWidgetItem(m_tree, {tr("In the text")});
        QFont bold = section->font(0);
        bold.setBold(true);
        section->setFont(0, bold);
        section->setFirstColumnSpanned(true);
        addMenu(section, *editorMenu, QString());
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(560, 620);
}

void ShortcutHelp::addMenu(QTreeWidgetItem *parent, const QMenu &menu, const QString &menuPath)
{
    for (QAction *action : menu.actions()) {
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
            continue;
        if (const QMenu *submenu = action->menu()) {
            const QString letter = accelerator(action->text());
            addMenu(parent, *submenu, letter.isEmpty() || menuPath.isEmpty() ? QString() : menuPath + QStringLiteral(", ") + letter);
            continue;
        }
        auto *row = new QTreeWidgetItem(parent, {plainText(action->text()), keysFor(action, menuPath)});
        row->setToolTip(0, action->toolTip());
    }
}

QString ShortcutHelp::keysFor(const QAction *action, const QString &menuPath)
{
    QStringList keys;
    for (const QKeySequence &shortcut : action->shortcuts())
        keys.append(shortcut.toString(QKeySequence::NativeText));
    if (!keys.isEmpty())
        return keys.join(tr(" or "));
    // Qt's own editing actions name their keys after a tab ("&Undo\tCtrl+Z").
    if (const QString named = action->text().section(QLatin1Char('\t'), 1); !named.isEmpty())
        return named;
    const QString letter = accelerator(action->text());
    return letter.isEmpty() || menuPath.isEmpty() ? QString() : menuPath + QStringLiteral(", ") + letter;
}

QString ShortcutHelp::accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) { // "&&" is a literal ampersand
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

QString ShortcutHelp::plainText(const QString &text)
{
    QString plain = text;
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    else if (plain.endsWith(QLatin1String("...")))
        plain.chop(3);
    // Qt's own menus put the shortcut after a tab ("Undo\tCtrl+Z"): the keys column has it.
    return plain.section(QLatin1Char('\t'), 0, 0).trimmed();
}

} // namespace feder::ui
