#pragma once

#include "SpellTokenizer.h"

#include <QList>
#include <QStringList>
#include <stop_token>

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

// Suggestions cost a hundred times more than the check itself: a full check asks for none,
// the command line for the first of each, a menu for all of one word.
enum class Suggestions { None, First, All };

// A stop request (a newer check replaces this one, the application quits) ends the check at the
// next word; the findings up to there are returned and meant to be thrown away.
QList<SpellFinding> check(const SpellChecker &checker, const QString &text, const QList<SpellToken> &tokens,
                          Suggestions suggestions = Suggestions::None, std::stop_token stop = {});

QList<SpellFinding> checkMarkdown(const SpellChecker &checker, const QString &body,
                                  Suggestions suggestions = Suggestions::None, std::stop_token stop = {});

// The words of a text, to rank suggestions the text already uses.
QSet<QString> wordsOf(const QList<SpellToken> &tokens);

// Names and words from an article's own metadata (author, role, category; title words that the
// text also uses): accepted in that article.
QSet<QString> namesFromMetadata(const Article &article);

} // namespace SpellDocument

} // namespace feder
