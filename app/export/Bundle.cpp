#include "Bundle.h"
#include "render/HtmlEscape.h"

#include "SafeFileName.h"
#include "article/Yaml.h"
#include "model/Article.h"
#include "page/PageAssembly.h"
#include "render/ArticlePage.h"
#include "render/BodyRenderer.h"
#include "store/Clock.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace feder::BundleBuilder {

namespace {

const QString kAssetScheme = QStringLiteral("feder://asset/");

QString attribute(const QString &text)
{
    return escapeHtml(text);
}

QString metaTags(const ArticlePageData &data, const QString &imagePath)
{
    const Article &a = data.article;
    const QString description = a.seoDescription.isEmpty() ? a.excerpt : a.seoDescription;
    QString locale = a.language;
    locale.replace(QLatin1Char('-'), QLatin1Char('_'));
    QString head;
    head += QStringLiteral("<meta name=\"description\" content=\"%1\">\n").arg(attribute(description));
    if (!a.author.isEmpty())
        head += QStringLiteral("<meta name=\"author\" content=\"%1\">\n").arg(attribute(a.author));
    head += QStringLiteral("<meta name=\"generator\" content=\"Feder\">\n");
    head += QStringLiteral("<meta property=\"og:type\" content=\"article\">\n");
    head += QStringLiteral("<meta property=\"og:title\" content=\"%1\">\n").arg(attribute(a.seoTitle.isEmpty() ? a.title : a.seoTitle));
    head += QStringLiteral("<meta property=\"og:description\" content=\"%1\">\n").arg(attribute(description));
    head += QStringLiteral("<meta property=\"og:locale\" content=\"%1\">\n").arg(attribute(locale));
    if (!imagePath.isEmpty()) {
        head += QStringLiteral("<meta property=\"og:image\" content=\"%1\">\n").arg(attribute(imagePath));
        head += QStringLiteral("<meta property=\"og:image:alt\" content=\"%1\">\n").arg(attribute(a.teaserAlt));
    }
    if (!a.category.isEmpty())
        head += QStringLiteral("<meta property=\"article:section\" content=\"%1\">\n").arg(attribute(a.category));
    head += QStringLiteral("<meta property=\"article:modified_time\" content=\"%1\">\n").arg(Clock::toStored(a.updated));
    return head;
}

QJsonValue yamlToJson(const YAML::Node &node)
{
    if (node.IsMap()) {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it)
            object.insert(QString::fromStdString(it->first.Scalar()), yamlToJson(it->second));
        return object;
    }
    if (node.IsSequence()) {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(yamlToJson(item));
        return array;
    }
    if (node.IsScalar())
        return QString::fromStdString(node.Scalar());
    return QJsonValue::Null;
}

QJsonObject teaserJson(const Teaser &teaser)
{
    return QJsonObject{{QStringLiteral("slug"), teaser.slug},
                       {QStringLiteral("title"), teaser.title},
                       {QStringLiteral("excerpt"), teaser.excerpt},
                       {QStringLiteral("category"), teaser.category},
                       {QStringLiteral("image"), teaser.imageUrl},
                       {QStringLiteral("image_alt"), teaser.imageAlt},
                       {QStringLiteral("missing"), teaser.missing}};
}

QByteArray articleJson(const ArticlePageData &data)
{
    const Article &a = data.article;
    QJsonArray related;
    for (const Teaser &teaser : data.related)
        related.append(teaserJson(teaser));
    QJsonObject extra;
    if (!a.extraYaml.isEmpty())
        extra = yamlToJson(YAML::Load(a.extraYaml.toStdString())).toObject();
    const QJsonObject json{
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("slug"), a.slug},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("author"), QJsonObject{{QStringLiteral("name"), a.author}, {QStringLiteral("role"), a.role}}},
        {QStringLiteral("category"), a.category},
        {QStringLiteral("language"), a.language},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("excerpt"), a.excerpt},
        {QStringLiteral("teaser"), teaserJson(data.self)},
        {QStringLiteral("seo"), QJsonObject{{QStringLiteral("title"), a.seoTitle}, {QStringLiteral("description"), a.seoDescription}}},
        {QStringLiteral("reading_minutes"), data.readingMinutes},
        {QStringLiteral("created"), Clock::toStored(a.created)},
        {QStringLiteral("updated"), Clock::toStored(a.updated)},
        {QStringLiteral("related"), related},
        {QStringLiteral("extra"), extra},
        {QStringLiteral("files"), QJsonObject{{QStringLiteral("page"), QStringLiteral("index.html")},
                                             {QStringLiteral("teaser"), QStringLiteral("teaser.html")},
                                             {QStringLiteral("stylesheet"), QStringLiteral("style.css")}}},
    };
    // QJsonObject keeps its keys sorted, so the file is the same on every export.
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QString extensionOf(const QString &mime)
{
    if (mime == QLatin1String("image/jpeg"))
        return QStringLiteral("jpg");
    const QString subtype = mime.section(QLatin1Char('/'), 1);
    return subtype.isEmpty() ? QStringLiteral("bin") : subtype;
}

} // namespace

QString assetPath(const QString &sha256, const QString &mime)
{
    return QStringLiteral("assets/%1.%2").arg(sha256.left(16), extensionOf(mime));
}

Bundle build(Store &store, const Article &article, const QHash<QString, QString> &siblingFolders)
{
    Bundle bundle;
    bundle.name = safeFileName(article.slug);
    bundle.timestamp = article.updated;

    // Every image the page uses is copied into assets/ and referenced by its relative path.
    QSet<QString> used;
    auto assetUrl = [&](const QString &sha) -> QString {
        const std::optional<Asset> asset = store.assets().find(sha);
        if (!asset)
            return {};
        const QString path = assetPath(sha, asset->mime);
        if (!used.contains(sha)) {
            used.insert(sha);
            bundle.files[path] = asset->bytes;
        }
        return path;
    };
    auto resolveBodyImage = [&](const QString &src) -> QString {
        if (src.startsWith(QLatin1String("data:image/")))
            return src;
        if (src.startsWith(kAssetScheme))
            return assetUrl(src.mid(kAssetScheme.size()));
        return {}; // a file outside the store would be outside the bundle: placeholder
    };

    const ArticlePageData data = PageAssembly::assemble(store, article, assetUrl);
    BodyRenderer renderer(resolveBodyImage, article.language);
    const QString body = BodyRenderer::join(renderer.render(article.body), false);
    ArticlePage::Options options;
    options.stylesheetHref = QStringLiteral("style.css");
    options.teaserCard = false;
    options.extraHead = metaTags(data, data.self.imageUrl);
    options.relatedHref = [&siblingFolders](const Teaser &teaser) {
        const QString folder = siblingFolders.value(teaser.slug);
        return folder.isEmpty() ? QString() : QStringLiteral("../%1/index.html").arg(folder);
    };
    bundle.files[QStringLiteral("index.html")] = ArticlePage::render(data, body, options).toUtf8();
    bundle.files[QStringLiteral("style.css")] = ArticlePage::stylesheet().toUtf8();
    bundle.files[QStringLiteral("teaser.html")] = ArticlePage::teaserCardHtml(data.self, 2, QStringLiteral("index.html")).toUtf8();
    bundle.files[QStringLiteral("article.json")] = articleJson(data);
    return bundle;
}

} // namespace feder::BundleBuilder
