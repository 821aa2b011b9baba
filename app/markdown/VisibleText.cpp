#include "VisibleText.h"

#include "Containers.h"
#include "MarkdownDocument.h"

#include <QRegularExpression>
#include <cmark-gfm.h>

namespace feder {

namespace {

bool isBlock(cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_ITEM:
    case CMARK_NODE_BLOCK_QUOTE:
        return true;
    default:
        return false;
    }
}

bool insideImage(cmark_node *node)
{
    for (cmark_node *parent = cmark_node_parent(node); parent; parent = cmark_node_parent(parent)) {
        if (cmark_node_get_type(parent) == CMARK_NODE_IMAGE)
            return true;
    }
    return false;
}

bool looksLikeAddress(const QString &token)
{
    static const QRegularExpression address(
        QStringLiteral("(://|^www\\.|^mailto:|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$)"),
        QRegularExpression::CaseInsensitiveOption);
    return address.match(token).hasMatch();
}

bool hasLetterOrDigit(const QString &token)
{
    for (const QChar c : token) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace

QString VisibleText::text(const QString &markdown)
{
    const MarkdownDocument document(Containers::withoutMarkers(markdown).toUtf8());
    QByteArray out;
    cmark_iter *iter = cmark_iter_new(document.root());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        const auto type = cmark_node_get_type(node);
        if (event == CMARK_EVENT_EXIT) {
            if (isBlock(node))
                out += '\n';
            continue;
        }
        switch (type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_CODE_BLOCK:
            if (!insideImage(node))
                out += cmark_node_get_literal(node);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += ' ';
            break;
        default:
            // Table cells are extension nodes; separate them so "a|b" does not become one word.
            if (cmark_node_get_type_string(node) == QByteArrayView("table_cell"))
                out += ' ';
            break;
        }
    }
    cmark_iter_free(iter);
    return QString::fromUtf8(out);
}

int VisibleText::wordCount(const QString &markdown)
{
    return countWords(text(markdown));
}

int VisibleText::countWords(const QString &visibleText)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    int count = 0;
    const QStringList tokens = visibleText.split(whitespace, Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (hasLetterOrDigit(token) && !looksLikeAddress(token))
            ++count;
    }
    return count;
}

} // namespace feder
