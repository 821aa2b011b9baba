#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <memory>

namespace feder {
class SpellChecker;
}

namespace feder::ui {

// Red wavy underlines in the editor. QSyntaxHighlighter re-runs only for the blocks (lines) that
// changed, and the checker caches every word it has seen, so a keystroke costs one line.
// Markdown-aware per line: fenced code blocks (tracked across lines), container markers and raw
// HTML lines are skipped; inline code, links and URLs are skipped by the tokenizer.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SpellHighlighter(QTextDocument *document);

    // nullptr switches the spellcheck off.
    void setChecker(std::shared_ptr<const SpellChecker> checker);
    const SpellChecker *checker() const { return m_checker.get(); }

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Normal = 0, InFence = 1 };
    std::shared_ptr<const SpellChecker> m_checker;
    QTextCharFormat m_error;
};

} // namespace feder::ui
