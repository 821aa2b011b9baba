#include "Typography.h"

#include "ProseBlocks.h"

#include <QRegularExpression>
#include <algorithm>
#include <vector>

// The rules of Typography::checkBlock, one function each, run in a fixed order: a rule that runs
// earlier claims its characters, so two fixes never touch the same text.
namespace feder {

namespace {

constexpr QChar kNbsp(0x00A0);
constexpr QChar kNarrowNbsp(0x202F);
constexpr QChar kEnDash(0x2013);
constexpr QChar kEmDash(0x2014);
constexpr QChar kEllipsisChar(0x2026);
constexpr QChar kLowDouble(0x201E);   // „ German opening
constexpr QChar kHighDouble(0x201C);  // “ German closing (English opening)
constexpr QChar kRightDouble(0x201D); // ” English closing
constexpr QChar kLowSingle(0x201A);   // ‚ German opening
constexpr QChar kHighSingle(0x2018);  // ‘ German closing (English opening)
constexpr QChar kApostropheChar(0x2019); // ’ apostrophe (English closing)

// A space a line may break at, or a non-breaking one.
bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == kNbsp || c == kNarrowNbsp || c == QChar(0x2009) || c == QChar(0x200A);
}

bool isNoBreak(QChar c)
{
    return c == kNbsp || c == kNarrowNbsp;
}

// A space a typesetter chose on purpose (no-break, narrow, thin, hair): right where Feder asks for
// a non-breaking space.
bool isDeliberateSpace(QChar c)
{
    return isNoBreak(c) || c == QChar(0x2009) || c == QChar(0x200A);
}

bool isWord(QChar c)
{
    return c.isLetterOrNumber();
}

// Characters after which a quotation mark opens.
bool opensAfter(QChar p)
{
    return p.isNull() || isSpace(p) || QStringView(u"([{/\u2013\u2014-\u201A\u201E\u00AB\u00BB\u2039\u203A").contains(p);
}

// Characters before which a quotation mark closes.
bool closesBefore(QChar n)
{
    return n.isNull() || isSpace(n) || QStringView(u".,;:!?)]}\u2026\u2013\u2014-/\u201C\u2018\u2019\"'\u00BB\u00AB\u203A\u2039").contains(n);
}

// The finding collector of one block: every fix must map onto clean source, findings of the
// rules run earlier win over later ones on the same characters.
class Collector
{
public:
    Collector(const ProseBlock &block, const QString &source)
        : m_block(block), m_source(source), m_claimed(std::size_t(block.text.size()), false)
    {
    }

    const QString &text() const { return m_block.text; }
    QChar at(qsizetype i) const { return i >= 0 && i < m_block.text.size() ? m_block.text.at(i) : QChar(); }

    bool emit(int from, int to, const QString &rule, const QString &replacement)
    {
        for (int i = from; i < to; ++i) {
            if (m_claimed[std::size_t(i)])
                return false;
        }
        const auto [start, end] = m_block.sourceRange(from, to);
        if (start < 0 || end > m_source.size())
            return false;
        const QString original = m_source.mid(start, end - start);
        if (original == replacement)
            return false;
        for (int i = from; i < to; ++i)
            m_claimed[std::size_t(i)] = true;
        m_findings.append({start, end - start, rule, original, replacement, Typography::message(rule)});
        return true;
    }

