#include "SpellChecker.h"

#include <QRegularExpression>
#include <limits>
#include <tuple>

namespace feder {

namespace {

constexpr int kMinPart = 3;          // compound parts shorter than this prove nothing
constexpr int kMinFreePart = 4;      // nor do parts shorter than this unless a list names them ("garnicht", "desweiteren")
constexpr int kMaxHead = 40;         // longer heads are compounds themselves: found split further
const QStringList kLinkingElements = {QStringLiteral("s"), QStringLiteral("es"), QStringLiteral("n"),
                                      QStringLiteral("en"), QStringLiteral("e"), QStringLiteral("er")};

QString capitalized(const QString &word)
{
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1);
}

// Words of a closed class (articles, pronouns, conjunctions, particles, auxiliaries) are never
// a part of a compound Feder builds: "wertden", "garnicht", "Systemstatt" are slips, not words.
// Prepositions are prefixes ("Nachteil", "Vorsorge"), so they are only never the end of one.
bool isFunctionWord(const QString &part, bool asTail)
{
    static const QSet<QString> function = {
        QStringLiteral("der"), QStringLiteral("die"), QStringLiteral("das"), QStringLiteral("den"), QStringLiteral("dem"),
        QStringLiteral("des"), QStringLiteral("ein"), QStringLiteral("eine"), QStringLiteral("einen"), QStringLiteral("einem"),
        QStringLiteral("einer"), QStringLiteral("eines"), QStringLiteral("und"), QStringLiteral("oder"), QStringLiteral("aber"),
        QStringLiteral("auch"), QStringLiteral("noch"), QStringLiteral("schon"), QStringLiteral("nur"), QStringLiteral("sehr"),
        QStringLiteral("wie"), QStringLiteral("als"), QStringLiteral("wenn"), QStringLiteral("dass"), QStringLiteral("weil"),
        QStringLiteral("nicht"), QStringLiteral("nichts"), QStringLiteral("gar"), QStringLiteral("sich"), QStringLiteral("wir"),
        QStringLiteral("sie"), QStringLiteral("ihr"), QStringLiteral("ihre"), QStringLiteral("ihren"), QStringLiteral("ihrer"),
        QStringLiteral("sein"), QStringLiteral("seine"), QStringLiteral("seinen"), QStringLiteral("man"), QStringLiteral("ist"),
        QStringLiteral("sind"), QStringLiteral("war"), QStringLiteral("hat"), QStringLiteral("haben"), QStringLiteral("wird"),
        QStringLiteral("werden"), QStringLiteral("kann"), QStringLiteral("soll"), QStringLiteral("muss"), QStringLiteral("allem"),
        QStringLiteral("alles"), QStringLiteral("diese"), QStringLiteral("dieser"), QStringLiteral("dieses"), QStringLiteral("jetzt"),
        QStringLiteral("einmal"), QStringLiteral("dann"), QStringLiteral("denn"), QStringLiteral("doch"), QStringLiteral("ach")};
    static const QSet<QString> prepositions = {
        QStringLiteral("statt"), QStringLiteral("von"), QStringLiteral("mit"), QStringLiteral("bei"), QStringLiteral("nach"),
        QStringLiteral("vor"), QStringLiteral("aus"), QStringLiteral("zum"), QStringLiteral("zur"), QStringLiteral("vom"),
        QStringLiteral("beim"), QStringLiteral("für"), QStringLiteral("gegen"), QStringLiteral("ohne"), QStringLiteral("unter"),
        QStringLiteral("über"), QStringLiteral("durch"), QStringLiteral("bis"), QStringLiteral("seit"), QStringLiteral("wegen"),
        QStringLiteral("trotz"), QStringLiteral("während"), QStringLiteral("zwischen"), QStringLiteral("neben"), QStringLiteral("hinter")};
    const QString lower = part.toLower();
    return function.contains(lower) || (asTail && prepositions.contains(lower));
}

bool isAllCaps(const QString &word)
{
    bool letters = false;
    for (const QChar c : word) {
        if (c.isLetter()) {
            letters = true;
            if (!c.isUpper())
                return false;
        } else if (!c.isDigit()) {
            return false;
        }
    }
    return letters;
}

// Looks an answer up in a memo that lives for one analysis (no lock: it is not shared).
template<typename Compute>
bool memoised(QHash<QString, bool> &memo, const QString &key, Compute compute)
{
    if (const auto found = memo.constFind(key); found != memo.constEnd())
        return *found;
    const bool value = compute();
    memo.insert(key, value);
    return value;
}

bool hasDoubledLetter(const QString &word)
{
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (word.at(i) == word.at(i - 1) && word.at(i).isLetter())
            return true;
    }
    return false;
}

