#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QImage>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using feder::test::articleText;
using feder::test::writeFile;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runFeder(const QStringList &arguments, const QMap<QString, QString> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FEDER_STORE"));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    QString binary = qEnvironmentVariable("FEDER_BINARY");
    if (binary.isEmpty()) // run by hand from the build tree
        binary = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/feder");
    process.start(binary, arguments);
    if (!process.waitForFinished(60000))
        qFatal("feder did not finish: %s", qPrintable(arguments.join(QLatin1Char(' '))));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = m_dir->filePath(QStringLiteral("store.sqlite"));
    }

    void versionAndHelp()
    {
        const Result version = runFeder({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("feder 0."));
        const Result help = runFeder({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"import", "list", "show"})
            QVERIFY2(help.out.contains(command), help.out.constData());
        const Result importHelp = runFeder({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(importHelp.exitCode, 0);
        QVERIFY(importHelp.out.contains("--store"));
    }

    // Issue 11: `feder export --help` printed "Usage: /path/to/feder [options] SLUG..." without
    // the command. Every subcommand's usage line names it.
    void everySubcommandsHelpNamesTheCommand()
    {
        const Result help = runFeder({QStringLiteral("--help")});
        QStringList commands;
        const QByteArray listed = help.out.mid(help.out.indexOf("Commands:\n"));
        for (const QByteArray &line : listed.left(listed.indexOf("\n\n")).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (line.startsWith("  ") && !trimmed.isEmpty())
                commands.append(QString::fromUtf8(trimmed.left(trimmed.indexOf(' '))));
        }
        QVERIFY2(commands.contains(QStringLiteral("export")) && commands.contains(QStringLiteral("snapshot"))
                     && commands.size() >= 15,
                 qPrintable(commands.join(QLatin1Char(' '))));
        for (const QString &command : commands) {
            const Result commandHelp = runFeder({command, QStringLiteral("--help")});
            QCOMPARE(commandHelp.exitCode, 0);
            const QByteArray usage = commandHelp.out.left(commandHelp.out.indexOf('\n'));
            QVERIFY2(usage.startsWith("Usage: feder " + command.toUtf8() + " [options]"), usage.constData());
        }
        QVERIFY(runFeder({QStringLiteral("export"), QStringLiteral("--help")})
                    .out.startsWith("Usage: feder export [options] SLUG...\n"));
    }

    void unknownCommandIsAnError()
    {
        const Result result = runFeder({QStringLiteral("verschicken")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("unknown command 'verschicken'"));
    }

    void importListAndShow()
    {
        const Result imported = runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store,
                                       feder::test::dataPath(QStringLiteral("articles"))});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.out, QByteArray("imported warum-einzelhaendler-ihre-kassensysteme-in-die-cloud-verlegen\n"
                                          "imported lagerhaltung-ohne-zettelwirtschaft\n"));
        QVERIFY(imported.err.contains("warning: "));
        QVERIFY(imported.err.contains("unknown front-matter key 'projekt'"));

        const Result again = runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store,
                                    feder::test::dataPath(QStringLiteral("articles/lagerhaltung-ohne-zettelwirtschaft.md"))});
        QCOMPARE(again.out, QByteArray("updated lagerhaltung-ohne-zettelwirtschaft (unchanged)\n"));

        const Result list = runFeder({QStringLiteral("list"), QStringLiteral("--store"), m_store});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.count('\n'), 2);
        // Reading time as on the page and in the library (one formatter): „1 min.“
        QVERIFY(list.out.contains("lagerhaltung-ohne-zettelwirtschaft\tpublished\t1 min.\tLagerhaltung ohne Zettelwirtschaft\n"));

        const Result json = runFeder({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--store"), m_store});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.at(1).toObject();
        QCOMPARE(first.value(QStringLiteral("slug")).toString(), QStringLiteral("warum-einzelhaendler-ihre-kassensysteme-in-die-cloud-verlegen"));
        QCOMPARE(first.value(QStringLiteral("author")).toString(), QStringLiteral("Sabine Krüger"));
        QCOMPARE(first.value(QStringLiteral("role")).toString(), QStringLiteral("Branchenexpertin Einzelhandel, DACH"));
        QCOMPARE(first.value(QStringLiteral("category")).toString(), QStringLiteral("Einzelhandel"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(first.value(QStringLiteral("language")).toString(), QStringLiteral("de-DE"));
        QCOMPARE(first.value(QStringLiteral("reading_minutes")).toInt(), 1);
        QVERIFY(first.value(QStringLiteral("updated")).toString().endsWith(QLatin1Char('Z')));
        const QStringList keys = first.keys();
        QCOMPARE(keys, (QStringList{QStringLiteral("author"), QStringLiteral("category"), QStringLiteral("language"),
                                    QStringLiteral("reading_minutes"), QStringLiteral("role"), QStringLiteral("slug"),
                                    QStringLiteral("status"), QStringLiteral("title"), QStringLiteral("updated")}));
    }

    void readingMinutesFollowTheBody()
    {
        // 600 visible words (URLs, markup and container markers do not count) → 3 minutes at 200 wpm.
        QString body = QStringLiteral("::: pullquote\n„Zitat mit vier Wörtern.“\n:::\n\n");
        body += QStringLiteral("Ein **fettes** Wort und [ein Link](https://example.org/a/b/c) https://example.org/x.\n\n").repeated(1);
        body += QStringLiteral("Wort ").repeated(600 - 4 - 6);
        writeFile(*m_dir, QStringLiteral("lang.md"), articleText(QStringLiteral("title: Lang"), body));
        QCOMPARE(runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_dir->filePath(QStringLiteral("lang.md"))}).exitCode, 0);
        const Result json = runFeder({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--store"), m_store});
        QCOMPARE(QJsonDocument::fromJson(json.out).array().at(0).toObject().value(QStringLiteral("reading_minutes")).toInt(), 3);

        body += QStringLiteral(" Wort"); // the 601st word tips it over
        writeFile(*m_dir, QStringLiteral("lang.md"), articleText(QStringLiteral("title: Lang"), body));
        runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_dir->filePath(QStringLiteral("lang.md"))});
        const Result after = runFeder({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--store"), m_store});
        QCOMPARE(QJsonDocument::fromJson(after.out).array().at(0).toObject().value(QStringLiteral("reading_minutes")).toInt(), 4);
    }

    void showImportShowIsByteIdentical()
    {
        QCOMPARE(runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store,
                        feder::test::dataPath(QStringLiteral("articles"))}).exitCode, 0);
        for (const QString &slug : {QStringLiteral("warum-einzelhaendler-ihre-kassensysteme-in-die-cloud-verlegen"),
                                   QStringLiteral("lagerhaltung-ohne-zettelwirtschaft")}) {
            const Result first = runFeder({QStringLiteral("show"), QStringLiteral("--store"), m_store, slug});
            QCOMPARE(first.exitCode, 0);
            QVERIFY(first.out.contains("projekt: KASSE-2026") || !slug.startsWith(QLatin1String("warum")));
            QVERIFY(first.out.contains("teaser_image: asset:"));
            const QString copy = writeFile(*m_dir, QStringLiteral("elsewhere/") + slug + QStringLiteral(".md"), first.out);
            const Result reimport = runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, copy});
            QCOMPARE(reimport.exitCode, 0);
            const Result second = runFeder({QStringLiteral("show"), QStringLiteral("--store"), m_store, slug});
            QCOMPARE(second.out, first.out);
        }
    }

    void snapshotRendersThePreviewToPng()
    {
        QCOMPARE(runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store,
                           feder::test::dataPath(QStringLiteral("articles"))}).exitCode, 0);
        const QString png = m_dir->filePath(QStringLiteral("seite.png"));
        const Result result = runFeder({QStringLiteral("snapshot"), QStringLiteral("--store"), m_store,
                                        QStringLiteral("warum-einzelhaendler-ihre-kassensysteme-in-die-cloud-verlegen"),
                                        QStringLiteral("--png"), png, QStringLiteral("--width"), QStringLiteral("800")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QImage image(png);
        QCOMPARE(image.width(), 800);
        QVERIFY(image.height() > 600); // the whole page, not just one screen
        // A real picture: the title's dark ink and the white page are both there.
        int dark = 0;
        for (int x = 0; x < image.width(); x += 2) {
            for (int y = 0; y < 300; y += 2)
                dark += qGray(image.pixel(x, y)) < 80 ? 1 : 0;
        }
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));

        // The store may also come first, as with every other command.
        const Result storeFirst = runFeder({QStringLiteral("--store"), m_store, QStringLiteral("snapshot"),
                                            QStringLiteral("lagerhaltung-ohne-zettelwirtschaft"), QStringLiteral("--png"), png});
        QVERIFY2(storeFirst.exitCode == 0, storeFirst.err.constData());
        QCOMPARE(QImage(png).width(), 1200);

        Result bad = runFeder({QStringLiteral("snapshot"), QStringLiteral("--store"), m_store, QStringLiteral("gibt-es-nicht"),
                               QStringLiteral("--png"), png});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("no article with slug 'gibt-es-nicht'"));
        bad = runFeder({QStringLiteral("snapshot"), QStringLiteral("--store"), m_store, QStringLiteral("x"),
                        QStringLiteral("--png"), png, QStringLiteral("--width"), QStringLiteral("zehn")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--width"));
    }

    // Issue 11: on a busy machine the snapshot painted only the first screen (the rest of a
    // 6,000-pixel PNG was blank) and once nothing at all. Every 400-pixel band of the picture
    // must hold text, with the CPU loaded by two busy processes beside the snapshot.
    void snapshotPaintsTheWholePageOnABusyMachine()
    {
        const QString demo = QDir(feder::test::dataPath()).filePath(QStringLiteral("../../resources/demo"));
        QCOMPARE(runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, demo}).exitCode, 0);
        // The seed post, made as long as the published one (about 6,000 pixels at 1200 wide).
        const QString main = QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen");
        QString text = QString::fromUtf8(runFeder({QStringLiteral("show"), QStringLiteral("--store"), m_store, main}).out);
        text.replace(QStringLiteral("slug: ") + main, QStringLiteral("slug: die-lange-fassung"));
        QString sections;
        for (int i = 1; i <= 12; ++i) {
            sections += QStringLiteral("## Abschnitt %1\n\n").arg(i)
                        + QStringLiteral("Ein weiterer Absatz mit vielen Wörtern, damit die Seite mehrere Bildschirme füllt. ").repeated(6)
                        + QStringLiteral("\n\n");
        }
        const qsizetype cta = text.indexOf(QStringLiteral("::: cta"));
        QVERIFY(cta > 0);
        text.insert(cta, sections);
        QCOMPARE(runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store,
                           writeFile(*m_dir, QStringLiteral("lang/die-lange-fassung.md"), text.toUtf8())}).exitCode, 0);

        std::vector<std::unique_ptr<QProcess>> load;
        for (int i = 0; i < 2; ++i) {
            load.push_back(std::make_unique<QProcess>());
            load.back()->setStandardOutputFile(QProcess::nullDevice());
            load.back()->start(QStringLiteral("yes"), {});
        }
        const auto stopLoad = qScopeGuard([&load] {
            for (auto &process : load) {
                process->kill();
                process->waitForFinished();
            }
        });
        for (int run = 0; run < 3; ++run) {
            const QString png = m_dir->filePath(QStringLiteral("lang.png"));
            QFile::remove(png);
            const Result result = runFeder({QStringLiteral("snapshot"), QStringLiteral("--store"), m_store,
                                            QStringLiteral("die-lange-fassung"), QStringLiteral("--png"), png});
            QVERIFY2(result.exitCode == 0, result.err.constData());
            const QImage image = QImage(png).convertToFormat(QImage::Format_RGB32);
            QCOMPARE(image.width(), 1200);
            QVERIFY2(image.height() > 4000, qPrintable(QString::number(image.height())));
            constexpr int band = 400;
            for (int top = 0; top < image.height(); top += band) {
                const int bottom = std::min<int>(image.height(), top + band);
                int ink = 0;
                for (int y = std::max(0, bottom - band); y < bottom; y += 2) {
                    for (int x = 0; x < image.width(); x += 2)
                        ink += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
                }
                QVERIFY2(ink > 100, qPrintable(QStringLiteral("rows %1-%2 of %3 hold no text (%4 dark pixels)")
                                                   .arg(top).arg(bottom).arg(image.height()).arg(ink)));
            }
        }
    }

    // A snapshot that cannot be written fails with a message and exit code 2.
    void snapshotThatCannotBeWrittenFails()
    {
        QCOMPARE(runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store,
                           feder::test::dataPath(QStringLiteral("articles"))}).exitCode, 0);
        const QString png = m_dir->filePath(QStringLiteral("gibt/es/nicht/seite.png"));
        const Result result = runFeder({QStringLiteral("snapshot"), QStringLiteral("--store"), m_store,
                                        QStringLiteral("lagerhaltung-ohne-zettelwirtschaft"), QStringLiteral("--png"), png});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("feder snapshot: cannot write"), result.err.constData());
        QVERIFY(!QFile::exists(png));
    }

    // A page taller than a snapshot can hold is refused, never cut off with exit 0.
    void snapshotOfAPageTooTallFails()
    {
        QString body;
        for (int i = 0; i < 1500; ++i)
            body += QStringLiteral("Ein Absatz mit einigen Wörtern, damit die Seite lang wird.\n\n");
        writeFile(*m_dir, QStringLiteral("lang.md"), articleText(QStringLiteral("title: Sehr lang"), body));
        QCOMPARE(runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_dir->filePath(QStringLiteral("lang.md"))}).exitCode, 0);
        const QString png = m_dir->filePath(QStringLiteral("lang.png"));
        const Result result = runFeder({QStringLiteral("snapshot"), QStringLiteral("--store"), m_store,
                                        QStringLiteral("sehr-lang"), QStringLiteral("--png"), png});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("px tall") && result.err.contains("nothing was written"), result.err.constData());
        QVERIFY(!QFile::exists(png));
    }

    void checkAndExport()
    {
        QCOMPARE(runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store,
                           feder::test::dataPath(QStringLiteral("articles"))}).exitCode, 0);
        const QString slug = QStringLiteral("lagerhaltung-ohne-zettelwirtschaft");
        Result check = runFeder({QStringLiteral("check"), QStringLiteral("--store"), m_store, QStringLiteral("--json"), slug});
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(check.out).array().size(), 0);

        // Without alt text the teaser image blocks: exit 1, and the export refuses.
        writeFile(*m_dir, QStringLiteral("images/regal.png"), feder::test::pngBytes(40, 20));
        writeFile(*m_dir, QStringLiteral("ohne-alt.md"), articleText(QStringLiteral("title: Ohne Alt\nteaser_image: images/regal.png")));
        QCOMPARE(runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_dir->filePath(QStringLiteral("ohne-alt.md"))}).exitCode, 0);
        check = runFeder({QStringLiteral("check"), QStringLiteral("--store"), m_store, QStringLiteral("--json"), QStringLiteral("ohne-alt")});
        QCOMPARE(check.exitCode, 1);
        const QJsonArray items = QJsonDocument::fromJson(check.out).array();
        QVERIFY(std::any_of(items.begin(), items.end(), [](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("teaser_alt_missing")
                   && v.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("blocking");
        }));
        const QString outDir = m_dir->filePath(QStringLiteral("export"));
        Result exported = runFeder({QStringLiteral("export"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), outDir, QStringLiteral("ohne-alt")});
        QCOMPARE(exported.exitCode, 2);
        QVERIFY(exported.err.contains("[teaser_alt_missing]"));
        QVERIFY(!QFileInfo::exists(outDir + QStringLiteral("/ohne-alt")));
        exported = runFeder({QStringLiteral("export"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), outDir,
                             QStringLiteral("--force"), QStringLiteral("ohne-alt"), slug});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(QFileInfo::exists(outDir + QStringLiteral("/ohne-alt/index.html")));
        QVERIFY(QFileInfo::exists(outDir + QStringLiteral("/") + slug + QStringLiteral("/article.json")));
        exported = runFeder({QStringLiteral("export"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), outDir, slug});
        QCOMPARE(exported.exitCode, 2);
        QVERIFY(exported.err.contains("use --replace"));
        // Issue 15: the two permissions are separate. Replacing does not skip the checklist, and
        // ignoring the checklist does not replace an existing bundle.
        exported = runFeder({QStringLiteral("export"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), outDir,
                             QStringLiteral("--replace"), QStringLiteral("ohne-alt")});
        QCOMPARE(exported.exitCode, 2);
        QVERIFY(exported.err.contains("use --ignore-checklist"));
        exported = runFeder({QStringLiteral("export"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), outDir,
                             QStringLiteral("--ignore-checklist"), QStringLiteral("ohne-alt")});
        QCOMPARE(exported.exitCode, 2);
        QVERIFY(exported.err.contains("use --replace"));
        exported = runFeder({QStringLiteral("export"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), outDir,
                             QStringLiteral("--replace"), QStringLiteral("--ignore-checklist"), QStringLiteral("ohne-alt")});
        QCOMPARE(exported.exitCode, 0);
        exported = runFeder({QStringLiteral("export"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), outDir, QStringLiteral("--zip"), slug});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(QFileInfo::exists(outDir + QStringLiteral("/") + slug + QStringLiteral(".zip")));

        const QString site = m_dir->filePath(QStringLiteral("site"));
        Result siteResult = runFeder({QStringLiteral("export-site"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), site,
                                      QStringLiteral("--status"), QStringLiteral("published")});
        QCOMPARE(siteResult.exitCode, 0);
        QVERIFY(QFileInfo::exists(site + QStringLiteral("/index.html")));
        QVERIFY(QFileInfo::exists(site + QStringLiteral("/") + slug + QStringLiteral("/index.html")));
        QVERIFY(!QFileInfo::exists(site + QStringLiteral("/ohne-alt")));
        siteResult = runFeder({QStringLiteral("export-site"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), site,
                               QStringLiteral("--status"), QStringLiteral("approved")});
        QCOMPARE(siteResult.exitCode, 2);
        QVERIFY(siteResult.err.contains("no articles with status 'approved'"));
        QCOMPARE(runFeder({QStringLiteral("check"), QStringLiteral("--store"), m_store, QStringLiteral("nix")}).exitCode, 2);
    }

    void spellcheckCommand()
    {
        const QString file = writeFile(*m_dir, QStringLiteral("text.md"), articleText(
            QStringLiteral("title: Die neue Platform\nauthor: Thomas Okonkwo\nteaser_alt: Ein Bild vom Rathauss"),
            QStringLiteral("Okonkwo sagt: Das funtioniert.\n\nÜber `codeee` und https://exmaple.org sprechen wir nicht. Nkemelu auch nicht.\n")));
        Result result = runFeder({QStringLiteral("spellcheck"), QStringLiteral("--json"), file});
        QCOMPARE(result.exitCode, 1);
        const QJsonArray findings = QJsonDocument::fromJson(result.out).array();
        QStringList words;
        for (const QJsonValue &value : findings)
            words.append(value.toObject().value(QStringLiteral("word")).toString());
        QCOMPARE(words, (QStringList{QStringLiteral("Platform"), QStringLiteral("Rathauss"), QStringLiteral("funtioniert"), QStringLiteral("Nkemelu")}));
        const QJsonObject first = findings.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("column"), QStringLiteral("file"), QStringLiteral("line"),
                                            QStringLiteral("suggestions"), QStringLiteral("word")}));
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 2);        // title: in the front matter
        QCOMPARE(first.value(QStringLiteral("column")).toInt(), 17);
        QCOMPARE(first.value(QStringLiteral("suggestions")).toArray().first().toString(), QStringLiteral("Plattform"));
        const QJsonObject body = findings.at(2).toObject();
        QCOMPARE(body.value(QStringLiteral("line")).toInt(), 6);
        QCOMPARE(body.value(QStringLiteral("column")).toInt(), 19);      // code points, 1-based
        const QJsonObject umlautLine = findings.at(3).toObject();
        QCOMPARE(umlautLine.value(QStringLiteral("line")).toInt(), 8);
        QCOMPARE(umlautLine.value(QStringLiteral("column")).toInt(), 59);

        // Plain output, and the personal dictionary from a store.
        result = runFeder({QStringLiteral("spellcheck"), file});
        QVERIFY(result.out.contains(":6:19: funtioniert -> funktioniert"));
        QCOMPARE(runFeder({QStringLiteral("dictionary"), QStringLiteral("--store"), m_store, QStringLiteral("add"),
                           QStringLiteral("Nkemelu"), QStringLiteral("Rathauss")}).exitCode, 0);
        QCOMPARE(runFeder({QStringLiteral("dictionary"), QStringLiteral("--store"), m_store, QStringLiteral("list")}).out,
                 QByteArray("Nkemelu\nRathauss\n"));
        result = runFeder({QStringLiteral("spellcheck"), QStringLiteral("--store"), m_store, QStringLiteral("--json"), file});
        QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 2);
        const QString exported = m_dir->filePath(QStringLiteral("woerter.txt"));
        QCOMPARE(runFeder({QStringLiteral("dictionary"), QStringLiteral("--store"), m_store, QStringLiteral("export"), exported}).exitCode, 0);
        QCOMPARE(runFeder({QStringLiteral("dictionary"), QStringLiteral("--store"), m_store, QStringLiteral("remove"), QStringLiteral("Nkemelu")}).exitCode, 0);
        QCOMPARE(runFeder({QStringLiteral("dictionary"), QStringLiteral("--store"), m_store, QStringLiteral("import"), exported}).out,
                 QByteArray("imported 1 words\n"));

        // A clean file exits 0; --lang switches the dictionary; bad input exits 2.
        const QString clean = writeFile(*m_dir, QStringLiteral("sauber.md"), articleText(QStringLiteral("title: Alles gut"), QStringLiteral("Die Cloud funktioniert.\n")));
        QCOMPARE(runFeder({QStringLiteral("spellcheck"), clean}).exitCode, 0);
        QCOMPARE(runFeder({QStringLiteral("spellcheck"), QStringLiteral("--lang"), QStringLiteral("en-US"), clean}).exitCode, 1);
        result = runFeder({QStringLiteral("spellcheck"), QStringLiteral("--lang"), QStringLiteral("fr-FR"), clean});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("unknown language 'fr-FR'"));
        const QString broken = writeFile(*m_dir, QStringLiteral("kaputt.md"), QByteArray("---\ntitle: T\n---\nGr\xFC\xDF" "e\n"));
        result = runFeder({QStringLiteral("spellcheck"), broken});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("kaputt.md:4: invalid UTF-8"));
        // A Markdown file without front matter is checked as it is.
        const QString plain = writeFile(*m_dir, QStringLiteral("plain.md"), "# Titel\n\nEin Fehlerr.\n");
        result = runFeder({QStringLiteral("spellcheck"), plain});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains("plain.md:3:5: Fehlerr"));
    }

    // Issue 11: `feder check` said „1 offene(r) Kommentar(e)“; now real German singular and plural.
    void checkCountsInGermanSingularAndPlural()
    {
        writeFile(*m_dir, QStringLiteral("a.md"), articleText(QStringLiteral("title: A\nslug: a"),
                  QStringLiteral("Das Team arbeitet agil. Das Team arbeitet agil. Das Team arbeitet agil. Das Team arbeitet agil. Das Team arbeitet agil.\n")));
        QCOMPARE(runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_dir->filePath(QStringLiteral("a.md"))}).exitCode, 0);
        const auto addComment = [this](int occurrence) {
            QCOMPARE(runFeder({QStringLiteral("comments"), QStringLiteral("add"), QStringLiteral("--store"), m_store, QStringLiteral("a"),
                               QStringLiteral("--quote"), QStringLiteral("Das Team arbeitet agil."), QStringLiteral("--occurrence"),
                               QString::number(occurrence), QStringLiteral("--text"), QStringLiteral("Warum?"),
                               QStringLiteral("--author"), QStringLiteral("Jonas")}).exitCode, 0);
        };
        addComment(1);
        Result check = runFeder({QStringLiteral("check"), QStringLiteral("--store"), m_store, QStringLiteral("a")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains("review: 1 offener Kommentar. Bitte beantworten"), check.out.constData());
        for (int occurrence = 2; occurrence <= 5; ++occurrence)
            addComment(occurrence);
        check = runFeder({QStringLiteral("check"), QStringLiteral("--store"), m_store, QStringLiteral("a")});
        QVERIFY2(check.out.contains("review: 5 offene Kommentare. Bitte beantworten"), check.out.constData());
        QVERIFY(!check.out.contains("(e)") && !check.out.contains("(r)"));
    }

    void commentsCommand()
    {
        writeFile(*m_dir, QStringLiteral("a.md"), articleText(QStringLiteral("title: A\nslug: a"),
                  QStringLiteral("Emoji 😀 vorne. Das Team arbeitet agil. Das Team arbeitet agil.\n")));
        runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_dir->filePath(QStringLiteral("a.md"))});
        Result added = runFeder({QStringLiteral("comments"), QStringLiteral("add"), QStringLiteral("--store"), m_store, QStringLiteral("a"),
                                 QStringLiteral("--quote"), QStringLiteral("Das Team arbeitet agil."), QStringLiteral("--occurrence"), QStringLiteral("2"),
                                 QStringLiteral("--text"), QStringLiteral("Doppelt?"), QStringLiteral("--author"), QStringLiteral("Jonas")});
        QCOMPARE(added.exitCode, 0);
        const QString id = QString::fromUtf8(added.out).trimmed();
        QCOMPARE(id.size(), 36);
        QCOMPARE(runFeder({QStringLiteral("comments"), QStringLiteral("reply"), QStringLiteral("--store"), m_store, QStringLiteral("a"), id,
                           QStringLiteral("--text"), QStringLiteral("Ja, gewollt."), QStringLiteral("--author"), QStringLiteral("Miriam")}).exitCode, 0);

        Result listed = runFeder({QStringLiteral("comments"), QStringLiteral("--store"), m_store, QStringLiteral("a"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray threads = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(threads.size(), 1);
        const QJsonObject thread = threads.first().toObject();
        QCOMPARE(thread.keys(), (QStringList{QStringLiteral("author"), QStringLiteral("created"), QStringLiteral("end"), QStringLiteral("id"),
                                             QStringLiteral("orphaned"), QStringLiteral("quote"), QStringLiteral("replies"), QStringLiteral("start"),
                                             QStringLiteral("state"), QStringLiteral("text")}));
        QCOMPARE(thread.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(thread.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(thread.value(QStringLiteral("quote")).toString(), QStringLiteral("Das Team arbeitet agil."));
        QCOMPARE(thread.value(QStringLiteral("start")).toInt(), 39);   // code points: the emoji counts once (UTF-16: 40)
        QCOMPARE(thread.value(QStringLiteral("end")).toInt(), 62);
        QCOMPARE(thread.value(QStringLiteral("replies")).toArray().first().toObject().value(QStringLiteral("author")).toString(), QStringLiteral("Miriam"));

        QCOMPARE(runFeder({QStringLiteral("comments"), QStringLiteral("resolve"), QStringLiteral("--store"), m_store, QStringLiteral("a"), id}).exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(runFeder({QStringLiteral("comments"), QStringLiteral("--store"), m_store, QStringLiteral("a"), QStringLiteral("--json")}).out).array().size(), 0);
        QCOMPARE(QJsonDocument::fromJson(runFeder({QStringLiteral("comments"), QStringLiteral("--store"), m_store, QStringLiteral("a"),
                                                   QStringLiteral("--json"), QStringLiteral("--all")}).out).array().first().toObject()
                     .value(QStringLiteral("state")).toString(), QStringLiteral("resolved"));
        QCOMPARE(runFeder({QStringLiteral("comments"), QStringLiteral("reopen"), QStringLiteral("--store"), m_store, QStringLiteral("a"), id}).exitCode, 0);

        // Issue 15: without --author a reply is signed with the name given in Feder (the GUI's
        // settings, CurrentUser), not with the login name.
        QTemporaryDir config;
        writeFile(config, QStringLiteral("Feder/feder.conf"), QByteArray("[review]\nname=Rita Berg\n"));
        QCOMPARE(runFeder({QStringLiteral("comments"), QStringLiteral("reply"), QStringLiteral("--store"), m_store, QStringLiteral("a"), id,
                           QStringLiteral("--text"), QStringLiteral("Passt.")},
                          {{QStringLiteral("XDG_CONFIG_HOME"), config.path()}, {QStringLiteral("FEDER_REVIEWER"), QString()}}).exitCode, 0);
        const QJsonArray replies = QJsonDocument::fromJson(runFeder({QStringLiteral("comments"), QStringLiteral("--store"), m_store,
            QStringLiteral("a"), QStringLiteral("--json")}).out).array().first().toObject().value(QStringLiteral("replies")).toArray();
        QCOMPARE(replies.last().toObject().value(QStringLiteral("author")).toString(), QStringLiteral("Rita Berg"));
        QCOMPARE(QJsonDocument::fromJson(runFeder({QStringLiteral("comments"), QStringLiteral("--store"), m_store, QStringLiteral("a"), QStringLiteral("--json")}).out).array().size(), 1);

        Result missing = runFeder({QStringLiteral("comments"), QStringLiteral("add"), QStringLiteral("--store"), m_store, QStringLiteral("a"),
                                   QStringLiteral("--quote"), QStringLiteral("gibt es nicht"), QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("'gibt es nicht' occurs fewer than 1 time(s)"));
        QCOMPARE(runFeder({QStringLiteral("comments"), QStringLiteral("resolve"), QStringLiteral("--store"), m_store, QStringLiteral("a"), QStringLiteral("nope")}).exitCode, 2);

        // A comment on a metadata field: offsets and quote refer to that field.
        QCOMPARE(runFeder({QStringLiteral("comments"), QStringLiteral("add"), QStringLiteral("--store"), m_store, QStringLiteral("a"),
                           QStringLiteral("--field"), QStringLiteral("title"), QStringLiteral("--quote"), QStringLiteral("A"),
                           QStringLiteral("--text"), QStringLiteral("Zu kurz")}).exitCode, 0);
        const QJsonArray withField = QJsonDocument::fromJson(runFeder({QStringLiteral("comments"), QStringLiteral("--store"), m_store,
                                                                       QStringLiteral("a"), QStringLiteral("--json")}).out).array();
        const auto titleThread = std::find_if(withField.begin(), withField.end(), [](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("field")).toString() == QLatin1String("title");
        });
        QVERIFY(titleThread != withField.end());
        QCOMPARE(titleThread->toObject().value(QStringLiteral("start")).toInt(), 0);
        QCOMPARE(titleThread->toObject().value(QStringLiteral("quote")).toString(), QStringLiteral("A"));
    }

    void storeFromEnvironment()
    {
        writeFile(*m_dir, QStringLiteral("a.md"), articleText(QStringLiteral("title: Aus der Umgebung")));
        const QMap<QString, QString> env{{QStringLiteral("FEDER_STORE"), m_store}};
        QCOMPARE(runFeder({QStringLiteral("import"), m_dir->filePath(QStringLiteral("a.md"))}, env).exitCode, 0);
        QVERIFY(runFeder({QStringLiteral("list")}, env).out.contains("aus-der-umgebung"));
    }

    void errorsGoToStderrWithExitTwoAndWriteNothing()
    {
        writeFile(*m_dir, QStringLiteral("in/gut.md"), articleText(QStringLiteral("title: Gut")));
        writeFile(*m_dir, QStringLiteral("in/schlecht.md"), articleText(QStringLiteral("title: Schlecht\nlanguage: xx")));
        const Result result = runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_dir->filePath(QStringLiteral("in"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err, (m_dir->filePath(QStringLiteral("in/schlecht.md")) +
                              QStringLiteral(":3: unknown language 'xx' (use one of: de-DE, de-AT, de-CH, en-US)\n")).toUtf8());
        const Result list = runFeder({QStringLiteral("list"), QStringLiteral("--store"), m_store});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.isEmpty());
    }

    void storeProblemsAreClear()
    {
        const QString notAStore = writeFile(*m_dir, QStringLiteral("notiz.txt"), "Einkaufszettel\n");
        Result result = runFeder({QStringLiteral("list"), QStringLiteral("--store"), notAStore});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err, (notAStore + QStringLiteral(": not a Feder store (the file is not an SQLite database)\n")).toUtf8());

        result = runFeder({QStringLiteral("list"), QStringLiteral("--store"), m_dir->filePath(QStringLiteral("nix.sqlite"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("no such store"));

        writeFile(*m_dir, QStringLiteral("a.md"), articleText(QStringLiteral("title: A")));
        runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_dir->filePath(QStringLiteral("a.md"))});
        QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        writeFile(*m_dir, QStringLiteral("b.md"), articleText(QStringLiteral("title: B")));
        result = runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_dir->filePath(QStringLiteral("b.md"))});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err, (m_store + QStringLiteral(": the store is read-only; nothing was written\n")).toUtf8());
        result = runFeder({QStringLiteral("list"), QStringLiteral("--store"), m_store});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count('\n'), 1);
        QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        result = runFeder({QStringLiteral("show"), QStringLiteral("--store"), m_store, QStringLiteral("gibt-es-nicht")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("no article with slug 'gibt-es-nicht'"));

        result = runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store});
        QCOMPARE(result.exitCode, 2);
        result = runFeder({QStringLiteral("list"), QStringLiteral("--bogus"), QStringLiteral("--store"), m_store});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("bogus"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
