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
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
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
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

bool isFenceLine(QStringView line, bool closing)
{
    const QStringView trimmed = line.trimmed();
    return trimmed == QLatin1String("---") || (closing && trimmed == QLatin1String("..."));
}

QString fromYaml(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
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
    // Double quotes make multi-line values round-trip exactly; single-line ones stay plain where YAML allows.
    if (value.contains(QLatin1Char('\n')))
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

    for (auto it = root.begin(); it != root.end(); ++it) {
        const YAML::Node &keyNode = it->first;
        const YAML::Node &value = it->second;
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
        article.extraYaml = QString::fromUtf8(out.c_str());
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
