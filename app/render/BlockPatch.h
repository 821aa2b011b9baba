#pragma once

#include "BodyRenderer.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace feder {

// What the preview page needs to turn the previous render into the next one: drop
// `removeCount` blocks at `start`, insert `inserted` there, and move the line numbers of the
// blocks that stayed. Blocks are matched by key from both ends, so typing in one paragraph of
// a long article sends that one paragraph.
struct BlockPatch
{
    int start = 0;
    int removeCount = 0;
    QList<RenderedBlock> inserted;
    QList<QPair<int, int>> lineUpdates; // (index in the new list, new first line) of kept blocks

    bool isEmpty() const { return removeCount == 0 && inserted.isEmpty() && lineUpdates.isEmpty(); }

    static BlockPatch between(const QList<RenderedBlock> &before, const QList<RenderedBlock> &after);
    // Applies the patch to a block list (what the page does with the DOM); used by tests.
    QList<RenderedBlock> applyTo(const QList<RenderedBlock> &before) const;

    // The JSON the page's update script reads: {"start","remove","blocks":[html...],"lines":[[i,l]...]}
    QByteArray toJson() const;
};

} // namespace feder
