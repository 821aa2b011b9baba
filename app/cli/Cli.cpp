#include "Cli.h"

#include "CommandContext.h"
#include "Commands.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <functional>
#include <map>

namespace feder::cli {

namespace {

struct CommandEntry
{
    const char *usage;
    std::function<int(const QStringList &)> run;
};

const std::map<QString, CommandEntry> &commands()
{
    static const std::map<QString, CommandEntry> table = {
        {QStringLiteral("import"), {"import   --store FILE PATH...      import .md files or folders", runImport}},
        {QStringLiteral("list"), {"list     --store FILE [--json]     list the articles", runList}},
        {QStringLiteral("show"), {"show     --store FILE SLUG         print an article as Markdown with front matter", runShow}},
        {QStringLiteral("spellcheck"), {"spellcheck [--lang L] [--json] [--store FILE] PATH...   German spellcheck (exit 1: findings)", runSpellcheck}},
        {QStringLiteral("style"), {"style    [--json] [--store FILE] PATH...   German typography: quotes, dashes, non-breaking spaces (exit 1: findings)", runStyle}},
        {QStringLiteral("dictionary"), {"dictionary --store FILE list|add|remove|import|export [WORD...|FILE]   personal dictionary", runDictionary}},
        {QStringLiteral("comments"), {"comments [add|reply|resolve|reopen] --store FILE SLUG [ID] [--json] [--all] ...   review threads", runComments}},
        {QStringLiteral("review-export"), {"review-export --store FILE SLUG --out FILE.federreview   article + review threads", runReviewExport}},
        {QStringLiteral("review-import"), {"review-import --store FILE FILE.federreview   merge threads and replies by UUID", runReviewImport}},
        {QStringLiteral("check"), {"check    --store FILE [--json] SLUG   the pre-export checklist (exit 1: blocking items)", runCheck}},
        {QStringLiteral("export"), {"export   --store FILE --out DIR [--zip] [--replace] [--ignore-checklist] SLUG...   HTML bundles", runExport}},
        {QStringLiteral("init"), {"init     --store FILE              create an empty store (also in an existing empty file)", runInit}},
        {QStringLiteral("backup"), {"backup   --store FILE --out FILE [--force]   copy the store (safe while Feder is open)", runBackup}},
        {QStringLiteral("restore"), {"restore  --store FILE --from FILE  replace the store by a backup (the old file is kept)", runRestore}},
        {QStringLiteral("check-store"), {"check-store --store FILE          SQLite integrity_check (exit 1: damaged)", runCheckStore}},
        {QStringLiteral("export-site"), {"export-site --store FILE --out DIR [--status S] [--replace] [--ignore-checklist]   all articles + index", runExportSite}},
    };
    return table;
}

void printHelp(QTextStream &out)
{
    out << "Usage: feder [--store FILE]            open the editor\n"
           "       feder [--store FILE] FILE.md...  import Markdown files into the store and open the last one\n"
           "       feder COMMAND [OPTIONS]          run a command (feder COMMAND --help for its options)\n\n"
           "Commands:\n";
    for (const auto &[name, entry] : commands())
        out << "  " << entry.usage << '\n';
    // Runs in the GUI layer (it needs the web engine), listed here so that help is complete.
    out << "  snapshot --store FILE SLUG --png FILE [--width PX]   the preview rendered off-screen to a PNG\n";
    out << "\nOptions:\n"
           "  --store FILE   the store (default: $FEDER_STORE, else the app data folder)\n"
           "  --help         this text\n"
           "  --version      the version\n";
}

} // namespace

bool isCommand(const QString &name)
{
    return commands().count(name) > 0 || name == QLatin1String("--help") || name == QLatin1String("-h")
           || name == QLatin1String("--version") || name == QLatin1String("-v");
}

int commandIndex(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == QLatin1String("--store") || word == QLatin1String("-store")) {
            ++i; // skip its value
            continue;
        }
        if (word.startsWith(QLatin1String("--store=")))
            continue;
        return i;
    }
    return -1;
}

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString help = parser.helpText();
    const QString usage = QStringLiteral("Usage: ");
    if (!help.startsWith(usage))
        return help;
    // The program as QCommandLineParser printed it: the application's first argument.
    const QStringList programArguments = QCoreApplication::arguments();
    const QString program = programArguments.isEmpty() ? QString() : programArguments.constFirst();
    qsizetype end = usage.size();
    if (!program.isEmpty() && QStringView(help).mid(end).startsWith(program))
        end += program.size();
    else
        end = help.indexOf(QLatin1Char(' '), usage.size()); // one word
    if (end < 0)
        return help;
    return usage + QStringLiteral("feder ") + command + help.mid(end);
}

QString commandName(const QStringList &arguments)
{
    const int index = commandIndex(arguments);
    return index < 0 ? QString() : arguments.at(index);
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString name = commandName(arguments);
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out << "feder " << FEDER_VERSION_STRING << '\n';
        return Success;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        printHelp(out);
        return Success;
    }
    const auto found = commands().find(name);
    if (found == commands().end()) {
        err << "feder: unknown command '" << name << "'\n";
        printHelp(err);
        return Failure;
    }
    return found->second.run(commandArguments(arguments));
}

QStringList commandArguments(const QStringList &arguments)
{
    // The subcommand sees its own name first, then every other argument (--store may come before it).
    const int index = commandIndex(arguments);
    QStringList rest = arguments;
    if (index < 0)
        return rest;
    rest.removeAt(index);
    rest.first() = arguments.at(index);
    return rest;
}

} // namespace feder::cli
