#include "MetadataController.h"

#include "MetadataCommand.h"

#include "services/ArticleService.h"

namespace feder::ui {

MetadataController::MetadataController(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
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

void MetadataController::reset()
{
    m_undo.clear();
}

bool MetadataController::apply(const Article &article)
{
    const Result<Article> saved = ArticleService(m_store).saveMetadata(article);
    if (!saved.ok()) {
        Q_EMIT problem(saved.message());
        return false;
    }
    Q_EMIT applied(saved.value);
    return true;
}

} // namespace feder::ui
