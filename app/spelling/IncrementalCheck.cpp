#include "IncrementalCheck.h"

#include "SpellChecker.h"
#include "markdown/Paragraphs.h"

#include <QMutexLocker>
#include <utility>

namespace feder {


QList<SpellFinding> IncrementalCheck::check(const SpellChecker &checker, const QString &body, std::stop_token stop)
{
    if (Paragraphs::needWholeCheck(body)) {
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
    for (const auto &[start, length] : Paragraphs::of(body)) {
        if (stop.stop_requested())
            return findings;
        const QString text = body.mid(start, length);
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
            finding.start += start;
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
