#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace feder {
class Store;
class StoreLock;
}

namespace feder::cli {

enum ExitCode { Success = 0, Findings = 1, Failure = 2 };

// What every subcommand needs: its parsed options, the output streams and the store.
class CommandContext
{
public:
    CommandContext(QString command, QString summary);
    ~CommandContext();

    QCommandLineParser &parser() { return m_parser; }
    void addStoreOption();
    void addJsonOption();

    // Parses arguments (starting at the subcommand). Returns false after printing help or an error.
    bool parse(const QStringList &arguments, int *exitCode);

    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QString storePath() const;
    // Store::Access, kept as int to keep Store.h out of this header. Writing access first takes
    // the store's lock (waiting StoreLock::commandWaitMs() for the GUI or another command).
    Store &openStore(int access);
    // Takes the store's lock without opening it (restore replaces the file).
    void lockStore();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    int fail(const QString &message); // prints to stderr, returns Failure

private:
    QString m_command;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<StoreLock> m_lock;
    std::unique_ptr<Store> m_store;
    bool m_hasStoreOption = false;
};

} // namespace feder::cli
