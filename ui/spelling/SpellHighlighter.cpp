#include "SpellHighlighter.h"

#include "markdown/Containers.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellDocument.h"
#include "editor/MarkdownStyle.h"
#include "style/StyleParagraph.h"

#include <QElapsedTimer>
#include <algorithm>
#include <QTextBlock>
#include <QTextDocument>

namespace feder::ui {

namespace {
constexpr qint64 kSliceMs = 8; // well below a frame: typing stays smooth while a long text is underlined

// The typography underlines of one line, kept with the line (for StyleController::reconcile).
struct TypographyRanges : QTextBlockUserData
{
    QList<std::pair<int, int>> ranges;
};
}

SpellHighlighter::SpellHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document), m_markdown(palette)
{
    m_error.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    m_error.setUnderlineColor(QColor(0xd0, 0x21, 0x21));
    m_typographyFormat.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    m_typographyFormat.setUnderlineColor(kTypographyColor);
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

void SpellHighlighter::setTypography(bool enabled)
{
    if (enabled == m_typography)
        return;
    m_typography = enabled;
    setChecker(m_checker); // repaints every block, in slices for a long text
}

QList<std::pair<int, int>> SpellHighlighter::typographyOf(const QTextBlock &block)
{
    const auto *data = static_cast<const TypographyRanges *>(block.userData());
    return data ? data->ranges : QList<std::pair<int, int>>();
}

void SpellHighlighter::setTypographyOf(const QTextBlock &block, const QList<std::pair<int, int>> &ranges)
{
    m_forcedTypography = ranges;
    m_forcedBlock = block.blockNumber();
    rehighlightBlock(block);
    m_forcedTypography.reset();
}

void SpellHighlighter::setPalette(const QPalette &palette)
{
    m_markdown = MarkdownStyle(palette);
    setChecker(m_checker); // repaints every block, in slices for a long text
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
        if (currentBlockUserData())
            setCurrentBlockUserData(nullptr); // code has no typography underlines
        return;
    }
    setCurrentBlockState(fence ? InFence : Normal);
    // Typography: the paragraph around this line, so quotes that open on one line and close on
    // the next are paired as the full check pairs them.
    QList<std::pair<int, int>> typography;
    if (m_forcedTypography && currentBlock().blockNumber() == m_forcedBlock) {
        typography = *m_forcedTypography;
        m_forcedTypography.reset(); // only for the line asked for, not the ones after it
    } else if (m_typography && !fence && !document()->isUndoRedoEnabled()
               && document()->characterCount() > kSynchronousCharacters) {
        // A long article being loaded (QTextDocument::setPlainText switches undo off meanwhile):
        // the typography follows in slices between events, so opening does not wait for it.
        if (!m_slices.isActive()) {
            m_nextBlock = 0;
            m_slices.start();
        }
    } else if (m_typography && !fence) {
        const int position = currentBlock().position();
        for (const StyleFinding &finding : typographyAround(currentBlock())) {
            const int start = std::max(finding.start - position, 0);
            const int end = std::min(finding.start + finding.length - position, int(text.size()));
            if (end > start)
                typography.append({start, end - start});
        }
    }
    if (!typography.isEmpty() || currentBlockUserData()) {
        auto *data = new TypographyRanges;
        data->ranges = typography;
        setCurrentBlockUserData(data);
    }
    for (const auto &[start, length] : std::as_const(typography))
        mergeFormat(start, length, m_typographyFormat);
    if (fence || !m_checker || !m_checker->isAvailable() || trimmed.isEmpty() || Containers::isMarker(text)
        || trimmed.startsWith(QLatin1Char('<')) || text.startsWith(QLatin1String("    ")) || text.startsWith(QLatin1Char('\t')))
        return;
    const QList<SpellFinding> findings = SpellDocument::checkMarkdown(*m_checker, text);
    for (const SpellFinding &finding : findings)
        mergeFormat(finding.start, finding.length, m_error);
}

} // namespace feder::ui
