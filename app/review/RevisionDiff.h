#pragma once

#include "model/Article.h"

#include <QList>
#include <QString>

namespace feder {

// Comparing two states of an article: the body word by word (dtl, a diff library; whitespace and
// punctuation are their own tokens, so a changed word inside a compound-rich German sentence
// shows as that word), the metadata field by field.
namespace RevisionDiff {

struct Segment
{
    enum class Kind { Same, Added, Removed };
    Kind kind;
    QString text;
};

struct FieldChange
{
    QString field;
    QString before;
    QString after;
};

QList<Segment> words(const QString &before, const QString &after);
// `field` is the key of the article file format (title, teaser_image, related, …); the teaser
// image is compared by the sha256 of its bytes.
QList<FieldChange> fields(const Article &before, const Article &after);
// Nothing differs: no field and not a character of the body.
bool identical(const Article &before, const Article &after);
// The article a revision holds, with its teaser image resolved like the store's (a snapshot
// names the image as "asset:SHA256"; compared raw, an unchanged image looks changed).
// Throws ArticleFileError for a damaged snapshot.
Article snapshotArticle(const QString &snapshot);
// The word diff as HTML (removed struck through in red, added underlined in green), for viewing.
QString toHtml(const QList<Segment> &segments);

} // namespace RevisionDiff

} // namespace feder
