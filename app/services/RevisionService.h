#pragma once

#include "Outcome.h"
#include "model/Article.h"

namespace feder {

class Store;

// Going back in an article's history: restoring a revision (the current state is kept as a
// revision first, comments are re-anchored, recorded under the current user) and naming one.
class RevisionService
{
public:
    explicit RevisionService(Store &store) : m_store(store) {}

    // The value is the article as restored.
    Result<Article> restore(qint64 articleId, qint64 revisionId);
    Outcome name(qint64 revisionId, const QString &name);

private:
    Store &m_store;
};

} // namespace feder