// Heads in these suffixes take the linking -s- in a compound (Bildungsangebot,
// Sicherheitskonzept, Konfigurationsdatei); the bare head before another noun is a typo.
bool needsLinkingS(const QString &head)
{
    static const QStringList suffixes = {QStringLiteral("ung"), QStringLiteral("heit"), QStringLiteral("keit"),
                                         QStringLiteral("schaft"), QStringLiteral("ion"), QStringLiteral("tät"),
                                         QStringLiteral("ling"), QStringLiteral("tum")};
    if (head.size() < 6)
        return false; // "Sprung", "Zwang": no suffix
    const QString lower = head.toLower();
    return std::any_of(suffixes.begin(), suffixes.end(), [&](const QString &suffix) { return lower.endsWith(suffix); });
}

bool hasDigit(const QString &word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

GenderStyle genderStyleFromSetting(const QString &value)
{
    if (value == QLatin1String("star"))
        return GenderStyle::Star;
    if (value == QLatin1String("colon"))
        return GenderStyle::Colon;
    if (value == QLatin1String("underscore"))
        return GenderStyle::Underscore;
    if (value == QLatin1String("binnen-i"))
        return GenderStyle::BinnenI;
    if (value == QLatin1String("none"))
        return GenderStyle::None;
    return GenderStyle::All;
}

QString genderStyleSetting(GenderStyle style)
{
    switch (style) {
    case GenderStyle::Star: return QStringLiteral("star");
    case GenderStyle::Colon: return QStringLiteral("colon");
    case GenderStyle::Underscore: return QStringLiteral("underscore");
    case GenderStyle::BinnenI: return QStringLiteral("binnen-i");
    case GenderStyle::None: return QStringLiteral("none");
    case GenderStyle::All: break;
    }
    return QStringLiteral("all");
}

SpellChecker::SpellChecker(SpellContext context, const WordLists &lists)
    : m_context(std::move(context)), m_lists(lists)
{
    m_main = DictionaryLocator::load(m_context.language, &m_problem);
    QString ignored;
    if (m_context.language != QLatin1String("en-US"))
        m_english = DictionaryLocator::load(QStringLiteral("en-US"), &ignored);
}

bool SpellChecker::spell(const QString &word) const
{
    return m_main && m_main->spell(word);
}

// Memoises a per-word answer; every word of a long article is asked about many times.
template<typename Compute>
bool SpellChecker::cachedFlag(QHash<QString, bool> &cache, const QString &word, Compute compute) const
{
    {
        const QMutexLocker lock(&m_cacheMutex);
        const auto found = cache.constFind(word);
        if (found != cache.constEnd())
            return *found;
    }
    const bool value = compute();
    const QMutexLocker lock(&m_cacheMutex);
    cache.insert(word, value);
    return value;
}

bool SpellChecker::isDottedAbbreviation(const QString &wordWithDot) const
{
    return cachedFlag(m_dotted, wordWithDot, [&] {
        if (m_lists.isAbbreviation(wordWithDot) || m_context.acceptedWords.contains(wordWithDot))
            return true;
        const QString bare = wordWithDot.chopped(1);
        return bare.size() <= 5 && spell(wordWithDot) && !spell(bare) && !isCompound(bare);
    });
}

bool SpellChecker::isEnglishOnly(const QString &word) const
{
    if (word.size() > kMaxWordLength)
        return false; // no English word either, and not worth a copy in the cache
    return cachedFlag(m_englishOnly, word, [&] { return m_english && m_english->spell(word) && !spell(word); });
}

SpellChecker::Verdict SpellChecker::check(const QString &word) const
{
    {
        const QMutexLocker lock(&m_cacheMutex);
        const auto found = m_cache.constFind(word);
        if (found != m_cache.constEnd())
            return *found;
    }
    const Verdict verdict = checkUncached(word);
    const QMutexLocker lock(&m_cacheMutex);
    m_cache.insert(word, verdict);
    return verdict;
}

// Without hyphens: the word lists, then hunspell, then compounds hunspell does not know.
bool SpellChecker::isKnownSimple(const QString &word) const
{
    if (word.size() < 2 || hasDigit(word) || m_context.acceptedWords.contains(word))
        return true;
    if (m_lists.isAbbreviation(word) || (isAllCaps(word) && word.size() <= 5))
        return true;
    if (spell(word) || m_lists.isHouseWord(word) || m_lists.isAnglicism(word))
        return true;
    // Sentence-initial capitals: "Cloudbasierte Dienste …"
    if (word.at(0).isUpper() && word.size() > 1 && !isAllCaps(word)) {
        const QString lower = word.at(0).toLower() + word.mid(1);
        if (spell(lower) || m_lists.isHouseWord(lower))
            return true;
    }
    return isCompound(word) && !isSlipOfEntry(word);
}

// "Nahteile" (Nah + Teile) for "Nachteile", "Dateissysteme": a compound no dictionary knows, one
// likely slip (REP, swap, neighbouring key, doubled letter, a letter missing or extra) from a
// dictionary entry, is that entry mistyped rather than a rare compound.
bool SpellChecker::isSlipOfEntry(const QString &word) const
{
    if (!m_main || word.size() > kMaxSuggestedLength)
        return false;
    const bool noun = word.at(0).isUpper();
    const QList<NearbyWord> nearby = m_main->nearbyWordsWithoutWaiting(word);
    return std::any_of(nearby.begin(), nearby.end(), [&](const NearbyWord &w) {
        if (w.cost > 2 || w.word.compare(word, Qt::CaseInsensitive) == 0)
            return false;
        if (w.cost == 2 && w.word.size() + 1 == word.size() && w.word.at(0).isUpper() == noun) {
            // A linking letter too many between parts hunspell joins ("Handsbuchseite",
            // "Binäredateien"): hunspell knows which heads take which element.
            qsizetype at = 0;
            while (at < w.word.size() && w.word.at(at) == word.at(at))
                ++at;
            if (at >= kMinFreePart && word.size() - at > kMinFreePart && QStringLiteral("sen").contains(word.at(at)))
                return true; // at a joint, not an inflection ending ("Paketskripte")
        }
        // One of the likeliest slips from a compound hunspell itself joins without an analysis
        // ("Werkezuge" for "Werkzeuge", "Dateissysteme"): hunspell is stricter about joints.
        if (!w.entry)
            return w.cost <= 1 && w.word.at(0).isUpper() == noun;
        // A word of the dictionary itself, not a compound hunspell built ("pa:" parts), and for
        // a capitalised word a noun ("Linktext" is no slip of "du linktest").
        const QStringList analyses = m_main->analyze(w.word);
        return std::any_of(analyses.begin(), analyses.end(), [&](const QString &analysis) {
            if (analysis.contains(QLatin1String("pa:")))
                return false;
            const qsizetype stem = analysis.indexOf(QLatin1String("st:"));
            return stem >= 0 && (!noun || (stem + 3 < analysis.size() && analysis.at(stem + 3).isUpper()));
        });
    });
}

SpellChecker::Verdict SpellChecker::checkUncached(const QString &word) const
{
    if (!m_main || word.size() < 2 || m_context.acceptedWords.contains(word))
        return {}; // the author's own words (dictionary, ignore list, names) always win
    if (word.size() > kMaxWordLength)
        return checkOverlong(word);
    // Known misspellings come first, so they are flagged even when hunspell's compounding
    // would accept them ("Standart" = "Stand" + "Art").
    if (const auto correction = m_lists.knownMisspelling(word)) {
        if (allowsSharpS() || !correction->contains(QChar(0x00DF)))
            return {false, *correction};
    }
    if (const auto gender = checkGender(word))
        return *gender;
    if (const auto typo = doubledLetterTypo(word))
        return {false, *typo};
    if (const auto typo = widerWiederTypo(word))
        return {false, *typo};
    if (const auto corrected = m_lists.misspelledHead(word); corrected && !m_main->isEntry(word)) {
        if (spell(*corrected) || isCompound(*corrected))
            return {false, *corrected};
    }
    if (isKnownSimple(word))
        return {};
    // "Bildungangebot": the missing linking -s- is the likeliest correction.
    if (!word.contains(QLatin1Char('-'))) {
        for (qsizetype i = 6; i + kMinFreePart <= word.size(); ++i) {
            if (word.at(i) == QLatin1Char('s') || !needsLinkingS(word.left(i)))
                continue;
            const QString linked = word.left(i) + QLatin1Char('s') + word.mid(i);
            if (spell(linked) || (word.at(0).isUpper() && isCompound(linked))) // noun compounds: "funktionirrt" is no "funktionsirrt"
                return {false, linked};
        }
    }
    // Hyphenated compounds: every part on its own (E-Mail-Adresse, KI-gestützte, Covid-19-Risikogruppen).
    if (word.contains(QLatin1Char('-'))) {
        const QStringList parts = word.split(QLatin1Char('-'), Qt::SkipEmptyParts);
        const bool allKnown = std::all_of(parts.begin(), parts.end(), [this](const QString &part) {
            return check(part).correct;
        });
        return {allKnown, {}};
    }
    return {false, {}};
}

// Too long to be one word: a hyphenated chain is right when every part is, anything else is a
// finding. Only the parts are looked at, so the cost stays linear in the length.
SpellChecker::Verdict SpellChecker::checkOverlong(const QString &word) const
{
    if (!word.contains(QLatin1Char('-')))
        return {false, {}};
    const QStringList parts = word.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    const bool allKnown = std::all_of(parts.begin(), parts.end(), [this](const QString &part) {
        return check(part).correct;
    });
    return {allKnown, {}};
}

bool SpellChecker::checkTruncated(const QString &word, const QString &nextWord) const
{
    QString stem = word;
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    if (stem.isEmpty())
        return true;
    if (stem.contains(QLatin1Char('-'))) { // "Covid-19-": the parts before the last one are words of their own
        const qsizetype last = stem.lastIndexOf(QLatin1Char('-'));
        if (!check(stem.left(last)).correct)
            return false;
        stem = stem.mid(last + 1);
    }
    if (stem.size() > kMaxWordLength)
        return false; // no word is that long
    if (stem.size() < 2 || check(stem).correct)
        return true;
    // The shared end: "Verwaltungs-" + "…prozesse" from "Serviceprozesse".
    QString tailSource = nextWord.section(QLatin1Char('-'), -1);
    // Only joins that can still be a word (no longer than kMaxWordLength).
    const qsizetype firstTail = std::max<qsizetype>(1, tailSource.size() - (kMaxWordLength - stem.size()));
    for (qsizetype i = firstTail; i + kMinPart <= tailSource.size(); ++i) {
        const QString tail = tailSource.mid(i).toLower();
        if (spell(stem + tail) || spell(capitalized(stem) + tail))
            return true;
    }
    return isCompoundHead(stem);
}

// "Wiederstand", "wiederlegen", "widerholt": wider- (against) and wieder- (again) confused. A word
// that is no dictionary entry, whose other spelling is a word, is that word.
std::optional<QString> SpellChecker::widerWiederTypo(const QString &word) const
{
    static const QRegularExpression either(QStringLiteral("wi(e?)der"), QRegularExpression::CaseInsensitiveOption);
    if (word.size() < 7 || !m_main || m_main->isEntry(word) || m_lists.isHouseWord(word))
        return std::nullopt;
    auto it = either.globalMatch(word);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool wieder = !m.captured(1).isEmpty();
        QString variant = word;
        variant.replace(m.capturedStart(), m.capturedLength(),
                        QString(word.at(m.capturedStart())) + (wieder ? QStringLiteral("ider") : QStringLiteral("ieder")));
        if (m_main->isEntry(variant) || (!spell(word) && spell(variant)))
            return variant;
    }
    return std::nullopt;
}