    QList<StyleFinding> take()
    {
        std::sort(m_findings.begin(), m_findings.end(), [](const StyleFinding &a, const StyleFinding &b) { return a.start < b.start; });
        return std::move(m_findings);
    }

private:
    const ProseBlock &m_block;
    const QString &m_source;
    std::vector<bool> m_claimed;
    QList<StyleFinding> m_findings;
};

// "..." and "[...]": three or more full stops are one ellipsis character.
void ellipses(Collector &c)
{
    static const QRegularExpression dots(QStringLiteral("\\.{3,}|(?<![.\\p{L}\\p{N}])\\.(?: \\.){2}(?![.\\p{L}\\p{N}])"));
    for (auto it = dots.globalMatch(c.text()); it.hasNext();) {
        const auto m = it.next();
        c.emit(int(m.capturedStart()), int(m.capturedEnd()), Typography::kEllipsis, QString(kEllipsisChar));
    }
}

// Abbreviations of two or more parts, joined by a non-breaking space ("z. B.", "i. d. R.").
void abbreviations(Collector &c)
{
    static const QRegularExpression pattern = [] {
        // Listed longest first; '*' marks those also written with a capital at a sentence start.
        const char *const list[] = {
            "*u. a. m.", "*u. v. m.", "*u. v. a.", "*i. d. R.", "i. d. F.", "i. H. v.", "i. S. d.", "i. S. v.", "i. e. S.",
            "i. w. S.", "a. a. O.", "m. a. W.", "*z. B.", "*d. h.", "*u. a.", "*z. T.", "*u. U.", "*o. Ä.", "*u. Ä.", "o. ä.",
            "u. ä.", "*s. o.", "*s. u.", "*v. a.", "*z. Zt.", "z. Hd.", "i. A.", "i. V.", "i. R.", "a. D.", "e. V.", "m. E.",
            "u. E.", "n. Chr.", "v. Chr.", "o. g.", "u. dgl.", "k. A.", "p. a.", "z. K.", "i. Allg.", "u. zw.", "d. i."};
        QStringList alternatives;
        for (const char *entry : list) {
            QString abbreviation = QString::fromUtf8(entry);
            const bool capital = abbreviation.startsWith(QLatin1Char('*'));
            if (capital)
                abbreviation.remove(0, 1);
            QStringList parts = abbreviation.split(QStringLiteral(". "));
            parts.last().chop(1);
            for (QString &part : parts)
                part = QRegularExpression::escape(part);
            if (capital)
                parts.first() = QStringLiteral("[%1%2]%3").arg(parts.first().at(0), parts.first().at(0).toUpper(), parts.first().mid(1));
            alternatives.append(parts.join(QStringLiteral("\\.[ \\t\\n\\x{00A0}\\x{202F}\\x{2009}\\x{200A}]{0,3}")) + QStringLiteral("\\."));
        }
        return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])(?:%1)(?!\\p{L})").arg(alternatives.join(QLatin1Char('|'))));
    }();
    for (auto it = pattern.globalMatch(c.text()); it.hasNext();) {
        const auto m = it.next();
        const QString found = m.captured();
        QStringList parts;
        bool correct = true;
        qsizetype partStart = 0;
        for (qsizetype i = 0; i < found.size(); ++i) {
            if (found.at(i) != u'.')
                continue;
            parts.append(found.mid(partStart, i - partStart).trimmed());
            qsizetype next = i + 1;
            while (next < found.size() && isSpace(found.at(next)))
                ++next;
            if (next < found.size() && !(next == i + 2 && isDeliberateSpace(found.at(i + 1))))
                correct = false;
            partStart = next;
            i = next - 1;
        }
        if (!correct)
            c.emit(int(m.capturedStart()), int(m.capturedEnd()), Typography::kNbspAbbreviation, parts.join(QStringLiteral(".\u00A0")) + QLatin1Char('.'));
    }
}

// Number and unit or sign: "5 %", "10 km", "3 Mio.", "§ 3", "Nr. 5".
void units(Collector &c)
{
    static const QString gap = QStringLiteral("([ \\t\\n\\x{00A0}\\x{202F}\\x{2009}\\x{200A}]*)");
    static const QRegularExpression after(
        QStringLiteral("(?<![\\p{L}\\p{N}.,])(\\d+(?:[.,]\\d+)*)") + gap
        + QStringLiteral("(%|‰|€|\\$|£|°C|°F|EUR|CHF|USD|GBP|Mio\\.|Mrd\\.|Tsd\\.|Bio\\.|Std\\.|Min\\.|Sek\\.|"
                         "km/h|km²|m²|m³|km|cm|mm|µm|nm|qm|ha|kg|mg|g|t|ml|cl|dl|hl|l|m|h|min|ms|"
                         "kWh|MWh|GWh|TWh|Wh|kW|MW|GW|W|kV|V|mAh|Hz|kHz|MHz|GHz|dB|"
                         "KB|kB|MB|GB|TB|PB|Mbit/s|Gbit/s|kbit/s|MBit/s|GBit/s)(?![\\p{L}\\p{N}])"));
    static const QRegularExpression before(
        QStringLiteral("(?<![\\p{L}\\p{N}])(§§?|Nr\\.|Nrn\\.|Abs\\.|Art\\.|Bd\\.|Kap\\.|Ziff\\.|Abb\\.|Tab\\.|Anl\\.|S\\.)") + gap
        + QStringLiteral("(\\d+)"));
    static const QStringList joinedIsWrong = {QStringLiteral("%"), QStringLiteral("‰"), QStringLiteral("€"),
                                              QStringLiteral("°C"), QStringLiteral("°F")};
    auto check = [&](const QRegularExpressionMatch &m, const QString &left, const QString &right, bool emptyIsWrong) {
        const QString space = m.captured(2);
        const bool wrong = space.isEmpty() ? emptyIsWrong : !(space.size() == 1 && isDeliberateSpace(space.at(0)));
        if (wrong)
            c.emit(int(m.capturedStart()), int(m.capturedEnd()), Typography::kNbspUnit, left + kNbsp + right);
    };
    for (auto it = after.globalMatch(c.text()); it.hasNext();) {
        const auto m = it.next();
        check(m, m.captured(1), m.captured(3), joinedIsWrong.contains(m.captured(3)));
    }
    for (auto it = before.globalMatch(c.text()); it.hasNext();) {
        const auto m = it.next();
        check(m, m.captured(1), m.captured(3), true);
    }
}

