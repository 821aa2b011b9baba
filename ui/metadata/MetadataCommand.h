#pragma once

#include "model/Article.h"

#include <QUndoCommand>
#include <functional>

namespace feder::ui {

// One metadata edit (a field, or several that belong together like title + derived slug) as an
// undoable step. The apply function writes an article's metadata to the store and reports
// whether that worked; undo writes the state from before.
class MetadataCommand : public QUndoCommand
{
public:
    using Apply = std::function<bool(const Article &)>;

    MetadataCommand(const QString &text, Article before, Article after, Apply apply)
        : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)), m_apply(std::move(apply)) {}

    // The first redo happens before the push (so a failing edit never lands on the stack).
    void redo() override
    {
        if (m_applied)
            m_applied = false;
        else
            m_apply(m_after);
    }
    void undo() override { m_apply(m_before); }
    void markApplied() { m_applied = true; }

private:
    bool m_applied = false;
    Article m_before;
    Article m_after;
    Apply m_apply;
};

} // namespace feder::ui
