#pragma once

#include "Outcome.h"

#include <QList>
#include <QString>

namespace feder {

class Store;

// The store's authors and categories: renaming, merging, deleting, an author's role and the
// categories' order (which the article page groups related teasers by).
class NamesService
{
public:
    enum class Kind { Authors, Categories };

    NamesService(Store &store, Kind kind) : m_store(store), m_kind(kind) {}

    Outcome rename(qint64 id, const QString &newName);
    // The articles of `dropId` go to `keepId`; `dropId` is deleted.
    Outcome merge(qint64 keepId, qint64 dropId);
    // Only when no article uses it.
    Outcome remove(qint64 id);
    Outcome setRole(qint64 authorId, const QString &role);
    Outcome reorder(const QList<qint64> &idsInOrder);

private:
    Store &m_store;
    Kind m_kind;
};

} // namespace feder
