#pragma once

#include <QList>
#include <QString>

namespace feder {

// A word to check, located in the text it came from (UTF-16 offsets).
struct SpellToken
{
    int start = 0;
    int length = 0;
    QString text;         // may contain hyphens (E-Mail-Adresse), gender marks (Bürger*innen), a final "-"
    QString sharedTail;   // for a final "-" (Ergänzungsstrich): the compound it shares its end with
};

// Finds the words worth checking. Markdown-aware: the text nodes of the cmark-gfm tree only,
// so code spans and blocks, raw HTML, link targets, autolinks and container markers are never
// checked, while headings, link text, table cells and image alt text are. Within text it skips
// URLs, e-mail addresses, hashtags, @mentions, numbers and units.
namespace SpellTokenizer {

QList<SpellToken> markdown(const QString &body);
// Plain prose (front-matter fields): the same word rules, no Markdown.
QList<SpellToken> plain(const QString &text, int offset = 0);

} // namespace SpellTokenizer

} // namespace feder
