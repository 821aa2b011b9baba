#include "DemoSeeder.h"

#include "import/Importer.h"
#include "store/Store.h"

#include <QString>

namespace feder::DemoSeeder {

namespace {
const QString kMainSlug = QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen");
const QString kCommentedPhrase = QStringLiteral("in wenigen Wochen");
}

void seed(Store &store)
{
    Importer importer(store);
    importer.importPaths({QStringLiteral(":/demo")});

    const std::optional<Article> main = store.articles().findBySlug(kMainSlug);
    if (!main)
        return;
    const int start = int(main->body.indexOf(kCommentedPhrase));
    if (start < 0)
        return;
    Transaction transaction(store.database());
    store.settings().setValue(QStringLiteral("ui.last_article"), kMainSlug); // the editor opens on it
    store.annotations().addThread(main->id, main->body, start, start + int(kCommentedPhrase.size()),
                                  QStringLiteral("Jonas Petersen"),
                                  QStringLiteral("Können wir das belegen? Bitte Quelle oder konkrete Zahl ergänzen."));
    transaction.commit();
}

} // namespace feder::DemoSeeder
