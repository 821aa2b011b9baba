#include "SpellHighlighter.h"

#include "render/Containers.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellDocument.h"

namespace feder::ui {

SpellHighlighter::SpellHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    m_error.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    m_error.setUnderlineColor(QColor(0xd0, 0x21, 0x21));
}

void SpellHighlighter::setChecker(std::shared_ptr<const SpellChecker> checker)
{
    m_checker = std::move(checker);
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    const QString trimmed = text.trimmed();
    const bool fence = trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
    if (previousBlockState() == InFence) {
        setCurrentBlockState(fence ? Normal : InFence);
        return;
    }
    setCurrentBlockState(fence ? InFence : Normal);
    if (fence || !m_checker || !m_checker->isAvailable() || trimmed.isEmpty() || Containers::isMarker(text)
        || trimmed.startsWith(QLatin1Char('<')) || text.startsWith(QLatin1String("    ")) || text.startsWith(QLatin1Char('\t')))
        return;
    const QList<SpellFinding> findings = SpellDocument::checkMarkdown(*m_checker, text);
    for (const SpellFinding &finding : findings)
        setFormat(finding.start, finding.length, m_error);
}

} // namespace feder::ui
