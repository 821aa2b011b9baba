#include "PageAssembly.h"

#include "article/ReadingTime.h"
#include "store/Store.h"

namespace feder::PageAssembly {

QStringList categoryOrder(Store &store)
{
    QStringList order;
    const QList<Category> categories = store.authors().categories();
    for (const Category &category : categories)
        order.append(category.name);
    return order;
}

ArticlePageData assemble(Store &store, const Article &article, const ArticlePage::AssetUrl &assetUrl)
{
    ArticlePageData data;
    data.article = article;
    data.readingMinutes = readingMinutes(article.body, store.settings().wordsPerMinute());
    data.self = ArticlePage::teaserOf(article, assetUrl);
    data.categoryOrder = categoryOrder(store);

    // Group by category in the store's order; inside a category keep the author's order.
    QList<Teaser> found;
    QList<Teaser> missing;
    for (const QString &slug : article.related) {
        const std::optional<Article> related = store.articles().findBySlug(slug);
        if (related) {
            found.append(ArticlePage::teaserOf(*related, assetUrl));
        } else {
            Teaser gap;
            gap.slug = slug;
            gap.missing = true;
            missing.append(gap);
        }
    }
    data.related = found + missing;
    ArticlePage::sortByCategory(data.related, data.categoryOrder);
    return data;
}

} // namespace feder::PageAssembly