// Gender forms: Bürger*innen, Kolleg:innen, Bürger_innen, Lehrer/innen, SchülerInnen.
std::optional<SpellChecker::Verdict> SpellChecker::checkGender(const QString &word) const
{
    static const QRegularExpression marked(QStringLiteral("^(\\p{L}{2,})([*:_/])(in|innen)$"));
    static const QRegularExpression binnenI(QStringLiteral("^(\\p{Lu}?\\p{Ll}+)(In|Innen)$"));
    QString base;
    QString suffix;
    GenderStyle style = GenderStyle::All;
    if (const auto m = marked.match(word); m.hasMatch()) {
        base = m.captured(1);
        suffix = m.captured(3);
        const QString mark = m.captured(2);
        style = mark == QLatin1String("*") ? GenderStyle::Star
              : mark == QLatin1String(":") ? GenderStyle::Colon
              : mark == QLatin1String("_") ? GenderStyle::Underscore
                                           : GenderStyle::All; // "/" is the classic slash form, always fine
    } else if (const auto b = binnenI.match(word); b.hasMatch()) {
        base = b.captured(1);
        suffix = b.captured(2).toLower();
        style = GenderStyle::BinnenI;
    } else {
        return std::nullopt;
    }
    // It must be a real gender form: the feminine form exists (Kollegin, Bürgerinnen).
    const QString feminine = base + suffix;
    if (!spell(feminine) && !m_lists.isHouseWord(feminine))
        return std::nullopt;
    if (style == GenderStyle::All || m_context.gender == GenderStyle::All || m_context.gender == style)
        return Verdict{};
    // Not the house style: say which form is wanted instead.
    QString preferred;
    switch (m_context.gender) {
    case GenderStyle::Star: preferred = base + QStringLiteral("*") + suffix; break;
    case GenderStyle::Colon: preferred = base + QStringLiteral(":") + suffix; break;
    case GenderStyle::Underscore: preferred = base + QStringLiteral("_") + suffix; break;
    case GenderStyle::BinnenI: preferred = base + QStringLiteral("I") + suffix.mid(1); break;
    case GenderStyle::None: preferred = feminine; break;
    case GenderStyle::All: break;
    }
    return Verdict{false, preferred};
}

