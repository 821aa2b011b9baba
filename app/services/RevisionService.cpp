#include "RevisionService.h"

#include "CurrentUser.h"
#include "review/Workflow.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace feder {

Result<Article> RevisionService::restore(qint64 articleId, qint64 revisionId)
{
    Article restored;
    const Outcome outcome = inTransaction(m_store, [&] {
        restored = Workflow::restore(m_store, articleId, revisionId, CurrentUser::name());
    });
    return outcome ? Result<Article>::done(restored) : Result<Article>::failed(outcome);
}

Outcome RevisionService::name(qint64 revisionId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Outcome::failed(QCoreApplication::translate("feder::RevisionService", "A revision needs a name."));
    return inTransaction(m_store, [&] { m_store.revisions().rename(revisionId, trimmed); });
}

} // namespace feder
