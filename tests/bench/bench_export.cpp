// Site export of 100 and 1,000 articles with images. Baseline in the same run: writing the same
// files' bytes with plain QFile (the I/O floor). Run: build/tests/bench/bench_export
#include "BenchText.h"
#include "export/Exporter.h"
#include "store/Store.h"

#include <QBuffer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace feder;

namespace {

QByteArray teaserImage(int seed)
{
    QImage image(600, 315, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(seed * 37 % 360, 120, 200));
    for (int y = 100; y < 200; ++y)
        for (int x = 300 + seed % 100; x < 400 + seed % 100; ++x)
            image.setPixel(x, y, qRgb(250, 210, 90));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void fill(Store &store, int count)
{
    static const QStringList categories = {QStringLiteral("Bildungswesen"), QStringLiteral("Einzelhandel"),
        QStringLiteral("Fertigung"), QStringLiteral("Finanzen & Versicherung"), QStringLiteral("Gesundheitswesen"),
        QStringLiteral("Öffentliche Verwaltung")};
    const QString body = bench::germanArticle(900);
    Transaction t(store.database());
    for (int i = 0; i < count; ++i) {
        Article a;
        a.slug = QStringLiteral("artikel-%1").arg(i);
        a.title = QStringLiteral("Artikel %1: Was wir gelernt haben").arg(i);
        a.author = QStringLiteral("Autorin %1").arg(i % 12);
        a.role = QStringLiteral("Redaktion");
        a.category = categories.at(i % categories.size());
        a.status = QStringLiteral("published");
        a.excerpt = QStringLiteral("Ein Anreißer für Artikel %1, der neugierig machen soll […]").arg(i);
        a.teaserAsset = store.assets().put(teaserImage(i % 300), QStringLiteral("image/png"), QStringLiteral("bild.png"));
        a.teaserAlt = QStringLiteral("Ein farbiges Bild zu Artikel %1").arg(i);
        a.related = {QStringLiteral("artikel-%1").arg((i + 1) % count), QStringLiteral("artikel-%1").arg((i + 7) % count),
                     QStringLiteral("artikel-%1").arg((i + 13) % count)};
        a.body = body;
        store.articles().save(a);
    }
    t.commit();
}

void print(const QString &name, double value, const char *unit)
{
    std::printf("bench %s %.2f %s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

} // namespace

class BenchExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void siteExport()
    {
        double perArticle100 = 0;
        for (const int count : {100, 1000}) {
            QTemporaryDir dir;
            auto store = Store::open(dir.filePath(QStringLiteral("b.sqlite")), Store::Access::Create);
            fill(*store, count);
            QElapsedTimer timer;
            timer.start();
            Exporter(*store).exportSite(dir.filePath(QStringLiteral("site")), {}, {});
            const double seconds = double(timer.nsecsElapsed()) / 1e9;

            // Baseline: the same files, bytes only.
            qint64 bytes = 0;
            QList<QPair<QString, QByteArray>> files;
            QDirIterator it(dir.filePath(QStringLiteral("site")), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                f.open(QIODevice::ReadOnly);
                files.append({it.filePath().mid(dir.path().size()), f.readAll()});
                bytes += files.last().second.size();
            }
            timer.restart();
            for (const auto &[path, data] : std::as_const(files)) {
                const QString target = dir.filePath(QStringLiteral("copy")) + path;
                QDir().mkpath(QFileInfo(target).absolutePath());
                QFile out(target);
                out.open(QIODevice::WriteOnly);
                out.write(data);
            }
            const double baseline = double(timer.nsecsElapsed()) / 1e9;
            print(QStringLiteral("export_site_s_%1").arg(count), seconds, "s");
            print(QStringLiteral("baseline_plain_write_s_%1").arg(count), baseline, "s");
            print(QStringLiteral("export_site_files_%1").arg(count), double(files.size()), "files");
            print(QStringLiteral("export_site_mb_%1").arg(count), double(bytes) / 1e6, "MB");
            const double perArticle = seconds * 1000.0 / count;
            print(QStringLiteral("export_site_ms_per_article_%1").arg(count), perArticle, "ms");
            if (count == 100)
                perArticle100 = perArticle;
            else
                print(QStringLiteral("export_site_growth_per_article_1000_vs_100"), perArticle / perArticle100, "x");
        }
    }
};

QTEST_GUILESS_MAIN(BenchExport)
#include "bench_export.moc"
