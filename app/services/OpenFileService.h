#pragma once

#include "Outcome.h"

#include <QString>

namespace feder {

class Store;

// `feder FILE.md` and the launcher (Exec=feder %F): a Markdown file given to the editor is
// imported into the store it opens, and the window shows it. The file is the newer word: when
// the store already has the article (same slug), the file's text replaces it the way
// `feder import` does (the previous state stays a revision in Verlauf, comments are re-anchored;
// an identical file changes nothing), so opening the same file twice never makes duplicates.
// A file without front matter is a plain Markdown text: its first "# " heading (else its file
// name) becomes the title.
class OpenFileService
{
public:
    explicit OpenFileService(Store &store) : m_store(store) {}

    struct Opened
    {
        QString slug;
        bool created = false;   // a new article
        bool changed = false;   // an existing article took the file's text
    };

    // Whether a command-line word is meant as a file to open (an existing file, or a name with a
    // Markdown suffix), not a command.
    static bool looksLikeFile(const QString &argument);

    // Nothing is written when the file cannot be used; the message says why, in words for the user.
    Result<Opened> importFile(const QString &path);

private:
    Store &m_store;
};

} // namespace feder
