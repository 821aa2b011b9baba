// German typography (issue 17): the rules one by one, the labelled texts in tests/data/style
// (every slip caught, every fix correct when applied), clean published text without a finding,
// the per-paragraph check the editor will use, the HTML export of non-breaking spaces and
// `feder style` on the command line.
#include "TestSupport.h"
#include "article/ArticleFile.h"
#include "markdown/VisibleText.h"
#include "render/BodyRenderer.h"
#include "style/IncrementalTypography.h"
#include "style/ProseBlocks.h"
#include "style/Typography.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace feder;

namespace {

constexpr QChar kNbsp(0x00A0);

// A labelled text: markers ⟦rule:wrong→right⟧ give the slip and its correction; "⍽" stands for
// U+00A0 everywhere (see tests/data/style/README.md).
struct Label
{
    QString rule;
    int start = 0; // in `wrong`
    int end = 0;
};

struct Labelled
{
    QString wrong;
    QString right;
    QList<Label> labels;
};

Labelled parseLabelled(QString text)
{
    text.replace(QStringLiteral("⍽"), QString(kNbsp));
    static const QRegularExpression marker(QStringLiteral("⟦([a-z-]+):(.*?)→(.*?)⟧"));
    Labelled result;
    qsizetype cursor = 0;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QStringView between = QStringView(text).mid(cursor, m.capturedStart() - cursor);
        result.wrong += between;
        result.right += between;
        result.labels.append({m.captured(1), int(result.wrong.size()), int(result.wrong.size() + m.capturedLength(2))});
        result.wrong += m.captured(2);
        result.right += m.captured(3);
        cursor = m.capturedEnd();
    }
    result.wrong += QStringView(text).mid(cursor);
    result.right += QStringView(text).mid(cursor);
    return result;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QString bodyOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return ArticleFile::parse(file.readAll(), path).article.body;
}

QString describe(const QList<StyleFinding> &findings)
{
    QStringList lines;
    for (const StyleFinding &f : findings)
        lines.append(QStringLiteral("%1 @%2 '%3' -> '%4'").arg(f.rule).arg(f.start).arg(f.text, f.replacement));
    return lines.join(QLatin1Char('\n'));
}

QStringList rulesOf(const QList<StyleFinding> &findings)
{
    QStringList rules;
    for (const StyleFinding &f : findings)
        rules.append(f.rule);
    return rules;
}

bool overlaps(const StyleFinding &f, int start, int end)
{
    return f.start < end && start < f.start + std::max(1, f.length);
}

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

