#include "GuiEntry.h"
#include "check/Checklist.h"
#include "model/ArticleStatus.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The German translation is complete (every source string translated, nothing unfinished) and
// the compiled catalogue is in the binary.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStringIsTranslated()
    {
        QFile ts(QStringLiteral(FEDER_TS_FILE));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || text.trimmed().isEmpty())
                    missing.append(source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 200);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(" | "))));
    }

    void catalogueIsCompiledIn()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/feder_de.qm")));
        QCOMPARE(translator.translate("feder::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(translator.translate("Store", "%1: no such store"), QStringLiteral("%1: Speicher nicht gefunden"));
        // The review import's report counts in real singular and plural forms.
        QCOMPARE(translator.translate("feder::ui::MainWindow", "%n comment(s) added", nullptr, 1), QStringLiteral("%n Kommentar hinzugefügt"));
        QCOMPARE(translator.translate("feder::ui::MainWindow", "%n reply(ies) added", nullptr, 3), QStringLiteral("%n Antworten hinzugefügt"));
    }

    // One label per status (model/ArticleStatus), the words the German UI always showed: the
    // library, the Metadaten dock, the history and the revision names all take it from there.
    void statusLabelsSpeakGerman()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/feder_de.qm")));
        QCoreApplication::installTranslator(&translator);
        const QStringList labels = {
            feder::statusLabel(feder::ArticleStatus::Draft), feder::statusLabel(feder::ArticleStatus::Review),
            feder::statusLabel(feder::ArticleStatus::Revision), feder::statusLabel(feder::ArticleStatus::Approved),
            feder::statusLabel(feder::ArticleStatus::Published)};
        const QString stored = feder::statusLabel(QStringLiteral("review"));
        const QString unknown = feder::statusLabel(QStringLiteral("archived"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(labels, (QStringList{QStringLiteral("Entwurf"), QStringLiteral("In Prüfung"), QStringLiteral("Überarbeitung"),
                                      QStringLiteral("Freigegeben"), QStringLiteral("Veröffentlicht")}));
        QCOMPARE(stored, QStringLiteral("In Prüfung"));
        QCOMPARE(unknown, QStringLiteral("archived")); // shown as stored
    }

    // Issue 11: „1 offene(r) Kommentar(e)“, „5 mögliche(r) Rechtschreibfehler“. The checklist's
    // counted messages have real German singular and plural forms.
    void checklistSpeaksGermanPlurals()
    {
        feder::ui::installChecklistTranslation(*QCoreApplication::instance());
        QTemporaryDir dir;
        auto store = feder::Store::open(dir.filePath(QStringLiteral("t.sqlite")), feder::Store::Access::Create);
        feder::Article article;
        article.title = QStringLiteral("Titel");
        article.language = QStringLiteral("de-DE");
        const auto spelling = [&](int count) {
            for (const feder::CheckItem &item : feder::Checklist::run(*store, article, count)) {
                if (item.rule == QLatin1String("spelling"))
                    return item.message;
            }
            return QString();
        };
        QCOMPARE(spelling(1), QStringLiteral("1 möglicher Rechtschreibfehler. Bitte im Bereich „Rechtschreibung“ prüfen."));
        QCOMPARE(spelling(5), QStringLiteral("5 mögliche Rechtschreibfehler. Bitte im Bereich „Rechtschreibung“ prüfen."));
        const char *comments = "%n open review comment(s). Please reply and resolve them before the article is exported.";
        QVERIFY(QCoreApplication::translate("Checklist", comments, nullptr, 1).startsWith(QStringLiteral("1 offener Kommentar. ")));
        QVERIFY(QCoreApplication::translate("Checklist", comments, nullptr, 5).startsWith(QStringLiteral("5 offene Kommentare. ")));
        // Only the checklist: the rest of the command line stays English.
        QCOMPARE(QCoreApplication::translate("Cli", "Print JSON."), QStringLiteral("Print JSON."));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
