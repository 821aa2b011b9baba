#include "ListContinuation.h"

#include "MarkdownContext.h"
#include "MarkdownEditor.h"

#include <QKeyEvent>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>

namespace feder::ui {

ListContinuation::ListContinuation(MarkdownEditor &editor) : EditorKeyHandler(&editor), m_editor(editor)
{
    setObjectName(QStringLiteral("listContinuation"));
    editor.addKeyHandler(this);
}

ListContinuation::Item ListContinuation::itemOf(const QString &line)
{
    // Quote marks ("> ", "> > ") first, then at most one list marker with an optional task box.
    static const QRegularExpression marker(QStringLiteral(
        "^((?:[ \\t]{0,3}>[ \\t]?)*)"                               // 1: quote marks
        "(?:([ \\t]*)(?:([-*+])|(\\d{1,9})([.)]))([ \\t]+)"           // 2 indent, 3 bullet | 4 number 5 delimiter, 6 space
        "(\\[[ xX]\\][ \\t]+)?)?"));                                  // 7: task box
    const QRegularExpressionMatch m = marker.match(line);
    Item item;
    if (!m.hasMatch() || m.capturedLength(0) == 0)
        return item;
    item.prefix = m.captured(0);
    QString quotes = m.captured(1);
    if (m.capturedLength(3) == 0 && m.capturedLength(4) == 0) { // a quote without a list
        item.next = quotes;
        return item;
    }
    QString listMarker = m.captured(3);
    if (m.capturedLength(4) > 0)
        listMarker = QString::number(m.captured(4).toLongLong() + 1) + m.captured(5);
    item.next = quotes + m.captured(2) + listMarker + m.captured(6) + (m.capturedLength(7) > 0 ? QStringLiteral("[ ] ") : QString());
    return item;
}

bool ListContinuation::handleKeyPress(QKeyEvent *event)
{
    if ((event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter)
        || (event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    QTextCursor cursor = m_editor.textCursor();
    if (cursor.hasSelection())
        return false;
    const QTextBlock block = cursor.block();
    const QString line = block.text();
    static const QRegularExpression thematicBreak(QStringLiteral("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"));
    const Item item = itemOf(line);
    if (item.prefix.isEmpty() || cursor.positionInBlock() < item.prefix.size() || thematicBreak.match(line).hasMatch()
        || MarkdownContext::inFencedCode(block))
        return false;
    if (line.size() == item.prefix.size()) {
        // An empty item: the list (or quote) ends here; the line stays, without its marker.
        QTextCursor remove(block);
        remove.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        remove.beginEditBlock();
        remove.removeSelectedText();
        remove.endEditBlock();
        m_editor.setTextCursor(remove);
        return true;
    }
    // Two undo steps: the line break, then the marker (one Ctrl+Z leaves a plain line break).
    cursor.insertBlock();
    cursor.beginEditBlock();
    cursor.insertText(item.next);
    cursor.endEditBlock();
    m_editor.setTextCursor(cursor);
    m_editor.ensureCursorVisible();
    return true;
}

} // namespace feder::ui