// Hunspell's free compounding accepts "Schullungen" (Schul + Lungen) and "Kundschafft"
// (Kund + schafft). When a word is accepted only that way and the same word with one doubled
// letter fewer is a real dictionary entry, it is almost always that word mistyped.
std::optional<QString> SpellChecker::doubledLetterTypo(const QString &word) const
{
    // The cheap tests first: most words have no doubled letter, and hunspell is the slow part.
    if (word.size() < 8 || !m_main || !hasDoubledLetter(word) || m_lists.isHouseWord(word)
        || m_lists.isAnglicism(word) || m_context.acceptedWords.contains(word) || m_main->isEntry(word))
        return std::nullopt;
    if (!spell(word) && !isCompound(word))
        return std::nullopt; // unknown anyway: the ordinary rules flag it
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (word.at(i) != word.at(i - 1) || !word.at(i).isLetter())
            continue;
        const QString reduced = word.left(i) + word.mid(i + 1);
        if (m_main->isEntry(reduced))
            return reduced;
    }
    return std::nullopt;
}

bool SpellChecker::isCompoundHead(const QString &head) const
{
    if (head.size() < kMinPart)
        return false;
    const QString noun = capitalized(head);
    if (m_lists.isAnglicism(head) || m_lists.isHouseWord(noun))
        return true;
    if (isFunctionWord(head, false))
        return false;
    // A bare head that needs the linking -s- ("Bildung" + "angebot") is not one.
    if (head.size() >= kMinFreePart && !needsLinkingS(head) && (spell(noun) || spell(head)))
        return true;
    for (const QString &link : kLinkingElements) {
        if (head.size() - link.size() < kMinPart || !head.endsWith(link))
            continue;
        const QString stem = capitalized(head.chopped(link.size()));
        if (m_lists.isAnglicism(stem) || m_lists.isHouseWord(stem))
            return true;
        if (stem.size() < kMinFreePart || (needsLinkingS(stem) && link != QLatin1String("s")))
            continue;
        if (spell(stem))
            return true;
    }
    return false;
}

