#include "Typography.h"

#include "ProseBlocks.h"

#include <QCoreApplication>
#include <algorithm>

namespace feder {

QStringList Typography::rules()
{
    return {kQuotes, kApostrophe, kDash, kEllipsis, kNbspAbbreviation, kNbspUnit, kDoubleSpace, kSpaceBeforePunctuation, kRangeDash};
}

QString Typography::ruleTitle(const QString &rule)
{
    if (rule == kQuotes)
        return QCoreApplication::translate("Typography", "Quotation marks");
    if (rule == kApostrophe)
        return QCoreApplication::translate("Typography", "Apostrophe");
    if (rule == kDash)
        return QCoreApplication::translate("Typography", "Dash");
    if (rule == kEllipsis)
        return QCoreApplication::translate("Typography", "Ellipsis");
    if (rule == kNbspAbbreviation)
        return QCoreApplication::translate("Typography", "Space in abbreviations");
    if (rule == kNbspUnit)
        return QCoreApplication::translate("Typography", "Space between number and unit");
    if (rule == kDoubleSpace)
        return QCoreApplication::translate("Typography", "Double space");
    if (rule == kSpaceBeforePunctuation)
        return QCoreApplication::translate("Typography", "Space before punctuation");
    if (rule == kRangeDash)
        return QCoreApplication::translate("Typography", "Ranges");
    return rule;
}

QString Typography::message(const QString &rule)
{
    if (rule == kQuotes)
        return QCoreApplication::translate("Typography", "Use German quotation marks „…“ (inside a quotation ‚…‘).");
    if (rule == kApostrophe)
        return QCoreApplication::translate("Typography", "Use the typographic apostrophe ’.");
    if (rule == kDash)
        return QCoreApplication::translate("Typography", "A dash between words is the en dash –, not a hyphen.");
    if (rule == kEllipsis)
        return QCoreApplication::translate("Typography", "Write the ellipsis as one character: …");
    if (rule == kNbspAbbreviation)
        return QCoreApplication::translate("Typography", "Join the parts of the abbreviation with a non-breaking space.");
    if (rule == kNbspUnit)
        return QCoreApplication::translate("Typography", "Join number and unit or sign with a non-breaking space.");
    if (rule == kDoubleSpace)
        return QCoreApplication::translate("Typography", "Two spaces in a row.");
    if (rule == kSpaceBeforePunctuation)
        return QCoreApplication::translate("Typography", "No space before a punctuation mark.");
    if (rule == kRangeDash)
        return QCoreApplication::translate("Typography", "Write a range with an en dash and no spaces: 9–17.");
    return rule;
}

QList<StyleFinding> Typography::checkMarkdown(const QString &body)
{
    QList<StyleFinding> findings;
    int end = 0;
    for (const ProseBlock &block : ProseBlocks::of(body)) {
        for (const StyleFinding &finding : checkBlock(block, body)) {
            if (finding.start < end)
                continue; // never two fixes for the same characters
            findings.append(finding);
            end = finding.start + finding.length;
        }
    }
    return findings;
}

QList<StyleFinding> Typography::checkParagraph(const QString &paragraph, int offset)
{
    QList<StyleFinding> findings = checkMarkdown(paragraph);
    for (StyleFinding &finding : findings)
        finding.start += offset;
    return findings;
}

QString Typography::apply(const QString &body, QList<StyleFinding> findings)
{
    std::sort(findings.begin(), findings.end(), [](const StyleFinding &a, const StyleFinding &b) { return a.start < b.start; });
    QString out;
    int cursor = 0;
    for (const StyleFinding &finding : std::as_const(findings)) {
        if (finding.start < cursor || finding.start + finding.length > body.size())
            continue;
        out += QStringView(body).mid(cursor, finding.start - cursor);
        out += finding.replacement;
        cursor = finding.start + finding.length;
    }
    out += QStringView(body).mid(cursor);
    return out;
}

} // namespace feder
