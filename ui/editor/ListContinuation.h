#pragma once

#include "EditorKeyHandler.h"

#include <QString>

namespace feder::ui {

class MarkdownEditor;

// Enter in a list item or a quote starts the next one: "- ", "* ", "+ ", "1. " / "1) " (the
// number counts up), "> " (also nested, and lists inside quotes), task items "- [ ] " (a ticked
// item continues unticked), with the item's indentation. Enter on an empty item ends the list:
// the marker is removed and the line stays empty. The new line is one undo step and the marker
// another, so one Ctrl+Z takes the continuation back and leaves a plain line break (and after
// ending a list, brings the marker back). Shift+Enter, a selection, and fenced code keep the
// editor's plain Enter.
class ListContinuation : public EditorKeyHandler
{
public:
    explicit ListContinuation(MarkdownEditor &editor);

    struct Item
    {
        QString prefix;   // the whole marker of this line: indentation, quote marks, list marker, task box
        QString next;     // what the next line starts with
    };
    // The list or quote marker at the start of `line`; an empty prefix when there is none. Pure.
    static Item itemOf(const QString &line);

    bool handleKeyPress(QKeyEvent *event) override;

private:
    MarkdownEditor &m_editor;
};

} // namespace feder::ui