bool SpellChecker::isCompoundHead(const QString &head, CompoundMemo &memo) const
{
    return memoised(memo.heads, head, [&] { return isCompoundHead(head); });
}

// A tail that is a word as it is, without splitting it further.
bool SpellChecker::isKnownTail(const QString &tail, bool noun, CompoundMemo &memo) const
{
    if (tail.size() < kMinPart)
        return false;
    return memoised(memo.tails[noun ? 1 : 0], tail, [&] {
        if (tail.size() < kMinFreePart)
            return m_lists.isAnglicism(tail) || m_lists.isHouseWord(noun ? capitalized(tail) : tail);
        if (isFunctionWord(tail, true))
            return false;
        if (noun) {
            // A noun compound ends in a noun: "Schafft" is only "schafft" with a capital letter.
            const QString asNoun = capitalized(tail);
            const bool isNoun = spell(asNoun) && (!spell(tail.toLower()) || (m_main && m_main->isEntry(asNoun)));
            return isNoun || m_lists.isAnglicism(tail) || m_lists.isHouseWord(asNoun);
        }
        return spell(tail) || m_lists.isHouseWord(tail);
    });
}

// Asked about the same word by several rules (the doubled-letter rule, then the simple one).
bool SpellChecker::isCompound(const QString &word) const
{
    if (word.size() > kMaxWordLength)
        return false;
    return cachedFlag(m_compounds, word, [&] {
        CompoundMemo memo;
        return isCompound(word, 0, memo);
    });
}

