#include "ScrollSync.h"

#include "PreviewWidget.h"
#include "editor/MarkdownEditor.h"

#include <QScrollBar>
#include <QTextBlock>

namespace feder::ui {

ScrollSync::ScrollSync(MarkdownEditor &editor, PreviewWidget &preview, QObject *parent)
    : QObject(parent), m_editor(editor), m_preview(preview)
{
    setObjectName(QStringLiteral("scrollSync"));
    connect(&editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        m_preview.revealLine(m_editor.textCursor().blockNumber() + 1);
    });
    connect(editor.verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        m_preview.revealLine(firstVisibleLine(), true);
    });
    // A page that finished loading (an article opened, the window restored at its old place)
    // starts where the editor is.
    connect(&preview, &PreviewWidget::pageLoaded, this, [this] {
        if (m_editor.verticalScrollBar()->value() > 0)
            m_preview.revealLine(firstVisibleLine(), true);
    });
    connect(&preview, &PreviewWidget::lineClicked, this, [this](int line) {
        const QTextBlock block = m_editor.document()->findBlockByNumber(std::max(0, line - 1));
        if (!block.isValid())
            return;
        m_editor.setTextCursor(QTextCursor(block));
        m_editor.centerCursor();
        m_editor.setFocus();
    });
}

int ScrollSync::firstVisibleLine() const
{
    return m_editor.cursorForPosition(QPoint(0, 0)).blockNumber() + 1;
}

} // namespace feder::ui
