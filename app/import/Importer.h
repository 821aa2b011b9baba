#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace feder {

class Store;

struct ImportOutcome
{
    enum class Kind { Imported, Updated, Unchanged };
    Kind kind;
    QString slug;
    QString file;
};

// Imports Markdown article files (and folders of them) into a store. Every file is read and
// checked before anything is written, and everything is written in one transaction: a folder
// with one bad file imports nothing, and the error names that file.
class Importer
{
public:
    explicit Importer(Store &store) : m_store(store) {}

    // Throws ArticleFileError (names file and line) or StoreError.
    QList<ImportOutcome> importPaths(const QStringList &paths);

    // "file:line: …" notes that did not stop the import (unknown keys kept, related slugs missing).
    const QStringList &warnings() const { return m_warnings; }

    // The .md/.markdown files a path stands for, folders searched recursively, in a stable order.
    static QStringList collectFiles(const QStringList &paths);

private:
    Store &m_store;
    QStringList m_warnings;
};

} // namespace feder
