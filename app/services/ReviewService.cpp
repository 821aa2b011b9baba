#include "ReviewService.h"

#include "CurrentUser.h"
#include "article/ArticleFileError.h"
#include "review/ReviewPackage.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>

namespace feder {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("feder::ReviewService", text);
}
} // namespace

ReviewService::ReviewService(Store &store, const QString &author)
    : m_store(store), m_author(author.trimmed().isEmpty() ? CurrentUser::name() : author.trimmed())
{
}

Result<qint64> ReviewService::addComment(qint64 articleId, const QString &fieldText, int start, int end,
                                         const QString &text, const QString &field)
{
    const QString comment = text.trimmed();
    if (comment.isEmpty())
        return Result<qint64>::failed(tr("A comment needs a text."));
    if (start < 0 || end <= start || end > fieldText.size())
        return Result<qint64>::failed(tr("Select the words the comment is about."));
    qint64 id = 0;
    const Outcome outcome = inTransaction(m_store, [&] {
        id = m_store.annotations().addThread(articleId, fieldText, start, end, m_author, comment, field);
    });
    return outcome ? Result<qint64>::done(id) : Result<qint64>::failed(outcome);
}

Outcome ReviewService::reply(qint64 threadId, const QString &text)
{
    const QString comment = text.trimmed();
    if (comment.isEmpty())
        return Outcome::failed(tr("A reply needs a text."));
    return inTransaction(m_store, [&] { m_store.annotations().addReply(threadId, m_author, comment); });
}

Outcome ReviewService::setResolved(qint64 threadId, bool resolved, const QString &note)
{
    return inTransaction(m_store, [&] {
        m_store.annotations().setState(threadId, threadStateName(resolved ? ThreadState::Resolved : ThreadState::Open));
        if (!note.trimmed().isEmpty())
            m_store.annotations().addReply(threadId, m_author, note.trimmed());
    });
}

Outcome ReviewService::mayChange(qint64 articleId, qint64 threadId, Change change)
{
    try {
        const QList<AnnotationThread> threads = m_store.annotations().threads(articleId);
        const auto found = std::find_if(threads.begin(), threads.end(), [&](const AnnotationThread &t) { return t.id == threadId; });
        if (found == threads.end())
            return Outcome::failed(tr("The comment no longer exists."));
        if (found->author != m_author)
            return Outcome::failed((change == Change::Edit ? tr("Only %1 can edit this comment.")
                                                           : tr("Only %1 can delete this comment.")).arg(found->author));
    } catch (const StoreError &error) {
        return Outcome::failed(error.message());
    }
    return Outcome::done();
}

Outcome ReviewService::editComment(qint64 articleId, qint64 threadId, const QString &text)
{
    const QString comment = text.trimmed();
    if (comment.isEmpty())
        return Outcome::failed(tr("A comment needs a text."));
    if (const Outcome allowed = mayChange(articleId, threadId, Change::Edit); !allowed)
        return allowed;
    return inTransaction(m_store, [&] { m_store.annotations().editComment(threadId, comment); });
}

Outcome ReviewService::deleteComment(qint64 articleId, qint64 threadId)
{
    if (const Outcome allowed = mayChange(articleId, threadId, Change::Delete); !allowed)
        return allowed;
    return inTransaction(m_store, [&] { m_store.annotations().deleteComment(threadId); });
}

Outcome ReviewService::saveAnchors(const QList<AnnotationThread> &moved)
{
    if (moved.isEmpty())
        return Outcome::done();
    return inTransaction(m_store, [&] {
        for (const AnnotationThread &thread : moved)
            m_store.annotations().saveAnchor(thread.id, thread.anchor);
    });
}

Outcome ReviewService::exportPackage(const QString &slug, const QString &path)
{
    try {
        const QByteArray bytes = ReviewExchange::exportArticle(m_store, slug);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Outcome::failed(QStringLiteral("%1: %2").arg(path, file.errorString()));
    } catch (const StoreError &error) {
        return Outcome::failed(error.message());
    }
    return Outcome::done();
}

Result<ReviewExchange::ImportReport> ReviewService::importPackage(const QString &path)
{
    try {
        return importPackage(ReviewPackage::readFile(path), path);
    } catch (const StoreError &error) {
        return Result<ReviewExchange::ImportReport>::failed(error.message());
    } catch (const ArticleFileError &error) { // unreadable, too large
        return Result<ReviewExchange::ImportReport>::failed(error.toString());
    }
}

Result<ReviewExchange::ImportReport> ReviewService::importPackage(const QByteArray &json, const QString &fileName)
{
    using Report = Result<ReviewExchange::ImportReport>;
    try {
        // importReview runs its own transaction: all or nothing.
        return Report::done(ReviewExchange::importReview(m_store, json, fileName));
    } catch (const StoreError &error) {
        return Report::failed(error.message());
    } catch (const ArticleFileError &error) {
        return Report::failed(error.toString());
    }
}

} // namespace feder
