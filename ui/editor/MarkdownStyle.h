#pragma once

#include <QList>
#include <QPalette>
#include <QString>
#include <QTextCharFormat>

namespace feder::ui {

// How the editor shows Markdown: headings bold in the accent colour, emphasis, links, inline
// and fenced code, list and quote markers, and the `::: pullquote` / `:::` container lines
// dimmed as markup. Pure per line (plus whether the line is inside a fenced code block), so the
// one highlighter of the document (SpellHighlighter) applies it first and lays the spelling
// underlines over it; review comments are extra selections on top. Colours come from the
// palette, so a dark theme gets its own.
class MarkdownStyle
{
public:
    struct Span
    {
        int start = 0;
        int length = 0;
        QTextCharFormat format;
    };

    explicit MarkdownStyle(const QPalette &palette = QPalette());

    // A fence line (``` or ~~~) opens or closes a code block.
    static bool isFence(QStringView line);
    // The block state (QTextBlock::userState) the highlighter gives a line inside a fenced code
    // block or an opening fence; editor behaviour reads it to stay out of code.
    static constexpr int kInsideFenceState = 1;
    // The formats of one line; `inFence`: the line is inside a fenced code block (or is a fence).
    QList<Span> spans(const QString &line, bool inFence) const;

    const QTextCharFormat &heading() const { return m_heading; }
    const QTextCharFormat &markup() const { return m_markup; }
    const QTextCharFormat &code() const { return m_code; }
    const QTextCharFormat &link() const { return m_link; }

private:
    QTextCharFormat m_heading;
    QTextCharFormat m_markup;   // #, *, _, [](), list and quote markers, ::: lines
    QTextCharFormat m_code;
    QTextCharFormat m_link;
    QTextCharFormat m_strong;
    QTextCharFormat m_emphasis;
    QTextCharFormat m_quote;
};

} // namespace feder::ui
