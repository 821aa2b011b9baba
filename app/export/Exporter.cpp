#include "Exporter.h"

#include "Bundle.h"
#include "BundleWriter.h"
#include "ExportError.h"
#include "NoFollow.h"
#include "SafeFileName.h"
#include "page/PageAssembly.h"
#include "render/ArticlePage.h"
#include "render/Template.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <unistd.h>

namespace feder {

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw ExportError(QCoreApplication::translate("Export", "%1: cannot write (%2)").arg(path, file.errorString()));
}

// The site's front page: every article's teaser, grouped by category in the store's order.
QByteArray siteIndex(Store &store, const QList<Article> &articles, const QHash<QString, QString> &imageBySlug,
                     const QHash<QString, QString> &folderBySlug)
{
    QList<Teaser> teasers;
    for (const Article &article : articles) {
        Teaser teaser = ArticlePage::teaserOf(article, {});
        teaser.imageUrl = imageBySlug.value(article.slug); // inside that article's bundle
        teasers.append(teaser);
    }
    ArticlePage::sortByCategory(teasers, PageAssembly::categoryOrder(store));
    const QString groups = ArticlePage::teaserGroupsHtml(teasers, QStringLiteral("de-DE"), 2, [&](const Teaser &teaser) {
        return folderBySlug.value(teaser.slug) + QStringLiteral("/index.html");
    });
    return fillTemplate(loadTemplate(QStringLiteral(":/templates/site.html")),
                        {{QStringLiteral("title"), QStringLiteral("Artikel")}, {QStringLiteral("groups"), groups}})
        .toUtf8();
}

// Identical images in several bundles become hard links to one file: each bundle stays
// complete on its own, the disk holds the bytes once. Falls back to a copy where links fail.
void linkDuplicateAssets(const QString &siteRoot, const QStringList &folders)
{
    QHash<QString, QString> firstByName; // content-hashed names: same name, same bytes
    for (const QString &folder : folders) {
        const QDir assets(siteRoot + QLatin1Char('/') + folder + QStringLiteral("/assets"));
        const QStringList files = assets.entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString path = assets.filePath(file);
            const auto known = firstByName.constFind(file);
            if (known == firstByName.constEnd()) {
                firstByName.insert(file, path);
                continue;
            }
            const QString replacement = path + QStringLiteral(".link");
            if (::link(QFile::encodeName(*known).constData(), QFile::encodeName(replacement).constData()) == 0)
                ::rename(QFile::encodeName(replacement).constData(), QFile::encodeName(path).constData());
        }
    }
}

} // namespace

QList<Exporter::Blocker> Exporter::blockers(Store &store, const QList<Article> &articles)
{
    QList<Blocker> found;
    for (const Article &article : articles) {
        const QList<CheckItem> items = Checklist::run(store, article, 0);
        for (const CheckItem &item : items) {
            if (item.isBlocking())
                found.append({article, item});
        }
    }
    return found;
}

void Exporter::requireChecklist(const QList<Article> &articles, const Options &options)
{
    if (options.ignoreChecklist)
        return;
    const QList<Blocker> found = blockers(m_store, articles);
    if (found.isEmpty())
        return;
    // The first blocked article, with every reason it has.
    const QString slug = found.first().article.slug;
    QStringList reasons;
    for (const Blocker &blocker : found) {
        if (blocker.article.slug == slug)
            reasons.append(QStringLiteral("  - [%1] %2").arg(blocker.item.rule, blocker.item.message));
    }
    throw ExportError(QCoreApplication::translate("Export", "%1: not exported, the checklist has blocking items (use --ignore-checklist to export anyway):\n%2")
                          .arg(slug, reasons.join(QLatin1Char('\n'))));
}

