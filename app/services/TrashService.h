#pragma once

#include "Outcome.h"

namespace feder {

class Store;

// Deleting moves an article to the trash (undoable); emptying the trash deletes for good.
class TrashService
{
public:
    explicit TrashService(Store &store) : m_store(store) {}

    Outcome moveToTrash(qint64 id);
    Outcome restore(qint64 id);
    int count();
    // The value is how many articles were deleted.
    Result<int> empty();

private:
    Store &m_store;
};

} // namespace feder
