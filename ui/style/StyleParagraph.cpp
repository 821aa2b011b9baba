#include "StyleParagraph.h"

#include "editor/MarkdownStyle.h"

#include <QTextBlock>

namespace feder::ui {

namespace {

// A paragraph longer than this (a list of hundreds of lines without a blank one) is checked in a
// window of this many lines either side: a keystroke stays cheap; the full check after the
// typing pause puts the underlines right.
constexpr int kMaximumLines = 120;

bool isBlank(const QTextBlock &block)
{
    return block.text().trimmed().isEmpty();
}

bool startsIndented(const QTextBlock &block)
{
    const QString text = block.text();
    return !text.isEmpty() && (text.front() == QLatin1Char(' ') || text.front() == QLatin1Char('\t'));
}

// Code: a fence line, or a line after one that opened a fence (the highlighter's block state).
bool isCode(const QTextBlock &block)
{
    if (MarkdownStyle::isFence(block.text()))
        return true;
    const QTextBlock previous = block.previous();
    return previous.isValid() && previous.userState() == MarkdownStyle::kInsideFenceState;
}

} // namespace

QList<StyleFinding> typographyAround(const QTextBlock &block)
{
    if (!block.isValid() || isBlank(block) || isCode(block))
        return {};
    QTextBlock first = block;
    for (int lines = 0; lines < kMaximumLines; ++lines) {
        QTextBlock previous = first.previous();
        if (!previous.isValid() || isCode(previous))
            break;
        if (isBlank(previous)) {
            // An indented paragraph continues the one before (a list item's second paragraph).
            const QTextBlock before = previous.previous();
            if (!startsIndented(first) || !before.isValid() || isBlank(before) || isCode(before))
                break;
            previous = before;
        }
        first = previous;
    }
    QTextBlock last = block;
    for (int lines = 0; lines < kMaximumLines; ++lines) {
        QTextBlock next = last.next();
        if (!next.isValid() || MarkdownStyle::isFence(next.text()))
            break;
        if (isBlank(next)) {
            const QTextBlock after = next.next();
            if (!after.isValid() || !startsIndented(after) || isBlank(after) || MarkdownStyle::isFence(after.text()))
                break;
            next = after;
        }
        last = next;
    }
    QString paragraph;
    for (QTextBlock b = first;; b = b.next()) {
        paragraph += b.text();
        if (b == last)
            break;
        paragraph += QLatin1Char('\n');
    }
    return Typography::checkParagraph(paragraph, first.position());
}

} // namespace feder::ui