QStringList Exporter::exportArticles(const QStringList &slugs, const QString &outDir, const Options &options)
{
    // Check everything first, so that a blocked article does not leave the others half done.
    QList<Article> articles;
    for (const QString &slug : slugs) {
        const std::optional<Article> article = m_store.articles().findBySlug(slug);
        if (!article)
            throw ExportError(QCoreApplication::translate("Export", "no article with slug '%1'").arg(slug));
        articles.append(*article);
    }
    requireChecklist(articles, options);
    const auto replace = options.replaceExisting ? BundleWriter::Replace::Always : BundleWriter::Replace::Never;
    QStringList written;
    for (const Article &article : std::as_const(articles)) {
        const Bundle bundle = BundleBuilder::build(m_store, article);
        written.append(options.zip ? BundleWriter::writeZip(bundle, outDir, replace)
                                   : BundleWriter::writeFolder(bundle, outDir, replace));
    }
    return written;
}

QString Exporter::exportSite(const QString &outDir, const QString &status, const Options &options, const Progress &progress)
{
    QList<Article> articles;
    const QList<Article> all = m_store.articles().all();
    for (const Article &article : all) {
        if (status.isEmpty() || article.status == status)
            articles.append(article);
    }
    if (articles.isEmpty())
        throw ExportError(status.isEmpty() ? QCoreApplication::translate("Export", "the store has no articles") : QCoreApplication::translate("Export", "no articles with status '%1'").arg(status));
    requireChecklist(articles, options);

    const QString target = NoFollow::cleanAbsolute(outDir);
    NoFollow::requireNoLinks(target);
    const auto replace = options.replaceExisting ? BundleWriter::Replace::Always : BundleWriter::Replace::Never;
    if (QFileInfo::exists(target) && !QDir(target).isEmpty() && replace == BundleWriter::Replace::Never)
        throw ExportError(QCoreApplication::translate("Export", "%1 exists already and is not empty; use --replace to replace it").arg(target));
    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent))
        throw ExportError(QCoreApplication::translate("Export", "%1: cannot create the folder").arg(parent));
    QTemporaryDir building(parent + QStringLiteral("/.") + QFileInfo(target).fileName() + QStringLiteral(".new-XXXXXX"));
    if (!building.isValid())
        throw ExportError(QCoreApplication::translate("Export", "%1: cannot create a temporary folder").arg(parent));

    QHash<QString, QString> imageBySlug;
    QHash<QString, QString> folderBySlug;
    QHash<QString, QString> siblingFolders; // every bundle of the site: related teasers link to them
    for (const Article &article : std::as_const(articles))
        siblingFolders.insert(article.slug, safeFileName(article.slug));
    QStringList folders;
    int done = 0;
    for (const Article &article : std::as_const(articles)) {
        const Bundle bundle = BundleBuilder::build(m_store, article, siblingFolders);
        if (folders.contains(bundle.name))
            throw ExportError(QCoreApplication::translate("Export", "two articles would be written to the same folder '%1'").arg(bundle.name));
        BundleWriter::writeFolder(bundle, building.path(), BundleWriter::Replace::Never);
        folders.append(bundle.name);
        folderBySlug.insert(article.slug, bundle.name);
        if (!article.teaserAsset.isEmpty()) {
            if (const auto asset = m_store.assets().find(article.teaserAsset))
                imageBySlug.insert(article.slug, bundle.name + QLatin1Char('/') + BundleBuilder::assetPath(asset->sha256, asset->mime));
        }
        if (progress && !progress(++done, int(articles.size())))
            throw ExportError(QCoreApplication::translate("Export", "export cancelled; nothing was changed"));
    }
    linkDuplicateAssets(building.path(), folders);
    writeFile(building.path() + QStringLiteral("/index.html"), siteIndex(m_store, articles, imageBySlug, folderBySlug));
    writeFile(building.path() + QStringLiteral("/style.css"), ArticlePage::stylesheet().toUtf8());
    QFile::setPermissions(building.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                               | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                               | QFileDevice::ReadOther | QFileDevice::ExeOther);
    if (QFileInfo::exists(target) && QDir(target).isEmpty())
        QDir().rmdir(target);
    BundleWriter::swapIn(building.path(), target, replace);
    building.setAutoRemove(false);
    return target;
}

} // namespace feder
