#pragma once

#include "model/Article.h"

#include <QObject>
#include <QUndoStack>

namespace feder {
class Store;
}

namespace feder::ui {

// Turns metadata edits into store changes on an undo stack: applies the edit through
// ArticleService::saveMetadata, and only when that worked puts it on the stack. Everyone who shows metadata
// listens to applied().
class MetadataController : public QObject
{
    Q_OBJECT
public:
    explicit MetadataController(Store &store, QObject *parent = nullptr);

    QUndoStack &undoStack() { return m_undo; }

public Q_SLOTS:
    void edit(const QString &description, const feder::Article &before, const feder::Article &after);
    // A new article was opened: its edits start a new history.
    void reset();

Q_SIGNALS:
    void applied(const feder::Article &article);
    void problem(const QString &message);

private:
    bool apply(const Article &article);

    Store &m_store;
    QUndoStack m_undo;
};

} // namespace feder::ui
