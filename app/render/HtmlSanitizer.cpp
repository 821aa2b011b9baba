#include "HtmlSanitizer.h"
#include "HtmlEscape.h"

#include "UrlPolicy.h"

#include <QSet>
#include <algorithm>
#include <gumbo.h>
#include <vector>

namespace feder::HtmlSanitizer {

namespace {

// Elements whose content is dropped with them.
const QSet<int> &droppedWithContent()
{
    static const QSet<int> tags = {
        GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_IFRAME, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED,
        GUMBO_TAG_FORM, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_SVG, GUMBO_TAG_MATH,
        GUMBO_TAG_LINK, GUMBO_TAG_META, GUMBO_TAG_BASE, GUMBO_TAG_TITLE, GUMBO_TAG_TEXTAREA,
        GUMBO_TAG_SELECT, GUMBO_TAG_BUTTON, GUMBO_TAG_APPLET, GUMBO_TAG_FRAME, GUMBO_TAG_FRAMESET,
        GUMBO_TAG_NOFRAMES, GUMBO_TAG_PARAM, GUMBO_TAG_AUDIO, GUMBO_TAG_VIDEO, GUMBO_TAG_SOURCE,
        GUMBO_TAG_TRACK, GUMBO_TAG_CANVAS, GUMBO_TAG_HEAD, GUMBO_TAG_KEYGEN, GUMBO_TAG_ISINDEX,
        GUMBO_TAG_UNKNOWN};
    return tags;
}

// Elements that are written back (with allowlisted attributes only).
const QSet<int> &allowed()
{
    static const QSet<int> tags = {
        GUMBO_TAG_P, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6,
        GUMBO_TAG_UL, GUMBO_TAG_OL, GUMBO_TAG_LI, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_DD,
        GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_PRE, GUMBO_TAG_CODE, GUMBO_TAG_KBD, GUMBO_TAG_SAMP,
        GUMBO_TAG_EM, GUMBO_TAG_STRONG, GUMBO_TAG_B, GUMBO_TAG_I, GUMBO_TAG_U, GUMBO_TAG_S,
        GUMBO_TAG_DEL, GUMBO_TAG_INS, GUMBO_TAG_MARK, GUMBO_TAG_SMALL, GUMBO_TAG_SUB, GUMBO_TAG_SUP,
        GUMBO_TAG_ABBR, GUMBO_TAG_Q, GUMBO_TAG_CITE, GUMBO_TAG_SPAN, GUMBO_TAG_DIV, GUMBO_TAG_BR,
        GUMBO_TAG_HR, GUMBO_TAG_A, GUMBO_TAG_IMG, GUMBO_TAG_FIGURE, GUMBO_TAG_FIGCAPTION,
        GUMBO_TAG_TABLE, GUMBO_TAG_THEAD, GUMBO_TAG_TBODY, GUMBO_TAG_TFOOT, GUMBO_TAG_TR,
        GUMBO_TAG_TH, GUMBO_TAG_TD, GUMBO_TAG_CAPTION, GUMBO_TAG_ASIDE, GUMBO_TAG_SECTION,
        GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY, GUMBO_TAG_INPUT, GUMBO_TAG_TIME, GUMBO_TAG_WBR};
    return tags;
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_INPUT
           || tag == GUMBO_TAG_WBR;
}

QString escapeText(const char *text)
{
    return escapeHtml(QString::fromUtf8(text));
}

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

bool hasAttribute(const GumboElement &element, const char *name)
{
    return gumbo_get_attribute(&element.attributes, name) != nullptr;
}

// The placeholder texts in the article's language (like the page's "Lesezeit, N min.").
struct PlaceholderLabels
{
    QString remote;
    QString notInStore;
};

PlaceholderLabels placeholderLabels(const QString &language)
{
    if (language.startsWith(QLatin1String("de")))
        return {QStringLiteral("Externes Bild (nicht geladen): %1"), QStringLiteral("Bild nicht im Speicher: %1")};
    return {QStringLiteral("External image (not loaded): %1"), QStringLiteral("Image not in the store: %1")};
}

class Writer
{
public:
    Writer(const ImageResolver &resolveImage, const QString &language)
        : m_resolveImage(resolveImage), m_labels(placeholderLabels(language))
    {
    }
    QString result;

