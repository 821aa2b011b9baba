#pragma once

#include <QStringList>

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

} // namespace feder::cli
