#include <QCoreApplication>
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
        QCOMPARE(translator.translate("feder::ui::ArticleListModel", "%n min.", nullptr, 4), QStringLiteral("%n Min."));
        QCOMPARE(translator.translate("Store", "%1: no such store"), QStringLiteral("%1: Store nicht gefunden"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
