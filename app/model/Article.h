#pragma once

#include "model/ArticleStatus.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace feder {

// One article with all of its metadata, as the store keeps it and the file format describes it.
struct Article
{
    qint64 id = 0;           // the store's row id; 0 while the article is not stored
    QString uuid;
    QString slug;
    QString title;
    QString author;          // the author's name; the role belongs to the author
    QString role;
    QString category;
    QString language = QStringLiteral("de-DE");
    QString status = statusName(ArticleStatus::Draft);   // stored form; see ArticleStatus.h
    QString excerpt;
    QString teaserAsset;     // sha256 of the teaser image in the store's assets; empty: none
    QString teaserAlt;
    QString seoTitle;
    QString seoDescription;
    QStringList related;     // slugs, in display order
    QString extraYaml;       // unknown front-matter keys, kept verbatim as a YAML mapping
    QString body;            // Markdown, LF line endings
    QDateTime created;
    QDateTime updated;
};

// The values the file format and the store accept.
namespace ArticleVocabulary {
const QStringList &statuses();   // draft, review, revision, approved, published
const QStringList &languages();  // de-DE, de-AT, de-CH, en-US
// The language's name for people ("German (Germany)"), translated; the code itself when unknown.
QString languageLabel(const QString &code);
}

} // namespace feder