// Compounds beyond the dictionary: known head (with a linking -s-, -es-, -n-, -en-, -e-) plus a
// known tail, heads and tails may be anglicisms: Cloudarchitektur, cloudbasierte, datengesteuerten.
// The tail may be such a compound itself, two levels deep. Every head and tail (a part of the
// word) is looked up once, in the memo; the known tails are looked for first, because there are
// few of them (the endings of the word), so heads are only looked up in front of a known tail or
// a split that can go deeper. Heads are at most kMaxHead long, which bounds the work on a word
// of kMaxWordLength characters to some thousand lookups.
bool SpellChecker::isCompound(const QString &word, int depth, CompoundMemo &memo) const
{
    if (word.size() < 2 * kMinPart)
        return false;
    return memoised(memo.compounds[depth], word, [&] {
        const bool noun = word.at(0).isUpper();
        const qsizetype lastHead = std::min<qsizetype>(kMaxHead, word.size() - kMinPart);
        for (qsizetype i = kMinPart; i <= lastHead; ++i) {
            if (isKnownTail(word.mid(i), noun, memo) && isCompoundHead(word.left(i), memo))
                return true;
        }
        if (depth >= 2)
            return false;
        for (qsizetype i = kMinPart; i <= lastHead; ++i) {
            const QString tail = word.mid(i);
            if (isCompoundHead(word.left(i), memo) && isCompound(noun ? capitalized(tail) : tail, depth + 1, memo))
                return true;
        }
        return false;
    });
}

} // namespace feder
