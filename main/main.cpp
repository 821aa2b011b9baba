// The feder executable: a command-line tool when the first word is a command, the editor otherwise.
#include "GuiEntry.h"
#include "Version.h"
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QStringList>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const QString command = feder::cli::commandName(arguments);
    if (command.isEmpty() || feder::ui::isGuiCommand(command))
        return feder::ui::run(argc, argv);

    // Commands need no display: a QCoreApplication keeps them usable over SSH and in CI.
    QCoreApplication app(argc, argv);
    // The same identity as the window, so commands read the same settings (the name given in
    // Feder signs `feder comments` as it signs the GUI's comments: CurrentUser).
    feder::ui::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(FEDER_VERSION_STRING));
    feder::ui::installChecklistTranslation(app); // `feder check` prints the German checklist
    return feder::cli::run(QCoreApplication::arguments());
}
