#include "TestSupport.h"
#include "model/Article.h"
#include "article/ArticleFile.h"
#include "spelling/HunspellDictionary.h"
#include "spelling/IncrementalCheck.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellDocument.h"
#include "spelling/SpellTokenizer.h"
#include "spelling/WordLists.h"
#include "store/Store.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace feder;

namespace {

QStringList flagged(const QString &text, SpellContext context = {})
{
    const SpellChecker checker(std::move(context));
    QStringList words;
    for (const SpellFinding &finding : SpellDocument::checkMarkdown(checker, text))
        words.append(finding.word);
    return words;
}

QString firstSuggestion(const QString &word, SpellContext context = {})
{
    const SpellChecker checker(std::move(context));
    return checker.suggestions(word).value(0);
}

} // namespace

class TestSpelling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wordListsLoad()
    {
        const WordLists &lists = WordLists::shared();
        QVERIFY2(lists.problems().isEmpty(), qPrintable(lists.problems().join(QLatin1Char('\n'))));
        QVERIFY(lists.size() > 500);
        QVERIFY(lists.isAnglicism(QStringLiteral("Compliance")));
        QVERIFY(lists.isAnglicism(QStringLiteral("clouds")));     // /N forms, any case
        QVERIFY(lists.isHouseWord(QStringLiteral("transformatives"))); // /ADJ forms
        QCOMPARE(lists.knownMisspelling(QStringLiteral("Standart")).value_or(QString()), QStringLiteral("Standard"));
    }

    void acceptsGermanBusinessProse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("anglicisms") << QStringLiteral("Cloud, Compliance, Lockdown, Home Office, Homeoffice, Workflows und Stakeholder.");
        QTest::newRow("abbreviations") << QStringLiteral("Die DSGVO und KI, z. B. bzw. ca. 5 min. sowie usw. und ggf. die BaFin.");
        QTest::newRow("hyphenated compounds") << QStringLiteral("Covid-19-Risikogruppen, E-Mail-Adresse, KI-gestützte Open-Data-Portal.");
        QTest::newRow("ergaenzungsstrich") << QStringLiteral("Verwaltungs- und Serviceprozesse, Ein- und Ausgänge, Sicherheits- und Compliance-Anforderungen, Lehr- und Lernmaterial.");
        QTest::newRow("compounds beyond the dictionary") << QStringLiteral("Die Cloudarchitektur, cloudbasierte, datengesteuerten und bürgernahen Dienste.");
        QTest::newRow("inflected adjectives") << QStringLiteral("Ein transformatives und inklusiveres Denken.");
        QTest::newRow("gender forms") << QStringLiteral("SchülerInnen, Bürger*innen, Kolleg:innen, Bürger_innen und Lehrer/innen.");
        QTest::newRow("english passage") << QStringLiteral("Das Motto lautet Iceland runs on Trust, sagt sie.");
        QTest::newRow("names after forms of address") << QStringLiteral("Frau Yilmaz und Herr Okonkwo trafen Dr. Wieczorek.");
        // Issue 11.7: a multi-word English name is one unit, its unknown names included.
        QTest::newRow("english institution name") << QStringLiteral("Sie forscht an der Hertie School of Governance in Berlin.");
        QTest::newRow("english name with connectors") << QStringLiteral("Der Bericht des Wyndhurst Institute for Public Health liegt vor.");
        QTest::newRow("numbers and units") << QStringLiteral("Es sind 30 km, 5 GB, 99,9 % und 4.200 Termine im Jahr 2024.");
    }
    void acceptsGermanBusinessProse()
    {
        QFETCH(QString, text);
        QCOMPARE(flagged(text), QStringList());
    }

    void neverChecksWhatIsNotProse()
    {
        const QString text = QStringLiteral(
            "Text mit `codeWortt` und [Linktext](https://exmaple.orgg/pfaad) und <span class=\"klasssse\">Inhalt</span>.\n\n"
            "```\nfalschesWortt im Codeblock\n```\n\n"
            "Mail an info@beispieel.de, #Hashtaggg, @erwähnungg und www.beispieel.de/seitee.\n\n"
            "::: pullquote\nZitat\n:::\n\n"
            "<div data-x=\"attributtt\">\n\nHTML-Block\n\n</div>\n");
        QCOMPARE(flagged(text), QStringList());
    }

    void checksHeadingsLinkTextTablesAndAltText()
    {
        const QString text = QStringLiteral(
            "## Überschrft\n\n[Linktxet](https://example.org)\n\n| Spalte |\n| --- |\n| Zellle |\n\n![Bildbeschreibng](bild.png)\n");
        QCOMPARE(flagged(text), (QStringList{QStringLiteral("Überschrft"), QStringLiteral("Linktxet"),
                                            QStringLiteral("Zellle"), QStringLiteral("Bildbeschreibng")}));
    }

    void positionsMapBackToTheSource()
    {
        const QString body = QStringLiteral("„Zitat“ mit Übermut 😀 und Fehlerr,\n\n## Kopf mit **Fehlrr** und &amp; Fehhler\n");
        const SpellChecker checker(SpellContext{});
        const QList<SpellFinding> findings = SpellDocument::checkMarkdown(checker, body);
        QCOMPARE(findings.size(), 3);
        for (const SpellFinding &finding : findings)
            QCOMPARE(body.mid(finding.start, finding.length), finding.word);
    }

    void knownMisspellingsComeFirst()
    {
        QCOMPARE(flagged(QStringLiteral("Der Standart ist wiederrum hoch.")),
                 (QStringList{QStringLiteral("Standart"), QStringLiteral("wiederrum")}));
        QCOMPARE(firstSuggestion(QStringLiteral("Standart")), QStringLiteral("Standard"));
        QCOMPARE(firstSuggestion(QStringLiteral("wiederrum")), QStringLiteral("wiederum"));
        QCOMPARE(firstSuggestion(QStringLiteral("vorrausschauende")), QStringLiteral("vorausschauende"));
    }

    // Issue 14.2/14.3: one-word forms of two-word expressions, also at a sentence start; the
    // suggestion keeps the typed word's case.
    void oneWordFormsOfTwoWordExpressions()
    {
        QCOMPARE(flagged(QStringLiteral("Das ist garnicht schlimm, desweiteren geht es.")),
                 (QStringList{QStringLiteral("garnicht"), QStringLiteral("desweiteren")}));
        QCOMPARE(firstSuggestion(QStringLiteral("desweiteren")), QStringLiteral("des Weiteren"));
        QCOMPARE(flagged(QStringLiteral("Desweiteren gilt das.")), QStringList{QStringLiteral("Desweiteren")});
        QCOMPARE(firstSuggestion(QStringLiteral("Desweiteren")), QStringLiteral("Des Weiteren"));
        QCOMPARE(firstSuggestion(QStringLiteral("Entgültig")), QStringLiteral("Endgültig"));
        // Only listed in lower case: found at the start of a sentence all the same.
        const WordLists &lists = WordLists::shared();
        QCOMPARE(lists.knownMisspelling(QStringLiteral("Agressiv")).value_or(QString()), QStringLiteral("Aggressiv"));
        QCOMPARE(lists.knownMisspelling(QStringLiteral("Nichtmal")).value_or(QString()), QStringLiteral("Nicht mal"));
        QCOMPARE(lists.misspelledHead(QStringLiteral("Vorrausschauende")).value_or(QString()), QStringLiteral("Vorausschauende"));
        QVERIFY(!lists.knownMisspelling(QStringLiteral("AGRESSIV"))); // all caps is an abbreviation's business
        QCOMPARE(firstSuggestion(QStringLiteral("Agressiv")), QStringLiteral("Aggressiv"));
        QCOMPARE(firstSuggestion(QStringLiteral("Nichtmal")), QStringLiteral("Nicht mal"));
        QCOMPARE(flagged(QStringLiteral("Vorrausschauende Planung hilft.")), QStringList{QStringLiteral("Vorrausschauende")});
        QCOMPARE(firstSuggestion(QStringLiteral("Vorrausschauende")), QStringLiteral("Vorausschauende"));
        // Closed-class words are no compound parts: "wert" + "den", "gar" + "kein".
        QCOMPARE(flagged(QStringLiteral("Die Daten wertden geprüft, es gibt garkeinen Grund.")),
                 (QStringList{QStringLiteral("wertden"), QStringLiteral("garkeinen")}));
    }

    // Issue 14.2: wider- (against) and wieder- (again) confused inside a word.
    void widerAndWiederConfused()
    {
        QCOMPARE(flagged(QStringLiteral("Wir wiederlegen den Wiederstand und den Wiederspruch.")),
                 (QStringList{QStringLiteral("wiederlegen"), QStringLiteral("Wiederstand"), QStringLiteral("Wiederspruch")}));
        QCOMPARE(firstSuggestion(QStringLiteral("wiederlegen")), QStringLiteral("widerlegen"));
        QCOMPARE(firstSuggestion(QStringLiteral("Wiederstand")), QStringLiteral("Widerstand"));
        QCOMPARE(flagged(QStringLiteral("Sie widerholen den Antrag.")), QStringList{QStringLiteral("widerholen")});
        QCOMPARE(firstSuggestion(QStringLiteral("widerholen")), QStringLiteral("wiederholen"));
        QCOMPARE(flagged(QStringLiteral("Wir wiederholen den Widerspruch gegen die Wiederaufnahme und widersprechen.")),
                 QStringList());
    }

    // Issue 14.2: heads in -ung, -heit, -keit, -schaft, -ion, -tät, -ling, -tum need the -s-.
    void compoundsNeedTheLinkingS()
    {
        QCOMPARE(flagged(QStringLiteral("Das Bildungangebot, das Sicherheitkonzept und die Gemeinschaftpraxis.")),
                 (QStringList{QStringLiteral("Bildungangebot"), QStringLiteral("Sicherheitkonzept"),
                              QStringLiteral("Gemeinschaftpraxis")}));
        QCOMPARE(firstSuggestion(QStringLiteral("Bildungangebot")), QStringLiteral("Bildungsangebot"));
        QCOMPARE(firstSuggestion(QStringLiteral("Sicherheitkonzept")), QStringLiteral("Sicherheitskonzept"));
        QCOMPARE(flagged(QStringLiteral("Das Bildungsangebot, das Sicherheitskonzept und die Digitalisierungsstrategie.")),
                 QStringList());
    }

    // Issue 14.2: an unknown word one likely slip from a dictionary word is that word mistyped,
    // not a rare compound ("Naht" + "Eile").
    void slipsOfDictionaryWordsAreNotCompounds()
    {
        QCOMPARE(flagged(QStringLiteral("Die Nahteile und das Systemstatt.")),
                 (QStringList{QStringLiteral("Nahteile"), QStringLiteral("Systemstatt")}));
        QCOMPARE(firstSuggestion(QStringLiteral("Nahteile")), QStringLiteral("Nachteile"));
        // Also one slip from a compound hunspell joins itself, or a linking letter too many.
        QCOMPARE(flagged(QStringLiteral("Die Werkezuge, die Dateissysteme, die Handsbuchseite und die Binäredateien.")),
                 (QStringList{QStringLiteral("Werkezuge"), QStringLiteral("Dateissysteme"), QStringLiteral("Handsbuchseite"),
                              QStringLiteral("Binäredateien")}));
        QCOMPARE(firstSuggestion(QStringLiteral("Werkezuge")), QStringLiteral("Werkzeuge"));
        QCOMPARE(firstSuggestion(QStringLiteral("Handsbuchseite")), QStringLiteral("Handbuchseite"));
        // Real compounds beyond the dictionary stay quiet, inflected ones too.
        QCOMPARE(flagged(QStringLiteral("Der Linktext, die Nachsorge, die Cloudarchitektur und die Paketskripte.")), QStringList());
    }

    void englishSpellingOfAGermanWordIsFlagged()
    {
        QCOMPARE(flagged(QStringLiteral("Die Platform funktioniert.")), QStringList{QStringLiteral("Platform")});
        QCOMPARE(firstSuggestion(QStringLiteral("Platform")), QStringLiteral("Plattform"));
        QCOMPARE(flagged(QStringLiteral("Die neue Lernplatform.")), QStringList{QStringLiteral("Lernplatform")});
    }

    void compoundsDoNotHideMisspellings()
    {
        QCOMPARE(flagged(QStringLiteral("Cloudarchitecktur, Verwaltngs- und Serviceprozesse, E-Mail-Adrese, Schullungen und Kundschafft.")),
                 (QStringList{QStringLiteral("Cloudarchitecktur"), QStringLiteral("Verwaltngs-"), QStringLiteral("E-Mail-Adrese"),
                              QStringLiteral("Schullungen"), QStringLiteral("Kundschafft")}));
        QCOMPARE(firstSuggestion(QStringLiteral("E-Mail-Adrese")), QStringLiteral("E-Mail-Adresse"));
        QCOMPARE(firstSuggestion(QStringLiteral("Schullungen")), QStringLiteral("Schulungen"));
    }

    void genderStyleFollowsTheSetting()
    {
        const QString text = QStringLiteral("Bürger*innen und Kolleg:innen und SchülerInnen.");
        SpellContext star;
        star.gender = GenderStyle::Star;
        QCOMPARE(flagged(text, star), (QStringList{QStringLiteral("Kolleg:innen"), QStringLiteral("SchülerInnen")}));
        QCOMPARE(firstSuggestion(QStringLiteral("Kolleg:innen"), star), QStringLiteral("Kolleg*innen"));
        SpellContext none;
        none.gender = GenderStyle::None;
        QCOMPARE(flagged(text, none).size(), 3);
        QCOMPARE(firstSuggestion(QStringLiteral("Bürger*innen"), none), QStringLiteral("Bürgerinnen"));
        // Never mistaken for misspellings of the base word: the suggestion keeps the gender form.
        QVERIFY(!firstSuggestion(QStringLiteral("Kolleg:innen"), star).startsWith(QStringLiteral("Kollege")));
    }

    void namesFromTheArticleMetadataAreAccepted()
    {
        Article article;
        article.author = QStringLiteral("Thomas Okonkwo");
        article.role = QStringLiteral("Leiter Digitalisierung, Stadtverwaltung Nkemelu-Stadt");
        article.title = QStringLiteral("Das Bürgeramt");
        const QString text = QStringLiteral("Okonkwo leitet die Digitalisierung in Nkemelu.");
        QCOMPARE(flagged(text), (QStringList{QStringLiteral("Okonkwo"), QStringLiteral("Nkemelu")}));
        SpellContext context;
        context.acceptedWords = SpellDocument::namesFromMetadata(article);
        QCOMPARE(flagged(text, context), QStringList());

        // A title word counts as a name only when the text uses it too: a typo in the title stays a typo.
        article.title = QStringLiteral("Die neue Platform in Quedlinbek");
        article.body = QStringLiteral("Quedlinbek ist eine Stadt.");
        const QSet<QString> names = SpellDocument::namesFromMetadata(article);
        QVERIFY(names.contains(QStringLiteral("Quedlinbek")));
        QVERIFY(!names.contains(QStringLiteral("Platform")));
    }

    void suggestionsForTheCommonSlips_data()
    {
        QTest::addColumn<QString>("typo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("swapped") << QStringLiteral("Verwlatung") << QStringLiteral("Verwaltung");
        QTest::newRow("missing") << QStringLiteral("funtioniert") << QStringLiteral("funktioniert");
        QTest::newRow("doubled") << QStringLiteral("Hottline") << QStringLiteral("Hotline");
        QTest::newRow("extra") << QStringLiteral("Maschiene") << QStringLiteral("Maschine");
        QTest::newRow("ue for ü") << QStringLiteral("verschluesselt") << QStringLiteral("verschlüsselt");
        QTest::newRow("ss for ß") << QStringLiteral("Massnahmen") << QStringLiteral("Maßnahmen");
        QTest::newRow("english spelling") << QStringLiteral("Infrastructure") << QStringLiteral("Infrastruktur");
    }
    void suggestionsForTheCommonSlips()
    {
        QFETCH(QString, typo);
        QFETCH(QString, expected);
        const SpellChecker checker(SpellContext{});
        QVERIFY(!checker.check(typo).correct);
        const QStringList suggestions = checker.suggestions(typo);
        QVERIFY(suggestions.size() <= SpellChecker::kMaxSuggestions);
        QCOMPARE(suggestions.value(0), expected);
        // The command line's cheap first suggestion is the menu's first.
        QCOMPARE(checker.firstSuggestion(typo), expected);
    }

    // The names rule needs more English words than unknown ones, and stops at German words.
    void misspellingsNextToEnglishNamesStayFindings()
    {
        QCOMPARE(flagged(QStringLiteral("Ein Fehlerr in der Hertie School of Governance.")), QStringList{QStringLiteral("Fehlerr")});
        QCOMPARE(flagged(QStringLiteral("Die Platform Wyndhurst startet.")),
                 (QStringList{QStringLiteral("Platform"), QStringLiteral("Wyndhurst")}));
    }

    // A noun typed in lower case gets the noun first, not a verb form one slip away.
    void lowerCaseNounsGetTheirCapital()
    {
        const SpellChecker checker(SpellContext{});
        QVERIFY(!checker.check(QStringLiteral("arbeit")).correct);
        QCOMPARE(checker.suggestions(QStringLiteral("arbeit")).value(0), QStringLiteral("Arbeit"));
        QCOMPARE(checker.firstSuggestion(QStringLiteral("bürgeramt")), QStringLiteral("Bürgeramt"));
    }

    // Issue 11.8: after the right word, no invented compounds ("Vormaussetzung").
    void suggestionsAreWordsNotNoise()
    {
        const SpellChecker checker(SpellContext{});
        const QStringList suggestions = checker.suggestions(QStringLiteral("Vorraussetzung"));
        QCOMPARE(suggestions.value(0), QStringLiteral("Voraussetzung"));
        for (const QString &noise : {QStringLiteral("Vormaussetzung"), QStringLiteral("Vorraubsetzung"),
                                     QStringLiteral("Vorhaussetzung"), QStringLiteral("Vorraumsetzung")})
            QVERIFY2(!suggestions.contains(noise), qPrintable(suggestions.join(QLatin1Char(' '))));
        // A compound is offered when it is the likeliest explanation.
        QCOMPARE(checker.suggestions(QStringLiteral("Geschäftsfürung")).value(0), QStringLiteral("Geschäftsführung"));
        // The dictionary's typical misspellings (its REP table) come first: d/t at the end.
        QCOMPARE(checker.firstSuggestion(QStringLiteral("verpflichted")), QStringLiteral("verpflichtet"));
    }

    // Issue 13.2: a look-up never waits for a suggestion running on another thread. Before,
    // one mutex guarded the one hunspell instance through every suggest (50-400 ms each), so no
    // look-up finished while a suggestion was computed. Counted, not timed: a loaded machine
    // may preempt a thread, but it cannot make look-ups finish while they are blocked.
    void lookUpsNeverWaitForSuggestions()
    {
        QString problem;
        const auto dictionary = DictionaryLocator::load(QStringLiteral("de-DE"), &problem);
        QVERIFY(dictionary);
        dictionary->suggest(QStringLiteral("Verwaltnug")); // the suggesting instance is loaded now
        std::atomic_bool inSuggest = false;
        std::atomic_bool done = false;
        std::thread suggesting([&] {
            const QStringList typos = {QStringLiteral("Digitalisierrungsstratgie"), QStringLiteral("Verwaltngsmodernisierung"),
                                       QStringLiteral("Bürgerbeteilgungsverfahren"), QStringLiteral("Barrierefrieheitsprüfung")};
            for (const QString &typo : typos) {
                inSuggest = true;
                dictionary->suggest(typo); // not cached yet: each is a full hunspell search
                inSuggest = false;
            }
            done = true;
        });
        int duringSuggestions = 0;
        for (int i = 0; !done; ++i) {
            const bool wasSuggesting = inSuggest;
            dictionary->spell(QStringLiteral("Verwaltung%1").arg(i % 7 == 0 ? QString() : QStringLiteral("en")));
            if (wasSuggesting && inSuggest)
                ++duringSuggestions; // began and ended while hunspell was suggesting
        }
        suggesting.join();
        QVERIFY2(duringSuggestions >= 50, qPrintable(QStringLiteral("only %1 look-ups while suggesting").arg(duringSuggestions)));
        QCOMPARE(dictionary->suggesterCount(), 1);
    }

    // Issue 13.1: a re-check after a pause checks only the paragraph that changed, and finds
    // exactly what a check of the whole text finds.
    void reCheckOnlyChangedParagraphs()
    {
        const SpellChecker checker(SpellContext{});
        QString body;
        const QDir corpus(test::dataPath(QStringLiteral("spelling")));
        for (const QString &name : corpus.entryList({QStringLiteral("*.md")})) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            if (name != QLatin1String("README.md"))
                body += ArticleFile::parse(file.readAll(), name).article.body + QStringLiteral("\n\n");
        }
        body += QStringLiteral("```\ncode mit Leerzeile\n\nfalschhh im Code\n~~~\n\nnoch Kode\n```\n\n"
                               "- Punkt eins\n\n    Fortsetzung mit Tippfeler hier.\n\n"
                               "Ein Fehlerr am Ende.\n");
        IncrementalCheck incremental;
        auto same = [&](const QString &text) {
            const QList<SpellFinding> whole = SpellDocument::checkMarkdown(checker, text);
            const QList<SpellFinding> parts = incremental.check(checker, text);
            QCOMPARE(parts.size(), whole.size());
            for (int i = 0; i < whole.size(); ++i) {
                QCOMPARE(parts.at(i).word, whole.at(i).word);
                QCOMPARE(parts.at(i).start, whole.at(i).start);
            }
        };
        same(body);
        QVERIFY(incremental.checkedParagraphs() > 20);
        const int paragraphs = incremental.checkedParagraphs() + incremental.reusedParagraphs();
        body.replace(QStringLiteral("Ein Fehlerr am Ende."), QStringLiteral("Ein Fehlerr und ein Tippfehlr am Ende."));
        same(body);
        QCOMPARE(incremental.checkedParagraphs(), 1);
        QCOMPARE(incremental.reusedParagraphs(), paragraphs - 1);
        const QList<SpellFinding> whole = SpellDocument::checkMarkdown(checker, body);
        QVERIFY(std::any_of(whole.begin(), whole.end(), [](const SpellFinding &f) { return f.word == QLatin1String("Tippfeler"); }));
        // Markdown that joins paragraphs: checked whole, with the same findings.
        same(body + QStringLiteral("\n<!-- Notiz\n\nnicht prüfen Fehlerrr -->\n\nSiehe [Bericht][ber].\n\n[ber]: https://example.org\n"));
    }

    // Issue 13.1: a stale check stops at once when asked to.
    void aCheckStopsWhenAsked()
    {
        const SpellChecker checker(SpellContext{});
        QString text;
        for (int i = 0; i < 5000; ++i)
            text += QStringLiteral("Eine Zeile mit Fehlerr%1 und Wörtern. ").arg(i);
        std::stop_source stop;
        stop.request_stop();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(SpellDocument::checkMarkdown(checker, text, SpellDocument::Suggestions::None, stop.get_token()).isEmpty());
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(!SpellDocument::checkMarkdown(checker, QStringLiteral("Ein Fehlerr.")).isEmpty());
    }

    void swissGermanKeepsDoubleS()
    {
        SpellContext swiss;
        swiss.language = QStringLiteral("de-CH");
        QCOMPARE(flagged(QStringLiteral("Die Strasse und die Massnahmen."), swiss), QStringList());
        QCOMPARE(flagged(QStringLiteral("Die Strasse und die Massnahmen.")).size(), 2);
    }

    void missingDictionaryIsAClearMessage()
    {
        SpellContext context;
        context.language = QStringLiteral("xx-YY");
        const SpellChecker checker(context);
        QVERIFY(!checker.isAvailable());
        QVERIFY(checker.problem().contains(QStringLiteral("no xx-YY dictionary found")));
        QVERIFY(checker.problem().contains(QStringLiteral("spellcheck is off")));
        QVERIFY(checker.check(QStringLiteral("irgendwas")).correct); // off, not broken
    }

    void dictionaryEncodingIsHandled()
    {
        const QString folder = test::dataPath(QStringLiteral("spelling/latin1dict"));
        HunspellDictionary latin1(folder + QStringLiteral("/xx_LA.aff"), folder + QStringLiteral("/xx_LA.dic"));
        QVERIFY2(latin1.isValid(), qPrintable(latin1.problem()));
        QCOMPARE(latin1.encodingName(), QStringLiteral("ISO8859-1"));
        QVERIFY(latin1.spell(QStringLiteral("Müller")));
        QVERIFY(latin1.spell(QStringLiteral("Straße")));
        QVERIFY(!latin1.spell(QStringLiteral("Muller")));
        const QList<HunspellSuggestion> suggested = latin1.suggest(QStringLiteral("Strase"));
        QVERIFY(std::any_of(suggested.begin(), suggested.end(), [](const HunspellSuggestion &s) { return s.word == QStringLiteral("Straße"); }));
        qputenv("FEDER_DICTIONARY_PATH", folder.toUtf8());
        QString problem;
        QVERIFY(DictionaryLocator::load(QStringLiteral("xx-LA"), &problem));
        qunsetenv("FEDER_DICTIONARY_PATH");
    }

    void personalDictionaryAndIgnoreList()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("d.sqlite")), Store::Access::Create);
        Transaction t(store->database());
        store->dictionary().addWord(QStringLiteral("Okonkwo"));
        store->dictionary().addWord(QStringLiteral("Rheinfeld"));
        store->dictionary().removeWord(QStringLiteral("Rheinfeld"));
        QCOMPARE(store->dictionary().words(), QStringList{QStringLiteral("Okonkwo")});
        QCOMPARE(store->dictionary().importWords(QStringLiteral("# Liste\nNordheide\nOkonkwo\n\nYilmaz\n")), 2);
        QVERIFY(store->dictionary().exportWords().contains(QStringLiteral("Nordheide\nOkonkwo\nYilmaz\n")));
        Article article;
        article.title = QStringLiteral("Mit Xyzzy");
        article.slug = QStringLiteral("mit-xyzzy");
        store->articles().save(article);
        store->dictionary().ignoreInArticle(article.id, QStringLiteral("Xyzzy"));
        t.commit();
        SpellContext context;
        context.acceptedWords = store->dictionary().acceptedFor(article.id);
        QCOMPARE(flagged(QStringLiteral("Okonkwo in der Nordheide mit Xyzzy."), context), QStringList());
        context.acceptedWords = store->dictionary().acceptedFor(0);
        QCOMPARE(flagged(QStringLiteral("Okonkwo in der Nordheide mit Xyzzy."), context), QStringList{QStringLiteral("Xyzzy")});
    }
};

QTEST_GUILESS_MAIN(TestSpelling)
#include "tst_spelling.moc"
