#include "MarkdownDocument.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstdlib>
#include <mutex>

namespace feder {

namespace {

constexpr const char *kExtensions[] = {"table", "strikethrough", "autolink", "tasklist", "tagfilter"};

void registerExtensionsOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

} // namespace

MarkdownDocument::MarkdownDocument(const QByteArray &utf8Markdown)
{
    registerExtensionsOnce();
    m_parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS);
    for (const char *name : kExtensions) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser, extension);
    }
    cmark_parser_feed(m_parser, utf8Markdown.constData(), std::size_t(utf8Markdown.size()));
    m_root = cmark_parser_finish(m_parser);
}

MarkdownDocument::~MarkdownDocument()
{
    cmark_node_free(m_root);
    cmark_parser_free(m_parser);
}

QByteArray MarkdownDocument::renderHtml(cmark_node *node) const
{
    char *html = cmark_render_html(node, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(m_parser));
    QByteArray result(html);
    free(html);
    return result;
}

} // namespace feder
