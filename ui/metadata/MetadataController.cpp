#include "MetadataController.h"

#include "MetadataCommand.h"

#include <QSettings>
#include "review/Workflow.h"
#include "store/Store.h"
#include "store/StoreError.h"

namespace feder::ui {

MetadataController::MetadataController(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    currentUser = [] {
        const QString name = QSettings().value(QStringLiteral("review/name")).toString();
        return name.isEmpty() ? qEnvironmentVariable("USER") : name;
    };
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
    Article saved = article;
    try {
        Transaction transaction(m_store.database());
        const std::optional<Article> stored = m_store.articles().findById(article.id);
        m_store.articles().saveMetadata(saved);
        if (stored && stored->status != saved.status)
            Workflow::recordStatusChange(m_store, saved, stored->status, currentUser());
        transaction.commit();
    } catch (const StoreError &error) {
        Q_EMIT problem(error.message());
        return false;
    }
    Q_EMIT applied(saved);
    return true;
}

} // namespace feder::ui
