#pragma once

#include "article/Article.h"

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
QList<FieldChange> fields(const Article &before, const Article &after);
// The word diff as HTML (removed struck through in red, added underlined in green), for viewing.
QString toHtml(const QList<Segment> &segments);

} // namespace RevisionDiff

} // namespace feder
