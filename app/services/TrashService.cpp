#include "TrashService.h"

#include "store/Store.h"

namespace feder {

Outcome TrashService::moveToTrash(qint64 id)
{
    return inTransaction(m_store, [&] { m_store.articles().moveToTrash(id); });
}

Outcome TrashService::restore(qint64 id)
{
    return inTransaction(m_store, [&] { m_store.articles().restoreFromTrash(id); });
}

int TrashService::count()
{
    return int(m_store.articles().trash().size());
}

Result<int> TrashService::empty()
{
    int deleted = 0;
    const Outcome outcome = inTransaction(m_store, [&] {
        deleted = int(m_store.articles().trash().size());
        m_store.articles().emptyTrash();
    });
    return outcome ? Result<int>::done(deleted) : Result<int>::failed(outcome);
}

} // namespace feder
