#include "MarkdownContext.h"

#include "MarkdownStyle.h"
#include "markdown/Containers.h"

namespace feder::ui::MarkdownContext {

bool inFencedCode(const QTextBlock &block)
{
    if (MarkdownStyle::isFence(block.text()))
        return true;
    // The highlighter has marked the previous line when it has seen it (the usual case: every
    // line of the document is highlighted before it can be typed in).
    const QTextBlock previous = block.previous();
    if (!previous.isValid())
        return false;
    if (previous.userState() >= 0)
        return previous.userState() == MarkdownStyle::kInsideFenceState;
    // Not highlighted yet: count the fence lines above.
    bool inside = false;
    for (QTextBlock b = block.document()->firstBlock(); b.isValid() && b != block; b = b.next()) {
        if (MarkdownStyle::isFence(b.text()))
            inside = !inside;
    }
    return inside;
}

bool isMarkupLine(const QString &line)
{
    const QString trimmed = line.trimmed();
    return Containers::isMarker(line) || trimmed.startsWith(QLatin1String(":::")) || trimmed.startsWith(QLatin1Char('<')) || line.startsWith(QLatin1String("    "))
           || line.startsWith(QLatin1Char('\t'));
}

bool inCodeSpan(const QString &line, int column)
{
    int runs = 0;
    for (int i = 0; i < column && i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('`') && (i == 0 || line.at(i - 1) != QLatin1Char('`')))
            ++runs;
    }
    return runs % 2 == 1;
}

bool inAddress(const QString &line, int column)
{
    int start = column;
    while (start > 0 && !line.at(start - 1).isSpace())
        --start;
    const QString word = line.mid(start, column - start);
    return word.contains(QLatin1String("://")) || word.contains(QLatin1String("www.")) || word.contains(QLatin1String("]("))
           || word.startsWith(QLatin1String("mailto:")) || word.startsWith(QLatin1Char('<')) || word.contains(QLatin1Char('@'));
}

} // namespace feder::ui::MarkdownContext
