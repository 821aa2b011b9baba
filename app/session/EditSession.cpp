#include "EditSession.h"

#include "services/ArticleService.h"
#include "store/Store.h"

namespace feder {

EditSession::EditSession(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kDefaultAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &EditSession::save);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kDefaultMaximumUnsavedMs);
    connect(&m_deadline, &QTimer::timeout, this, &EditSession::save);
    m_document.setObjectName(QStringLiteral("articleDocument"));
    // A document reports where it changed (contentsChange) only once it has a layout: this one
    // has a layout of its own from the start, which an editor replaces with the one it needs.
    m_document.documentLayout();
    connect(&m_document, &QTextDocument::contentsChange, this, &EditSession::documentChanged);
}

void EditSession::load(const QString &text)
{
    m_loading = true;
    m_document.setPlainText(text);
    m_loading = false;
    m_document.clearUndoRedoStacks(); // Ctrl+Z never brings back the previous article
    m_document.setModified(false);
}

QString EditSession::text() const
{
    QString text = m_document.toRawText();
    for (QChar &c : text) {
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = QLatin1Char('\n');
    }
    return text;
}

void EditSession::documentChanged(int position, int removed, int added)
{
    // A highlighter's repaint reports an unchanged length; only real edits count.
    if (m_loading || !hasArticle() || (removed == 0 && added == 0))
        return;
    markModified();
    Q_EMIT textEdited(position, removed, added);
}

bool EditSession::open(qint64 articleId)
{
    if (hasArticle() && m_article.id == articleId)
        return true;
    if (!save())
        return false;
    const std::optional<Article> article = m_store.articles().findById(articleId);
    if (!article)
        return false;
    m_article = *article;
    load(m_article.body);
    m_activeEditingMs = 0;
    m_sinceLastEdit.invalidate();
    setModified(false);
    Q_EMIT opened(m_article);
    rememberOpened();
    return true;
}

void EditSession::close()
{
    m_autosave.stop();
    m_deadline.stop();
    const bool wasOpen = hasArticle();
    m_article = Article();
    load(QString());
    setModified(false);
    if (wasOpen)
        Q_EMIT closed();
}

Article EditSession::current() const
{
    Article now = m_article;
    now.body = text();
    return now;
}

void EditSession::applyMetadata(const Article &article)
{
    if (article.id != m_article.id)
        return;
    const QString body = m_article.body;
    m_article = article;
    m_article.body = body;
    Q_EMIT metadataChanged(m_article);
    rememberOpened(); // the slug may have changed
}

void EditSession::rememberOpened()
{
    // Not worth more than a notice: the only loss is which article the next start opens.
    if (const Outcome remembered = ArticleService(m_store).rememberLastOpened(m_article.slug); !remembered)
        Q_EMIT notice(remembered.message);
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
    if (!m_modified) {
        Q_EMIT aboutToSave(); // write() says it otherwise
        takeRevision(QStringLiteral("save"));
        return true;
    }
    return write(QStringLiteral("save")); // the body and its revision in one transaction
}

void EditSession::takeRevision(const QString &reason, const QString &name)
{
    if (const Outcome taken = ArticleService(m_store).takeRevision(m_article.id, reason, name); !taken)
        Q_EMIT saveFailed(taken.message);
    m_activeEditingMs = 0;
}

bool EditSession::save()
{
    // After long active editing the save also keeps a revision ("auto"), in the same write.
    return write(m_activeEditingMs >= m_snapshotInterval ? QStringLiteral("auto") : QString());
}

bool EditSession::write(const QString &revisionReason)
{
    if (hasArticle())
        Q_EMIT aboutToSave();
    m_autosave.stop();
    m_deadline.stop();
    if (!hasArticle() || !m_modified)
        return true;
    const QString body = text();
    // m_article.body is what this session loaded or last saved: if the store holds something
    // else now (another program, a restore), the service keeps that version as a revision first.
    const Result<ArticleService::BodySaved> written = ArticleService(m_store).saveBody(m_article.id, m_article.body, body, revisionReason);
    if (!written.ok()) {
        Q_EMIT saveFailed(written.message());
        return false;
    }
    m_article.updated = written.value.updated;
    m_article.body = body;
    if (written.value.changedElsewhere)
        Q_EMIT changedElsewhereKept(m_article.id);
    setModified(false);
    if (!revisionReason.isEmpty())
        m_activeEditingMs = 0;
    Q_EMIT saved(m_article.id);
    return true;
}

void EditSession::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace feder
