#pragma once

#include "model/Article.h"
#include "render/ArticlePage.h"

#include <QStringList>

namespace feder {

class Store;

// The step between the store and the page: it gathers what the article page shows besides the
// body (related teasers in the store's category order, reading time at the store's words per
// minute), so that render/ only turns data into HTML and never queries the store.
namespace PageAssembly {

ArticlePageData assemble(Store &store, const Article &article, const ArticlePage::AssetUrl &assetUrl);

// The store's category names in display order (related teasers and the site index group by it).
QStringList categoryOrder(Store &store);

} // namespace PageAssembly

} // namespace feder
