#include "TestSupport.h"
#include "export/Bundle.h"
#include "export/BundleWriter.h"
#include "export/ExportError.h"
#include "export/Exporter.h"
#include "export/SafeFileName.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <zip.h>

using namespace feder;

namespace {

// Every file below root, relative path → bytes.
QMap<QString, QByteArray> readTree(const QString &root)
{
    QMap<QString, QByteArray> tree;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        tree.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return tree;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// No script, no event handler, no script URL anywhere in a tag.
void verifyInert(const QString &html)
{
    static const QRegularExpression forbidden(
        QStringLiteral("<\\s*(script|iframe|object|embed|form)\\b|<[^>]*\\son[a-z]+\\s*=|<[^>]*(javascript|vbscript):"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = forbidden.match(html);
    QVERIFY2(!match.hasMatch(), qPrintable(match.captured(0)));
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QString out(const QString &name) const { return m_dir->filePath(name); }
    static constexpr const char *kSlug = "warum-einzelhaendler-ihre-kassensysteme-in-die-cloud-verlegen";

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("e.sqlite")), Store::Access::Create);
        Importer(*m_store).importPaths({test::dataPath(QStringLiteral("articles"))});
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void bundleIsCompleteAndStandalone()
    {
        const QStringList written = Exporter(*m_store).exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("o")), {});
        QCOMPARE(written.size(), 1);
        const QString root = written.first();
        QCOMPARE(QFileInfo(root).fileName(), QLatin1String(kSlug));
        const QMap<QString, QByteArray> tree = readTree(root);
        for (const char *file : {"index.html", "style.css", "article.json", "teaser.html"})
            QVERIFY2(tree.contains(QLatin1String(file)), file);
        QCOMPARE(std::count_if(tree.keyBegin(), tree.keyEnd(), [](const QString &k) { return k.startsWith(QLatin1String("assets/")); }), 2);

        const QString html = QString::fromUtf8(tree.value(QStringLiteral("index.html")));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"de-DE\"")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QStringLiteral("<title>Kassensysteme in der Cloud für den Einzelhandel</title>")));
        QVERIFY(html.contains(QStringLiteral("<meta name=\"description\" content=\"Kassensysteme im Hinterzimmer")));
        QVERIFY(html.contains(QStringLiteral("<meta property=\"og:title\" content=\"Kassensysteme in der Cloud für den Einzelhandel\">")));
        QVERIFY(html.contains(QStringLiteral("<meta property=\"og:image\" content=\"assets/")));
        QVERIFY(html.contains(QStringLiteral("Lesezeit, 1 min.")));
        QVERIFY(html.contains(QStringLiteral("<aside class=\"pullquote\">")));
        QVERIFY(html.contains(QStringLiteral("<aside class=\"cta\">")));
        QVERIFY(html.contains(QStringLiteral("Lagerhaltung ohne Zettelwirtschaft"))); // the related teaser
        QVERIFY(!html.contains(QStringLiteral("data-line")));                       // no preview markers
        verifyInert(html);

        // Everything the page loads is inside the bundle.
        static const QRegularExpression reference(QStringLiteral("(?:src|href)=\"([^\"]+)\""));
        auto it = reference.globalMatch(html);
        int local = 0;
        while (it.hasNext()) {
            const QString target = it.next().captured(1);
            if (target.startsWith(QLatin1String("https://example.org/")))
                continue; // the CTA link: navigation, not a resource
            QVERIFY2(tree.contains(target), qPrintable(target));
            ++local;
        }
        QVERIFY(local >= 2); // the stylesheet and the related teaser's image

        const QJsonObject json = QJsonDocument::fromJson(tree.value(QStringLiteral("article.json"))).object();
        QCOMPARE(json.value(QStringLiteral("format_version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("slug")).toString(), QLatin1String(kSlug));
        QCOMPARE(json.value(QStringLiteral("reading_minutes")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("author")).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("Branchenexpertin Einzelhandel, DACH"));
        QCOMPARE(json.value(QStringLiteral("extra")).toObject().value(QStringLiteral("projekt")).toString(), QStringLiteral("KASSE-2026"));
        const QJsonObject related = json.value(QStringLiteral("related")).toArray().first().toObject();
        QVERIFY(tree.contains(related.value(QStringLiteral("image")).toString()));
        QVERIFY(tree.contains(json.value(QStringLiteral("teaser")).toObject().value(QStringLiteral("image")).toString()));
        const QString teaser = QString::fromUtf8(tree.value(QStringLiteral("teaser.html")));
        QVERIFY(teaser.contains(QStringLiteral("href=\"index.html\"")));
        QVERIFY(teaser.contains(QStringLiteral("alt=\"Stilisierte Ladenkasse mit Kartenlesegerät\"")));
    }

    void passesTheHtml5Validator()
    {
        const QString tidy = QStandardPaths::findExecutable(QStringLiteral("tidy"));
        QVERIFY2(!tidy.isEmpty(), "tidy is installed by scripts/dev (package tidy)");
        const QString root = Exporter(*m_store).exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("o")), {}).first();
        QProcess process;
        process.start(tidy, {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("--doctype"), QStringLiteral("html5"),
                             root + QStringLiteral("/index.html")});
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData()); // 0: no errors, no warnings

        const QString html = QString::fromUtf8(readAll(root + QStringLiteral("/index.html")));
        // Images have alt text; headings never skip a level.
        static const QRegularExpression img(QStringLiteral("<img\\b[^>]*>"));
        auto images = img.globalMatch(html);
        while (images.hasNext())
            QVERIFY(images.next().captured(0).contains(QStringLiteral(" alt=\"")));
        static const QRegularExpression heading(QStringLiteral("<h([1-6])\\b"));
        auto headings = heading.globalMatch(html);
        int previous = 0;
        while (headings.hasNext()) {
            const int level = headings.next().captured(1).toInt();
            QVERIFY2(level <= previous + 1, qPrintable(QStringLiteral("h%1 after h%2").arg(level).arg(previous)));
            previous = level;
        }
    }

    void exportsAreReproducible()
    {
        Exporter exporter(*m_store);
        Exporter::Options zip;
        zip.zip = true;
        exporter.exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("a")), {});
        exporter.exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("b")), {});
        QCOMPARE(readTree(out(QStringLiteral("a"))), readTree(out(QStringLiteral("b"))));
        const QString zipA = exporter.exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("za")), zip).first();
        QTest::qWait(1100); // a different wall-clock second must not matter
        const QString zipB = exporter.exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("zb")), zip).first();
        QCOMPARE(readAll(zipA), readAll(zipB));
        exporter.exportSite(out(QStringLiteral("sa")), {}, {});
        exporter.exportSite(out(QStringLiteral("sb")), {}, {});
        QCOMPARE(readTree(out(QStringLiteral("sa"))), readTree(out(QStringLiteral("sb"))));
    }

    void zipHoldsTheSameTree()
    {
        Exporter::Options options;
        options.zip = true;
        const QString zipPath = Exporter(*m_store).exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("z")), options).first();
        QCOMPARE(QFileInfo(zipPath).fileName(), QLatin1String(kSlug) + QStringLiteral(".zip"));
        const QString folder = Exporter(*m_store).exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("f")), {}).first();
        const QMap<QString, QByteArray> tree = readTree(folder);
        int error = 0;
        zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &error);
        QVERIFY(archive);
        QCOMPARE(zip_get_num_entries(archive, 0), zip_int64_t(tree.size()));
        for (auto it = tree.begin(); it != tree.end(); ++it) {
            const QByteArray name = (QLatin1String(kSlug) + QLatin1Char('/') + it.key()).toUtf8();
            zip_stat_t stat;
            QVERIFY2(zip_stat(archive, name.constData(), 0, &stat) == 0, name.constData());
            QCOMPARE(qint64(stat.size), qint64(it.value().size()));
        }
        zip_close(archive);
    }

    void checklistGatesTheExport()
    {
        Article article = *m_store->articles().findBySlug(QLatin1String(kSlug));
        article.teaserAlt.clear();
        {
            Transaction t(m_store->database());
            m_store->articles().save(article);
            m_store->annotations().addThread(article.id, article.body, 0, 10, QStringLiteral("Jonas"), QStringLiteral("Quelle?"));
            t.commit();
        }
        try {
            Exporter(*m_store).exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("g")), {});
            QFAIL("the export should have been stopped");
        } catch (const ExportError &error) {
            QVERIFY(error.message().contains(QStringLiteral("[teaser_alt_missing]")));
            QVERIFY(error.message().contains(QStringLiteral("[open_comments]")));
        }
        QVERIFY(!QFileInfo::exists(out(QStringLiteral("g"))));
        Exporter::Options force;
        force.replaceExisting = force.ignoreChecklist = true;
        QCOMPARE(Exporter(*m_store).exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("g")), force).size(), 1);
    }

    void existingBundleIsReplacedOnlyWithForceAndAtomically()
    {
        Exporter exporter(*m_store);
        const QString root = exporter.exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("r")), {}).first();
        QFile marker(root + QStringLiteral("/eigene-notiz.txt"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        QVERIFY_THROWS_EXCEPTION(ExportError, exporter.exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("r")), {}));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/eigene-notiz.txt")));

        // A failing write leaves the previous bundle exactly as it was, and no temporary folders.
        Bundle broken = BundleBuilder::build(*m_store, *m_store->articles().findBySlug(QLatin1String(kSlug)));
        broken.files[QStringLiteral("../ausserhalb.txt")] = "nein";
        QVERIFY_THROWS_EXCEPTION(ExportError, BundleWriter::writeFolder(broken, out(QStringLiteral("r")), BundleWriter::Replace::Always));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/eigene-notiz.txt")));
        QVERIFY(!QFileInfo::exists(out(QStringLiteral("ausserhalb.txt"))));
        QCOMPARE(QDir(out(QStringLiteral("r"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QLatin1String(kSlug)});

        Exporter::Options force;
        force.replaceExisting = force.ignoreChecklist = true;
        exporter.exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("r")), force);
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/eigene-notiz.txt")));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/index.html")));
        QCOMPARE(QDir(out(QStringLiteral("r"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QLatin1String(kSlug)});
    }

    void symlinksAreNeverFollowed()
    {
        // A victim folder outside every export folder, with a file that must survive.
        QVERIFY(QDir().mkpath(out(QStringLiteral("victim"))));
        QFile precious(out(QStringLiteral("victim/precious.txt")));
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("keep me");
        precious.close();
        const auto victimUntouched = [this] {
            return QDir(out(QStringLiteral("victim"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                       == QStringList{QStringLiteral("precious.txt")}
                   && readAll(out(QStringLiteral("victim/precious.txt"))) == "keep me";
        };
        Exporter::Options force;
        force.replaceExisting = force.ignoreChecklist = true;
        Exporter exporter(*m_store);

        // 1. OUT/SLUG is a link to the victim: --force refuses instead of emptying the target.
        QVERIFY(QDir().mkpath(out(QStringLiteral("a"))));
        QVERIFY(QFile::link(out(QStringLiteral("victim")), out(QStringLiteral("a/")) + QLatin1String(kSlug)));
        try {
            exporter.exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("a")), force);
            QFAIL("exported through a link");
        } catch (const ExportError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("symbolic link")), qPrintable(error.message()));
        }
        QVERIFY(victimUntouched());
        // A zip whose name is taken by a link is not written through the link either.
        QVERIFY(QFile::link(out(QStringLiteral("victim/precious.txt")), out(QStringLiteral("a/")) + QLatin1String(kSlug) + QStringLiteral(".zip")));
        QVERIFY_THROWS_EXCEPTION(ExportError, [&] {
            Exporter::Options zip = force;
            zip.zip = true;
            exporter.exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("a")), zip);
        }());
        QVERIFY(victimUntouched());

        // 2. --out itself is a link (single bundles and whole sites), or a folder above it is.
        QVERIFY(QFile::link(out(QStringLiteral("victim")), out(QStringLiteral("b"))));
        QVERIFY_THROWS_EXCEPTION(ExportError, exporter.exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("b")), force));
        QVERIFY_THROWS_EXCEPTION(ExportError, exporter.exportSite(out(QStringLiteral("b")), {}, force));
        QVERIFY_THROWS_EXCEPTION(ExportError, exporter.exportSite(out(QStringLiteral("b/site")), {}, force));
        QVERIFY(victimUntouched());

        // "b/../x" is the folder x beside b, not the folder b points to and its parent.
        exporter.exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("b/../e")), force);
        QVERIFY(QFileInfo::exists(out(QStringLiteral("e/")) + QLatin1String(kSlug) + QStringLiteral("/index.html")));
        QVERIFY(victimUntouched());

        // 3. An existing bundle whose assets/ is a link: replacing the bundle removes the link only.
        const QString root = exporter.exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("c")), {}).first();
        QVERIFY(QDir(root + QStringLiteral("/assets")).removeRecursively());
        QVERIFY(QFile::link(out(QStringLiteral("victim")), root + QStringLiteral("/assets")));
        exporter.exportArticles({QLatin1String(kSlug)}, out(QStringLiteral("c")), force);
        QVERIFY(victimUntouched());
        QVERIFY(!QFileInfo(root + QStringLiteral("/assets")).isSymLink());
        QVERIFY(!QDir(root + QStringLiteral("/assets")).isEmpty());

        // The same for a site whose bundle folder holds a link.
        const QString site = exporter.exportSite(out(QStringLiteral("d")), {}, {});
        QVERIFY(QDir(site + QStringLiteral("/") + QLatin1String(kSlug)).removeRecursively());
        QVERIFY(QFile::link(out(QStringLiteral("victim")), site + QStringLiteral("/") + QLatin1String(kSlug)));
        exporter.exportSite(out(QStringLiteral("d")), {}, force);
        QVERIFY(victimUntouched());
        QVERIFY(QFileInfo::exists(site + QStringLiteral("/") + QLatin1String(kSlug) + QStringLiteral("/index.html")));
    }

    void hostileArticlesStayInertAndInside()
    {
        Article evil;
        evil.slug = QStringLiteral("../../etc/passwd");
        evil.title = QStringLiteral("</title><script>alert(1)</script>\" onload=\"alert(2)");
        evil.author = QStringLiteral("<img src=x onerror=alert(3)>");
        evil.role = QStringLiteral("\"><svg onload=alert(4)>");
        evil.category = QStringLiteral("<b onmouseover=alert(5)>Kategorie</b>");
        evil.excerpt = QStringLiteral("\" /><script>alert(6)</script>");
        evil.teaserAlt = QStringLiteral("\" onerror=\"alert(7)");
        evil.teaserAsset = m_store->articles().findBySlug(QLatin1String(kSlug))->teaserAsset;
        evil.seoDescription = QStringLiteral("</meta><script>alert(8)</script>");
        evil.body = QStringLiteral("<script>alert(9)</script>\n\n[x](javascript:alert(10))\n\n<a href=\"  JAVASCRIPT:alert(11)\">y</a>\n\n"
                                   "<img src=\"x\" onerror=\"alert(12)\">\n\n<iframe src=\"https://evil.example\"></iframe>\n\n"
                                   "![fern](https://evil.example/track.png)\n\n![lokal](../../../etc/hosts)\n");
        evil.extraYaml = QStringLiteral("x: \"</script><script>alert(13)</script>\"\n");
        {
            Transaction t(m_store->database());
            m_store->articles().save(evil);
            t.commit();
        }
        Exporter::Options force;
        force.replaceExisting = force.ignoreChecklist = true;
        const QString root = Exporter(*m_store).exportArticles({evil.slug}, out(QStringLiteral("h")), force).first();
        QCOMPARE(QFileInfo(root).absolutePath(), QDir(out(QStringLiteral("h"))).absolutePath());
        QCOMPARE(QFileInfo(root).fileName(), QStringLiteral("etc-passwd"));
        const QMap<QString, QByteArray> tree = readTree(root);
        for (auto it = tree.begin(); it != tree.end(); ++it) {
            if (it.key().endsWith(QLatin1String(".html")))
                verifyInert(QString::fromUtf8(it.value()));
        }
        const QString html = QString::fromUtf8(tree.value(QStringLiteral("index.html")));
        QVERIFY(html.contains(QStringLiteral("<title>&lt;/title&gt;&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("<meta name=\"description\" content=\"&lt;/meta&gt;&lt;script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("evil.example/track.png\"")) || html.contains(QStringLiteral("feder-remote-image")));
        QVERIFY(!html.contains(QStringLiteral("src=\"../")));
        // The JSON is valid and carries the text unchanged.
        const QJsonObject json = QJsonDocument::fromJson(tree.value(QStringLiteral("article.json"))).object();
        QCOMPARE(json.value(QStringLiteral("title")).toString(), evil.title);
        // Nothing was written outside the chosen folder.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{QStringLiteral("h")});
    }

    void safeFileNames()
    {
        QCOMPARE(safeFileName(QStringLiteral("..")), QStringLiteral("artikel"));
        QCOMPARE(safeFileName(QStringLiteral(".versteckt")), QStringLiteral("versteckt"));
        QCOMPARE(safeFileName(QStringLiteral("a/b\\c")), QStringLiteral("a-b-c"));
        QCOMPARE(safeFileName(QStringLiteral("CON")), QStringLiteral("con-artikel"));
        QCOMPARE(safeFileName(QStringLiteral("lpt1")), QStringLiteral("lpt1-artikel"));
        QVERIFY(safeFileName(QStringLiteral("x").repeated(500)).size() <= 80);
        QVERIFY(!isSafeRelativePath(QStringLiteral("../x")));
        QVERIFY(!isSafeRelativePath(QStringLiteral("/etc/x")));
        QVERIFY(!isSafeRelativePath(QStringLiteral("assets/.hidden")));
        QVERIFY(isSafeRelativePath(QStringLiteral("assets/a.png")));
    }

    void siteExportGroupsTeasersAndSharesAssets()
    {
        // Two more articles in the store's first category, sharing one teaser image.
        const Article base = *m_store->articles().findBySlug(QLatin1String(kSlug));
        for (const QString &slug : {QStringLiteral("zweiter-artikel"), QStringLiteral("dritter-artikel")}) {
            Article extra = base;
            extra.id = 0;
            extra.uuid.clear();
            extra.slug = slug;
            extra.title = slug;
            extra.status = QStringLiteral("published");
            Transaction t(m_store->database());
            m_store->articles().save(extra);
            t.commit();
        }
        int progressCalls = 0;
        const QString site = Exporter(*m_store).exportSite(out(QStringLiteral("site")), {}, {}, [&](int done, int total) {
            ++progressCalls;
            return done <= total;
        });
        QCOMPARE(progressCalls, 4);
        const QString index = QString::fromUtf8(readAll(site + QStringLiteral("/index.html")));
        const int einzelhandel = int(index.indexOf(QStringLiteral(">Einzelhandel</h2>")));
        const int fertigung = int(index.indexOf(QStringLiteral(">Fertigung</h2>")));
        QVERIFY(einzelhandel > 0 && fertigung > einzelhandel); // the store's category order
        QVERIFY(index.contains(QStringLiteral("href=\"dritter-artikel/index.html\"")));
        QVERIFY(QFileInfo::exists(site + QStringLiteral("/style.css")));
        verifyInert(index);

        // The shared image is stored once on disk (hard links), yet each bundle has its own file.
        const QString asset = QDir(site + QStringLiteral("/zweiter-artikel/assets")).entryList(QDir::Files).first();
        struct stat a {}, b {};
        QCOMPARE(::stat(QFile::encodeName(site + QStringLiteral("/zweiter-artikel/assets/") + asset).constData(), &a), 0);
        QCOMPARE(::stat(QFile::encodeName(site + QStringLiteral("/dritter-artikel/assets/") + asset).constData(), &b), 0);
        QCOMPARE(a.st_ino, b.st_ino);

        // --status filters; an existing site needs --force.
        QVERIFY_THROWS_EXCEPTION(ExportError, Exporter(*m_store).exportSite(out(QStringLiteral("site")), {}, {}));
        Exporter::Options force;
        force.replaceExisting = force.ignoreChecklist = true;
        Exporter(*m_store).exportSite(out(QStringLiteral("site")), QStringLiteral("published"), force);
        QVERIFY(QFileInfo::exists(site + QStringLiteral("/zweiter-artikel/index.html")));
        QVERIFY(!QFileInfo::exists(site + QStringLiteral("/") + QLatin1String(kSlug)));

        // Cancelling leaves the previous site untouched.
        QVERIFY_THROWS_EXCEPTION(ExportError, Exporter(*m_store).exportSite(out(QStringLiteral("site")), {}, force,
                                                                            [](int, int) { return false; }));
        QVERIFY(QFileInfo::exists(site + QStringLiteral("/zweiter-artikel/index.html")));
        QVERIFY(!QFileInfo::exists(site + QStringLiteral("/") + QLatin1String(kSlug)));
    }

    // Issue 11: in a site export, a related teaser links to the related article's bundle when the
    // site contains it (relative link, so the folder can move); otherwise it is plain text.
    void siteExportLinksRelatedTeasersItContains()
    {
        const QString lager = QStringLiteral("lagerhaltung-ohne-zettelwirtschaft"); // published, related: kSlug
        const QString kassen = QLatin1String(kSlug);                                 // draft, related: lager
        const QString kassenTitle = m_store->articles().findBySlug(kassen)->title;
        const QString lagerTitle = m_store->articles().findBySlug(lager)->title;
        static const QRegularExpression anyTeaserLink(QStringLiteral("class=\"teaser-link\""));

        // Both articles in the site: each page links the other.
        const QString site = Exporter(*m_store).exportSite(out(QStringLiteral("site")), {}, {});
        const QString lagerPage = QString::fromUtf8(readAll(site + QLatin1Char('/') + lager + QStringLiteral("/index.html")));
        const QString kassenPage = QString::fromUtf8(readAll(site + QLatin1Char('/') + kassen + QStringLiteral("/index.html")));
        const QString toKassen = QStringLiteral("<a class=\"teaser-link\" href=\"../%1/index.html\">%2</a>").arg(kassen, kassenTitle.toHtmlEscaped());
        const QString toLager = QStringLiteral("<a class=\"teaser-link\" href=\"../%1/index.html\">%2</a>").arg(lager, lagerTitle.toHtmlEscaped());
        QVERIFY2(lagerPage.contains(toKassen), qPrintable(lagerPage.mid(lagerPage.indexOf(QStringLiteral("feder-related")), 1200)));
        QVERIFY(kassenPage.contains(toLager));
        QVERIFY(QFileInfo::exists(QDir(site + QLatin1Char('/') + lager).filePath(QStringLiteral("../%1/index.html").arg(kassen))));
        verifyInert(lagerPage);

        // Only the published article: its related teaser (a draft, not in the site) is plain text.
        Exporter::Options force;
        force.replaceExisting = force.ignoreChecklist = true;
        Exporter(*m_store).exportSite(out(QStringLiteral("site")), QStringLiteral("published"), force);
        const QString alone = QString::fromUtf8(readAll(site + QLatin1Char('/') + lager + QStringLiteral("/index.html")));
        QVERIFY(alone.contains(QStringLiteral("class=\"teaser-title\">") + kassenTitle.toHtmlEscaped() + QStringLiteral("</h")));
        QVERIFY(!alone.contains(anyTeaserLink));
        QVERIFY(!QFileInfo::exists(site + QLatin1Char('/') + kassen));

        // A single bundle links to nothing outside itself.
        const QStringList written = Exporter(*m_store).exportArticles({lager}, out(QStringLiteral("single")), force);
        QVERIFY(!QString::fromUtf8(readAll(written.first() + QStringLiteral("/index.html"))).contains(anyTeaserLink));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
