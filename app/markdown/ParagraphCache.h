#pragma once

#include "Paragraphs.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QString>
#include <utility>

namespace feder {

// The findings of a check re-run after every typing pause, kept per paragraph (Paragraphs::of):
// a paragraph whose text has not changed since the last run keeps its findings without being
// checked again. Typing changes one paragraph, so a re-check of a 50,000-word article checks a
// hundred words. A body whose paragraphs cannot be checked on their own is checked whole.
// `Finding` has an int `start` (offset in the checked text). Thread-safe.
template <typename Finding>
class ParagraphCache
{
public:
    // `checkText(const QString &)` checks one paragraph (or the whole body) and returns its
    // findings; `stopped()` ends the run early: what was found so far is returned, the cache
    // stays as it was.
    template <typename CheckText, typename Stopped>
    QList<Finding> check(const QString &body, CheckText checkText, Stopped stopped)
    {
        if (Paragraphs::needWholeCheck(body)) {
            QList<Finding> findings = checkText(body);
            const QMutexLocker lock(&m_mutex);
            m_byParagraph.clear();
            m_reused = 0;
            m_checked = 1;
            return findings;
        }
        QHash<QString, QList<Finding>> previous;
        {
            const QMutexLocker lock(&m_mutex);
            previous = m_byParagraph;
        }
        QHash<QString, QList<Finding>> current;
        QList<Finding> findings;
        int reused = 0;
        int checked = 0;
        for (const auto &[start, length] : Paragraphs::of(body)) {
            if (stopped())
                return findings;
            const QString text = body.mid(start, length);
            auto known = current.constFind(text);
            if (known == current.constEnd()) {
                if (const auto cached = previous.constFind(text); cached != previous.constEnd()) {
                    known = current.insert(text, *cached);
                    ++reused;
                } else {
                    known = current.insert(text, checkText(text));
                    ++checked;
                }
            } else {
                ++reused;
            }
            for (Finding finding : *known) {
                finding.start += start;
                findings.append(finding);
            }
        }
        if (stopped())
            return findings;
        // Only the paragraphs of this text are kept: the cache never grows beyond the article.
        const QMutexLocker lock(&m_mutex);
        m_byParagraph = std::move(current);
        m_reused = reused;
        m_checked = checked;
        return findings;
    }

    // How many paragraphs the last complete run took from the cache / had to check.
    int reusedParagraphs() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_reused;
    }
    int checkedParagraphs() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_checked;
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QList<Finding>> m_byParagraph;   // findings relative to their paragraph
    int m_reused = 0;
    int m_checked = 0;
};

} // namespace feder
