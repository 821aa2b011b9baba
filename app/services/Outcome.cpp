#include "Outcome.h"

#include "article/ArticleFileError.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/StoreError.h"

namespace feder {

Outcome inTransaction(Store &store, const std::function<void()> &write)
{
    try {
        Transaction transaction(store.database());
        write();
        transaction.commit();
    } catch (const StoreError &error) {
        return Outcome::failed(error.message());
    } catch (const ArticleFileError &error) {
        return Outcome::failed(error.toString());
    }
    return Outcome::done();
}

} // namespace feder
