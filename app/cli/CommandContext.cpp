#include "CommandContext.h"

#include "Cli.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/StoreLock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

namespace feder::cli {

CommandContext::CommandContext(QString command, QString summary)
    : m_command(std::move(command)), m_out(stdout), m_err(stderr)
{
    m_parser.setApplicationDescription(summary);
    m_parser.addHelpOption();
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

CommandContext::~CommandContext() = default;

void CommandContext::addStoreOption()
{
    m_hasStoreOption = true;
    m_parser.addOption({QStringLiteral("store"),
                        QCoreApplication::translate("Cli", "The store file (default: $FEDER_STORE, else %1).")
                            .arg(Store::defaultPath()),
                        QStringLiteral("FILE")});
}

void CommandContext::addJsonOption()
{
    m_parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
}

bool CommandContext::parse(const QStringList &arguments, int *exitCode)
{
    // QCommandLineParser wants the program name first; arguments start at the subcommand.
    QStringList argv = arguments;
    argv.first() = QStringLiteral("feder ") + m_command;
    if (!m_parser.parse(argv)) {
        *exitCode = fail(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << helpText(m_parser, m_command);
        m_out.flush();
        *exitCode = Success;
        return false;
    }
    return true;
}

QString CommandContext::storePath() const
{
    return Store::resolvePath(m_hasStoreOption ? m_parser.value(QStringLiteral("store")) : QString());
}

Store &CommandContext::openStore(int access)
{
    if (Store::Access(access) != Store::Access::Read)
        lockStore();
    try {
        m_store = Store::open(storePath(), Store::Access(access));
    } catch (const StoreNeedsUpgrade &) {
        if (!Store::canWrite(storePath()))
            throw;
        // A reading command on a store from an older Feder: upgrade it once, as a writer would
        // (under the lock), then read.
        lockStore();
        Store::open(storePath(), Store::Access::Write);
        m_store = Store::open(storePath(), Store::Access(access));
    }
    return *m_store;
}

void CommandContext::lockStore()
{
    // A store nobody may write needs no lock, and the lock file could not be written beside it:
    // say what is wrong (read-only) instead of failing on the lock.
    if (QFileInfo::exists(storePath()) && !Store::canWrite(storePath()))
        throw StoreError(Database::readOnlyMessage(storePath()));
    if (!m_lock)
        m_lock = StoreLock::acquire(storePath(), StoreLock::commandWaitMs());
}

int CommandContext::fail(const QString &message)
{
    m_out.flush();
    m_err << message << Qt::endl;
    return Failure;
}

} // namespace feder::cli
