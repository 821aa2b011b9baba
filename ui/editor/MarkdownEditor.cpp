#include "MarkdownEditor.h"

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <memory>

namespace feder::ui {

MarkdownEditor::MarkdownEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("markdownEditor"));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    setFont(font);
    setTabChangesFocus(false);
    document()->setDocumentMargin(16);
    connect(document(), &QTextDocument::contentsChange, this, [this](int position, int removed, int added) {
        if (m_loading || (removed == 0 && added == 0))
            return;
        Q_EMIT editedAt(position, removed, added);
        Q_EMIT edited();
    });
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (m_extendContextMenu)
        m_extendContextMenu(menu.get(), cursorForPosition(event->pos()));
    menu->exec(event->globalPos());
}

void MarkdownEditor::loadText(const QString &text)
{
    m_loading = true;
    setPlainText(text);
    m_loading = false;
    document()->setModified(false);
    moveCursor(QTextCursor::Start);
}

} // namespace feder::ui
