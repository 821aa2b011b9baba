#include "ArticlePage.h"
#include "HtmlEscape.h"

#include "Template.h"
#include "article/ReadingTime.h"

#include <QMap>

namespace feder::ArticlePage {

namespace {

bool isGerman(const QString &language)
{
    return language.startsWith(QLatin1String("de"));
}

QString escaped(const QString &text)
{
    return escapeHtml(text);
}

} // namespace

Teaser teaserOf(const Article &article, const AssetUrl &assetUrl)
{
    Teaser teaser;
    teaser.slug = article.slug;
    teaser.title = article.title;
    teaser.excerpt = article.excerpt;
    teaser.imageAlt = article.teaserAlt;
    teaser.category = article.category;
    if (!article.teaserAsset.isEmpty() && assetUrl)
        teaser.imageUrl = assetUrl(article.teaserAsset);
    return teaser;
}

void sortByCategory(QList<Teaser> &teasers, const QStringList &order)
{
    auto rank = [&](const Teaser &t) {
        const qsizetype index = t.missing ? order.size() + 1 : order.indexOf(t.category);
        return index < 0 ? order.size() : index;
    };
    std::stable_sort(teasers.begin(), teasers.end(), [&](const Teaser &a, const Teaser &b) { return rank(a) < rank(b); });
}

QString teaserGroupsHtml(const QList<Teaser> &teasers, const QString &language, int categoryHeadingLevel,
                         const std::function<QString(const Teaser &)> &hrefOf)
{
    const bool german = isGerman(language);
    QString html;
    QString currentGroup;
    bool groupOpen = false;
    for (const Teaser &teaser : teasers) {
        const QString group = teaser.missing ? (german ? QStringLiteral("Nicht gefunden") : QStringLiteral("Not found"))
                              : teaser.category.isEmpty() ? (german ? QStringLiteral("Weitere Artikel") : QStringLiteral("More articles"))
                                                          : teaser.category;
        if (!groupOpen || group != currentGroup) {
            if (groupOpen)
                html += QStringLiteral("</div></div>\n");
            html += QStringLiteral("<div class=\"related-group\"><h%1 class=\"related-category\">%2</h%1><div class=\"teasers\">\n")
                        .arg(categoryHeadingLevel).arg(escaped(group));
            currentGroup = group;
            groupOpen = true;
        }
        html += teaserCardHtml(teaser, categoryHeadingLevel + 1, hrefOf ? hrefOf(teaser) : QString());
    }
    if (groupOpen)
        html += QStringLiteral("</div></div>\n");
    return html;
}

QString readingTimeLabel(const QString &language, int minutes)
{
    return ReadingTime::label(language, minutes);
}

QString headerHtml(const ArticlePageData &data)
{
    const Article &a = data.article;
    QString html;
    if (!a.category.isEmpty())
        html += QStringLiteral("<p class=\"article-category\">%1</p>\n").arg(escaped(a.category));
    html += QStringLiteral("<h1 class=\"article-title\">%1</h1>\n").arg(escaped(a.title));
    html += QStringLiteral("<div class=\"byline\">");
    if (!a.author.isEmpty()) {
        html += QStringLiteral("<p class=\"author\"><span class=\"author-name\">%1</span>").arg(escaped(a.author));
        if (!a.role.isEmpty())
            html += QStringLiteral("<span class=\"author-role\">%1</span>").arg(escaped(a.role));
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<p class=\"reading-time\" id=\"feder-reading-time\">%1</p></div>\n").arg(escaped(readingTimeLabel(a.language, data.readingMinutes)));
    return html;
}

QString teaserCardHtml(const Teaser &teaser, int headingLevel, const QString &href)
{
    if (teaser.missing) {
        return QStringLiteral("<article class=\"teaser teaser-missing\"><p class=\"teaser-missing-label\">fehlt: %1</p></article>\n")
            .arg(escaped(teaser.slug));
    }
    QString html = QStringLiteral("<article class=\"teaser\">");
    const QString open = href.isEmpty() ? QString() : QStringLiteral("<a class=\"teaser-link\" href=\"%1\">").arg(escaped(href));
    const QString close = href.isEmpty() ? QString() : QStringLiteral("</a>");
    if (!teaser.imageUrl.isEmpty()) {
        html += QStringLiteral("<img class=\"teaser-image\" src=\"%1\" alt=\"%2\">")
                    .arg(escaped(teaser.imageUrl), escaped(teaser.imageAlt));
    } else {
        html += QStringLiteral("<div class=\"teaser-image teaser-image-none\"></div>");
    }
    html += QStringLiteral("<h%1 class=\"teaser-title\">%2%3%4</h%1>")
                .arg(headingLevel).arg(open, escaped(teaser.title), close);
    if (!teaser.excerpt.isEmpty())
        html += QStringLiteral("<p class=\"teaser-excerpt\">%1</p>").arg(escaped(teaser.excerpt));
    html += QStringLiteral("</article>\n");
    return html;
}

QString relatedHtml(const ArticlePageData &data, const std::function<QString(const Teaser &)> &hrefOf)
{
    if (data.related.isEmpty())
        return {};
    const bool german = isGerman(data.article.language);
    QString html = QStringLiteral("<section class=\"related\" id=\"feder-related\">\n<h2 class=\"related-heading\">%1</h2>\n<div class=\"related-groups\">\n")
                       .arg(german ? QStringLiteral("Das könnte Sie auch interessieren") : QStringLiteral("You might also like"));
    html += teaserGroupsHtml(data.related, data.article.language, 3, hrefOf);
    html += QStringLiteral("</div>\n</section>\n");
    return html;
}

QString stylesheet()
{
    return loadTemplate(QStringLiteral(":/templates/article.css"));
}

QString render(const ArticlePageData &data, const QString &bodyHtml, const Options &options)
{
    const Article &a = data.article;
    const QString css = options.stylesheetHref.isEmpty()
        ? QStringLiteral("<style>\n%1</style>").arg(stylesheet())
        : QStringLiteral("<link rel=\"stylesheet\" href=\"%1\">").arg(escaped(options.stylesheetHref));
    return fillTemplate(loadTemplate(QStringLiteral(":/templates/article.html")), {
        {QStringLiteral("lang"), escaped(a.language)},
        {QStringLiteral("html_class"), escaped(options.htmlClass)},
        {QStringLiteral("page_title"), escaped(a.seoTitle.isEmpty() ? a.title : a.seoTitle)},
        {QStringLiteral("head"), options.extraHead},
        {QStringLiteral("stylesheet"), css},
        {QStringLiteral("header"), headerHtml(data)},
        {QStringLiteral("body"), bodyHtml},
        {QStringLiteral("related"), relatedHtml(data, options.relatedHref)},
        {QStringLiteral("teaser_card"), options.teaserCard ? teaserCardHtml(data.self, 2) : QString()},
    });
}

} // namespace feder::ArticlePage
