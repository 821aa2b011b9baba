#include "SpellHighlighter.h"

#include "markdown/Containers.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellDocument.h"
#include "editor/MarkdownStyle.h"

#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextDocument>

namespace feder::ui {

namespace {
constexpr qint64 kSliceMs = 8; // well below a frame: typing stays smooth while a long text is underlined
}

SpellHighlighter::SpellHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document), m_markdown(palette)
{
    m_error.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    m_error.setUnderlineColor(QColor(0xd0, 0x21, 0x21));
    m_slices.setSingleShot(true);
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &SpellHighlighter::rehighlightSlice);
}

void SpellHighlighter::setChecker(std::shared_ptr<const SpellChecker> checker)
{
    m_checker = std::move(checker);
    m_slices.stop();
    if (!document() || document()->characterCount() <= kSynchronousCharacters) {
        rehighlight();
        return;
    }
    m_nextBlock = 0;
    m_slices.start();
}

void SpellHighlighter::rehighlightSlice()
{
    QElapsedTimer slice;
    slice.start();
    QTextBlock block = document()->findBlockByNumber(m_nextBlock);
    while (block.isValid() && slice.elapsed() < kSliceMs) {
        rehighlightBlock(block);
        block = block.next();
    }
    if (block.isValid()) {
        m_nextBlock = block.blockNumber();
        m_slices.start();
    }
}

void SpellHighlighter::mergeFormat(int start, int length, const QTextCharFormat &format)
{
    for (int i = start; i < start + length; ++i) {
        QTextCharFormat merged = this->format(i);
        merged.merge(format);
        setFormat(i, 1, merged);
    }
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    const QString trimmed = text.trimmed();
    const bool fence = MarkdownStyle::isFence(text);
    // One formatting layer: the Markdown first, the spelling underlines laid over it.
    const QList<MarkdownStyle::Span> markdown = m_markdown.spans(text, previousBlockState() == InFence);
    for (const MarkdownStyle::Span &span : markdown)
        mergeFormat(span.start, span.length, span.format);
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
        mergeFormat(finding.start, finding.length, m_error);
}

} // namespace feder::ui
