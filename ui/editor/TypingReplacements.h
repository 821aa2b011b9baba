#pragma once

#include "EditorKeyHandler.h"

#include <QString>

namespace feder {
class EditSession;
}

namespace feder::ui {

class MarkdownEditor;

// German typography as you type, in articles whose language is German (de-DE, de-AT, de-CH):
//
//   "…"  → „…“   (de-CH: «…»)    opening after a space, a line start or an opening bracket/dash,
//   '…'  → ‚…‘   (de-CH: ‹…›)    closing otherwise
//   '    → ’     after a letter, digit or punctuation when no single quote is open in the line
//                (Peter’s, geht’s, die 90’er); an apostrophe at the start of a word („’ne“)
//                becomes an opening ‚ – Ctrl+Z gives the straight ' back
//   " - " → " – "  a hyphen between spaces becomes an en dash when the second space is typed
//
// Each replacement is its own undo step right after the typed character: one Ctrl+Z gives the
// typed character back. Nothing is replaced in fenced or indented code, inside an inline code
// span, in a URL / e-mail address / link target, on `:::` container lines or HTML lines.
// Each rule has an off switch in the personal settings (QSettings, default on: the keys below;
// the Settings dialog shows them).
class TypingReplacements : public EditorKeyHandler
{
public:
    // QSettings keys (bool, default true).
    static inline const QString kQuotesKey = QStringLiteral("editor/typography/quotes");              // "…" → „…“
    static inline const QString kSingleQuotesKey = QStringLiteral("editor/typography/singleQuotes");  // '…' → ‚…‘
    static inline const QString kApostropheKey = QStringLiteral("editor/typography/apostrophe");      // ' → ’
    static inline const QString kDashKey = QStringLiteral("editor/typography/dash");                  // " - " → " – "

    // Adds itself to the editor; follows the open article's language through the session.
    TypingReplacements(MarkdownEditor &editor, EditSession &session);

    // The replacement for a straight quote typed after `previous` (QChar() at a line start) in
    // `language`, given whether a single quote is open in the line; empty when none applies.
    // Pure, for tests and for the handler itself.
    static QString quoteFor(QChar typed, QChar previous, const QString &language, bool singleQuoteOpen);

    void afterKeyPress(QKeyEvent *event) override;

private:
    MarkdownEditor &m_editor;
    EditSession &m_session;
};

} // namespace feder::ui
