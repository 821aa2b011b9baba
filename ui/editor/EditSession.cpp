#include "EditSession.h"

#include "store/Store.h"
#include "store/StoreError.h"

namespace feder::ui {

EditSession::EditSession(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kDefaultAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &EditSession::save);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kDefaultMaximumUnsavedMs);
    connect(&m_deadline, &QTimer::timeout, this, &EditSession::save);
}

bool EditSession::open(qint64 articleId)
{
    if (hasArticle() && m_article.id == articleId)
        return true;
    if (m_modified && !save())
        return false;
    const std::optional<Article> article = m_store.articles().findById(articleId);
    if (!article)
        return false;
    m_article = *article;
    m_activeEditingMs = 0;
    m_sinceLastEdit.invalidate();
    setModified(false);
    Q_EMIT opened(m_article);
    return true;
}

void EditSession::close()
{
    m_autosave.stop();
    m_deadline.stop();
    m_article = Article();
    setModified(false);
}

void EditSession::applyMetadata(const Article &article)
{
    if (article.id != m_article.id)
        return;
    const QString body = m_article.body;
    m_article = article;
    m_article.body = body;
    Q_EMIT metadataChanged(m_article);
}

void EditSession::markModified()
{
    if (!hasArticle())
        return;
    // Active editing time: the time between edits, unless the author paused for over a minute.
    constexpr qint64 kPauseMs = 60 * 1000;
    if (m_sinceLastEdit.isValid() && m_sinceLastEdit.elapsed() < kPauseMs)
        m_activeEditingMs += m_sinceLastEdit.elapsed();
    m_sinceLastEdit.start();
    setModified(true);
    m_autosave.start();
    if (!m_deadline.isActive())
        m_deadline.start();
}

bool EditSession::saveWithRevision()
{
    if (!hasArticle())
        return true;
    if (!save())
        return false;
    takeRevision(QStringLiteral("save"));
    return true;
}

void EditSession::takeRevision(const QString &reason, const QString &name)
{
    const std::optional<Article> stored = m_store.articles().findById(m_article.id);
    if (!stored)
        return;
    try {
        Transaction transaction(m_store.database());
        m_store.revisions().add(*stored, reason, name);
        transaction.commit();
    } catch (const StoreError &error) {
        Q_EMIT saveFailed(error.message());
    }
    m_activeEditingMs = 0;
}

bool EditSession::save()
{
    m_autosave.stop();
    m_deadline.stop();
    if (!hasArticle() || !m_modified)
        return true;
    const QString body = m_bodyProvider ? m_bodyProvider() : m_article.body;
    bool changedElsewhere = false;
    try {
        Transaction transaction(m_store.database());
        // The body in the store should still be the one this session loaded or last saved. If
        // something else wrote it meanwhile (another program, a restore), neither text may be
        // lost: the other version is kept as a revision before the editor's text is saved.
        const std::optional<QString> stored = m_store.articles().storedBody(m_article.id);
        if (stored && *stored != m_article.body) {
            if (const std::optional<Article> other = m_store.articles().findById(m_article.id))
                m_store.revisions().add(*other, QStringLiteral("conflict"));
            changedElsewhere = true;
        }
        m_article.updated = m_store.articles().saveBody(m_article.id, body);
        transaction.commit();
    } catch (const StoreError &error) {
        Q_EMIT saveFailed(error.message());
        return false;
    }
    m_article.body = body;
    if (changedElsewhere)
        Q_EMIT changedElsewhereKept(m_article.id);
    setModified(false);
    Q_EMIT saved(m_article.id);
    if (m_activeEditingMs >= m_snapshotInterval)
        takeRevision(QStringLiteral("auto"));
    return true;
}

void EditSession::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace feder::ui
