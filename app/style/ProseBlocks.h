#pragma once

#include <QList>
#include <QString>

namespace feder {

// Where one character of a prose block's visible text comes from in the Markdown source
// (UTF-16 offsets, end exclusive). `clean` says that replacing source[start, end) by what the
// character stands for changes nothing else: a plain character, an escape ("\"") or an entity
// ("&nbsp;"), or a soft line break whose source is whitespace only. Code spans, autolinks, raw
// HTML and images are one placeholder character (U+FFFC) that is never clean.
struct ProseSource
{
    int start = 0;
    int end = 0;
    bool clean = false;
};

// The visible prose of one leaf block (paragraph, heading, table cell) as a reader sees it:
// emphasis markers, link targets, list and quote markers are gone, a soft line break is one space.
struct ProseBlock
{
    QString text;
    QList<ProseSource> source; // one per character of `text`

    // The source range of text[from, to) if every character in it is clean and the characters
    // follow each other in the source without markup between them; else {-1, -1}.
    std::pair<int, int> sourceRange(int from, int to) const;
};

namespace ProseBlocks {

constexpr QChar kPlaceholder = QChar(0xFFFC);

// The prose blocks of a Markdown body (no front matter), in order. Uses cmark-gfm's tree, so
// code blocks and spans, raw HTML, link targets, autolinks and `:::` container lines never
// appear as prose.
QList<ProseBlock> of(const QString &markdown);

} // namespace ProseBlocks

} // namespace feder
