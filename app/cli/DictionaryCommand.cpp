#include "CommandContext.h"
#include "Commands.h"

#include "services/DictionaryService.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>

namespace feder::cli {

// feder dictionary list|add|remove|import|export --store FILE [WORD...|FILE]
int runDictionary(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("dictionary"),
        QCoreApplication::translate("Cli", "The personal dictionary: list, add WORD..., remove WORD..., import FILE, export FILE."));
    context.addStoreOption();
    context.parser().addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("list | add | remove | import | export"));
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    const QStringList rest = context.parser().positionalArguments();
    const QString action = rest.value(0, QStringLiteral("list"));
    const QStringList values = rest.mid(1);
    try {
        if (action == QLatin1String("list")) {
            Store &store = context.openStore(int(Store::Access::Read));
            for (const QString &word : store.dictionary().words())
                context.out() << word << '\n';
            return Success;
        }
        if (action == QLatin1String("export")) {
            Store &store = context.openStore(int(Store::Access::Read));
            const QString text = store.dictionary().exportWords();
            if (values.isEmpty()) {
                context.out() << text;
                return Success;
            }
            QFile out(values.first());
            if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0)
                return context.fail(QStringLiteral("%1: %2").arg(values.first(), out.errorString()));
            return Success;
        }
        if (action != QLatin1String("add") && action != QLatin1String("remove") && action != QLatin1String("import"))
            return context.fail(QCoreApplication::translate("Cli", "feder dictionary: unknown action '%1'").arg(action));
        if (values.isEmpty())
            return context.fail(QCoreApplication::translate("Cli", "feder dictionary %1: name at least one word or file").arg(action));
        Store &store = context.openStore(int(Store::Access::Create));
        DictionaryService dictionary(store);
        if (action == QLatin1String("import")) {
            for (const QString &path : values) {
                QFile in(path);
                if (!in.open(QIODevice::ReadOnly))
                    return context.fail(QStringLiteral("%1: %2").arg(path, in.errorString()));
                const Result<int> imported = dictionary.importWords(QString::fromUtf8(in.readAll()));
                if (!imported.ok())
                    return context.fail(imported.message());
                context.out() << "imported " << imported.value << " words\n";
            }
            return Success;
        }
        const Outcome done = action == QLatin1String("add") ? dictionary.addWords(values) : dictionary.removeWords(values);
        return done ? Success : context.fail(done.message);
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

} // namespace feder::cli
