// Commands that look after the store file itself: init, backup, restore, check-store.
#include "CommandContext.h"
#include "Commands.h"

#include "store/Backup.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace feder::cli {

int runInit(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("init"),
        QCoreApplication::translate("Cli", "Create an empty store (also in an existing empty file)."));
    context.addStoreOption();
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    try {
        const bool existed = QFileInfo(context.storePath()).size() > 0;
        context.openStore(int(Store::Access::Init));
        context.out() << (existed ? "store exists " : "created ") << context.storePath() << '\n';
        return Success;
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

int runBackup(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("backup"),
        QCoreApplication::translate("Cli", "Copy the store with SQLite's online backup (safe while Feder is open)."));
    context.addStoreOption();
    context.parser().addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The backup file to write."), QStringLiteral("FILE")});
    context.parser().addOption({QStringLiteral("force"), QCoreApplication::translate("Cli", "Replace an existing backup file.")});
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    const QString out = context.parser().value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.fail(QCoreApplication::translate("Cli", "feder backup: --out FILE is required"));
    if (QFileInfo(out).exists() && !context.parser().isSet(QStringLiteral("force")))
        return context.fail(QCoreApplication::translate("Cli", "%1 exists already; use --force to replace it").arg(out));
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(context.storePath()).absoluteFilePath())
        return context.fail(QCoreApplication::translate("Cli", "feder backup: --out must not be the store itself"));
    try {
        Store &store = context.openStore(int(Store::Access::Read));
        Backup::copyTo(store.database(), out);
        context.out() << "backed up " << context.storePath() << " to " << out << '\n';
        return Success;
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

int runRestore(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("restore"),
        QCoreApplication::translate("Cli", "Replace the store by a backup; the current file is kept beside it."));
    context.addStoreOption();
    context.parser().addOption({QStringLiteral("from"), QCoreApplication::translate("Cli", "The backup file."), QStringLiteral("FILE")});
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    const QString from = context.parser().value(QStringLiteral("from"));
    if (from.isEmpty())
        return context.fail(QCoreApplication::translate("Cli", "feder restore: --from FILE is required"));
    try {
        context.lockStore();
        const QString keptAs = Backup::restoreFile(context.storePath(), from);
        context.out() << "restored " << context.storePath() << " from " << from << '\n';
        if (!keptAs.isEmpty())
            context.out() << "the previous store is kept as " << keptAs << '\n';
        return Success;
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

int runCheckStore(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("check-store"),
        QCoreApplication::translate("Cli", "Run SQLite's integrity_check on the store (exit 1: damaged)."));
    context.addStoreOption();
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    try {
        const QStringList findings = Store::integrityCheck(context.storePath());
        for (const QString &finding : findings)
            context.out() << finding << '\n';
        return findings == QStringList{QStringLiteral("ok")} ? Success : Findings;
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

} // namespace feder::cli
