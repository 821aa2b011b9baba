#pragma once

#include "editor/MarkdownStyle.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTimer>
#include <memory>
#include <optional>

namespace feder {
class SpellChecker;
}

namespace feder::ui {

// The editor's one formatting layer: Markdown highlighting (MarkdownStyle) with the red wavy
// spelling underlines and the blue wavy typography underlines (issue 17; switched on by the
// StyleController for German articles) merged over it (review comments are extra selections on top).
// Typography per line: the paragraph around the line is checked (typographyAround), so a
// keystroke costs one paragraph's check; StyleController::reconcile puts the other lines of a
// paragraph right after the typing pause, from the full check.
// Red wavy underlines in the editor. QSyntaxHighlighter re-runs only for the blocks (lines) that
// changed, and the checker caches every word it has seen, so a keystroke costs one line.
// Markdown-aware per line: fenced code blocks (tracked across lines), container markers and raw
// HTML lines are skipped; inline code, links and URLs are skipped by the tokenizer.
// A new checker (another article, a word added to the dictionary) starts with an empty cache:
// a long document is then underlined in slices of a few milliseconds between events, so the
// author can type and quit at once instead of waiting seconds for every word to be analysed.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SpellHighlighter(QTextDocument *document, const QPalette &palette = QPalette());

    // nullptr switches the spellcheck off.
    void setChecker(std::shared_ptr<const SpellChecker> checker);
    // The theme changed: Markdown colours come from the new palette.
    void setPalette(const QPalette &palette);
    const SpellChecker *checker() const { return m_checker.get(); }
    // Blue wavy underlines for typography findings (German articles only); repaints when it changes.
    void setTypography(bool enabled);
    bool typography() const { return m_typography; }
    // Repaints one line with these typography underlines (columns in the line) instead of its
    // own paragraph check: the full check's findings, which see the whole text.
    void setTypographyOf(const QTextBlock &block, const QList<std::pair<int, int>> &ranges);
    // The typography underlines a line shows now (columns in the line).
    static QList<std::pair<int, int>> typographyOf(const QTextBlock &block);
    static inline const QColor kTypographyColor = QColor(0x1f, 0x6f, 0xeb);

protected:
    void highlightBlock(const QString &text) override;

    // Below this size (characters) the whole document is underlined at once.
    static constexpr int kSynchronousCharacters = 20000;
    bool isRehighlighting() const { return m_slices.isActive(); }

private:
    void rehighlightSlice();
    void mergeFormat(int start, int length, const QTextCharFormat &format);

    enum State { Normal = 0, InFence = MarkdownStyle::kInsideFenceState };
    std::shared_ptr<const SpellChecker> m_checker;
    QTimer m_slices;
    int m_nextBlock = 0;
    QTextCharFormat m_error;
    QTextCharFormat m_typographyFormat;
    bool m_typography = false;
    std::optional<QList<std::pair<int, int>>> m_forcedTypography; // for the one line setTypographyOf repaints
    int m_forcedBlock = -1;
    MarkdownStyle m_markdown;
};

} // namespace feder::ui
