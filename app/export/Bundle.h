#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <map>

namespace feder {

class Store;
struct Article;

// A finished export of one article, in memory: relative path → bytes, in a stable order.
// Nothing in it depends on the clock: times come from the article's last change.
struct Bundle
{
    QString name;                             // the folder name (a safe file name)
    std::map<QString, QByteArray> files;      // "index.html", "assets/….png", …
    QDateTime timestamp;                      // the article's last change, for file and zip times
};

// Builds the bundle of DESIGN.md: index.html (the preview's template and renderer, standalone),
// style.css, assets/ (every image the page uses, content-hashed names), article.json and
// teaser.html.
namespace BundleBuilder {

constexpr int kFormatVersion = 1;

// siblingFolders: the other bundles written beside this one (slug → folder name), as in a site
// export. Related teasers whose article is among them link to it ("../folder/index.html");
// the others stay plain text, since their page is not part of the export.
Bundle build(Store &store, const Article &article, const QHash<QString, QString> &siblingFolders = {});

// "assets/<first 16 hex of the sha256>.<ext>"
QString assetPath(const QString &sha256, const QString &mime);

} // namespace BundleBuilder

} // namespace feder
