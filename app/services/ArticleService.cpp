#include "ArticleService.h"

#include "CurrentUser.h"
#include "article/Slug.h"
#include "review/Workflow.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace feder {

namespace {
const QString kLastOpenedKey = QStringLiteral("ui.last_article");

QString tr(const char *text)
{
    return QCoreApplication::translate("feder::ArticleService", text);
}
} // namespace

Result<qint64> ArticleService::create(const QString &title, const QString &language)
{
    Article article;
    article.title = title.trimmed().isEmpty() ? tr("New article") : title.trimmed();
    if (!language.isEmpty()) {
        if (!ArticleVocabulary::languages().contains(language))
            return Result<qint64>::failed(tr("Unknown language: %1").arg(language));
        article.language = language;
    }
    const Outcome outcome = inTransaction(m_store, [&] {
        article.slug = m_store.articles().uniqueSlug(slugFromTitle(article.title));
        m_store.articles().save(article);
    });
    return outcome ? Result<qint64>::done(article.id) : Result<qint64>::failed(outcome);
}

Result<qint64> ArticleService::duplicate(qint64 id)
{
    Article copy;
    const Outcome outcome = inTransaction(m_store, [&] {
        const std::optional<Article> original = m_store.articles().findById(id);
        if (!original)
            return;
        copy = *original;
        copy.id = 0;
        copy.uuid.clear();
        copy.title = tr("Copy of %1").arg(original->title);
        copy.slug = m_store.articles().uniqueSlug(original->slug + QStringLiteral("-kopie"));
        copy.status = statusName(ArticleStatus::Draft);
        m_store.articles().save(copy);
    });
    if (!outcome)
        return Result<qint64>::failed(outcome);
    if (copy.id == 0)
        return Result<qint64>::failed(tr("The article no longer exists."));
    return Result<qint64>::done(copy.id);
}

Result<ArticleService::BodySaved> ArticleService::saveBody(qint64 id, const QString &loadedBody, const QString &body,
                                                          const QString &revisionReason)
{
    BodySaved saved;
    const Outcome outcome = inTransaction(m_store, [&] {
        // The body in the store should still be the one the editor loaded or last saved. If
        // something else wrote it meanwhile, the other version is kept as a revision first.
        const std::optional<QString> stored = m_store.articles().storedBody(id);
        if (stored && *stored != loadedBody) {
            if (const std::optional<Article> other = m_store.articles().findById(id))
                m_store.revisions().add(*other, QStringLiteral("conflict"));
            saved.changedElsewhere = true;
        }
        saved.updated = m_store.articles().saveBody(id, body);
        if (!revisionReason.isEmpty()) {
            if (const std::optional<Article> stored = m_store.articles().findById(id))
                m_store.revisions().add(*stored, revisionReason);
        }
    });
    return outcome ? Result<BodySaved>::done(saved) : Result<BodySaved>::failed(outcome);
}

Result<Article> ArticleService::saveMetadata(const Article &article)
{
    Article saved = article;
    const Outcome outcome = inTransaction(m_store, [&] {
        const std::optional<Article> stored = m_store.articles().findById(article.id);
        m_store.articles().saveMetadata(saved);
        if (stored && stored->status != saved.status)
            Workflow::recordStatusChange(m_store, saved, stored->status, CurrentUser::name());
    });
    return outcome ? Result<Article>::done(saved) : Result<Article>::failed(outcome);
}

Result<QString> ArticleService::addImage(const QByteArray &bytes, const QString &mime, const QString &fileName)
{
    QString sha256;
    const Outcome outcome = inTransaction(m_store, [&] { sha256 = m_store.assets().put(bytes, mime, fileName); });
    return outcome ? Result<QString>::done(sha256) : Result<QString>::failed(outcome);
}

Outcome ArticleService::takeRevision(qint64 id, const QString &reason, const QString &name)
{
    return inTransaction(m_store, [&] {
        if (const std::optional<Article> stored = m_store.articles().findById(id))
            m_store.revisions().add(*stored, reason, name);
    });
}

Outcome ArticleService::rememberLastOpened(const QString &slug)
{
    if (m_store.isReadOnly())
        return Outcome::done(); // nothing to remember in a store the window may not change
    return inTransaction(m_store, [&] { m_store.settings().setValue(kLastOpenedKey, slug); });
}

QString ArticleService::lastOpened()
{
    return m_store.settings().value(kLastOpenedKey);
}

} // namespace feder