// A number as ranges write it: 9, 1.000, 1,5, 9:30 or 9.30 (a time).
struct RangeNumber
{
    double value = 0;
    int digits = 0;        // of the whole part, without thousands separators
    bool plain = false;    // digits only
    bool time = false;
};

RangeNumber rangeNumber(const QString &token)
{
    static const QRegularExpression time(QStringLiteral("^(\\d{1,2})[:.](\\d{2})$"));
    RangeNumber n;
    if (const auto m = time.match(token); m.hasMatch()) {
        n.time = true;
        n.value = m.captured(1).toInt() + m.captured(2).toInt() / 60.0;
        n.digits = int(m.capturedLength(1));
    } else if (token.contains(QLatin1Char('.'))) {
        n.value = QString(token).remove(QLatin1Char('.')).toDouble();
        n.digits = int(token.size() - token.count(QLatin1Char('.')));
    } else if (token.contains(QLatin1Char(','))) {
        n.value = QString(token).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        n.digits = int(token.indexOf(QLatin1Char(',')));
    } else {
        n.plain = true;
        n.value = token.toDouble();
        n.digits = int(token.size());
    }
    return n;
}

bool isRange(const QString &left, const QString &right)
{
    const RangeNumber l = rangeNumber(left);
    const RangeNumber r = rangeNumber(right);
    if (l.time != r.time && !(l.plain || r.plain))
        return false;
    auto leadingZero = [](const QString &token, const RangeNumber &n) { return n.plain && token.size() > 1 && token.startsWith(QLatin1Char('0')); };
    if (leadingZero(left, l) || leadingZero(right, r))
        return false; // phone numbers, dates (2021-03-04), codes
    if ((l.plain && l.digits > 4) || (r.plain && r.digits > 4))
        return false;
    if (l.plain && r.plain && l.digits == 4 && r.digits < 4)
        return false; // 2021-03, 2019-21: a month or a short form, not sure
    return r.value > l.value;
}

// Ranges of numbers (and of weekdays and months): an en dash without spaces ("9–17 Uhr",
// "2019–2021", "Mo–Fr"), not a hyphen and not a spaced dash. Phone numbers, dates, ISBNs and
// compounds ("3-fach", "A4-Blatt") are no ranges.
void ranges(Collector &c)
{
    static const QString number = QStringLiteral("(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:[:.]\\d{2}(?!\\d)|,\\d+)?)");
    static const QString dash = QStringLiteral("([ \\t\\n\\x{00A0}\\x{202F}]*)(--|-|–|—)([ \\t\\n\\x{00A0}\\x{202F}]*)");
    static const QRegularExpression pattern(QStringLiteral("(?<![\\p{L}\\p{N}.,:/+\\-–−])") + number + dash + number
                                            + QStringLiteral("(?![\\p{L}\\p{N}]|[.,:/\\-–][\\p{N}]|-\\p{L})"));
    static const QString day = QStringLiteral(
        "(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Jan|Feb|Mär|Apr|Jun|Jul|Aug|"
        "Sep|Sept|Okt|Nov|Dez|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\\.?");
    static const QRegularExpression days(QStringLiteral("(?<![\\p{L}\\p{N}])(") + day + QStringLiteral(")") + dash
                                         + QStringLiteral("(") + day + QStringLiteral(")(?![\\p{L}\\p{N}])"));
    const QString &t = c.text();
    auto isCorrect = [](const QRegularExpressionMatch &m) {
        return m.captured(3) == QString(kEnDash) && m.captured(2).isEmpty() && m.captured(4).isEmpty();
    };
    for (auto it = pattern.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        if (isCorrect(m) || !isRange(m.captured(1), m.captured(5)))
            continue;
        // Before the first number: another number ("+49 30 1234-5678") or an arithmetic sign.
        qsizetype b = m.capturedStart() - 1;
        while (b >= 0 && t.at(b) == u' ')
            --b;
        if (b >= 0 && (t.at(b).isDigit() || QStringView(u"+=×*·/").contains(t.at(b))))
            continue;
        qsizetype a = m.capturedEnd();
        while (a < t.size() && t.at(a) == u' ')
            ++a;
        if (a < t.size() && QStringView(u"=+×*·").contains(t.at(a)))
            continue;
        // Only the dash and its spaces: the numbers stay free for the unit rule ("5-10 %").
        c.emit(int(m.capturedEnd(1)), int(m.capturedStart(5)), Typography::kRangeDash, QString(kEnDash));
    }
    for (auto it = days.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        if (!isCorrect(m) && m.captured(1) != m.captured(5))
            c.emit(int(m.capturedEnd(1)), int(m.capturedStart(5)), Typography::kRangeDash, QString(kEnDash));
    }
}

