#pragma once

#include "model/Article.h"

#include <QObject>
#include <QUndoStack>

namespace feder {
class EditSession;
class Store;
}

namespace feder::ui {

class MetadataPanel;

// Turns the panel's metadata edits into store changes on an undo stack: applies the edit through
// ArticleService::saveMetadata, and only when that worked puts it on the stack and hands the
// saved metadata to the session (whose metadataChanged everyone who shows metadata follows).
class MetadataController : public QObject
{
    Q_OBJECT
public:
    MetadataController(Store &store, EditSession &session, MetadataPanel &panel, QObject *parent = nullptr);

    QUndoStack &undoStack() { return m_undo; }

public Q_SLOTS:
    void edit(const QString &description, const feder::Article &before, const feder::Article &after);

Q_SIGNALS:
    void problem(const QString &message);

private:
    bool apply(const Article &article);

    Store &m_store;
    EditSession &m_session;
    QUndoStack m_undo;
};

} // namespace feder::ui
