#pragma once

#include <QObject>

class QKeyEvent;

namespace feder::ui {

// Editor behaviour that hooks into typing (typographic replacements, list continuation). A
// handler is a child of the MarkdownEditor it is added to (MarkdownEditor::addKeyHandler); the
// editor asks every handler before it handles a key press itself and tells them afterwards.
// Handlers are not asked in a read-only editor.
class EditorKeyHandler : public QObject
{
public:
    using QObject::QObject;

    // Before the editor handles the key: return true when the handler has done everything
    // (the editor then does nothing with the key).
    virtual bool handleKeyPress(QKeyEvent *event)
    {
        Q_UNUSED(event);
        return false;
    }
    // After the editor has handled (typed) the key.
    virtual void afterKeyPress(QKeyEvent *event) { Q_UNUSED(event); }
};

} // namespace feder::ui
