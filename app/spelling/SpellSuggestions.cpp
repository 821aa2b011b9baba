#include "SpellChecker.h"

#include <QRegularExpression>
#include <limits>
#include <tuple>

// What SpellChecker offers instead of a flagged word: one ranking for the context menu, the
// spelling dock and the command line's first suggestion (SpellChecker.cpp decides what is flagged).

namespace feder {

namespace {

// Simple transliterations people type on keyboards without umlauts.
QStringList umlautVariants(const QString &word, bool sharpS)
{
    static const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral("ae"), QStringLiteral("ä")}, {QStringLiteral("oe"), QStringLiteral("ö")},
        {QStringLiteral("ue"), QStringLiteral("ü")}, {QStringLiteral("Ae"), QStringLiteral("Ä")},
        {QStringLiteral("Oe"), QStringLiteral("Ö")}, {QStringLiteral("Ue"), QStringLiteral("Ü")},
        {QStringLiteral("ss"), QStringLiteral("ß")}};
    QStringList variants;
    for (const auto &[from, to] : pairs) {
        if (!sharpS && to == QLatin1String("ß"))
            continue;
        qsizetype index = word.indexOf(from);
        while (index >= 0) {
            QString variant = word;
            variant.replace(index, from.size(), to);
            variants.append(variant);
            index = word.indexOf(from, index + 1);
        }
    }
    return variants;
}

} // namespace

QStringList SpellChecker::suggestions(const QString &word, const QSet<QString> &documentWords, int max) const
{
    return rankedSuggestions(word, documentWords, max, false);
}

QString SpellChecker::firstSuggestion(const QString &word, const QSet<QString> &documentWords) const
{
    return rankedSuggestions(word, documentWords, 1, true).value(0);
}

// A word worth offering: a dictionary entry, one of Feder's lists, the author's own word, or a
// word the text uses elsewhere (not merely a compound hunspell's free compounding accepts).
bool SpellChecker::isKnownSuggestion(const QString &word, bool entry, const QSet<QString> &documentWords) const
{
    return entry || documentWords.contains(word) || m_context.acceptedWords.contains(word) || m_lists.isHouseWord(word)
        || m_lists.isAnglicism(word);
}

// One order for the menu and for the command line's first suggestion; with firstOnly, the
// expensive sources are not asked once a cheaper one has answered.
QStringList SpellChecker::rankedSuggestions(const QString &word, const QSet<QString> &documentWords, int max, bool firstOnly) const
{
    QStringList result;
    auto add = [&](const QString &candidate) {
        if (candidate.isEmpty() || candidate == word || result.contains(candidate) || candidate.startsWith(QLatin1Char('-')))
            return;
        result.append(candidate);
    };
    auto done = [&] { return result.size() >= max || (firstOnly && !result.isEmpty()); };
    const Verdict verdict = check(word);
    add(verdict.knownCorrection);
    if (word.size() > kMaxWordLength || done())
        return result.mid(0, max); // no word is that long: nothing sensible to offer

    // A hyphenated compound with one wrong part: suggest the compound with that part corrected.
    if (word.contains(QLatin1Char('-'))) {
        const QStringList parts = word.split(QLatin1Char('-'));
        for (int i = 0; i < parts.size() && !done(); ++i) {
            if (parts.at(i).isEmpty() || check(parts.at(i)).correct)
                continue;
            const QStringList partSuggestions = rankedSuggestions(parts.at(i), documentWords, 3, firstOnly);
            for (const QString &fix : partSuggestions) {
                QStringList fixed = parts;
                fixed[i] = fix;
                add(fixed.join(QLatin1Char('-')));
            }
        }
        return result.mid(0, max);
    }

    // Every candidate with the likelihood of its slip (NearbyWord::cost; transliterations such as
    // ae → ä are exact, hunspell's own list comes last) and whether it is a known word.
    struct Candidate
    {
        QString word;
        int cost;
        bool known;
    };
    QList<Candidate> candidates;
    auto consider = [&](const QString &candidate, int cost, bool entry) {
        if (candidate.compare(word, Qt::CaseInsensitive) != 0) // not just the same word in another case
            candidates.append({candidate, cost, isKnownSuggestion(candidate, entry, documentWords)});
    };
    constexpr int kTransliteration = -1;
    constexpr int kHunspellList = 4;
    // A German noun typed in lower case („arbeit“, „bürgeramt“): the capitalised word is meant.
    // (Other case-only variants are not offered: "BürgerAmt" is no suggestion for "Bürgeramt".)
    if (word.at(0).isLower() && word.size() > 1 && word.mid(1) == word.mid(1).toLower()) {
        const QString noun = word.at(0).toUpper() + word.mid(1);
        if (spell(noun) && m_main && m_main->isEntry(noun))
            candidates.append({noun, kTransliteration, true});
    }
    for (const QString &variant : umlautVariants(word, allowsSharpS())) {
        if (!spell(variant))
            continue;
        // A transliteration into a compound nobody knows is no likelier than any other slip.
        const bool entry = m_main && m_main->isEntry(variant);
        consider(variant, isKnownSuggestion(variant, entry, documentWords) ? kTransliteration : 2, entry);
    }
    if (m_main && word.size() <= kMaxSuggestedLength) {
        for (const NearbyWord &nearby : m_main->nearbyWords(word))
            consider(nearby.word, nearby.cost, nearby.entry);
        // Hunspell searching its whole dictionary costs ten times more: not asked when one slip
        // already explains the word and only the first suggestion is wanted.
        if (!firstOnly || candidates.isEmpty()) {
            for (const HunspellSuggestion &suggestion : m_main->suggest(word))
                consider(suggestion.word, kHunspellList, suggestion.entry);
        }
    }
    // A compound only hunspell's free compounding builds ("Vormaussetzung" for
    // "Vorraussetzung") is noise next to a known word from a likelier slip; it stays when it is
    // the likeliest explanation ("Geschäftsführung" for "Geschäftsfürung").
    int bestKnown = std::numeric_limits<int>::max();
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (candidate.known)
            bestKnown = std::min(bestKnown, candidate.cost);
    }
    candidates.removeIf([&](const Candidate &c) { return !c.known && c.cost > std::min(bestKnown, kHunspellList - 1); });
    // Words the author uses elsewhere in the text are the likeliest meaning; then the likelier
    // slip; on a tie the known word, then the one in the typed word's case.
    auto otherCase = [&](const QString &candidate) { return candidate.at(0).isUpper() != word.at(0).isUpper(); };
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        return std::make_tuple(!documentWords.contains(a.word), a.cost, !a.known, otherCase(a.word))
             < std::make_tuple(!documentWords.contains(b.word), b.cost, !b.known, otherCase(b.word));
    });
    int compounds = 0;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (candidate.known || ++compounds <= 2)
            add(candidate.word);
    }
    return result.mid(0, max);
}

} // namespace feder