RunResult runFeder(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FEDER_STORE"));
    process.setProcessEnvironment(env);
    QString binary = qEnvironmentVariable("FEDER_BINARY");
    if (binary.isEmpty())
        binary = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/feder");
    process.start(binary, arguments);
    if (!process.waitForFinished(60000))
        qFatal("feder did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Text with slips → the text after applying every fix.
    void fixes_data()
    {
        QTest::addColumn<QString>("wrong");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QStringList>("rules");
        auto row = [](const char *name, const char *wrong, const char *right, QStringList rules) {
            QString r = QString::fromUtf8(right);
            r.replace(QStringLiteral("⍽"), QString(kNbsp));
            QTest::newRow(name) << QString::fromUtf8(wrong) << r << rules;
        };
        const QString q = Typography::kQuotes;
        row("straight quotes", "Er sagte \"Hallo\" zu mir.", "Er sagte „Hallo“ zu mir.", {q, q});
        row("english quotes", "Sie nannte es “schwierig”.", "Sie nannte es „schwierig“.", {q, q});
        row("quotes around emphasis", "Das \"**Ja**\" zählt.", "Das „**Ja**“ zählt.", {q, q});
        row("quotes around link", "Lesen Sie \"[den Bericht](https://example.org/a\"b)\".", "Lesen Sie „[den Bericht](https://example.org/a\"b)“.", {q, q});
        row("nested straight", "Er schrieb: \"Der Begriff \"Akte\" bleibt.\"", "Er schrieb: „Der Begriff ‚Akte‘ bleibt.“", {q, q, q, q});
        row("nested single", "„Das Wort 'Frist' ist wichtig“, sagte sie.", "„Das Wort ‚Frist‘ ist wichtig“, sagte sie.", {q, q});
        row("quote at line start", "Sie sagte:\n\"Gut.\"", "Sie sagte:\n„Gut.“", {q, q});
        row("escaped quote", "Ein \\\"Wort\\\" hier.", "Ein „Wort“ hier.", {q, q});
        row("typewriter quotes", "Er sagte ,,Hallo'' und ,,Tschüss\".", "Er sagte „Hallo“ und „Tschüss“.", {q, q, q, q});
        row("apostrophe", "Wie geht's dir?", "Wie geht’s dir?", {Typography::kApostrophe});
        row("acute as apostrophe", "Wie geht´s?", "Wie geht’s?", {Typography::kApostrophe});
        row("apostrophe after s", "Andreas' Liste", "Andreas’ Liste", {Typography::kApostrophe});
        row("dash", "Das Amt - nicht die Stadt - entscheidet.", "Das Amt – nicht die Stadt – entscheidet.", {Typography::kDash, Typography::kDash});
        row("double hyphen", "Das Amt -- nicht die Stadt.", "Das Amt – nicht die Stadt.", {Typography::kDash});
        row("spaced em dash", "Das Amt — nicht die Stadt.", "Das Amt – nicht die Stadt.", {Typography::kDash});
        row("ellipsis", "Und dann...", "Und dann…", {Typography::kEllipsis});
        row("bracket ellipsis", "Das Projekt, das [...]", "Das Projekt, das […]", {Typography::kEllipsis});
        row("z. B.", "Formulare, z. B. Anträge", "Formulare, z.⍽B. Anträge", {Typography::kNbspAbbreviation});
        row("z.B.", "Formulare, z.B. Anträge", "Formulare, z.⍽B. Anträge", {Typography::kNbspAbbreviation});
        row("Z. B. at start", "Z. B. Anträge", "Z.⍽B. Anträge", {Typography::kNbspAbbreviation});
        row("i. d. R.", "Das gilt i. d. R. für alle.", "Das gilt i.⍽d.⍽R. für alle.", {Typography::kNbspAbbreviation});
        row("abbreviation across lines", "Das gilt u. a.\nfür alle, d.\nh. auch", "Das gilt u.⍽a.\nfür alle, d.⍽h. auch",
            {Typography::kNbspAbbreviation, Typography::kNbspAbbreviation});
        row("percent", "Plus 5 % im Jahr", "Plus 5⍽% im Jahr", {Typography::kNbspUnit});
        row("percent joined", "Plus 5% im Jahr", "Plus 5⍽% im Jahr", {Typography::kNbspUnit});
        row("km", "Nach 10 km war Schluss.", "Nach 10⍽km war Schluss.", {Typography::kNbspUnit});
        row("decimal euro", "Es kostet 3,50 € netto.", "Es kostet 3,50⍽€ netto.", {Typography::kNbspUnit});
        row("million", "Rund 3 Mio. Euro", "Rund 3⍽Mio. Euro", {Typography::kNbspUnit});
        row("degrees", "Bei 15 °C im Serverraum", "Bei 15⍽°C im Serverraum", {Typography::kNbspUnit});
        row("paragraph sign", "Nach § 3 Abs. 2 gilt", "Nach §⍽3 Abs.⍽2 gilt", {Typography::kNbspUnit, Typography::kNbspUnit});
        row("Nr.", "Vorgang Nr. 5 ist erledigt", "Vorgang Nr.⍽5 ist erledigt", {Typography::kNbspUnit});
        row("double space", "Das  Amt", "Das Amt", {Typography::kDoubleSpace});
        row("double space after full stop", "Ende.  Neu", "Ende. Neu", {Typography::kDoubleSpace});
        row("space before comma", "Das Amt , die Stadt", "Das Amt, die Stadt", {Typography::kSpaceBeforePunctuation});
        row("space before question mark", "Warum ?", "Warum?", {Typography::kSpaceBeforePunctuation});
        row("space before parenthesis", "(siehe oben )", "(siehe oben)", {Typography::kSpaceBeforePunctuation});
        row("spaced range", "von 9 – 17 Uhr", "von 9–17 Uhr", {Typography::kRangeDash});
        row("hyphen range", "von 9-17 Uhr", "von 9–17 Uhr", {Typography::kRangeDash});
        row("spaced hyphen years", "2019 - 2021 gab es", "2019–2021 gab es", {Typography::kRangeDash});
        row("times", "Sprechzeit 9:00 - 12:30 Uhr", "Sprechzeit 9:00–12:30 Uhr", {Typography::kRangeDash});
        row("weekdays", "Geöffnet Mo-Fr, Montag - Freitag und Mo. – Fr.", "Geöffnet Mo–Fr, Montag–Freitag und Mo.–Fr.",
            {Typography::kRangeDash, Typography::kRangeDash, Typography::kRangeDash});
        row("dotted times", "Sprechzeit 9.00 - 17.30 Uhr", "Sprechzeit 9.00–17.30 Uhr", {Typography::kRangeDash});
        row("thousands and decimals", "1.000-2.000 Euro und 1,5 - 2 Liter", "1.000–2.000 Euro und 1,5–2 Liter",
            {Typography::kRangeDash, Typography::kRangeDash});
        row("spaced dots", "Und dann . . . Stille.", "Und dann … Stille.", {Typography::kEllipsis});
        row("percent range", "um 5-10 % gestiegen", "um 5–10⍽% gestiegen", {Typography::kRangeDash, Typography::kNbspUnit});
        row("heading", "## Warum \"digital\" - und wie", "## Warum „digital“ – und wie", {q, q, Typography::kDash});
        row("table cell", "| A | B |\n|---|---|\n| 5 % | \"x\" |", "| A | B |\n|---|---|\n| 5⍽% | „x“ |", {Typography::kNbspUnit, q, q});
        row("list item", "- Punkt \"eins\"\n- z. B. zwei", "- Punkt „eins“\n- z.⍽B. zwei", {q, q, Typography::kNbspAbbreviation});
    }

    void fixes()
    {
        QFETCH(QString, wrong);
        QFETCH(QString, right);
        QFETCH(QStringList, rules);
        const QList<StyleFinding> findings = Typography::checkMarkdown(wrong);
        QStringList found = rulesOf(findings);
        QStringList expected = rules;
        std::sort(found.begin(), found.end());
        std::sort(expected.begin(), expected.end());
        QVERIFY2(found == expected, qPrintable(describe(findings)));
        for (const StyleFinding &f : findings)
            QCOMPARE(wrong.mid(f.start, f.length), f.text);
        QString fixed = Typography::apply(wrong, findings);
        // Some fixes meet others (a range that ends in a unit): a second round finishes them.
        fixed = Typography::apply(fixed, Typography::checkMarkdown(fixed));
        QCOMPARE(fixed, right);
        QVERIFY2(Typography::checkMarkdown(right).isEmpty(), qPrintable(describe(Typography::checkMarkdown(right))));
    }

    // Correct German typography and things that only look like slips.
    void clean_data()
    {
        QTest::addColumn<QString>("text");
        auto row = [](const char *name, const char *text) {
            QString t = QString::fromUtf8(text);
            t.replace(QStringLiteral("⍽"), QString(kNbsp));
            QTest::newRow(name) << t;
        };
        row("german quotes", "Er sagte „Hallo“ und ‚Tschüss‘.");
        row("nested german", "„Das Wort ‚Frist‘ ist wichtig“, sagte sie. ‚Andreas’ Liste‘ auch.");
        row("guillemets", "Das Buch »Verwaltung heute« erschien 2020.");
        row("apostrophe", "Wie geht’s? Andreas’ Liste, ’s ist gut.");
        row("dash", "Das Amt – nicht die Stadt – entscheidet.");
        row("range", "von 9–17 Uhr, 2019–2021, S.⍽12–14");
        row("bis-strich words", "Die Strecke Berlin–Hamburg");
        row("ellipsis", "Und dann … das Ende. Ein Projekt, das […]");
        row("nbsp", "z.⍽B., d.⍽h., u.⍽a., 5⍽%, 10⍽km, §⍽3, Nr.⍽5, 3⍽Mio. Euro");
        row("narrow nbsp", "z.\u202FB. und 5\u202F%");
        row("thin space", "z.\u2009B. und 5\u2009% und 10\u200Akm");
        row("html entity", "z.&nbsp;B. und 5&nbsp;%");
        row("compounds", "Das 3-fache, ein A4-Blatt, 100-prozentig, die 5-Tage-Woche, 2-3-mal");
        row("suspended hyphen", "Verwaltungs- und Serviceprozesse, Ein- und Ausgänge, Leiter und -leiterinnen");
        row("phone", "Telefon 030 1234-5678 oder 0221-123456, +49 30 1234-567");
        row("dates", "am 2021-03-04, im Zeitraum 2021-03 und am 3. Oktober");
        row("isbn", "ISBN 978-3-16-148410-0");
        row("arithmetic", "Es gilt 5 - 3 = 2.");
        row("score", "Das Spiel endete 3-1.");
        row("ratio", "Maßstab 1 : 100");
        row("dotnet", "Wir nutzen .NET und Node.js, Version 1.5 und ,5");
        row("code span", "Der Befehl `echo \"a  b\" ...` und `z. B.`");
        row("code block", "```\nprint(\"Hallo\") - 5 %  x\n```\n");
        row("indented code", "Text davor.\n\n    \"quoted\" - 5 %\n");
        row("url", "Siehe https://example.org/a...b?x='y'&z=1 und www.example.org/z.B. oder <https://example.org/\"x\"-5%...>.");
        row("link target", "[Bericht](https://example.org/\"x\"...) lesen");
        row("html", "<span title=\"a - b\">Text</span> und <br>");
        row("container", "::: cta\n### Jetzt lesen\nZwölf Beispiele.\n:::\n");
        row("list markers", "- eins\n- zwei\n\n1. drei\n2. vier\n");
        row("task list", "- [ ] offen\n- [x] erledigt\n");
        row("hard break", "Zeile eins  \nZeile zwei");
        row("table padding", "| A  | B  |\n|----|----|\n| x  | y  |\n");
        row("teaser end", "Drei Lehren aus einem Projekt, das […]");
        row("dash then question", "Er sah – was?");
        row("smiley", "Gut :) und :-) oder ;-)");
        row("emphasis", "*Wichtig* ist **fett** – und _kursiv_.");
        row("gender colon", "Kund:innen und Bürger*innen");
        row("time", "um 9:30 Uhr und 10.15 Uhr");
        row("ordinals", "am 1. und 2. Mai");
        row("sentence after number", "Es waren 5. Dann kam er 3 Tage später");
        row("initials", "Der Bericht von A. B. Meier");
    }

    void clean()
    {
        QFETCH(QString, text);
        const QList<StyleFinding> findings = Typography::checkMarkdown(text);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    // The labelled texts: every slip found by its rule, no other finding, the fixes give the
    // corrected text, and each fix alone removes its finding.
    void labelledTexts()
    {
        const QDir dir(test::dataPath(QStringLiteral("style")));
        const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        int totalLabels = 0;
        int totalCaught = 0;
        int totalWords = 0;
        for (const QString &name : files) {
            if (name == QLatin1String("README.md") || name.startsWith(QLatin1String("clean-")))
                continue;
            const Labelled text = parseLabelled(readFile(dir.filePath(name)));
            const QList<StyleFinding> findings = Typography::checkMarkdown(text.wrong);
            QHash<QString, QPair<int, int>> perRule; // caught, labelled
            QList<bool> used(findings.size(), false);
            for (const Label &label : text.labels) {
                ++perRule[label.rule].second;
                bool caught = false;
                for (int i = 0; i < findings.size() && !caught; ++i) {
                    if (findings.at(i).rule == label.rule && overlaps(findings.at(i), label.start, label.end)) {
                        caught = true;
                        used[i] = true;
                    }
                }
                if (caught)
                    ++perRule[label.rule].first;
                else
                    qWarning("%s: missed %s at %d: '%s'", qPrintable(name), qPrintable(label.rule), label.start,
                             qPrintable(text.wrong.mid(label.start - 20, 40 + label.end - label.start)));
            }
            QList<StyleFinding> falseFindings;
            for (int i = 0; i < findings.size(); ++i) {
                if (!used.at(i))
                    falseFindings.append(findings.at(i));
            }
            const int words = VisibleText::wordCount(text.right);
            totalWords += words;
            int caught = 0;
            for (auto it = perRule.cbegin(); it != perRule.cend(); ++it) {
                qInfo("style %s rule %s caught %d/%d", qPrintable(name), qPrintable(it.key()), it.value().first, it.value().second);
                caught += it.value().first;
            }
            totalLabels += int(text.labels.size());
            totalCaught += caught;
            qInfo("style %s words %d labelled %d caught %d (%.2f) false findings %d", qPrintable(name), words,
                  int(text.labels.size()), caught, double(caught) / std::max<qsizetype>(1, text.labels.size()), int(falseFindings.size()));
            QVERIFY2(falseFindings.isEmpty(), qPrintable(name + QLatin1Char('\n') + describe(falseFindings)));
            QCOMPARE(caught, int(text.labels.size()));
            QVERIFY2(words >= 300, qPrintable(name));

            // Every fix alone removes its finding; all fixes give the corrected text.
            for (const StyleFinding &f : findings) {
                const QString fixed = Typography::apply(text.wrong, {f});
                for (const StyleFinding &after : Typography::checkMarkdown(fixed)) {
                    QVERIFY2(!(after.rule == f.rule && overlaps(after, f.start, f.start + int(f.replacement.size()))),
                             qPrintable(name + QStringLiteral(": fix did not hold: ") + describe({f}) + QStringLiteral(" / ") + describe({after})));
                }
            }
            const QString fixed = Typography::apply(text.wrong, findings);
            if (fixed != text.right) {
                qsizetype d = 0;
                while (d < fixed.size() && d < text.right.size() && fixed.at(d) == text.right.at(d))
                    ++d;
                QFAIL(qPrintable(name + QStringLiteral(": fixed text differs at ") + QString::number(d) + QStringLiteral(": '")
                                 + fixed.mid(d - 30, 60) + QStringLiteral("' vs '") + text.right.mid(d - 30, 60) + QLatin1Char('\'')));
            }
            QVERIFY2(Typography::checkMarkdown(text.right).isEmpty(), qPrintable(describe(Typography::checkMarkdown(text.right))));
        }
        qInfo("style labelled total words %d labelled %d caught %d recall %.3f", totalWords, totalLabels, totalCaught,
              double(totalCaught) / std::max(1, totalLabels));
        QVERIFY(totalWords >= 1500);
    }

    // Published-quality text: the seed articles and the clean texts of tests/data/style.
    void cleanPublishedText()
    {
        QStringList paths;
        const QDir seed(QStringLiteral(FEDER_SEED_DIR));
        for (const QString &name : seed.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
            paths.append(seed.filePath(name));
        const QDir style(test::dataPath(QStringLiteral("style")));
        for (const QString &name : style.entryList({QStringLiteral("clean-*.md")}, QDir::Files, QDir::Name))
            paths.append(style.filePath(name));
        QVERIFY(paths.size() >= 5);
        int words = 0;
        int findings = 0;
        for (const QString &path : std::as_const(paths)) {
            const QString text = readFile(path);
            const QString body = text.startsWith(QLatin1String("---")) ? bodyOf(path) : parseLabelled(text).right;
            const QList<StyleFinding> found = Typography::checkMarkdown(body);
            const int w = VisibleText::wordCount(body);
            qInfo("style clean %s words %d findings %d", qPrintable(QFileInfo(path).fileName()), w, int(found.size()));
            if (!found.isEmpty())
                qWarning("%s", qPrintable(describe(found)));
            words += w;
            findings += int(found.size());
        }
        qInfo("style clean total words %d findings %d per 1000 words %.2f", words, findings, 1000.0 * findings / std::max(1, words));
        QCOMPARE(findings, 0);
        QVERIFY(words >= 1500);
    }

    // Front matter is never checked by the command line; the body's offsets are its own.
    void frontMatterIsNotTouched()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("a.md"),
            test::articleText(QStringLiteral("title: Titel\nexcerpt: Ein \"Zitat\" - und 5 % ..."), QStringLiteral("Ein \"Zitat\".\n")));
        const RunResult result = runFeder({QStringLiteral("style"), QStringLiteral("--json"), path});
        QCOMPARE(result.exitCode, 1);
        const QJsonArray findings = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(findings.size(), 2);
        for (const QJsonValue &f : findings)
            QCOMPARE(f[QStringLiteral("rule")].toString(), Typography::kQuotes);
    }

    // The editor's calls: one paragraph on its own gives the findings the whole body gives there,
    // and the incremental check reuses every paragraph a keystroke did not touch.
    void paragraphs()
    {
        QString body;
        const QDir dir(test::dataPath(QStringLiteral("style")));
        for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
            body += parseLabelled(readFile(dir.filePath(name))).wrong + QStringLiteral("\n\n");
        body += QStringLiteral("\n```\n\"code\"\n\nmore \"code\"\n```\n\n- Punkt \"eins\"\n\n  weiter \"zwei\"\n\n"
                               "> Zitat \"a\"\n>\n> Zitat \"b\"\n\n| A | B |\n|---|---|\n| 5 % | \"x\" |\n\nZum Schluss \"das\".\n");
        const QList<StyleFinding> whole = Typography::checkMarkdown(body);
        QVERIFY(whole.size() > 10);
        QList<StyleFinding> byParagraph;
        for (const auto &[start, length] : IncrementalTypography::paragraphs(body))
            byParagraph += Typography::checkParagraph(body.mid(start, length), start);
        QCOMPARE(byParagraph, whole);
        for (const StyleFinding &f : whole) {
            const auto [start, length] = Typography::paragraphAt(body, f.start);
            QVERIFY(f.start >= start && f.start + f.length <= start + length);
            QVERIFY(Typography::checkParagraph(body.mid(start, length), start).contains(f));
        }
        IncrementalTypography incremental;
        QCOMPARE(incremental.check(body), whole);
        const int paragraphCount = incremental.checkedParagraphs() + incremental.reusedParagraphs();
        QVERIFY(paragraphCount > 5);
        QString edited = body;
        edited.insert(whole.first().start, QStringLiteral("Neu \"hier\" "));
        QCOMPARE(incremental.check(edited), Typography::checkMarkdown(edited));
        QCOMPARE(incremental.checkedParagraphs(), 1);
        QCOMPARE(incremental.reusedParagraphs(), paragraphCount - 1);
        // Link reference definitions join paragraphs: such a body is checked whole.
        const QString withReference = QStringLiteral("Ein \"[Link]\".\n\n[Link]: https://example.org/\"a\"\n");
        QCOMPARE(incremental.check(withReference), Typography::checkMarkdown(withReference));
    }

    // Random Markdown-ish text: no crash, every finding names its own source text, findings never overlap.
    void randomText()
    {
        static const QStringList pieces = {
            QStringLiteral("Wort"), QStringLiteral(" "), QStringLiteral("  "), QStringLiteral("\n"), QStringLiteral("\n\n"),
            QStringLiteral("\""), QStringLiteral("'"), QStringLiteral("„"), QStringLiteral("“"), QStringLiteral("”"),
            QStringLiteral("-"), QStringLiteral(" - "), QStringLiteral("–"), QStringLiteral("..."), QStringLiteral("[...]"),
            QStringLiteral("z. B."), QStringLiteral("5"), QStringLiteral("17"), QStringLiteral(" %"), QStringLiteral(" km"),
            QStringLiteral("§ "), QStringLiteral(","), QStringLiteral(" ."), QStringLiteral("*"), QStringLiteral("**"),
            QStringLiteral("_"), QStringLiteral("`"), QStringLiteral("```"), QStringLiteral("> "), QStringLiteral("- "),
            QStringLiteral("# "), QStringLiteral("|"), QStringLiteral("[a](b)"), QStringLiteral("<b>"), QStringLiteral("&amp;"),
            QStringLiteral("&quot;"), QStringLiteral("\\"), QStringLiteral("https://example.org/x"), QStringLiteral("::: cta\n"),
            QStringLiteral("\u00A0"), QStringLiteral("ä"), QStringLiteral("😀"), QStringLiteral("\t"), QStringLiteral("\r\n")};
        QRandomGenerator random(17);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int count = 1 + int(random.bounded(40));
            for (int i = 0; i < count; ++i)
                text += pieces.at(int(random.bounded(int(pieces.size()))));
            const QList<StyleFinding> findings = Typography::checkMarkdown(text);
            int end = 0;
            for (const StyleFinding &f : findings) {
                QVERIFY2(f.start >= end && f.length > 0, qPrintable(text + QStringLiteral("\n=> ") + describe(findings)));
                QCOMPARE(text.mid(f.start, f.length), f.text);
                end = f.start + f.length;
            }
            // A fix changes prose, never the Markdown around it: the same number of prose blocks.
            const qsizetype blocks = ProseBlocks::of(text).size();
            for (const StyleFinding &f : findings)
                QVERIFY2(ProseBlocks::of(Typography::apply(text, {f})).size() == blocks, qPrintable(text + QStringLiteral("\n=> ") + describe({f})));
            Typography::checkMarkdown(Typography::apply(text, findings)); // no crash on the fixed text
        }
    }

    // Issue 17.1: the exported HTML carries the non-breaking space the author wrote.
    void htmlKeepsNonBreakingSpaces()
    {
        BodyRenderer renderer;
        const QString html = BodyRenderer::join(renderer.render(QStringLiteral("Formulare, z.\u00A0B. Anträge, und 5&nbsp;%.\n")), false);
        const bool abbreviation = html.contains(QStringLiteral("z.\u00A0B.")) || html.contains(QStringLiteral("z.&nbsp;B."))
                                  || html.contains(QStringLiteral("z.&#160;B."));
        const bool percent = html.contains(QStringLiteral("5\u00A0%")) || html.contains(QStringLiteral("5&nbsp;%"))
                             || html.contains(QStringLiteral("5&#160;%"));
        QVERIFY2(abbreviation && percent, qPrintable(html));
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString wrong = test::writeFile(dir, QStringLiteral("wrong.md"),
            QStringLiteral("# Titel\n\nÄrger über \"Zitate\" - z. B. hier.\n\n`\"code\"` und 5 % mehr.\n").toUtf8());
        const QString right = test::writeFile(dir, QStringLiteral("right.md"), QStringLiteral("# Titel\n\nAlles „gut“.\n").toUtf8());
        const RunResult json = runFeder({QStringLiteral("style"), QStringLiteral("--json"), wrong, right});
        QCOMPARE(json.exitCode, 1);
        const QJsonArray findings = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(findings.size(), 5);
        const QJsonObject first = findings.at(0).toObject();
        QCOMPARE(first[QStringLiteral("file")].toString(), wrong);
        QCOMPARE(first[QStringLiteral("line")].toInt(), 3);
        QCOMPARE(first[QStringLiteral("column")].toInt(), 12); // "Ärger über " is 11 code points
        QCOMPARE(first[QStringLiteral("rule")].toString(), Typography::kQuotes);
        QCOMPARE(first[QStringLiteral("text")].toString(), QStringLiteral("\""));
        QCOMPARE(first[QStringLiteral("replacement")].toString(), QStringLiteral("„"));
        QVERIFY(!first[QStringLiteral("message")].toString().isEmpty());
        const QJsonObject last = findings.at(4).toObject();
        QCOMPARE(last[QStringLiteral("line")].toInt(), 5);
        QCOMPARE(last[QStringLiteral("column")].toInt(), 14);
        QCOMPARE(last[QStringLiteral("rule")].toString(), Typography::kNbspUnit);
        QCOMPARE(last[QStringLiteral("replacement")].toString(), QStringLiteral("5\u00A0%"));

        const RunResult human = runFeder({QStringLiteral("style"), wrong});
        QCOMPARE(human.exitCode, 1);
        QVERIFY2(human.out.contains(":3:12: quotes: \"\"\" -> \"„\""), human.out.constData());
        QCOMPARE(runFeder({QStringLiteral("style"), right}).exitCode, 0);
        QCOMPARE(runFeder({QStringLiteral("style"), dir.filePath(QStringLiteral("missing.md"))}).exitCode, 2);
        QCOMPARE(runFeder({QStringLiteral("style")}).exitCode, 2);
        QVERIFY(runFeder({QStringLiteral("--help")}).out.contains("style "));
    }
};

QTEST_GUILESS_MAIN(TestStyle)
#include "tst_style.moc"
