#include "RenderWorker.h"

#include "render/BlockPatch.h"

namespace feder::ui {

void RenderWorker::renderFull(quint64 generation, const QString &body, const QString &language)
{
    m_generation = generation;
    m_renderer.setLanguage(language); // placeholders speak the article's language
    m_shown = m_renderer.render(body);
    Q_EMIT fullRendered(generation, BodyRenderer::join(m_shown, true));
}

void RenderWorker::renderPatch(quint64 generation, quint64 sequence, const QString &body)
{
    if (generation != m_generation)
        return; // a newer page replaced the one this edit was for
    QList<RenderedBlock> next = m_renderer.render(body);
    const BlockPatch patch = BlockPatch::between(m_shown, next);
    m_shown = std::move(next);
    Q_EMIT patchRendered(generation, sequence, patch.toJson(), patch.isEmpty(), BodyRenderer::wordCount(m_shown));
}

} // namespace feder::ui
