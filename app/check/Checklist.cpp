#include "Checklist.h"
#include "ArticleSpelling.h"

#include "markdown/VisibleText.h"
#include "spelling/LanguageGuess.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellDocument.h"
#include "store/Store.h"
#include "style/Typography.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace feder {

namespace {

using Severity = CheckItem::Severity;

QString languageName(const QString &language)
{
    return language.startsWith(QLatin1String("de")) ? QStringLiteral("Deutsch") : QStringLiteral("Englisch");
}

// Headings in the body may not skip levels: the page title is the h1, so the body starts at ##.
void checkHeadings(const QString &body, QList<CheckItem> &items)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.+)$"), QRegularExpression::MultilineOption);
    int previous = 1;
    bool inFence = false;
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("```")) || line.startsWith(QLatin1String("~~~")))
            inFence = !inFence;
        const auto match = heading.match(line);
        if (inFence || !match.hasMatch())
            continue;
        const int level = int(match.captured(1).size());
        if (level == 1) {
            items.append({QStringLiteral("heading_h1_in_body"), QStringLiteral("body"), Severity::Warning,
                          QStringLiteral("Die Überschrift „%1“ hat Ebene 1 – der Titel ist schon die einzige Hauptüberschrift. Bitte ## verwenden.")
                              .arg(match.captured(2))});
        } else if (level > previous + 1) {
            items.append({QStringLiteral("heading_skips_level"), QStringLiteral("body"), Severity::Warning,
                          QStringLiteral("Die Überschrift „%1“ überspringt eine Ebene (%2 nach %3). Bitte die Ebenen der Reihe nach verwenden.")
                              .arg(match.captured(2)).arg(level).arg(previous)});
        }
        previous = level;
    }
}

void checkLanguage(const QString &rule, const QString &field, const QString &label, const QString &text,
                   const QString &language, QList<CheckItem> &items)
{
    if (text.trimmed().isEmpty())
        return;
    const LanguageGuess guess = LanguageGuess::of(text, language);
    if (!guess.mismatch())
        return;
    QString looksLike;
    if (!language.startsWith(QLatin1String("en")) && guess.englishCoverage >= 0.6)
        looksLike = QStringLiteral(" (sieht nach Englisch aus)");
    items.append({rule, field, Severity::Warning,
                  QStringLiteral("%1 scheint nicht auf %2 zu sein%3: nur %4 % der Wörter sind im Wörterbuch. Bitte in der Sprache des Artikels schreiben.")
                      .arg(label, languageName(language), looksLike).arg(qRound(guess.expectedCoverage * 100))});
}

} // namespace

int Checklist::countSpellingFindings(Store &store, const Article &article)
{
    const SpellChecker checker(ArticleSpelling::contextFor(&store, article));
    return checker.isAvailable() ? ArticleSpelling::countFindings(checker, article) : 0;
}

int Checklist::countStyleFindings(const Article &article)
{
    const QString &language = article.language;
    const bool german = language == QLatin1String("de") || language == QLatin1String("de-DE")
        || language == QLatin1String("de-AT") || language == QLatin1String("de-CH");
    return german ? int(Typography::checkMarkdown(article.body).size()) : 0;
}

