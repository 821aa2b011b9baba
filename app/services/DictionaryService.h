#pragma once

#include "Outcome.h"

#include <QStringList>

namespace feder {

class Store;

// The store's own dictionary (words accepted in every article) and the words ignored in one.
class DictionaryService
{
public:
    explicit DictionaryService(Store &store) : m_store(store) {}

    Outcome addWords(const QStringList &words);
    Outcome removeWords(const QStringList &words);
    // One word per line (# comments allowed); the value is how many were new.
    Result<int> importWords(const QString &text);
    Outcome ignoreInArticle(qint64 articleId, const QString &word);

private:
    Store &m_store;
};

} // namespace feder
