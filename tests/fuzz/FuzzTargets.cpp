#include "FuzzTargets.h"

#include "article/ArticleFile.h"
#include "article/ArticleFileError.h"
#include "article/Yaml.h"
#include "import/Importer.h"
#include "model/Anchor.h"
#include "render/BlockPatch.h"
#include "render/BodyRenderer.h"
#include "render/HtmlSanitizer.h"
#include "review/ReviewExchange.h"
#include "spelling/HunspellDictionary.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellDocument.h"
#include "spelling/SpellTokenizer.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <gumbo.h>
#include <mutex>
#include <vector>

namespace feder::fuzz {

namespace {

[[noreturn]] void fail(const QString &what)
{
    throw FuzzFailure(what.toStdString());
}

void require(bool condition, const char *what)
{
    if (!condition)
        fail(QString::fromUtf8(what));
}

// ---- article file ------------------------------------------------------------------------------

// Every field, and of the unknown keys their names: yaml-cpp may write their values differently
// from how they were read (anchors and aliases are written out per key), the same data.
QString describe(const Article &a)
{
    QStringList extraKeys;
    if (!a.extraYaml.isEmpty()) {
        const YAML::Node extra = YAML::Load(a.extraYaml.toStdString());
        for (auto it = extra.begin(); it != extra.end(); ++it)
            extraKeys.append(QString::fromStdString(it->first.Scalar()));
    }
    return QStringList{a.title, a.slug, a.author, a.role, a.category, a.language, a.status, a.excerpt,
                       a.teaserAlt, a.seoTitle, a.seoDescription, a.related.join(QLatin1Char(',')),
                       extraKeys.join(QLatin1Char(',')), a.body}
        .join(QLatin1String("\n|"));
}

// ---- render ------------------------------------------------------------------------------------

// What a browser would see in the sanitiser's output, judged independently of UrlPolicy.
QString schemeOf(const QString &url)
{
    QString clean;
    for (const QChar c : url) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7F)
            clean += c;
    }
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const auto match = scheme.match(clean);
    if (match.hasMatch())
        return match.captured(1).toLower();
    return clean.startsWith(QLatin1String("//")) || clean.startsWith(QLatin1String("\\\\")) ? QStringLiteral("//") : QString();
}

void checkSafeElement(const GumboElement &element, bool sourceMarkers)
{
    static const QSet<int> allowedTags = {
        GUMBO_TAG_HTML, GUMBO_TAG_BODY, // the fragment's own wrappers
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
    if (!allowedTags.contains(int(element.tag)) || element.tag_namespace != GUMBO_NAMESPACE_HTML) {
        fail(QStringLiteral("the sanitised HTML contains <%1> (namespace %2)")
                 .arg(QString::fromUtf8(gumbo_normalized_tagname(element.tag))).arg(int(element.tag_namespace)));
    }
    static const QSet<QString> allowedAttributes = {
        QStringLiteral("title"), QStringLiteral("lang"), QStringLiteral("dir"), QStringLiteral("class"),
        QStringLiteral("id"), QStringLiteral("href"), QStringLiteral("start"), QStringLiteral("align"),
        QStringLiteral("colspan"), QStringLiteral("rowspan"), QStringLiteral("open"), QStringLiteral("src"),
        QStringLiteral("alt"), QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("type"),
        QStringLiteral("disabled"), QStringLiteral("checked")};
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const QString name = QString::fromUtf8(attribute->name);
        const QString value = QString::fromUtf8(attribute->value);
        const bool marker = sourceMarkers && element.tag == GUMBO_TAG_DIV
                            && (name == QLatin1String("data-line") || name == QLatin1String("data-key"));
        if (!allowedAttributes.contains(name) && !marker)
            fail(QStringLiteral("the sanitised HTML has the attribute %1=\"%2\"").arg(name, value));
        if (name == QLatin1String("type") && value != QLatin1String("checkbox"))
            fail(QStringLiteral("the sanitised HTML has type=\"%1\"").arg(value));
        if (name == QLatin1String("href")) {
            const QString scheme = schemeOf(value);
            static const QSet<QString> links = {QString(), QStringLiteral("//"), QStringLiteral("http"), QStringLiteral("https"),
                                                QStringLiteral("mailto"), QStringLiteral("tel")};
            if (!links.contains(scheme))
                fail(QStringLiteral("the sanitised HTML links to %1").arg(value));
        }
        if (name == QLatin1String("src")) {
            // Never anything remote: remote images become placeholders.
            const QString scheme = schemeOf(value);
            static const QRegularExpression dataImage(QStringLiteral("^data:image/(png|jpeg|gif|webp)[;,]"),
                                                      QRegularExpression::CaseInsensitiveOption);
            const bool ok = scheme.isEmpty() || scheme == QLatin1String("feder")
                            || (scheme == QLatin1String("data") && dataImage.match(value.trimmed()).hasMatch());
            if (!ok)
                fail(QStringLiteral("the sanitised HTML loads the image %1").arg(value));
        }
    }
}