QList<CheckItem> Checklist::run(Store &store, const Article &a, std::optional<int> spellingFindings, std::optional<int> styleFindings)
{
    QList<CheckItem> items;
    if (a.title.trimmed().isEmpty())
        items.append({QStringLiteral("title_missing"), QStringLiteral("title"), Severity::Blocking,
                      QStringLiteral("Der Titel fehlt. Bitte einen Titel eingeben.")});
    if (a.author.trimmed().isEmpty())
        items.append({QStringLiteral("author_missing"), QStringLiteral("author"), Severity::Warning,
                      QStringLiteral("Kein Autor angegeben. Bitte eine Autorin oder einen Autor wählen.")});
    if (a.category.trimmed().isEmpty())
        items.append({QStringLiteral("category_missing"), QStringLiteral("category"), Severity::Warning,
                      QStringLiteral("Keine Kategorie gewählt. Bitte eine Kategorie wählen, damit der Artikel in Teaserlisten erscheint.")});
    if (a.excerpt.trimmed().isEmpty()) {
        items.append({QStringLiteral("excerpt_missing"), QStringLiteral("excerpt"), Severity::Warning,
                      QStringLiteral("Der Anreißer fehlt. Bitte einen Anreißer schreiben oder aus dem ersten Absatz erzeugen.")});
    } else if (a.excerpt.size() > kExcerptMax) {
        items.append({QStringLiteral("excerpt_too_long"), QStringLiteral("excerpt"), Severity::Warning,
                      QStringLiteral("Der Anreißer hat %1 Zeichen (höchstens %2). Bitte kürzen.").arg(a.excerpt.size()).arg(kExcerptMax)});
    }
    if (a.teaserAsset.isEmpty()) {
        items.append({QStringLiteral("teaser_image_missing"), QStringLiteral("teaser_image"), Severity::Warning,
                      QStringLiteral("Kein Teaserbild. Bitte ein Bild wählen, damit der Teaser nicht leer aussieht.")});
    } else if (a.teaserAlt.trimmed().isEmpty()) {
        items.append({QStringLiteral("teaser_alt_missing"), QStringLiteral("teaser_alt"), Severity::Blocking,
                      QStringLiteral("Das Teaserbild hat keinen Alternativtext. Bitte beschreiben, was auf dem Bild zu sehen ist.")});
    }
    checkLanguage(QStringLiteral("teaser_alt_language"), QStringLiteral("teaser_alt"), QStringLiteral("Der Alternativtext"),
                  a.teaserAlt, a.language, items);
    checkLanguage(QStringLiteral("excerpt_language"), QStringLiteral("excerpt"), QStringLiteral("Der Anreißer"),
                  a.excerpt, a.language, items);
    if (a.seoTitle.size() > kSeoTitleMax)
        items.append({QStringLiteral("seo_title_too_long"), QStringLiteral("seo_title"), Severity::Warning,
                      QStringLiteral("Der SEO-Titel hat %1 Zeichen; Suchmaschinen zeigen etwa %2. Bitte kürzen.").arg(a.seoTitle.size()).arg(kSeoTitleMax)});
    if (a.seoDescription.size() > kSeoDescriptionMax)
        items.append({QStringLiteral("seo_description_too_long"), QStringLiteral("seo_description"), Severity::Warning,
                      QStringLiteral("Die SEO-Beschreibung hat %1 Zeichen; Suchmaschinen zeigen etwa %2. Bitte kürzen.").arg(a.seoDescription.size()).arg(kSeoDescriptionMax)});
    for (const QString &slug : a.related) {
        if (!store.articles().findBySlug(slug))
            items.append({QStringLiteral("related_missing"), QStringLiteral("related"), Severity::Warning,
                          QStringLiteral("Der verwandte Artikel „%1“ fehlt im Store. Bitte entfernen oder ersetzen.").arg(slug)});
    }
    if (a.id != 0) {
        const int open = store.annotations().openThreadCount(a.id);
        if (open > 0)
            items.append({QStringLiteral("open_comments"), QStringLiteral("review"), Severity::Blocking,
                          // German singular and plural from the catalogue (the CLI installs it for "Checklist" too).
                          QCoreApplication::translate("Checklist", "%n open review comment(s). Please reply and resolve them before the article is exported.",
                                                      nullptr, open)});
    }
    checkHeadings(a.body, items);
    const int spelling = spellingFindings ? *spellingFindings : countSpellingFindings(store, a);
    if (spelling > 0)
        items.append({QStringLiteral("spelling"), QStringLiteral("body"), Severity::Warning,
                      QCoreApplication::translate("Checklist", "%n possible spelling mistake(s). Please check them in the Spelling panel.",
                                                  nullptr, spelling)});
    const int style = styleFindings ? *styleFindings : countStyleFindings(a);
    if (style > 0)
        items.append({QStringLiteral("style"), QStringLiteral("body"), Severity::Warning,
                      QCoreApplication::translate("Checklist", "%n typography issue(s) (quotation marks, dashes, spaces). "
                                                  "Click to go to the first one; Edit ▸ Fix typography corrects them all.",
                                                  nullptr, style)});
    return items;
}

bool Checklist::hasBlocking(const QList<CheckItem> &items)
{
    return std::any_of(items.begin(), items.end(), [](const CheckItem &item) { return item.isBlocking(); });
}

QByteArray Checklist::toJson(const QList<CheckItem> &items)
{
    QJsonArray array;
    for (const CheckItem &item : items) {
        array.append(QJsonObject{{QStringLiteral("rule"), item.rule},
                                 {QStringLiteral("field"), item.field},
                                 {QStringLiteral("severity"), item.severityName()},
                                 {QStringLiteral("message"), item.message}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace feder
