#include "DictionaryRepository.h"

#include "Clock.h"
#include "Database.h"

namespace feder {

void DictionaryRepository::addWord(const QString &word)
{
    const QString clean = word.trimmed();
    if (clean.isEmpty())
        return;
    Statement insert(m_db, "INSERT OR IGNORE INTO dictionary (uuid, word, created) VALUES (?, ?, ?)");
    insert.bind(1, Clock::newUuid()).bind(2, clean).bind(3, Clock::nowStored()).run();
}

void DictionaryRepository::removeWord(const QString &word)
{
    Statement remove(m_db, "DELETE FROM dictionary WHERE word = ?");
    remove.bind(1, word.trimmed()).run();
}

QStringList DictionaryRepository::words()
{
    QStringList result;
    Statement query(m_db, "SELECT word FROM dictionary ORDER BY word COLLATE NOCASE");
    while (query.step())
        result.append(query.text(0));
    return result;
}

int DictionaryRepository::importWords(const QString &text)
{
    const QStringList existing = words();
    const QSet<QString> before(existing.begin(), existing.end());
    int added = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString word = raw.section(QLatin1Char('#'), 0, 0).trimmed();
        if (word.isEmpty() || word.contains(QLatin1Char(' ')) || before.contains(word))
            continue;
        addWord(word);
        ++added;
    }
    return added;
}

QString DictionaryRepository::exportWords()
{
    QString text = QStringLiteral("# Feder personal dictionary\n");
    for (const QString &word : words())
        text += word + QLatin1Char('\n');
    return text;
}

void DictionaryRepository::ignoreInArticle(qint64 articleId, const QString &word)
{
    Statement insert(m_db, "INSERT OR IGNORE INTO article_ignored_words (article_id, word) VALUES (?, ?)");
    insert.bind(1, articleId).bind(2, word).run();
}

QSet<QString> DictionaryRepository::ignoredInArticle(qint64 articleId)
{
    QSet<QString> result;
    Statement query(m_db, "SELECT word FROM article_ignored_words WHERE article_id = ?");
    query.bind(1, articleId);
    while (query.step())
        result.insert(query.text(0));
    return result;
}

QSet<QString> DictionaryRepository::acceptedFor(qint64 articleId)
{
    QSet<QString> result = ignoredInArticle(articleId);
    for (const QString &word : words())
        result.insert(word);
    return result;
}

} // namespace feder
