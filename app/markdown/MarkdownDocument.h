#pragma once

#include <QByteArray>

struct cmark_node;
struct cmark_parser;

namespace feder {

// A parsed Markdown document: CommonMark plus the GFM extensions Feder's format promises
// (tables, strikethrough, autolinks, task lists, tag filter). Owns the cmark-gfm tree.
class MarkdownDocument
{
public:
    explicit MarkdownDocument(const QByteArray &utf8Markdown);
    ~MarkdownDocument();
    MarkdownDocument(const MarkdownDocument &) = delete;
    MarkdownDocument &operator=(const MarkdownDocument &) = delete;

    cmark_node *root() const { return m_root; }
    // Renders one node (and its children) as HTML, raw HTML included: callers sanitise.
    QByteArray renderHtml(cmark_node *node) const;

private:
    cmark_parser *m_parser = nullptr; // kept alive: the renderer needs its extension list
    cmark_node *m_root = nullptr;
};

} // namespace feder
