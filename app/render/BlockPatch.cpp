#include "BlockPatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace feder {

BlockPatch BlockPatch::between(const QList<RenderedBlock> &before, const QList<RenderedBlock> &after)
{
    const int oldCount = int(before.size());
    const int newCount = int(after.size());
    int prefix = 0;
    while (prefix < oldCount && prefix < newCount && before.at(prefix).key == after.at(prefix).key)
        ++prefix;
    int suffix = 0;
    while (suffix < oldCount - prefix && suffix < newCount - prefix
           && before.at(oldCount - 1 - suffix).key == after.at(newCount - 1 - suffix).key)
        ++suffix;

    BlockPatch patch;
    patch.start = prefix;
    patch.removeCount = oldCount - prefix - suffix;
    patch.inserted = after.mid(prefix, newCount - prefix - suffix);
    for (int i = 0; i < prefix; ++i) {
        if (before.at(i).firstLine != after.at(i).firstLine)
            patch.lineUpdates.append({i, after.at(i).firstLine});
    }
    for (int i = 0; i < suffix; ++i) {
        const int oldIndex = oldCount - 1 - i;
        const int newIndex = newCount - 1 - i;
        if (before.at(oldIndex).firstLine != after.at(newIndex).firstLine)
            patch.lineUpdates.append({newIndex, after.at(newIndex).firstLine});
    }
    return patch;
}

QList<RenderedBlock> BlockPatch::applyTo(const QList<RenderedBlock> &before) const
{
    QList<RenderedBlock> result = before;
    result.remove(start, removeCount);
    for (int i = 0; i < inserted.size(); ++i)
        result.insert(start + i, inserted.at(i));
    for (const auto &[index, line] : lineUpdates) {
        const int lineCount = result[index].lastLine - result[index].firstLine;
        result[index].firstLine = line;
        result[index].lastLine = line + lineCount;
    }
    return result;
}

QByteArray BlockPatch::toJson() const
{
    QJsonArray blocks;
    for (const RenderedBlock &block : inserted)
        blocks.append(BodyRenderer::wrap(block));
    QJsonArray lines;
    for (const auto &[index, line] : lineUpdates)
        lines.append(QJsonArray{index, line});
    return QJsonDocument(QJsonObject{{QStringLiteral("start"), start},
                                     {QStringLiteral("remove"), removeCount},
                                     {QStringLiteral("blocks"), blocks},
                                     {QStringLiteral("lines"), lines}})
        .toJson(QJsonDocument::Compact);
}

} // namespace feder
