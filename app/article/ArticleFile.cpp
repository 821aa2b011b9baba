#include "ArticleFile.h"

#include "ArticleFileError.h"
#include "Slug.h"
#include "Yaml.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace feder::ArticleFile {

namespace {

// Decodes line by line so that an encoding error can be reported with its line number.
QString decodeUtf8(const QByteArray &bytes, const QString &fileName)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QString text;
    text.reserve(data.size());
    int line = 1;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        const bool last = end < 0;
        if (last)
            end = data.size();
        // ConvertInitialBom: a U+FEFF that starts a line is text (only the file's first BOM goes, above).
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        const QString decoded = decoder.decode(QByteArrayView(data).sliced(start, end - start));
        if (decoder.hasError())
            throw ArticleFileError(fileName, line, QCoreApplication::translate("ArticleFile", "invalid UTF-8"));
        if (decoded.contains(QChar(0)))
            throw ArticleFileError(fileName, line, QCoreApplication::translate("ArticleFile", "the file contains a NUL character (not a text file?)"));
        text += decoded;
        if (last)
            break;
        text += QLatin1Char('\n');
        start = end + 1;
        ++line;
    }
    // CRLF and a lone CR (old Mac files) are line breaks, as cmark and the editor see them; none
    // may stay, or "\r\r\n" would become "\r\n" and not read back as itself.
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

bool isFenceLine(QStringView line, bool closing)
{
    const QStringView trimmed = line.trimmed();
    return trimmed == QLatin1String("---") || (closing && trimmed == QLatin1String("..."));
}

