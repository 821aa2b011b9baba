#pragma once

#include "check/Checklist.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace feder {

class Store;

// Exports articles as bundles, after the checklist: blocking items stop the export (with the
// list of reasons) unless it is forced.
class Exporter
{
public:
    struct Options
    {
        bool zip = false;
        bool force = false;       // replace existing exports and export despite blocking items
    };
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
    void requireChecklist(const Article &article, bool force);

    Store &m_store;
};

} // namespace feder
