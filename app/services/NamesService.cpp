#include "NamesService.h"

#include "store/Store.h"

#include <QCoreApplication>

namespace feder {

Outcome NamesService::rename(qint64 id, const QString &newName)
{
    return inTransaction(m_store, [&] {
        m_kind == Kind::Authors ? m_store.authors().renameAuthor(id, newName) : m_store.authors().renameCategory(id, newName);
    });
}

Outcome NamesService::merge(qint64 keepId, qint64 dropId)
{
    if (keepId == dropId)
        return Outcome::failed(QCoreApplication::translate("feder::NamesService", "Choose another name to merge into."));
    return inTransaction(m_store, [&] {
        m_kind == Kind::Authors ? m_store.authors().mergeAuthors(keepId, dropId) : m_store.authors().mergeCategories(keepId, dropId);
    });
}

Outcome NamesService::remove(qint64 id)
{
    return inTransaction(m_store, [&] {
        m_kind == Kind::Authors ? m_store.authors().deleteAuthor(id) : m_store.authors().deleteCategory(id);
    });
}

Outcome NamesService::setRole(qint64 authorId, const QString &role)
{
    return inTransaction(m_store, [&] { m_store.authors().setRole(authorId, role); });
}

Outcome NamesService::reorder(const QList<qint64> &idsInOrder)
{
    return inTransaction(m_store, [&] { m_store.authors().reorderCategories(idsInOrder); });
}

} // namespace feder