// Not QString::fromUtf8, which drops a leading U+FEFF: a value may start with one.
QString fromUtf8KeepingBom(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

QString fromYaml(const std::string &text)
{
    return fromUtf8KeepingBom(QByteArrayView(text.data(), qsizetype(text.size())));
}

int fileLine(const YAML::Mark &mark)
{
    // The YAML text starts on line 2 of the file (after the opening ---); marks are 0-based.
    return mark.line < 0 ? 1 : mark.line + 2;
}

QString scalarText(const YAML::Node &node, const QString &key, const QString &fileName)
{
    if (node.IsNull())
        return {};
    if (!node.IsScalar())
        throw ArticleFileError(fileName, fileLine(node.Mark()), QCoreApplication::translate("ArticleFile", "'%1' must be text").arg(key));
    return fromYaml(node.Scalar()).trimmed();
}

void emitText(YAML::Emitter &out, const char *key, const QString &value)
{
    if (value.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value;
    // Double quotes make multi-line values round-trip exactly (a raw CR would be a line break
    // when the file is read); single-line ones stay plain where YAML allows.
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
        out << YAML::DoubleQuoted;
    out << value.toStdString();
}

} // namespace

ParsedArticleFile parse(const QByteArray &bytes, const QString &fileName)
{
    const QString text = decodeUtf8(bytes, fileName);
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.isEmpty() || !isFenceLine(lines.first(), false)) {
        throw ArticleFileError(fileName, 1,
            QCoreApplication::translate("ArticleFile", "missing front matter: the file must start with a '---' line, then at least 'title:', then '---'"));
    }
    int closing = -1;
    for (int i = 1; i < lines.size(); ++i) {
        if (isFenceLine(lines.at(i), true)) {
            closing = i;
            break;
        }
    }
    if (closing < 0)
        throw ArticleFileError(fileName, 1, QCoreApplication::translate("ArticleFile", "unterminated front matter: no closing '---' line"));

    // yaml-cpp writes Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0…) as U+FFFD: refused in the
    // front matter, so that what is imported is what is written back.
    for (int i = 1; i < closing; ++i) {
        for (const auto c : lines.at(i).toUcs4()) {
            if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) {
                throw ArticleFileError(fileName, i + 1, QCoreApplication::translate("ArticleFile", "the front matter contains the noncharacter U+%1; remove it")
                                                            .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0'))));
            }
        }
    }
    const QString yamlText = lines.mid(1, closing - 1).join(QLatin1Char('\n'));
    YAML::Node root;
    try {
        root = YAML::Load(yamlText.toStdString());
    } catch (const YAML::Exception &error) {
        throw ArticleFileError(fileName, fileLine(error.mark),
                               QCoreApplication::translate("ArticleFile", "invalid front matter: %1").arg(fromYaml(error.msg)));
    }
    if (root.IsNull())
        throw ArticleFileError(fileName, 2, QCoreApplication::translate("ArticleFile", "missing title: the front matter is empty"));
    if (!root.IsMap())
        throw ArticleFileError(fileName, fileLine(root.Mark()), QCoreApplication::translate("ArticleFile", "the front matter must be a list of 'key: value' lines"));

    ParsedArticleFile result;
    Article &article = result.article;
    YAML::Node extra(YAML::NodeType::Map);
    QSet<QString> seen;
    bool hasSlug = false;
    int firstExtraLine = 0;

    for (auto it = root.begin(); it != root.end(); ++it) {
        // Copies (cheap handles): it-> returns a proxy that dies at the end of the statement.
        const YAML::Node keyNode = it->first;
        const YAML::Node value = it->second;
        const int line = fileLine(keyNode.Mark());
        if (!keyNode.IsScalar())
            throw ArticleFileError(fileName, line, QCoreApplication::translate("ArticleFile", "front-matter keys must be plain words"));
        const QString key = fromYaml(keyNode.Scalar());
        if (seen.contains(key))
            throw ArticleFileError(fileName, line, QCoreApplication::translate("ArticleFile", "'%1' appears twice").arg(key));
        seen.insert(key);
        result.keyLines.insert(key, line);

        if (key == QLatin1String("title")) {
            article.title = scalarText(value, key, fileName);
        } else if (key == QLatin1String("slug")) {
            article.slug = scalarText(value, key, fileName);
            hasSlug = true;
            if (!isValidSlug(article.slug)) {
                throw ArticleFileError(fileName, line,
                    QCoreApplication::translate("ArticleFile", "invalid slug '%1': use lower-case letters a-z, digits and single hyphens").arg(article.slug));
            }
        } else if (key == QLatin1String("author")) {
            article.author = scalarText(value, key, fileName);
        } else if (key == QLatin1String("role")) {
            article.role = scalarText(value, key, fileName);
        } else if (key == QLatin1String("category")) {
            article.category = scalarText(value, key, fileName);
        } else if (key == QLatin1String("language")) {
            article.language = scalarText(value, key, fileName);
            if (!ArticleVocabulary::languages().contains(article.language)) {
                throw ArticleFileError(fileName, line, QCoreApplication::translate("ArticleFile", "unknown language '%1' (use one of: %2)")
                    .arg(article.language, ArticleVocabulary::languages().join(QLatin1String(", "))));
            }
        } else if (key == QLatin1String("status")) {
            article.status = scalarText(value, key, fileName);
            if (!ArticleVocabulary::statuses().contains(article.status)) {
                throw ArticleFileError(fileName, line, QCoreApplication::translate("ArticleFile", "unknown status '%1' (use one of: %2)")
                    .arg(article.status, ArticleVocabulary::statuses().join(QLatin1String(", "))));
            }
        } else if (key == QLatin1String("excerpt")) {
            article.excerpt = scalarText(value, key, fileName);
        } else if (key == QLatin1String("teaser_image")) {
            result.teaserImage = scalarText(value, key, fileName);
            result.teaserImageLine = line;
        } else if (key == QLatin1String("teaser_alt")) {
            article.teaserAlt = scalarText(value, key, fileName);
        } else if (key == QLatin1String("seo_title")) {
            article.seoTitle = scalarText(value, key, fileName);
        } else if (key == QLatin1String("seo_description")) {
            article.seoDescription = scalarText(value, key, fileName);
        } else if (key == QLatin1String("related")) {
            if (value.IsNull())
                continue;
            if (!value.IsSequence())
                throw ArticleFileError(fileName, line, QCoreApplication::translate("ArticleFile", "'related' must be a list of slugs, e.g. [slug-a, slug-b]"));
            for (const YAML::Node &entry : value) {
                const QString slug = scalarText(entry, key, fileName);
                if (!isValidSlug(slug))
                    throw ArticleFileError(fileName, fileLine(entry.Mark()), QCoreApplication::translate("ArticleFile", "invalid related slug '%1'").arg(slug));
                if (article.related.contains(slug))
                    throw ArticleFileError(fileName, fileLine(entry.Mark()), QCoreApplication::translate("ArticleFile", "related slug '%1' is listed twice").arg(slug));
                article.related.append(slug);
            }
        } else {
            extra[keyNode.Scalar()] = value;
            if (firstExtraLine == 0)
                firstExtraLine = line;
            result.warnings.append(QStringLiteral("%1:%2: %3").arg(fileName).arg(line)
                .arg(QCoreApplication::translate("ArticleFile", "unknown front-matter key '%1' (kept as it is)").arg(key)));
        }
    }

    if (article.title.isEmpty())
        throw ArticleFileError(fileName, 2, QCoreApplication::translate("ArticleFile", "missing title: the front matter needs 'title:'"));
    if (!hasSlug) {
        article.slug = slugFromTitle(article.title);
        if (article.slug.isEmpty())
            throw ArticleFileError(fileName, 2, QCoreApplication::translate("ArticleFile", "cannot derive a slug from the title; add 'slug:'"));
    }
    if (article.related.contains(article.slug))
        throw ArticleFileError(fileName, 2, QCoreApplication::translate("ArticleFile", "the article lists itself as related"));

    if (extra.size() > 0) {
        YAML::Emitter out;
        out << extra;
        // Kept keys must read back when the article is written (write() loads them again):
        // yaml-cpp reads some text (control characters, for one) that it cannot write as YAML,
        // and writes a CR as it is, which the file would read as a line break.
        bool readsBack = out.good() && !QByteArrayView(out.c_str()).contains('\r');
        if (readsBack) {
            try {
                YAML::Load(out.c_str());
            } catch (const YAML::Exception &) {
                readsBack = false;
            }
        }
        if (!readsBack) {
            throw ArticleFileError(fileName, firstExtraLine, QCoreApplication::translate("ArticleFile",
                "unknown front-matter keys that cannot be kept as they are (control characters?); remove them or put their values in quotes"));
        }
        article.extraYaml = fromUtf8KeepingBom(out.c_str());
    }
    article.body = lines.mid(closing + 1).join(QLatin1Char('\n'));
    result.bodyLine = closing + 2;
    return result;
}

