#pragma once

#include "model/Article.h"

#include <QList>
#include <QString>
#include <functional>

namespace feder {

// How an article appears in another article's related-posts section.
struct Teaser
{
    QString slug;
    QString title;
    QString excerpt;
    QString imageUrl;   // empty: no image
    QString imageAlt;
    QString category;
    bool missing = false; // the related slug names no article in the store
};

// Everything the page template shows besides the body (page/PageAssembly gathers it from the store).
struct ArticlePageData
{
    Article article;
    int readingMinutes = 1;
    Teaser self;                 // this article's own teaser card
    QList<Teaser> related;       // in display order: grouped by the store's category order
    QStringList categoryOrder;
};

// The article page: the one template used by the preview and the export.
namespace ArticlePage {

using AssetUrl = std::function<QString(const QString &sha256)>;

struct Options
{
    bool sourceMarkers = false;   // the preview's data-line wrappers
    QString stylesheetHref;       // empty: the stylesheet is inlined
    QString htmlClass;            // e.g. "mode-desktop"
    QString extraHead;            // trusted, already escaped (meta tags of the export)
    bool teaserCard = true;       // the hidden teaser card the preview's teaser mode shows
    // Where a related teaser links to; no function, or an empty href, leaves the teaser as plain
    // text (the site export links teasers whose article it contains, nothing else does).
    std::function<QString(const Teaser &)> relatedHref;
};

QString render(const ArticlePageData &data, const QString &bodyHtml, const Options &options);

// The parts of the page, also used on their own (the preview patches them, the export writes the card).
QString headerHtml(const ArticlePageData &data);
QString relatedHtml(const ArticlePageData &data, const std::function<QString(const Teaser &)> &hrefOf = {});
QString teaserCardHtml(const Teaser &teaser, int headingLevel, const QString &href = {});

// Teasers under category headings: the store's category order (unknown or no category last,
// missing articles at the end), shared by the related-posts section and the site's index page.
Teaser teaserOf(const Article &article, const AssetUrl &assetUrl);
void sortByCategory(QList<Teaser> &teasers, const QStringList &order);
QString teaserGroupsHtml(const QList<Teaser> &teasers, const QString &language, int categoryHeadingLevel,
                         const std::function<QString(const Teaser &)> &hrefOf = {});
QString stylesheet();
QString readingTimeLabel(const QString &language, int minutes);

} // namespace ArticlePage

} // namespace feder