    // Iterative, not recursive: a hostile text nests elements 100,000 deep ("> > > …", "<b><b>…"),
    // which would overflow the stack of the render thread.
    void write(const GumboNode &root)
    {
        struct Open
        {
            const GumboVector *children;
            unsigned next;
            QString closing;
        };
        std::vector<Open> stack;
        auto visit = [&](const GumboNode &node) {
            QString closing;
            if (const GumboVector *children = open(node, closing))
                stack.push_back({children, 0, std::move(closing)});
        };
        visit(root);
        while (!stack.empty()) {
            Open &top = stack.back();
            if (top.next < top.children->length) {
                visit(*static_cast<const GumboNode *>(top.children->data[top.next++])); // may reallocate the stack
            } else {
                result += top.closing;
                stack.pop_back();
            }
        }
    }

private:
    // Writes what comes before the node's children; returns the children to write next (with
    // `closing` to write after them), or nullptr when there are none to write.
    const GumboVector *open(const GumboNode &node, QString &closing)
    {
        switch (node.type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            result += escapeText(node.v.text.text);
            return nullptr;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            return openElement(node.v.element, closing);
        default: // comments, document
            return nullptr;
        }
    }

    const GumboVector *openElement(const GumboElement &element, QString &closing)
    {
        const GumboTag tag = element.tag;
        if (droppedWithContent().contains(int(tag)))
            return nullptr;
        if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || !allowed().contains(int(tag)))
            return &element.children; // unwrap: keep the text, lose the element
        if (tag == GUMBO_TAG_IMG) {
            writeImage(element);
            return nullptr;
        }
        if (tag == GUMBO_TAG_INPUT) {
            // Only GFM task-list checkboxes, always disabled.
            if (attribute(element, "type").toLower() == QLatin1String("checkbox")) {
                result += QStringLiteral("<input type=\"checkbox\" disabled=\"\"");
                if (hasAttribute(element, "checked"))
                    result += QStringLiteral(" checked=\"\"");
                result += QLatin1Char('>');
            }
            return nullptr;
        }
        const QString name = QString::fromUtf8(gumbo_normalized_tagname(tag));
        result += QLatin1Char('<') + name;
        writeCommonAttributes(element);
        if (tag == GUMBO_TAG_A) {
            const QString href = attribute(element, "href");
            if (!href.isEmpty() && UrlPolicy::isSafeLink(href))
                result += QStringLiteral(" href=\"%1\"").arg(escapeHtml(href));
        } else if (tag == GUMBO_TAG_OL) {
            bool ok = false;
            const int start = attribute(element, "start").toInt(&ok);
            if (ok)
                result += QStringLiteral(" start=\"%1\"").arg(start);
        } else if (tag == GUMBO_TAG_TH || tag == GUMBO_TAG_TD) {
            const QString align = attribute(element, "align").toLower();
            if (align == QLatin1String("left") || align == QLatin1String("right") || align == QLatin1String("center"))
                result += QStringLiteral(" align=\"%1\"").arg(align);
            for (const char *span : {"colspan", "rowspan"}) {
                bool ok = false;
                const int value = attribute(element, span).toInt(&ok);
                if (ok && value > 0 && value < 1000)
                    result += QStringLiteral(" %1=\"%2\"").arg(QLatin1String(span)).arg(value);
            }
        } else if (tag == GUMBO_TAG_DETAILS && hasAttribute(element, "open")) {
            result += QStringLiteral(" open=\"\"");
        }
        result += QLatin1Char('>');
        if (isVoid(tag))
            return nullptr;
        closing = QStringLiteral("</%1>").arg(name);
        return &element.children;
    }

