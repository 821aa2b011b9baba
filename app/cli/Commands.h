#pragma once

#include <QStringList>

// One function per subcommand; each receives the arguments starting at its own name.
namespace feder::cli {

int runImport(const QStringList &arguments);
int runList(const QStringList &arguments);
int runShow(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runExportSite(const QStringList &arguments);
int runSpellcheck(const QStringList &arguments);
int runStyle(const QStringList &arguments);
int runDictionary(const QStringList &arguments);
int runComments(const QStringList &arguments);
int runReviewExport(const QStringList &arguments);
int runReviewImport(const QStringList &arguments);
int runInit(const QStringList &arguments);
int runBackup(const QStringList &arguments);
int runRestore(const QStringList &arguments);
int runCheckStore(const QStringList &arguments);

} // namespace feder::cli
