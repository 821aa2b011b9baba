#pragma once

#include <QByteArray>
#include <QDateTime>
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

Bundle build(Store &store, const Article &article);

// "assets/<first 16 hex of the sha256>.<ext>"
QString assetPath(const QString &sha256, const QString &mime);

} // namespace BundleBuilder

} // namespace feder
