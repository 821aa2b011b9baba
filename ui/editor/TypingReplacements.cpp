#include "TypingReplacements.h"

#include "MarkdownContext.h"
#include "MarkdownEditor.h"
#include "session/EditSession.h"

#include <QKeyEvent>
#include <QSettings>
#include <QTextBlock>
#include <QTextCursor>

namespace feder::ui {

namespace {

bool enabled(const QString &key)
{
    return QSettings().value(key, true).toBool();
}

bool isGerman(const QString &language)
{
    return language.startsWith(QLatin1String("de"));
}

bool isSwiss(const QString &language)
{
    return language == QLatin1String("de-CH");
}

// A quote after one of these opens: nothing before it, a space, an opening bracket or quote, a dash.
bool opensAfter(QChar previous)
{
    if (previous.isNull() || previous.isSpace())
        return true;
    static const QString openers = QStringLiteral("([{„‚«‹»›/–—-*_");
    return openers.contains(previous);
}

// A single quote has been opened in `before` (the line up to the typed quote) and not closed.
bool singleQuoteOpenIn(const QString &before, const QString &language)
{
    const QChar open = isSwiss(language) ? QChar(0x2039) : QChar(0x201A);   // ‹ or ‚
    const QChar close = isSwiss(language) ? QChar(0x203A) : QChar(0x2018);  // › or ‘
    return before.lastIndexOf(open) > before.lastIndexOf(close);
}

} // namespace

TypingReplacements::TypingReplacements(MarkdownEditor &editor, EditSession &session)
    : EditorKeyHandler(&editor), m_editor(editor), m_session(session)
{
    setObjectName(QStringLiteral("typingReplacements"));
    editor.addKeyHandler(this);
}

QString TypingReplacements::quoteFor(QChar typed, QChar previous, const QString &language, bool singleQuoteOpen)
{
    if (!isGerman(language))
        return {};
    const bool swiss = isSwiss(language);
    const bool opening = opensAfter(previous);
    if (typed == QLatin1Char('"')) {
        if (swiss)
            return opening ? QStringLiteral("«") : QStringLiteral("»");
        return opening ? QStringLiteral("„") : QStringLiteral("“");
    }
    if (typed == QLatin1Char('\'')) {
        if (opening)
            return swiss ? QStringLiteral("‹") : QStringLiteral("‚");
        if (singleQuoteOpen)
            return swiss ? QStringLiteral("›") : QStringLiteral("‘");
        return QStringLiteral("’"); // an apostrophe
    }
    return {};
}

void TypingReplacements::afterKeyPress(QKeyEvent *event)
{
    const QString typed = event->text();
    if (typed.size() != 1 || !m_session.hasArticle())
        return;
    const QChar c = typed.at(0);
    if (c != QLatin1Char('"') && c != QLatin1Char('\'') && c != QLatin1Char(' '))
        return;
    const QString language = m_session.article().language;
    if (!isGerman(language))
        return;
    QTextCursor cursor = m_editor.textCursor();
    if (cursor.hasSelection())
        return;
    const QTextBlock block = cursor.block();
    const QString line = block.text();
    const int column = cursor.positionInBlock() - 1; // the typed character
    if (column < 0 || column >= line.size() || line.at(column) != c)
        return;

    QString replacement;
    int replaceColumn = column;
    if (c == QLatin1Char(' ')) {
        // "Wort - " → "Wort – ": the hyphen between two spaces, after a word.
        if (column < 3 || line.at(column - 1) != QLatin1Char('-') || line.at(column - 2) != QLatin1Char(' ')
            || line.at(column - 3).isSpace() || line.at(column - 3) == QLatin1Char('-')
            || line.at(column - 3) == QLatin1Char('|') // a table's delimiter row "| - | - |"
            || !enabled(kDashKey))
            return;
        replacement = QStringLiteral("–");
        replaceColumn = column - 1;
    } else {
        const QChar previous = column > 0 ? line.at(column - 1) : QChar();
        const bool singleOpen = c == QLatin1Char('\'') && singleQuoteOpenIn(line.left(column), language);
        replacement = quoteFor(c, previous, language, singleOpen);
        const QString key = c == QLatin1Char('"') ? kQuotesKey
                            : replacement == QStringLiteral("’") ? kApostropheKey
                                                                    : kSingleQuotesKey;
        if (replacement.isEmpty() || !enabled(key))
            return;
    }
    // Stay out of code and markup.
    if (MarkdownContext::isMarkupLine(line) || MarkdownContext::inCodeSpan(line, replaceColumn)
        || MarkdownContext::inAddress(line, replaceColumn) || MarkdownContext::inFencedCode(block))
        return;

    // Its own undo step (an edit block never merges with the typing before it): one Ctrl+Z
    // gives the typed character back.
    QTextCursor replace(m_editor.document());
    replace.setPosition(block.position() + replaceColumn);
    replace.setPosition(block.position() + replaceColumn + 1, QTextCursor::KeepAnchor);
    replace.beginEditBlock();
    replace.insertText(replacement);
    replace.endEditBlock();
}

} // namespace feder::ui
