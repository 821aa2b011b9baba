#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace feder {

struct ProseBlock;

// One typographic slip with its one-click fix: replacing body[start, start + length) (UTF-16
// offsets in the checked Markdown) by `replacement` gives correct text.
struct StyleFinding
{
    int start = 0;
    int length = 0;
    QString rule;         // a stable id, see Typography::rules()
    QString text;         // the source text of [start, start + length)
    QString replacement;
    QString message;      // translated ("Typography" context), for the user

    bool operator==(const StyleFinding &) const = default;
};

// German typography, widget-free. Only visible prose is checked (ProseBlocks): nothing in code,
// URLs, link targets, raw HTML, image alt text, front matter or `:::` lines is ever touched.
// The non-breaking space Feder inserts is U+00A0 (what HTML writes as &nbsp; and what publishing
// systems use); a narrow no-break space U+202F, a thin or a hair space written by the author are
// accepted as well. Callers must hand over the text with U+00A0 intact: QTextDocument::toPlainText()
// turns it into a plain space (toRawText() keeps it; only U+2029 needs mapping to '\n').
//
// For the editor: per keystroke, paragraphAt() + checkParagraph() for the paragraph that changed;
// after a typing pause (or when a paragraph was split or joined) IncrementalTypography::check()
// for the whole body, which re-checks only changed paragraphs. A fix is one replacement of
// [start, start + length) by `replacement` (one undo step); ruleTitle() names a checklist row.
namespace Typography {

// Rule ids, stable for the CLI's JSON and the GUI.
inline const QString kQuotes = QStringLiteral("quotes");                 // "…" “…” → „…“, nested ‚…‘
inline const QString kApostrophe = QStringLiteral("apostrophe");         // geht's → geht’s
inline const QString kDash = QStringLiteral("dash");                     // Wort - Wort → Wort – Wort
inline const QString kEllipsis = QStringLiteral("ellipsis");             // ... → …, [...] → […]
inline const QString kNbspAbbreviation = QStringLiteral("nbsp-abbreviation"); // z. B. → z.\u00A0B.
inline const QString kNbspUnit = QStringLiteral("nbsp-unit");             // 5 % → 5\u00A0%, § 3, Nr. 5
inline const QString kDoubleSpace = QStringLiteral("double-space");
inline const QString kSpaceBeforePunctuation = QStringLiteral("space-before-punctuation");
inline const QString kRangeDash = QStringLiteral("range-dash");          // 9 - 17 Uhr → 9–17 Uhr

QStringList rules();
// The rule's short name for a list or menu ("Anführungszeichen"), translated.
QString ruleTitle(const QString &rule);
// What is wrong and what the fix does, translated.
QString message(const QString &rule);

// All findings of a Markdown body (no front matter), ordered by start, never overlapping.
QList<StyleFinding> checkMarkdown(const QString &body);

// One paragraph of a body (see paragraphAt): the findings with offsets in the body. A paragraph
// checks on its own in well under a millisecond; this is the call per keystroke.
QList<StyleFinding> checkParagraph(const QString &paragraph, int offset);

// The paragraph around `position`: the lines between blank lines (a fenced code block counts as
// one paragraph). {start, length} in `body`.
std::pair<int, int> paragraphAt(const QString &body, int position);

// The findings of one prose block, offsets in the source the block came from.
QList<StyleFinding> checkBlock(const ProseBlock &block, const QString &source);

// `body` with the given fixes applied (overlapping ones after the first are skipped).
QString apply(const QString &body, QList<StyleFinding> findings);

} // namespace Typography

} // namespace feder