// Every element of the tree, without recursion (the output may nest 100,000 deep).
void checkSafeNode(const GumboNode &root, bool sourceMarkers)
{
    std::vector<const GumboNode *> pending{&root};
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
            continue;
        checkSafeElement(node->v.element, sourceMarkers);
        for (unsigned i = 0; i < node->v.element.children.length; ++i)
            pending.push_back(static_cast<const GumboNode *>(node->v.element.children.data[i]));
    }
}

void checkSafeHtml(const QString &html, bool sourceMarkers)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.fragment_context = GUMBO_TAG_DIV;
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    options.max_errors = 0;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), std::size_t(utf8.size()));
    try {
        checkSafeNode(*output->root, sourceMarkers);
    } catch (...) {
        gumbo_destroy_output(&kGumboDefaultOptions, output);
        throw;
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

void checkBlocks(const QList<RenderedBlock> &blocks, const QString &markdown)
{
    const int lineCount = int(markdown.count(QLatin1Char('\n'))) + 1;
    auto listing = [&] {
        QStringList all;
        for (const RenderedBlock &b : blocks)
            all.append(QStringLiteral("  %1-%2: %3").arg(b.firstLine).arg(b.lastLine).arg(b.html.left(60)));
        return all.join(QLatin1Char('\n'));
    };
    int previousFirst = 0;
    for (const RenderedBlock &block : blocks) {
        if (block.firstLine < 1 || block.lastLine < block.firstLine || block.lastLine > lineCount)
            fail(QStringLiteral("block lines %1-%2 outside 1-%3:\n%4").arg(block.firstLine).arg(block.lastLine).arg(lineCount).arg(listing()));
        // (A block may end on the line the next one starts on: cmark counts blank lines after a
        // list into it, a container's marker line is blank for cmark, and a table claims the
        // first line of the paragraph it was split from.)
        if (block.firstLine < previousFirst)
            fail(QStringLiteral("block at line %1 starts before the one before (%2):\n%3").arg(block.firstLine).arg(previousFirst).arg(listing()));
        previousFirst = block.firstLine;
        require(block.words >= 0, "negative word count");
    }
}

// ---- spelling ----------------------------------------------------------------------------------

const SpellChecker &sharedChecker()
{
    // Dictionaries load once per process (DictionaryLocator keeps them); the checker's word cache
    // would grow without bound over millions of inputs, so each input gets a fresh checker, and
    // this one only makes sure the dictionaries are there before the first input.
    static const SpellChecker checker{SpellContext{}};
    return checker;
}

void checkTokens(const QList<SpellToken> &tokens, const QString &text, int offset)
{
    for (const SpellToken &token : tokens) {
        if (token.start < offset || token.length <= 0 || token.start + token.length > offset + text.size())
            fail(QStringLiteral("token '%1' at %2+%3 outside the text (%4 characters)")
                     .arg(token.text).arg(token.start).arg(token.length).arg(text.size()));
    }
}

// ---- review import -----------------------------------------------------------------------------

struct TemplateStore
{
    QTemporaryDir dir;
    QString templatePath;
    QString workPath;
};

TemplateStore &templateStore()
{
    // Removed at exit (libFuzzer ends with exit() after -max_total_time).
    static TemplateStore store;
    static const bool ready = [] {
        TemplateStore *s = &store;
        if (!s->dir.isValid())
            qFatal("fuzz: cannot create a temporary folder");
        s->templatePath = s->dir.filePath(QStringLiteral("template.sqlite"));
        s->workPath = s->dir.filePath(QStringLiteral("work.sqlite"));
        auto db = Store::open(s->templatePath, Store::Access::Create);
        Importer(*db).importPaths({QStringLiteral(FEDER_FUZZ_TEST_DATA "/articles/lagerhaltung-ohne-zettelwirtschaft.md")});
        // The other article comes by review import with fixed UUIDs (article, thread, reply) that
        // the seeds in corpus/review-import share, so inputs reach the merge and conflict paths too.
        QFile package(QStringLiteral(FEDER_FUZZ_DIR "/review-template.federreview"));
        if (!package.open(QIODevice::ReadOnly))
            qFatal("fuzz: cannot read %s", qPrintable(package.fileName()));
        try {
            ReviewExchange::importReview(*db, package.readAll(), package.fileName());
        } catch (const std::exception &error) {
            qFatal("fuzz: %s", error.what());
        }
        return true;
    }();
    Q_UNUSED(ready);
    return store;
}

} // namespace

