#include "ExportService.h"

#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace feder {

Result<QList<Exporter::Blocker>> ExportService::preflight(const QStringList &slugs)
{
    using Blockers = Result<QList<Exporter::Blocker>>;
    try {
        QList<Article> articles;
        if (slugs.isEmpty())
            articles = m_store.articles().all();
        for (const QString &slug : slugs) {
            const std::optional<Article> article = m_store.articles().findBySlug(slug);
            if (!article)
                return Blockers::failed(QCoreApplication::translate("Export", "no article with slug '%1'").arg(slug));
            articles.append(*article);
        }
        return Blockers::done(Exporter::blockers(m_store, articles));
    } catch (const StoreError &error) {
        return Blockers::failed(error.message());
    }
}

} // namespace feder
