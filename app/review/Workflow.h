#pragma once

#include "model/Article.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace feder {

class Store;

struct StatusChange
{
    QString from;
    QString to;
    QString who;
    QDateTime at;
};

// The editorial workflow (the statuses and their labels: model/ArticleStatus.h). Every change is
// recorded with who and when and takes a revision snapshot. Runs inside the caller's transaction.
namespace Workflow {

// Records a status change of an article that was just saved with its new status.
void recordStatusChange(Store &store, const Article &article, const QString &from, const QString &who);
QList<StatusChange> history(Store &store, qint64 articleId);
// Moving to "approved" while threads are open needs an explicit confirmation.
bool needsConfirmation(Store &store, const Article &article, const QString &to);

// Restores a revision: the current state is saved as a revision first, then the snapshot
// becomes the article again (body and metadata), and review threads are re-anchored.
Article restore(Store &store, qint64 articleId, qint64 revisionId, const QString &who);

} // namespace Workflow

} // namespace feder
