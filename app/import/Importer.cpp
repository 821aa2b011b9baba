#include "Importer.h"

#include "ImageCheck.h"
#include "article/ArticleFile.h"
#include "article/ArticleFileError.h"
#include "review/Workflow.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace feder {

namespace {

constexpr qint64 kMaxArticleBytes = 64 * 1024 * 1024;
constexpr qint64 kMaxImageBytes = 50 * 1024 * 1024;

struct PendingImage
{
    QByteArray bytes;
    QString mime;
    QString originalName;
};

// One file, fully read and checked, waiting for the write transaction.
struct PendingArticle
{
    QString file;
    ParsedArticleFile parsed;
    std::optional<PendingImage> image;
};

QByteArray readFile(const QString &path, qint64 limit, int line, const QString &reportAs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ArticleFileError(reportAs, line, QCoreApplication::translate("Import", "cannot read '%1' (%2)").arg(path, file.errorString()));
    if (file.size() > limit)
        throw ArticleFileError(reportAs, line, QCoreApplication::translate("Import", "'%1' is too large (%2 MB)").arg(path).arg(file.size() >> 20));
    return file.readAll();
}

PendingArticle readArticle(const QString &path, Store &store)
{
    PendingArticle pending;
    pending.file = path;
    pending.parsed = ArticleFile::parse(readFile(path, kMaxArticleBytes, 0, path), path);
    const QString &reference = pending.parsed.teaserImage;
    const int line = pending.parsed.teaserImageLine;
    if (reference.isEmpty())
        return pending;

    const QString sha = ArticleFile::sha256FromAssetReference(reference);
    if (!sha.isEmpty()) {
        if (store.assets().idOf(sha) == 0)
            throw ArticleFileError(path, line, QCoreApplication::translate("Import", "teaser image '%1' is not in this store").arg(reference));
        pending.parsed.article.teaserAsset = sha;
        return pending;
    }
    if (reference.startsWith(QLatin1String("asset:")))
        throw ArticleFileError(path, line, QCoreApplication::translate("Import", "invalid asset reference '%1' (expected asset:SHA256)").arg(reference));

    const QString imagePath = QFileInfo(path).dir().filePath(reference);
    const QFileInfo imageInfo(imagePath);
    if (!imageInfo.exists())
        throw ArticleFileError(path, line, QCoreApplication::translate("Import", "teaser image '%1' not found").arg(reference));
    if (!imageInfo.isFile())
        throw ArticleFileError(path, line, QCoreApplication::translate("Import", "teaser image '%1' is not a file").arg(reference));
    const QByteArray bytes = readFile(imagePath, kMaxImageBytes, line, path);
    const ImageCheck check = ImageCheck::inspect(bytes);
    if (!check.ok)
        throw ArticleFileError(path, line, QCoreApplication::translate("Import", "teaser image '%1' is not an image: %2").arg(reference, check.problem));
    pending.image = PendingImage{bytes, check.mime, imageInfo.fileName()};
    return pending;
}

} // namespace

QStringList Importer::collectFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            throw ArticleFileError(path, 0, QCoreApplication::translate("Import", "no such file or folder"));
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else {
            files.append(path);
        }
    }
    return files;
}

QList<ImportOutcome> Importer::importPaths(const QStringList &paths)
{
    m_warnings.clear();
    const QStringList files = collectFiles(paths);

    // Read and check everything first: nothing is written unless every file is good.
    QList<PendingArticle> pending;
    QHash<QString, QString> fileBySlug;
    for (const QString &file : files) {
        PendingArticle article = readArticle(file, m_store);
        const QString &slug = article.parsed.article.slug;
        if (fileBySlug.contains(slug)) {
            throw ArticleFileError(file, 0, QCoreApplication::translate("Import", "slug '%1' is also used by %2").arg(slug, fileBySlug.value(slug)));
        }
        fileBySlug.insert(slug, file);
        m_warnings += article.parsed.warnings;
        pending.append(std::move(article));
    }

    QList<ImportOutcome> outcomes;
    Transaction transaction(m_store.database());
    for (PendingArticle &item : pending) {
        Article &article = item.parsed.article;
        if (item.image)
            article.teaserAsset = m_store.assets().put(item.image->bytes, item.image->mime, item.image->originalName);

        if (article.role.isEmpty() && !article.author.isEmpty())
            article.role = m_store.authors().roleOf(article.author); // the role belongs to the author

        const std::optional<Article> existing = m_store.articles().findBySlug(article.slug);
        ImportOutcome outcome{ImportOutcome::Kind::Imported, article.slug, item.file};
        if (existing) {
            article.id = existing->id;
            article.uuid = existing->uuid;
            article.created = existing->created;
            if (ArticleFile::write(*existing) == ArticleFile::write(article)) {
                outcomes.append({ImportOutcome::Kind::Unchanged, article.slug, item.file});
                continue;
            }
            // The state before the import is kept, unless the last revision already holds it.
            const QList<Revision> revisions = m_store.revisions().forArticle(existing->id);
            if (revisions.isEmpty() || revisions.last().snapshot.toUtf8() != ArticleFile::write(*existing))
                m_store.revisions().add(*existing, QStringLiteral("before_import"));
            outcome.kind = ImportOutcome::Kind::Updated;
        }
        m_store.articles().save(article);
        if (existing && existing->status != article.status)
            Workflow::recordStatusChange(m_store, article, existing->status, QStringLiteral("import"));
        // The imported state is a revision of its own (README: revisions are taken on import),
        // with the status the article came in with.
        // A status change already took a revision of this state (named after the status).
        const bool statusRecorded = existing && existing->status != article.status;
        if (const std::optional<Article> imported = m_store.articles().findById(article.id); imported && !statusRecorded)
            m_store.revisions().add(*imported, QStringLiteral("import"));
        if (existing && ArticleFile::write(*existing) != ArticleFile::write(article))
            m_store.annotations().reanchorAll(article); // review threads follow the new text
        outcomes.append(outcome);
    }

    // Related slugs may point at articles imported later in the same command, so they are
    // checked only once everything is in.
    for (const PendingArticle &item : std::as_const(pending)) {
        for (const QString &slug : item.parsed.article.related) {
            if (!m_store.articles().findBySlug(slug)) {
                m_warnings.append(QStringLiteral("%1: %2").arg(item.file,
                    QCoreApplication::translate("Import", "related article '%1' is not in the store").arg(slug)));
            }
        }
    }
    transaction.commit();
    return outcomes;
}

} // namespace feder
