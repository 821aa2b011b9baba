#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace feder {

class Database;

// The personal dictionary (store-wide) and the words ignored in one article.
class DictionaryRepository
{
public:
    explicit DictionaryRepository(Database &db) : m_db(db) {}

    void addWord(const QString &word);
    void removeWord(const QString &word);
    QStringList words();                        // sorted
    // Plain word lists, one word per line ('#' comments allowed); returns how many were new.
    int importWords(const QString &text);
    QString exportWords();

    void ignoreInArticle(qint64 articleId, const QString &word);
    QSet<QString> ignoredInArticle(qint64 articleId);

    // What the spellcheck accepts for an article: personal words plus the article's ignore list.
    QSet<QString> acceptedFor(qint64 articleId);

private:
    Database &m_db;
};

} // namespace feder
