#pragma once

#include "check/Checklist.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace feder {

class Store;

// Exports articles as bundles, after the checklist: blocking items stop the export (with the
// list of reasons) unless the checklist is explicitly ignored.
class Exporter
{
public:
    struct Options
    {
        bool zip = false;
        bool replaceExisting = false;   // an existing bundle or site folder is replaced
        bool ignoreChecklist = false;   // blocking checklist items do not stop the export
    };
    // One blocking checklist item of one article: what stops an export (the preflight).
    struct Blocker
    {
        Article article;
        CheckItem item;
    };
    // The preflight every export runs, the GUI's confirmation and the CLI's refusal alike.
    // Only blocking items count, so it skips the (comparatively slow) full spellcheck.
    static QList<Blocker> blockers(Store &store, const QList<Article> &articles);
    // Called after each article of a site export; returns false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    explicit Exporter(Store &store) : m_store(store) {}

    // Returns the paths written. Throws ExportError (with every blocking reason) or StoreError.
    QStringList exportArticles(const QStringList &slugs, const QString &outDir, const Options &options);

    // Every article (or those with `status`) as a bundle, plus index.html with their teasers
    // grouped by category. Built beside outDir and swapped in at the end.
    QString exportSite(const QString &outDir, const QString &status, const Options &options,
                       const Progress &progress = {});

private:
    void requireChecklist(const QList<Article> &articles, const Options &options);

    Store &m_store;
};

} // namespace feder
