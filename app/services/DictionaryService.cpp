#include "DictionaryService.h"

#include "store/Store.h"

namespace feder {

Outcome DictionaryService::addWords(const QStringList &words)
{
    return inTransaction(m_store, [&] {
        for (const QString &word : words)
            m_store.dictionary().addWord(word);
    });
}

Outcome DictionaryService::removeWords(const QStringList &words)
{
    return inTransaction(m_store, [&] {
        for (const QString &word : words)
            m_store.dictionary().removeWord(word);
    });
}

Result<int> DictionaryService::importWords(const QString &text)
{
    int added = 0;
    const Outcome outcome = inTransaction(m_store, [&] { added = m_store.dictionary().importWords(text); });
    return outcome ? Result<int>::done(added) : Result<int>::failed(outcome);
}

Outcome DictionaryService::ignoreInArticle(qint64 articleId, const QString &word)
{
    return inTransaction(m_store, [&] { m_store.dictionary().ignoreInArticle(articleId, word); });
}

} // namespace feder
