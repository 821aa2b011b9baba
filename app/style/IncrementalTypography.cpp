#include "IncrementalTypography.h"

#include "markdown/Paragraphs.h"

#include <QMutexLocker>
#include <utility>

namespace feder {

QList<std::pair<int, int>> IncrementalTypography::paragraphs(const QString &body)
{
    return Paragraphs::of(body);
}

bool IncrementalTypography::needsWholeCheck(const QString &body)
{
    return Paragraphs::needWholeCheck(body);
}

std::pair<int, int> Typography::paragraphAt(const QString &body, int position)
{
    const QList<std::pair<int, int>> all = IncrementalTypography::paragraphs(body);
    for (const auto &paragraph : all) {
        if (position >= paragraph.first && position <= paragraph.first + paragraph.second)
            return paragraph;
    }
    return {position, 0};
}

QList<StyleFinding> IncrementalTypography::check(const QString &body)
{
    if (needsWholeCheck(body)) {
        const QList<StyleFinding> findings = Typography::checkMarkdown(body);
        const QMutexLocker lock(&m_mutex);
        m_byParagraph.clear();
        m_reused = 0;
        m_checked = 1;
        return findings;
    }
    QHash<QString, QList<StyleFinding>> previous;
    {
        const QMutexLocker lock(&m_mutex);
        previous = m_byParagraph;
    }
    QHash<QString, QList<StyleFinding>> current;
    QList<StyleFinding> findings;
    int reused = 0;
    int checked = 0;
    for (const auto &[start, length] : paragraphs(body)) {
        const QString text = body.mid(start, length);
        auto known = current.constFind(text);
        if (known == current.constEnd()) {
            if (const auto cached = previous.constFind(text); cached != previous.constEnd()) {
                known = current.insert(text, *cached);
                ++reused;
            } else {
                known = current.insert(text, Typography::checkMarkdown(text));
                ++checked;
            }
        } else {
            ++reused;
        }
        for (StyleFinding finding : *known) {
            finding.start += start;
            findings.append(finding);
        }
    }
    const QMutexLocker lock(&m_mutex);
    m_byParagraph = std::move(current);
    m_reused = reused;
    m_checked = checked;
    return findings;
}

int IncrementalTypography::reusedParagraphs() const
{
    const QMutexLocker lock(&m_mutex);
    return m_reused;
}

int IncrementalTypography::checkedParagraphs() const
{
    const QMutexLocker lock(&m_mutex);
    return m_checked;
}

} // namespace feder
