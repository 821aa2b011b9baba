#include "MetadataController.h"

#include "MetadataCommand.h"
#include "MetadataPanel.h"

#include "services/ArticleService.h"
#include "session/EditSession.h"

namespace feder::ui {

MetadataController::MetadataController(Store &store, EditSession &session, MetadataPanel &panel, QObject *parent)
    : QObject(parent), m_store(store), m_session(session)
{
    setObjectName(QStringLiteral("metadataController"));
    connect(&panel, &MetadataPanel::editRequested, this, &MetadataController::edit);
    // Another article: its edits start a new history.
    connect(&session, &EditSession::opened, &m_undo, &QUndoStack::clear);
}

void MetadataController::edit(const QString &description, const Article &beforeRef, const Article &afterRef)
{
    // Copies first: applying notifies the panel, which may own the objects these refer to.
    const Article before = beforeRef;
    const Article after = afterRef;
    if (!apply(after))
        return;
    auto *command = new MetadataCommand(description, before, after, [this](const Article &a) { return apply(a); });
    command->markApplied();
    m_undo.push(command);
}

bool MetadataController::apply(const Article &article)
{
    const Result<Article> saved = ArticleService(m_store).saveMetadata(article);
    if (!saved.ok()) {
        Q_EMIT problem(saved.message());
        return false;
    }
    m_session.applyMetadata(saved.value);
    return true;
}

} // namespace feder::ui
