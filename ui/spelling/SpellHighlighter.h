#pragma once

#include "editor/MarkdownStyle.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTimer>
#include <memory>

namespace feder {
class SpellChecker;
}

namespace feder::ui {

// The editor's one formatting layer: Markdown highlighting (MarkdownStyle) with the red wavy
// spelling underlines merged over it (review comments are extra selections on top).
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
    const SpellChecker *checker() const { return m_checker.get(); }

protected:
    void highlightBlock(const QString &text) override;

    // Below this size (characters) the whole document is underlined at once.
    static constexpr int kSynchronousCharacters = 20000;
    bool isRehighlighting() const { return m_slices.isActive(); }

private:
    void rehighlightSlice();
    void mergeFormat(int start, int length, const QTextCharFormat &format);

    enum State { Normal = 0, InFence = 1 };
    std::shared_ptr<const SpellChecker> m_checker;
    QTimer m_slices;
    int m_nextBlock = 0;
    QTextCharFormat m_error;
    MarkdownStyle m_markdown;
};

} // namespace feder::ui
