#pragma once

#include "model/Article.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace feder {

// An article read from a Markdown file with YAML front matter, before the store has seen it.
struct ParsedArticleFile
{
    Article article;          // teaserAsset is still empty: the image is resolved by the importer
    QString teaserImage;      // as written: a path relative to the file, or "asset:SHA256"
    int teaserImageLine = 0;
    QStringList warnings;     // "file:line: message", e.g. unknown keys that were kept
    QHash<QString, int> keyLines; // front-matter key → 1-based line in the file
    int bodyLine = 1;         // the file line where the body starts
};

// The article file format of DESIGN.md. Reading is strict (every error names file and line);
// writing is canonical, so write(read(write(a))) == write(a) byte for byte.
namespace ArticleFile {

// Throws ArticleFileError.
ParsedArticleFile parse(const QByteArray &bytes, const QString &fileName);

// The file as text (UTF-8 checked, BOM dropped, CRLF → LF), for tools that map positions back.
QString decode(const QByteArray &bytes, const QString &fileName);

// The canonical text of an article: front matter in a fixed key order, then the body.
QByteArray write(const Article &article);

// The reference an exported file uses for a teaser image that lives in the store.
QString assetReference(const QString &sha256);
// The sha256 named by an "asset:" reference, or an empty string for anything else.
QString sha256FromAssetReference(const QString &reference);

} // namespace ArticleFile

} // namespace feder
