#pragma once

#include "article/ArticleFile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace feder::cli {

// A Markdown file as the checking commands (spellcheck, style) read it: with front matter
// parsed, or plain Markdown whose whole text is the body. Throws ArticleFileError.
struct MarkdownSource
{
    ParsedArticleFile parsed;   // parsed.bodyLine: the file line the body starts on
    QStringList fileLines;      // the file's lines, for front-matter positions

    static MarkdownSource read(const QString &path);

    // The 1-based file line and column (in Unicode code points) of a body offset.
    std::pair<int, int> locateInBody(int offset) const;

    // Code points in `text` (a surrogate pair counts once): columns as editors count them.
    static int codePoints(QStringView text);

private:
    QList<int> m_bodyLineStarts;
};

} // namespace feder::cli