QString decode(const QByteArray &bytes, const QString &fileName)
{
    return decodeUtf8(bytes, fileName);
}

QByteArray write(const Article &article)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    emitText(out, "title", article.title);
    emitText(out, "slug", article.slug);
    emitText(out, "author", article.author);
    emitText(out, "role", article.role);
    emitText(out, "category", article.category);
    emitText(out, "language", article.language);
    emitText(out, "status", article.status);
    emitText(out, "excerpt", article.excerpt);
    if (!article.teaserAsset.isEmpty())
        emitText(out, "teaser_image", assetReference(article.teaserAsset));
    emitText(out, "teaser_alt", article.teaserAlt);
    emitText(out, "seo_title", article.seoTitle);
    emitText(out, "seo_description", article.seoDescription);
    if (!article.related.isEmpty()) {
        out << YAML::Key << "related" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString &slug : article.related)
            out << slug.toStdString();
        out << YAML::EndSeq;
    }
    if (!article.extraYaml.isEmpty()) {
        const YAML::Node extra = YAML::Load(article.extraYaml.toStdString());
        for (auto it = extra.begin(); it != extra.end(); ++it)
            out << YAML::Key << it->first << YAML::Value << it->second;
    }
    out << YAML::EndMap;

    QByteArray text = "---\n";
    text += out.c_str();
    text += "\n---\n";
    text += article.body.toUtf8();
    return text;
}

QString assetReference(const QString &sha256)
{
    return QStringLiteral("asset:") + sha256;
}

QString sha256FromAssetReference(const QString &reference)
{
    static const QRegularExpression pattern(QStringLiteral("^asset:([0-9a-f]{64})$"));
    const auto match = pattern.match(reference);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace feder::ArticleFile
