#pragma once

#include "render/BodyRenderer.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace feder::ui {

// Renders the body off the GUI thread (it lives in its own QThread). Remembers the blocks the
// page shows, so each later render is answered with just the patch from there.
// The one exception to BackgroundWork (concurrency/BackgroundWork.h), on purpose: this is a
// long-lived worker with state (m_renderer, m_shown) that every render reads and changes, so its
// renders must run one after another on one thread, in order, and never be dropped half-way
// (the patches build on each other). PreviewWidget already coalesces keystrokes into the next
// render and drops answers of an older generation, and its destructor quits and waits for the
// thread, which deletes the worker there. Jobs without state use BackgroundWork.
class RenderWorker : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    // A whole new page: the blocks as HTML with source markers.
    void renderFull(quint64 generation, const QString &body, const QString &language);
    // The difference to the last render of the same generation.
    void renderPatch(quint64 generation, quint64 sequence, const QString &body);

Q_SIGNALS:
    void fullRendered(quint64 generation, const QString &blocksHtml);
    void patchRendered(quint64 generation, quint64 sequence, const QByteArray &patchJson, bool empty, int words);

private:
    BodyRenderer m_renderer;
    QList<RenderedBlock> m_shown;
    quint64 m_generation = 0;
};

} // namespace feder::ui