    void writeCommonAttributes(const GumboElement &element)
    {
        for (const char *name : {"title", "lang", "dir", "class", "id"}) {
            const QString value = attribute(element, name);
            if (!value.isEmpty())
                result += QStringLiteral(" %1=\"%2\"").arg(QLatin1String(name), escapeHtml(value));
        }
    }

    void writeImage(const GumboElement &element)
    {
        const QString src = attribute(element, "src");
        const QString alt = attribute(element, "alt");
        if (src.isEmpty() || !UrlPolicy::isSafeImage(src))
            return;
        if (UrlPolicy::isRemote(src)) {
            // Never fetched: a placeholder says what would be there.
            placeholder(src, alt, m_labels.remote);
            return;
        }
        const QString finalSrc = m_resolveImage ? m_resolveImage(src) : src;
        if (finalSrc.isEmpty()) {
            placeholder(src, alt, m_labels.notInStore);
            return;
        }
        result += QStringLiteral("<img src=\"%1\" alt=\"%2\"").arg(escapeHtml(finalSrc), escapeHtml(alt));
        for (const char *size : {"width", "height"}) {
            bool ok = false;
            const int value = attribute(element, size).toInt(&ok);
            if (ok && value > 0 && value < 10000)
                result += QStringLiteral(" %1=\"%2\"").arg(QLatin1String(size)).arg(value);
        }
        writeCommonAttributes(element);
        result += QLatin1Char('>');
    }

    void placeholder(const QString &src, const QString &alt, const QString &label)
    {
        result += QStringLiteral("<span class=\"feder-remote-image\" title=\"%1\">%2</span>")
                      .arg(escapeHtml(src), escapeHtml(label.arg(alt.isEmpty() ? src : alt + QStringLiteral(" – ") + src)));
    }

    const ImageResolver &m_resolveImage;
    const PlaceholderLabels m_labels;
};

// How deep the HTML can nest elements, counted without parsing: start tags less end tags, where
// void elements and those that a sibling of their kind closes (p, li, td, …) do not count.
int nestingDepth(const QByteArray &html)
{
    static const QSet<QByteArray> flat = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp"};
    auto isAlnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    int depth = 0;
    int deepest = 0;
    const qsizetype size = html.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (html.at(i) != '<')
            continue;
        const bool closing = i + 1 < size && html.at(i + 1) == '/';
        const qsizetype nameStart = i + (closing ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < size && isAlnum(html.at(nameEnd)))
            ++nameEnd;
        if (nameEnd == nameStart || (html.at(nameStart) >= '0' && html.at(nameStart) <= '9'))
            continue;
        if (flat.contains(html.mid(nameStart, nameEnd - nameStart).toLower()))
            continue;
        if (closing)
            depth = std::max(0, depth - 1);
        else
            deepest = std::max(deepest, ++depth);
        i = nameEnd - 1;
    }
    return deepest;
}

// Far deeper than any article nests (lists in quotes in containers stay below 30), far below
// where gumbo slows down: it searches the open elements for most start tags, so 100,000 nested
// "> " or <div>s take minutes.
constexpr int kMaxNesting = 256;

} // namespace

QString sanitize(const QByteArray &utf8Html, const ImageResolver &resolveImage, const QString &language)
{
    if (nestingDepth(utf8Html) > kMaxNesting) // hostile: shown as text, every word of it
        return QStringLiteral("<p>%1</p>").arg(escapeHtml(QString::fromUtf8(utf8Html)));
    GumboOptions options = kGumboDefaultOptions;
    options.fragment_context = GUMBO_TAG_DIV;
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    // Parse errors are not used, and gumbo copies the open-element stack into each one: 100,000
    // unclosed <div>s would take gigabytes.
    options.max_errors = 0;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8Html.constData(), std::size_t(utf8Html.size()));
    Writer writer(resolveImage, language);
    writer.write(*output->root);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return writer.result;
}

} // namespace feder::HtmlSanitizer
