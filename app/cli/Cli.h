#pragma once

#include <QStringList>

class QCommandLineParser;

namespace feder::cli {

// The command-line face of the core. Each subcommand parses its own options, prints results to
// stdout and errors to stderr ("file:line: message" where a file is involved), and returns
// 0 on success, 1 for findings (spellcheck, check), 2 on error.
bool isCommand(const QString &name);
int run(const QStringList &arguments);

// The first positional word of the command line (skipping --store FILE), or empty; and its index
// (-1 when there is none).
QString commandName(const QStringList &arguments);
int commandIndex(const QStringList &arguments);
// What a subcommand parses: its name, then every other argument (the program name dropped).
QStringList commandArguments(const QStringList &arguments);

// A subcommand's --help text whose usage line names the command: "Usage: feder export [options] …"
// (QCommandLineParser would print the program's path and leave the command out).
QString helpText(const QCommandLineParser &parser, const QString &command);

} // namespace feder::cli
