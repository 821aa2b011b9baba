#include "BodyRenderer.h"

#include "HtmlSanitizer.h"
#include "markdown/Containers.h"
#include "markdown/MarkdownDocument.h"
#include "markdown/VisibleText.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringList>
#include <cmark-gfm.h>

namespace feder {

namespace {

struct ContainerRange
{
    QString name;
    int openLine;   // 1-based line of "::: name"
    int closeLine;  // 1-based line of ":::" (or the last line when unclosed)
};

QList<ContainerRange> findContainers(const QStringList &lines)
{
    QList<ContainerRange> ranges;
    int depth = 0;
    ContainerRange current;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString name = Containers::openingName(line);
        if (!name.isEmpty()) {
            if (depth == 0)
                current = {name, i + 1, int(lines.size())};
            ++depth;
        } else if (depth > 0 && Containers::isClosing(line)) {
            if (--depth == 0) {
                current.closeLine = i + 1;
                ranges.append(current);
            }
        }
    }
    if (depth > 0)
        ranges.append(current); // unclosed: runs to the end of the text
    return ranges;
}

QString sourceOf(const QStringList &lines, int first, int last)
{
    return lines.mid(first - 1, last - first + 1).join(QLatin1Char('\n'));
}

QString keyOf(const QString &source)
{
    return QString::fromLatin1(QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Md5).toHex());
}

QString containerClass(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9_-]"));
    QString cleaned = name.toLower();
    cleaned.remove(unsafe);
    return cleaned;
}

// The 1-based line a top-level node starts on. cmark-gfm 0.29 gives no position (0) to the
// paragraph its table extension splits off the lines above a table: that one sits where the
// next block starts.
int startLine(cmark_node *node, int lineCount)
{
    for (cmark_node *n = node; n; n = cmark_node_next(n)) {
        if (const int line = cmark_node_get_start_line(n); line > 0)
            return line;
    }
    return std::max(lineCount, 1);
}

} // namespace

void BodyRenderer::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_cache.clear();
    m_lastCache.clear();
}

QList<RenderedBlock> BodyRenderer::render(const QString &markdown)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    const QList<ContainerRange> containers = findContainers(lines);
    const MarkdownDocument document(Containers::withoutMarkers(markdown).toUtf8());

    QHash<QString, Cached> nextCache;
    QList<RenderedBlock> blocks;
    // Fills html and words of the block from the cache, or renders it.
    auto fill = [&](RenderedBlock &block, const QString &cacheKey, const QString &source,
                    const std::function<QString()> &make) {
        const Cached *known = nullptr;
        if (auto hit = m_cache.constFind(cacheKey); hit != m_cache.constEnd())
            known = &*hit;
        else if (auto older = m_lastCache.constFind(cacheKey); older != m_lastCache.constEnd())
            known = &*older;
        const Cached entry = known ? *known : Cached{make(), VisibleText::wordCount(source)};
        nextCache.insert(cacheKey, entry);
        block.html = entry.html;
        block.words = entry.words;
    };

    int containerIndex = 0;
    cmark_node *node = cmark_node_first_child(document.root());
    while (node) {
        const int first = startLine(node, int(lines.size()));
        while (containerIndex < containers.size() && containers.at(containerIndex).closeLine < first)
            ++containerIndex;
        const bool inContainer = containerIndex < containers.size()
                                 && containers.at(containerIndex).openLine <= first;
        if (!inContainer) {
            // cmark-gfm 0.29 reports the line before an HTML block's last line as its end, 0 for
            // one that ends on its first line ("<script>…</script>"): never before the start.
            const int last = std::max(first, cmark_node_get_end_line(node));
            const QString source = sourceOf(lines, first, last);
            // Cached and keyed by the source and cmark's HTML of it: a block can render differently
            // with the same lines ("[x]" is a link only while "[x]: url" is somewhere in the text),
            // and cmark's rendering is cheap next to sanitising.
            const QByteArray raw = document.renderHtml(node);
            const QString cacheKey = source + QChar(0) + QString::fromUtf8(raw);
            RenderedBlock block{keyOf(cacheKey), first, last, {}, 0};
            fill(block, cacheKey, source, [&] { return HtmlSanitizer::sanitize(raw, m_resolveImage, m_language); });
            blocks.append(block);
            node = cmark_node_next(node);
            continue;
        }
        // Every top-level node inside the container's lines belongs to one block.
        const ContainerRange &range = containers.at(containerIndex);
        const QString source = sourceOf(lines, range.openLine, range.closeLine);
        QByteArray inner;
        while (node && startLine(node, int(lines.size())) <= range.closeLine) {
            inner += document.renderHtml(node);
            node = cmark_node_next(node);
        }
        const QString cacheKey = QStringLiteral("::: ") + source + QChar(0) + QString::fromUtf8(inner);
        RenderedBlock block{keyOf(cacheKey), range.openLine, range.closeLine, {}, 0};
        fill(block, cacheKey, source, [&] {
            return QStringLiteral("<aside class=\"%1\">").arg(containerClass(range.name))
                   + HtmlSanitizer::sanitize(inner, m_resolveImage, m_language) + QStringLiteral("</aside>\n");
        });
        blocks.append(block);
        ++containerIndex;
    }
    // Keep this render and the one before: enough for undo/redo and typing, bounded in size.
    m_lastCache = std::move(m_cache);
    m_cache = std::move(nextCache);
    return blocks;
}

int BodyRenderer::wordCount(const QList<RenderedBlock> &blocks)
{
    int words = 0;
    for (const RenderedBlock &block : blocks)
        words += block.words;
    return words;
}

QString BodyRenderer::wrap(const RenderedBlock &block)
{
    return QStringLiteral("<div class=\"fb\" data-line=\"%1\" data-key=\"%2\">").arg(block.firstLine).arg(block.key)
           + block.html + QStringLiteral("</div>\n");
}

QString BodyRenderer::join(const QList<RenderedBlock> &blocks, bool sourceMarkers)
{
    QString html;
    for (const RenderedBlock &block : blocks)
        html += sourceMarkers ? wrap(block) : block.html;
    return html;
}

} // namespace feder
