#pragma once

#include <QByteArray>

struct cmark_node;

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

private:
    cmark_node *m_root = nullptr;
};

} // namespace feder