void articleFile(const QByteArray &data)
{
    const QString fileName = QStringLiteral("fuzz.md");
    ParsedArticleFile parsed;
    try {
        ArticleFile::decode(data, fileName);
        parsed = ArticleFile::parse(data, fileName);
    } catch (const ArticleFileError &) {
        return; // refused with file and line: fine
    }
    require(!parsed.article.title.isEmpty(), "parsed without a title");
    require(!parsed.article.slug.isEmpty(), "parsed without a slug");
    require(parsed.bodyLine >= 1, "body line below 1");

    // The canonical form reads back to the same article and writes back byte for byte.
    const QByteArray written = ArticleFile::write(parsed.article);
    ParsedArticleFile again;
    try {
        again = ArticleFile::parse(written, fileName);
    } catch (const ArticleFileError &error) {
        fail(QStringLiteral("the canonical file does not read back: %1\n%2").arg(error.toString(), QString::fromUtf8(written)));
    }
    if (describe(again.article) != describe(parsed.article)) {
        fail(QStringLiteral("the canonical file reads back differently:\n%1\n---- became ----\n%2")
                 .arg(describe(parsed.article), describe(again.article)));
    }
    const QByteArray rewritten = ArticleFile::write(again.article);
    if (rewritten != written)
        fail(QStringLiteral("write(read(write(a))) != write(a):\n%1\n----\n%2").arg(QString::fromUtf8(written), QString::fromUtf8(rewritten)));
}