// A hyphen (or two) between spaces is a dash: "Wort - Wort" → "Wort – Wort"; so is the English
// em dash between spaces.
void dashes(Collector &c)
{
    const QString &t = c.text();
    for (int i = 1; i + 1 < t.size(); ++i) {
        if ((t.at(i) != u'-' && t.at(i) != kEmDash) || !isSpace(t.at(i - 1)))
            continue;
        int end = i + 1;
        if (t.at(i) == u'-' && t.at(end) == u'-')
            ++end;
        if (end >= t.size() || !isSpace(t.at(end)))
            continue;
        int before = i - 1;
        while (before >= 0 && isSpace(t.at(before)))
            --before;
        int after = end;
        while (after < t.size() && isSpace(t.at(after)))
            ++after;
        if (before < 0 || after >= t.size())
            continue;
        if (t.at(before).isDigit() && t.at(after).isDigit())
            continue; // arithmetic, or a number range the range rule did not claim
        c.emit(i, end, Typography::kDash, QString(kEnDash));
        i = end;
    }
}

// Quotation marks and apostrophes: „…“ outside, ‚…‘ inside, ’ for the apostrophe.
void quotesAndApostrophes(Collector &c)
{
    struct Open
    {
        bool isDouble;
        bool nested = false;   // a double quote inside a double quote: written ‚…‘
        bool english = false;  // a single quote opened with ' or ‘ (not ‚)
    };
    std::vector<Open> stack;
    const QString &t = c.text();
    auto doubleOpen = [&] {
        return std::any_of(stack.begin(), stack.end(), [](const Open &o) { return o.isDouble; });
    };
    auto popDouble = [&] {
        while (!stack.empty()) {
            const Open top = stack.back();
            stack.pop_back();
            if (top.isDouble)
                return top;
        }
        return Open{true, false};
    };
    // A later single quote that closes ("…'", "…’" followed by a space or punctuation).
    auto closingSingleFollows = [&](int from) {
        for (int k = from + 1; k < t.size(); ++k) {
            const QChar q = t.at(k);
            if ((q == u'\'' || q == kApostropheChar || q == kHighSingle) && !isSpace(c.at(k - 1)) && closesBefore(c.at(k + 1))
                && !(isWord(c.at(k - 1)) && isWord(c.at(k + 1))))
                return true;
            if (q == u'"' || q == kHighDouble || q == kRightDouble)
                return false;
        }
        return false;
    };
    for (int i = 0; i < t.size(); ++i) {
        const QChar q = t.at(i);
        const QChar p = c.at(i - 1);
        const QChar n = c.at(i + 1);
        const bool left = opensAfter(p);
        const bool right = closesBefore(n);
        // Typewriter quotes: ,,Text'' (two commas, two apostrophes).
        if (q == u',' && n == u',' && left && !isSpace(c.at(i + 2)) && !c.at(i + 2).isNull()) {
            stack.push_back({true, false});
            c.emit(i, i + 2, Typography::kQuotes, QString(kLowDouble));
            ++i;
            continue;
        }
        if (q == u'\'' && n == u'\'' && doubleOpen() && !isSpace(p) && closesBefore(c.at(i + 2))) {
            const Open open = popDouble();
            c.emit(i, i + 2, Typography::kQuotes, QString(open.nested ? kHighSingle : kHighDouble));
            ++i;
            continue;
        }
        if (q == kLowDouble) {
            stack.push_back({true, false}); // written by the author as „: its close stays “
        } else if (q == u'"' || q == kRightDouble || q == kHighDouble) {
            bool opening = left && !right ? true : (!left && right ? false : !doubleOpen());
            if (q == kHighDouble && !(left && !right))
                opening = false; // “ closes in German
            if (opening) {
                const bool nested = doubleOpen();
                stack.push_back({true, nested});
                c.emit(i, i + 1, Typography::kQuotes, QString(nested ? kLowSingle : kLowDouble));
            } else {
                const Open open = popDouble();
                c.emit(i, i + 1, Typography::kQuotes, QString(open.nested ? kHighSingle : kHighDouble));
            }
        } else if (q == kLowSingle) {
            stack.push_back({false, false});
        } else if (q == u'\'' || q == QChar(0x00B4) || q == kHighSingle || q == kApostropheChar) {
            const bool singleOpen = !stack.empty() && !stack.back().isDouble;
            const bool afterWord = isWord(p) || (p.isPunct() && !left);
            // ’ closes only a quotation opened the English way (‘…’, '…'); after ‚ it is an apostrophe.
            const bool closesSingle = singleOpen && (q != kApostropheChar || stack.back().english);
            if (p.isLetter() && n.isLetter()) {
                if (q != kApostropheChar)
                    c.emit(i, i + 1, Typography::kApostrophe, QString(kApostropheChar)); // geht's, geht´s
            } else if (afterWord && right) {
                if (closesSingle) {
                    stack.pop_back();
                    c.emit(i, i + 1, Typography::kQuotes, QString(kHighSingle));
                } else if (q != kApostropheChar && p.isLetter()) {
                    c.emit(i, i + 1, Typography::kApostrophe, QString(kApostropheChar)); // Hans' Auto
                }
            } else if (left && !isSpace(n) && !n.isNull()) {
                if (q != kApostropheChar && closingSingleFollows(i)) {
                    stack.push_back({false, false, true});
                    c.emit(i, i + 1, Typography::kQuotes, QString(kLowSingle));
                } else if (q != kApostropheChar && n.isLetterOrNumber()) {
                    c.emit(i, i + 1, Typography::kApostrophe, QString(kApostropheChar)); // 's, 'ne
                }
            }
        }
    }
}

