#include "MarkdownEditor.h"

#include "session/EditSession.h"

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QScrollBar>
#include <memory>

namespace feder::ui {

MarkdownEditor::MarkdownEditor(EditSession &session, QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("markdownEditor"));
    // The session's document, laid out as plain text (the layout is a widget class, so the
    // widget-free session cannot give it one).
    QTextDocument &document = session.document();
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    setDocument(&document);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    setFont(font);
    document.setDefaultFont(font);
    setTabChangesFocus(false);
    document.setDocumentMargin(16);
    // The margins beside the centred text column look like the page, not like the window.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setEnabled(false);
    connect(&session, &EditSession::opened, this, [this] {
        setEnabled(true);
        moveCursor(QTextCursor::Start);
    });
    connect(&session, &EditSession::closed, this, [this] { setEnabled(false); });
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (m_extendContextMenu)
        m_extendContextMenu(menu.get(), cursorForPosition(event->pos()));
    menu->exec(event->globalPos());
}

void MarkdownEditor::resizeEvent(QResizeEvent *event)
{
    updateColumn();
    QPlainTextEdit::resizeEvent(event);
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateColumn();
}

void MarkdownEditor::updateColumn()
{
    // Measured on German prose, not on one letter: the column holds about kColumnCharacters of it.
    static const QString sample = QStringLiteral("Die Verwaltung lernt von der Cloud, wie Bürger Termine finden. ");
    const qreal perCharacter = fontMetrics().horizontalAdvance(sample) / qreal(sample.size());
    const int column = int(perCharacter * kColumnCharacters + 2 * document()->documentMargin()) + 1;
    const int scrollBar = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
    const int available = contentsRect().width() - scrollBar;
    const int side = std::max(0, (available - column) / 2);
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

} // namespace feder::ui
