#include "IncrementalCheck.h"

#include "SpellChecker.h"

#include <QMutexLocker>
#include <QRegularExpression>
#include <utility>

namespace feder {

namespace {

struct Paragraph
{
    qsizetype start;
    qsizetype length;
};

// The fence a line opens or closes: its character (` or ~) and length, or 0.
std::pair<QChar, qsizetype> fenceOf(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || (trimmed.front() != u'`' && trimmed.front() != u'~'))
        return {QChar(), 0};
    qsizetype length = 0;
    while (length < trimmed.size() && trimmed.at(length) == trimmed.front())
        ++length;
    return length >= 3 ? std::make_pair(trimmed.front(), length) : std::make_pair(QChar(), qsizetype(0));
}

// Paragraphs end at blank lines, except inside fenced code (closed only by a fence of the same
// character, at least as long), and a paragraph that starts indented continues the one before
// (a list item's second paragraph, indented code): on its own it would read differently.
QList<Paragraph> paragraphsOf(const QString &body)
{
    QList<Paragraph> paragraphs;
    qsizetype start = 0;
    std::pair<QChar, qsizetype> openFence{QChar(), 0};
    qsizetype lineStart = 0;
    while (lineStart <= body.size()) {
        qsizetype lineEnd = body.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = body.size();
        const QStringView line = QStringView(body).mid(lineStart, lineEnd - lineStart);
        const auto fence = fenceOf(line);
        if (openFence.second == 0 && fence.second > 0)
            openFence = fence;
        else if (openFence.second > 0 && fence.first == openFence.first && fence.second >= openFence.second)
            openFence = {QChar(), 0};
        if (openFence.second == 0 && line.trimmed().isEmpty()) {
            const bool continues = lineEnd + 1 < body.size() && body.at(lineEnd + 1).isSpace() && body.at(lineEnd + 1) != u'\n';
            if (lineStart > start && !continues) {
                paragraphs.append({start, lineStart - start});
                start = lineEnd + 1;
            } else if (lineStart <= start) {
                start = lineEnd + 1;
            }
        }
        lineStart = lineEnd + 1;
    }
    if (start < body.size())
        paragraphs.append({start, body.size() - start});
    return paragraphs;
}

// Markdown that joins text across blank lines in ways a paragraph alone cannot see: link
// reference definitions (used anywhere in the text) and HTML blocks that only end at their
// closing tag (comments, pre, script, style, textarea). Such a text is checked whole.
bool needsWholeCheck(const QString &body)
{
    static const QRegularExpression joined(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:|<!--|<(pre|script|style|textarea)\\b"),
                                           QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return joined.match(body).hasMatch();
}

} // namespace

QList<SpellFinding> IncrementalCheck::check(const SpellChecker &checker, const QString &body, std::stop_token stop)
{
    if (needsWholeCheck(body)) {
        const QList<SpellFinding> findings = SpellDocument::checkMarkdown(checker, body, SpellDocument::Suggestions::None, stop);
        const QMutexLocker lock(&m_mutex);
        m_byParagraph.clear();
        m_reused = 0;
        m_checked = 1;
        return findings;
    }
    QHash<QString, QList<SpellFinding>> previous;
    {
        const QMutexLocker lock(&m_mutex);
        previous = m_byParagraph;
    }
    QHash<QString, QList<SpellFinding>> current;
    QList<SpellFinding> findings;
    int reused = 0;
    int checked = 0;
    for (const Paragraph &paragraph : paragraphsOf(body)) {
        if (stop.stop_requested())
            return findings;
        const QString text = body.mid(paragraph.start, paragraph.length);
        auto known = current.constFind(text);
        if (known == current.constEnd()) {
            if (const auto cached = previous.constFind(text); cached != previous.constEnd()) {
                known = current.insert(text, *cached);
                ++reused;
            } else {
                known = current.insert(text, SpellDocument::checkMarkdown(checker, text, SpellDocument::Suggestions::None, stop));
                ++checked;
            }
        } else {
            ++reused;
        }
        for (SpellFinding finding : *known) {
            finding.start += int(paragraph.start);
            findings.append(finding);
        }
    }
    if (stop.stop_requested())
        return findings;
    // Only the paragraphs of this text are kept: the cache never grows beyond the article.
    const QMutexLocker lock(&m_mutex);
    m_byParagraph = std::move(current);
    m_reused = reused;
    m_checked = checked;
    return findings;
}

int IncrementalCheck::reusedParagraphs() const
{
    const QMutexLocker lock(&m_mutex);
    return m_reused;
}

int IncrementalCheck::checkedParagraphs() const
{
    const QMutexLocker lock(&m_mutex);
    return m_checked;
}

} // namespace feder
