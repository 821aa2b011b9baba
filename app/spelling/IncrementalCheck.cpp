#include "IncrementalCheck.h"

#include "SpellChecker.h"

#include <QMutexLocker>

namespace feder {

namespace {

struct Paragraph
{
    qsizetype start;
    qsizetype length;
};

bool isFence(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~");
}

// Paragraphs end at blank lines, except inside fenced code (a blank line there does not end
// the block, and its text must stay code).
QList<Paragraph> paragraphsOf(const QString &body)
{
    QList<Paragraph> paragraphs;
    qsizetype start = 0;
    bool inFence = false;
    qsizetype lineStart = 0;
    while (lineStart <= body.size()) {
        qsizetype lineEnd = body.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = body.size();
        const QStringView line = QStringView(body).mid(lineStart, lineEnd - lineStart);
        if (isFence(line))
            inFence = !inFence;
        if (!inFence && line.trimmed().isEmpty()) {
            if (lineStart > start)
                paragraphs.append({start, lineStart - start});
            start = lineEnd + 1;
        }
        lineStart = lineEnd + 1;
    }
    if (start < body.size())
        paragraphs.append({start, body.size() - start});
    return paragraphs;
}

} // namespace

QList<SpellFinding> IncrementalCheck::check(const SpellChecker &checker, const QString &body, std::stop_token stop)
{
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
