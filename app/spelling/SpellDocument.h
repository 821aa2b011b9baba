#pragma once

#include "SpellTokenizer.h"

#include <QList>
#include <QStringList>

namespace feder {

class SpellChecker;
struct Article;

struct SpellFinding
{
    int start = 0;       // UTF-16 offset in the checked text
    int length = 0;
    QString word;
    QStringList suggestions;
};

// Checks a whole text token by token, with what needs context: a run of two or more English
// words ("Machine Learning", "Iceland runs on Trust") is an English phrase and accepted, a lone
// English spelling ("die Platform") is not; a word with a final hyphen is checked against the
// compound it shares its end with; suggestions prefer words the text uses elsewhere.
namespace SpellDocument {

QList<SpellFinding> check(const SpellChecker &checker, const QString &text, const QList<SpellToken> &tokens,
                          bool withSuggestions = true);

QList<SpellFinding> checkMarkdown(const SpellChecker &checker, const QString &body, bool withSuggestions = true);

// Names and words from an article's own metadata (author, role, category; title words that the
// text also uses): accepted in that article.
QSet<QString> namesFromMetadata(const Article &article);

} // namespace SpellDocument

} // namespace feder
