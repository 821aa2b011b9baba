// The library with 10,000 articles: time until the list is shown, and a full-text search.
// Baselines in the same run: loading every full article (with bodies), and a LIKE scan.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_library
#include "BenchText.h"
#include "GuiTestMain.h"
#include "library/ArticleFilterModel.h"
#include "library/ArticleListModel.h"
#include "library/LibraryPanel.h"
#include "session/EditSession.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>

using namespace feder;
using namespace feder::ui;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void print(const char *name, double value, const char *unit)
{
    std::printf("bench %s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace

class BenchLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void library()
    {
        constexpr int kArticles = 10000;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        {
            auto store = Store::open(path, Store::Access::Create);
            static const QStringList categories = {QStringLiteral("Bildungswesen"), QStringLiteral("Einzelhandel"),
                QStringLiteral("Fertigung"), QStringLiteral("Finanzen & Versicherung"), QStringLiteral("Gesundheitswesen"),
                QStringLiteral("Öffentliche Verwaltung")};
            static const QStringList topics = {QStringLiteral("Cloud"), QStringLiteral("Datenschutz"), QStringLiteral("Bürgerämter"),
                QStringLiteral("Straßenbau"), QStringLiteral("Künstliche Intelligenz"), QStringLiteral("Lieferketten"),
                QStringLiteral("Krankenhäuser"), QStringLiteral("Schulen")};
            const QString body = bench::germanArticle(400);
            Transaction t(store->database());
            for (int i = 0; i < kArticles; ++i) {
                Article a;
                a.slug = QStringLiteral("artikel-%1").arg(i);
                a.title = QStringLiteral("%1 im Wandel, Teil %2").arg(topics.at(i % topics.size())).arg(i);
                a.author = QStringLiteral("Autorin %1").arg(i % 40);
                a.category = categories.at(i % categories.size());
                a.status = ArticleVocabulary::statuses().at(i % 5);
                a.excerpt = QStringLiteral("Was %1 für Menschen in Stadt und Land bedeutet […]").arg(topics.at((i + 3) % topics.size()));
                a.body = body + QStringLiteral("\n\nKennziffer %1.\n").arg(i);
                store->articles().save(a);
            }
            t.commit();
        }
        auto store = Store::open(path, Store::Access::Write);

        QList<double> shown;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            EditSession session(*store);
            LibraryPanel panel(*store, session);
            panel.resize(400, 800);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QCOMPARE(panel.view().model()->rowCount(), kArticles);
            shown.append(double(timer.nsecsElapsed()) / 1e6);
        }
        print("library_show_10000_median_ms", median(shown), "ms");

        QList<double> naive;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(store->articles().all().size(), kArticles);
            naive.append(double(timer.nsecsElapsed()) / 1e6);
        }
        print("baseline_load_full_articles_10000_median_ms", median(naive), "ms");
        QList<double> summaries;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(store->articles().summaries().size(), kArticles);
            summaries.append(double(timer.nsecsElapsed()) / 1e6);
        }
        print("load_summaries_10000_median_ms", median(summaries), "ms");

        QList<double> searches;
        int hits = 0;
        for (const QString &query : {QStringLiteral("strassenbau"), QStringLiteral("Bürgerämter"), QStringLiteral("kuenstl intell"),
                                     QStringLiteral("datenschutz teil 99"), QStringLiteral("kennziffer 4711"), QStringLiteral("schul")}) {
            QElapsedTimer timer;
            timer.start();
            hits += int(store->articles().search(query).size());
            searches.append(double(timer.nsecsElapsed()) / 1e6);
        }
        print("search_10000_median_ms", median(searches), "ms");
        QVERIFY(hits > 0);

        QList<double> likes;
        for (const char *pattern : {"%Straßenbau%", "%Bürgerämter%", "%Kennziffer 4711%"}) {
            QElapsedTimer timer;
            timer.start();
            Statement like(store->database(), "SELECT id FROM articles WHERE title LIKE ?1 OR excerpt LIKE ?1 OR body_md LIKE ?1");
            like.bind(1, QString::fromUtf8(pattern));
            while (like.step()) {
            }
            likes.append(double(timer.nsecsElapsed()) / 1e6);
        }
        print("baseline_like_scan_10000_median_ms", median(likes), "ms");

        // Search as the user sees it: typing into the panel until the filtered list is there.
        EditSession session(*store);
        LibraryPanel panel(*store, session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QList<double> typed;
        for (const QString &query : {QStringLiteral("krankenh"), QStringLiteral("lieferkette"), QStringLiteral("cloud teil 12")}) {
            panel.searchField().clear();
            QVERIFY(QTest::qWaitFor([&] { return !panel.proxy().isSearchActive(); }, 5000));
            QElapsedTimer timer;
            timer.start();
            panel.searchField().setText(query);
            QVERIFY(QTest::qWaitFor([&] { return panel.proxy().isSearchActive(); }, 5000));
            typed.append(double(timer.nsecsElapsed()) / 1e6);
        }
        print("library_search_as_you_type_incl_120ms_pause_median_ms", median(typed), "ms");
    }
};

FEDER_GUI_TEST_MAIN(BenchLibrary)
#include "bench_library.moc"