// No space before , . ; : ! ? and a closing parenthesis.
void spaceBeforePunctuation(Collector &c)
{
    const QString &t = c.text();
    for (int i = 1; i < t.size(); ++i) {
        const QChar q = t.at(i);
        if (!QStringView(u",.;:!?)").contains(q) || !isSpace(t.at(i - 1)) || t.at(i - 1) == u'\n')
            continue;
        int s = i - 1;
        while (s > 0 && isSpace(t.at(s - 1)) && t.at(s - 1) != u'\n')
            --s;
        if (s == 0)
            continue;
        const QChar p = t.at(s - 1);
        const QChar n = c.at(i + 1);
        if (p == ProseBlocks::kPlaceholder || p == kEllipsisChar || p == u'\n' || QStringView(u"([{").contains(p))
            continue;
        if (!n.isNull() && (isWord(n) || (q == u'.' && (n == u'.' || n == kEllipsisChar))))
            continue; // .NET, ,5, " ..."
        if ((q == u':' && p.isDigit()) || ((q == u':' || q == u';') && QStringView(u")(-DP/").contains(n)))
            continue; // 1 : 100, smileys
        if (q == u')' && !t.left(s).contains(u'('))
            continue;
        c.emit(s, i + 1, Typography::kSpaceBeforePunctuation, QString(q));
    }
}

// Two or more spaces between words.
void doubleSpaces(Collector &c)
{
    const QString &t = c.text();
    for (int i = 1; i < t.size(); ++i) {
        if (!isSpace(t.at(i)) || t.at(i) == u'\n' || isSpace(t.at(i - 1)))
            continue;
        int end = i;
        bool noBreak = false;
        QChar kind = u' ';
        while (end < t.size() && isSpace(t.at(end)) && t.at(end) != u'\n') {
            if (isNoBreak(t.at(end)) && !noBreak) {
                noBreak = true;
                kind = t.at(end);
            }
            ++end;
        }
        if (end - i >= 2 && end < t.size() && t.at(end) != u'\n')
            c.emit(i, end, Typography::kDoubleSpace, QString(kind));
        i = end;
    }
}

} // namespace

QList<StyleFinding> Typography::checkBlock(const ProseBlock &block, const QString &source)
{
    Collector collector(block, source);
    ellipses(collector);
    abbreviations(collector);
    units(collector);
    ranges(collector);
    dashes(collector);
    quotesAndApostrophes(collector);
    spaceBeforePunctuation(collector);
    doubleSpaces(collector);
    return collector.take();
}

} // namespace feder
