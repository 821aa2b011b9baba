#pragma once

#include "model/Article.h"

#include <QObject>
#include <QElapsedTimer>
#include <QTextDocument>
#include <QTimer>

namespace feder {

class Store;

// The open article — its metadata and its text document — and the rules for getting it back into
// the store: debounced autosave after typing pauses, an explicit save (Ctrl+S), and a save
// before another article is opened or the window closes. Part of the widget-free core: the
// editor shows document() (typing edits it in place, nothing is copied per keystroke), and every
// part that shows the article connects itself to opened / metadataChanged / textEdited / closed.
class EditSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultAutosaveDelayMs = 1500;
    // Continuous typing never pauses, so the pause timer alone would never fire: the first unsaved
    // edit also starts this deadline, which the following keys do not move.
    static constexpr int kDefaultMaximumUnsavedMs = 3500;

    explicit EditSession(Store &store, QObject *parent = nullptr);

    void setAutosaveDelay(int milliseconds) { m_autosave.setInterval(milliseconds); }
    int autosaveDelay() const { return m_autosave.interval(); }
    void setMaximumUnsavedTime(int milliseconds) { m_deadline.setInterval(milliseconds); }

    // Saves the current article first; returns false (and keeps it open) when that fails.
    bool open(qint64 articleId);
    void close();

    bool hasArticle() const { return m_article.id != 0; }
    // Metadata as stored; `body` is the text as last loaded or saved.
    const Article &article() const { return m_article; }
    // The article as the author sees it now: the metadata with the editor's current text.
    Article current() const;
    // The text as it is now (empty when no article is open), with every character the author
    // typed: unlike QTextDocument::toPlainText(), non-breaking spaces stay non-breaking.
    QString text() const;
    // The open article's text, edited in place by the editor. The same object for the session's
    // whole life: loading another article replaces its content, with a fresh undo history.
    QTextDocument &document() { return m_document; }
    const QTextDocument &document() const { return m_document; }
    bool isModified() const { return m_modified; }

    // Takes over metadata saved elsewhere (the metadata panel); the body stays as it is.
    void applyMetadata(const Article &article);

    // Writes the body to the store now. Returns false and emits saveFailed() on error.
    bool save();
    // Ctrl+S: saves and keeps a revision of the article as it is now.
    bool saveWithRevision();
    // A revision is also taken after this much active editing (pauses over a minute do not count).
    void setActiveEditingSnapshotInterval(qint64 milliseconds) { m_snapshotInterval = milliseconds; }

Q_SIGNALS:
    // Before every save (and so before another article opens or the window closes): a part that
    // holds an edit not yet handed over (a metadata field being typed in) hands it over now.
    void aboutToSave();
    // The document holds the article's text when this is emitted.
    void opened(const feder::Article &article);
    // The article was closed without another one opening (deleted, moved to the trash).
    void closed();
    void modifiedChanged(bool modified);
    void saved(qint64 articleId);
    void metadataChanged(const feder::Article &article);
    // The author changed the text (typing, paste, undo, a replacement); not emitted for loading.
    // Positions are the document's own, as in QTextDocument::contentsChange.
    void textEdited(int position, int removed, int added);
    void saveFailed(const QString &message);
    // The stored body had been changed outside this session; that version is now a revision.
    void changedElsewhereKept(qint64 articleId);
    // Something that is no loss of text went wrong (remembering the last article): say it quietly.
    void notice(const QString &message);

private:
    void load(const QString &text);
    void documentChanged(int position, int removed, int added);
    // Every edit: restarts the pause timer and, for the first unsaved change, starts the deadline.
    void markModified();
    void rememberOpened();
    void setModified(bool modified);
    void takeRevision(const QString &reason, const QString &name = {});
    // Saves the body when modified; with a reason, also a revision of it in the same write.
    bool write(const QString &revisionReason);

    Store &m_store;
    Article m_article;
    bool m_modified = false;
    QTimer m_autosave;  // restarted by every edit: saves after a pause
    QTimer m_deadline;  // started by the first unsaved edit: saves while typing goes on
    QTextDocument m_document;
    bool m_loading = false;
    QElapsedTimer m_sinceLastEdit;
    qint64 m_activeEditingMs = 0;
    qint64 m_snapshotInterval = 10 * 60 * 1000;
};

} // namespace feder
