#include "Excerpt.h"

#include "markdown/Containers.h"
#include "markdown/MarkdownDocument.h"

#include <QStringList>
#include <QTextBoundaryFinder>
#include <cmark-gfm.h>

namespace feder {

namespace {

const QString kEllipsis = QStringLiteral(" […]");

QString plainText(cmark_node *node)
{
    QByteArray text;
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *current = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        switch (cmark_node_get_type(current)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            text += cmark_node_get_literal(current);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += ' ';
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    return QString::fromUtf8(text).simplified();
}

} // namespace

QString cutAtWord(const QString &text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    const int limit = std::max(0, maxLength - int(kEllipsis.size()));
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    finder.setPosition(limit);
    qsizetype cut = finder.isAtBoundary() ? limit : finder.toPreviousBoundary();
    // Never end on the inside of a word or on punctuation that belonged to the next sentence.
    QString head = text.left(cut < 0 ? limit : cut);
    while (!head.isEmpty() && !head.back().isLetterOrNumber())
        head.chop(1);
    return head + kEllipsis;
}

QString excerptFromBody(const QString &markdownBody, int maxLength)
{
    // Containers (pull quote, CTA box) are not the article's opening words.
    QStringList lines = markdownBody.split(QLatin1Char('\n'));
    bool inContainer = false;
    for (QString &line : lines) {
        if (!Containers::openingName(line).isEmpty()) {
            inContainer = true;
            line.clear();
        } else if (inContainer && Containers::isClosing(line)) {
            inContainer = false;
            line.clear();
        } else if (inContainer) {
            line.clear();
        }
    }
    const MarkdownDocument document(lines.join(QLatin1Char('\n')).toUtf8());
    for (cmark_node *node = cmark_node_first_child(document.root()); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH)
            continue;
        const QString text = plainText(node);
        if (!text.isEmpty())
            return cutAtWord(text, maxLength);
    }
    return {};
}

} // namespace feder