namespace {

// A body as the store keeps it: LF line endings (ArticleFile and the editor turn CRLF and CR into LF).
QString body(const QByteArray &utf8)
{
    QString text = QString::fromUtf8(utf8);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace

void render(const QByteArray &data)
{
    const qsizetype nul = data.indexOf('\0');
    const QString first = body(nul < 0 ? data : data.left(nul));
    const QString second = nul < 0 ? first : body(data.mid(nul + 1));

    BodyRenderer typing;
    const QList<RenderedBlock> firstBlocks = typing.render(first);
    checkBlocks(firstBlocks, first);
    checkSafeHtml(BodyRenderer::join(firstBlocks, false), false);
    const QList<RenderedBlock> secondBlocks = typing.render(second); // from the cache where the text is the same
    checkBlocks(secondBlocks, second);
    const QString preview = BodyRenderer::join(secondBlocks, true);
    checkSafeHtml(preview, true);

    BodyRenderer fresh;
    const QString direct = BodyRenderer::join(fresh.render(second), true);
    if (direct != preview)
        fail(QStringLiteral("the cached render differs from a fresh one:\n%1\n---- fresh ----\n%2").arg(preview, direct));
    // What the preview page shows after the patch from the first render equals the fresh render.
    const QString patched = BodyRenderer::join(BlockPatch::between(firstBlocks, secondBlocks).applyTo(firstBlocks), true);
    if (patched != direct)
        fail(QStringLiteral("the patched preview differs from a fresh render:\n%1\n---- fresh ----\n%2").arg(patched, direct));

    // The sanitiser on its own, with the raw bytes as HTML.
    checkSafeHtml(HtmlSanitizer::sanitize(data), false);
}

void spelling(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    checkTokens(SpellTokenizer::markdown(text), text, 0);
    checkTokens(SpellTokenizer::plain(text, 7), text, 7);

    const SpellChecker checker{SpellContext{}};
    require(checker.isAvailable(), "the de-DE dictionary is missing");
    const QList<SpellFinding> findings = SpellDocument::checkMarkdown(checker, text);
    for (const SpellFinding &finding : findings) {
        if (finding.start < 0 || finding.length <= 0 || finding.start + finding.length > text.size())
            fail(QStringLiteral("finding '%1' at %2+%3 outside the text").arg(finding.word).arg(finding.start).arg(finding.length));
    }
    // Hunspell's suggestions cost ~100 ms a word under the sanitizers: asked for in one input of
    // four (by length, so a saved input replays the same way), the fuzzer stays fast elsewhere.
    if (!findings.isEmpty() && data.size() % 4 == 0) {
        QSet<QString> words;
        for (const SpellFinding &finding : findings)
            words.insert(finding.word);
        for (const QString &suggestion : checker.suggestions(findings.first().word, words))
            require(!suggestion.isEmpty(), "an empty suggestion");
    }
}

void anchor(const QByteArray &data)
{
    const qsizetype headerEnd = data.indexOf('\n');
    const QList<QByteArray> header = data.left(std::max<qsizetype>(headerEnd, 0)).split(' ');
    const QByteArray rest = headerEnd < 0 ? data : data.mid(headerEnd + 1);
    const qsizetype nul = rest.indexOf('\0');
    const QString before = QString::fromUtf8(nul < 0 ? rest : rest.left(nul));
    const QString after = nul < 0 ? before : QString::fromUtf8(rest.mid(nul + 1));

    const int size = int(before.size());
    const int start = int(header.value(0).toUInt() % unsigned(size + 1));
    const int end = std::clamp(int(header.value(1).toUInt() % unsigned(size + 1)), start, size);

    const Anchor original = Anchor::at(before, start, end);
    require(original.quote == before.mid(start, end - start), "the quote is not the text at the range");

    // Re-anchoring on the unchanged text finds the anchor where it is.
    Anchor same = original;
    same.reanchor(before);
    if (end > start && (same.orphaned || same.start != start || same.end != end))
        fail(QStringLiteral("re-anchoring on the same text moved [%1,%2) to [%3,%4)%5")
                 .arg(start).arg(end).arg(same.start).arg(same.end).arg(same.orphaned ? QStringLiteral(" (orphaned)") : QString()));

    // The edit from before to after, as the editor reports it (one replaced range).
    int prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    Anchor followed = original;
    followed.followEdit(prefix, int(before.size()) - prefix - suffix, int(after.size()) - prefix - suffix);
    if (!followed.orphaned && (followed.start < 0 || followed.end < followed.start || followed.end > after.size()))
        fail(QStringLiteral("after the edit the anchor [%1,%2) lies outside the text (%3)").arg(followed.start).arg(followed.end).arg(after.size()));

    Anchor moved = original;
    moved.reanchor(after);
    if (!moved.orphaned && (moved.start < 0 || moved.end <= moved.start || moved.end > after.size()))
        fail(QStringLiteral("re-anchored to [%1,%2) outside the text (%3)").arg(moved.start).arg(moved.end).arg(after.size()));
    require(moved.quote == original.quote, "re-anchoring changed the quote");
}

void reviewImport(const QByteArray &data)
{
    TemplateStore &paths = templateStore();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(paths.workPath + suffix);
    if (!QFile::copy(paths.templatePath, paths.workPath))
        qFatal("fuzz: cannot copy the template store");
    auto store = Store::open(paths.workPath, Store::Access::Write);
    ReviewExchange::ImportReport report;
    try {
        report = ReviewExchange::importReview(*store, data, QStringLiteral("fuzz.federreview"));
    } catch (const ArticleFileError &) {
        return;
    } catch (const StoreError &) {
        return;
    }
    const std::optional<Article> article = store->articles().findBySlug(report.slug);
    if (!article)
        fail(QStringLiteral("imported '%1', but the store has no such article").arg(report.slug));
    for (const AnnotationThread &thread : store->annotations().threads(article->id)) {
        if (thread.state != QLatin1String("open") && thread.state != QLatin1String("resolved"))
            fail(QStringLiteral("thread %1 has the state '%2'").arg(thread.uuid, thread.state));
        const QString text = AnnotationRepository::fieldText(*article, thread.field);
        const Anchor &a = thread.anchor;
        if (!a.orphaned && (a.start < 0 || a.end <= a.start || a.end > text.size()))
            fail(QStringLiteral("thread %1 anchored at [%2,%3) outside its text (%4)").arg(thread.uuid).arg(a.start).arg(a.end).arg(text.size()));
    }
    // What was imported can be sent back: the export must not fail (nor throw anything else).
    const QByteArray exported = ReviewExchange::exportArticle(*store, report.slug);
    require(!exported.isEmpty(), "an empty review export");
}

const QList<Target> &targets()
{
    static const QList<Target> all = {
        {"article-file", &articleFile},
        {"render", &render},
        {"spelling", &spelling},
        {"anchor", &anchor},
        {"review-import", &reviewImport},
    };
    return all;
}

const Target *target(const QString &name)
{
    for (const Target &t : targets()) {
        if (name == QLatin1String(t.name))
            return &t;
    }
    return nullptr;
}

void initialize()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QString problem;
        if (!DictionaryLocator::load(QStringLiteral("de-DE"), &problem))
            qFatal("fuzz: %s", qPrintable(problem));
        sharedChecker();
        templateStore();
    });
}

} // namespace feder::fuzz
