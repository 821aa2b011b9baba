#include "ReviewPackage.h"

#include "article/ArticleFileError.h"
#include "import/ImageCheck.h"
#include "model/Annotation.h"
#include "store/AnnotationRepository.h"
#include "store/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace feder {

namespace {

// Reads typed values out of JSON objects; every failure names the field by its path.
class Reader
{
public:
    explicit Reader(QString fileName) : m_fileName(std::move(fileName)) {}

    [[noreturn]] void fail(const QString &path, const QString &problem) const
    {
        throw ArticleFileError(m_fileName, 0, QStringLiteral("%1: %2").arg(path, problem));
    }

    QJsonValue required(const QJsonObject &object, const QString &path, const char *key) const
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            fail(join(path, key), QCoreApplication::translate("Review", "missing"));
        return value;
    }

    QJsonObject object(const QJsonValue &value, const QString &path) const
    {
        if (!value.isObject())
            fail(path, QCoreApplication::translate("Review", "expected an object"));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &object, const QString &path, const char *key, int maxSize) const
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            fail(join(path, key), QCoreApplication::translate("Review", "expected a list"));
        const QJsonArray list = value.toArray();
        if (list.size() > maxSize)
            fail(join(path, key), QCoreApplication::translate("Review", "more than %1 entries").arg(maxSize));
        return list;
    }

    QString string(const QJsonObject &object, const QString &path, const char *key, int maxChars,
                   bool optional = false) const
    {
        const QJsonValue value = optional ? object.value(QLatin1String(key)) : required(object, path, key);
        if (value.isUndefined())
            return {};
        if (!value.isString())
            fail(join(path, key), QCoreApplication::translate("Review", "expected text"));
        const QString text = value.toString();
        if (text.size() > maxChars)
            fail(join(path, key), QCoreApplication::translate("Review", "longer than %1 characters").arg(maxChars));
        return text;
    }

    int offset(const QJsonObject &object, const QString &path, const char *key) const
    {
        const QJsonValue value = required(object, path, key);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > double(std::numeric_limits<int>::max()) || number != int(number))
            fail(join(path, key), QCoreApplication::translate("Review", "expected a whole number of at least 0"));
        return int(number);
    }

    QString uuid(const QJsonObject &object, const QString &path, const char *key) const
    {
        const QString text = string(object, path, key, 64);
        const QUuid parsed = QUuid::fromString(text);
        // Only the canonical form, so that one id has one spelling in every store.
        if (parsed.isNull() || parsed.toString(QUuid::WithoutBraces) != text.toLower())
            fail(join(path, key), QCoreApplication::translate("Review", "not a UUID: '%1'").arg(text.left(64)));
        return parsed.toString(QUuid::WithoutBraces);
    }

    QDateTime time(const QJsonObject &object, const QString &path, const char *key) const
    {
        const QString text = string(object, path, key, 64);
        const QDateTime parsed = Clock::fromStored(text);
        if (!parsed.isValid())
            fail(join(path, key), QCoreApplication::translate("Review", "not a time: '%1'").arg(text));
        return parsed;
    }

    static QString join(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
    }

private:
    QString m_fileName;
};

ReviewPackage::Comment readComment(const Reader &reader, const QJsonObject &object, const QString &path)
{
    ReviewPackage::Comment comment;
    comment.uuid = reader.uuid(object, path, "id");
    comment.author = reader.string(object, path, "author", 1000);
    comment.text = reader.string(object, path, "text", ReviewPackage::kMaxCommentChars);
    comment.created = reader.time(object, path, "created");
    comment.updated = reader.time(object, path, "updated");
    return comment;
}

ReviewPackage::Thread readThread(const Reader &reader, const QJsonObject &object, const QString &path)
{
    ReviewPackage::Thread thread;
    static_cast<ReviewPackage::Comment &>(thread) = readComment(reader, object, path);
    thread.state = reader.string(object, path, "state", 16);
    if (!threadStateFromName(thread.state))
        reader.fail(Reader::join(path, "state"), QCoreApplication::translate("Review", "expected open or resolved"));
    thread.field = reader.string(object, path, "field", 32, true);
    if (thread.field.isEmpty())
        thread.field = fieldName(TextField::Body);
    if (!AnnotationRepository::commentableFields().contains(thread.field))
        reader.fail(Reader::join(path, "field"), QCoreApplication::translate("Review", "not a field that takes comments: '%1'").arg(thread.field));
    thread.start = reader.offset(object, path, "start");
    thread.end = reader.offset(object, path, "end");
    if (thread.end < thread.start)
        reader.fail(Reader::join(path, "end"), QCoreApplication::translate("Review", "before start"));
    thread.quote = reader.string(object, path, "quote", ReviewPackage::kMaxCommentChars);
    thread.prefix = reader.string(object, path, "prefix", ReviewPackage::kMaxCommentChars, true);
    thread.suffix = reader.string(object, path, "suffix", ReviewPackage::kMaxCommentChars, true);
    const QJsonArray replies = reader.array(object, path, "replies", ReviewPackage::kMaxReplies);
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const QString replyPath = QStringLiteral("%1.replies[%2]").arg(path).arg(i);
        thread.replies.append(readComment(reader, reader.object(replies.at(i), replyPath), replyPath));
    }
    return thread;
}

ReviewPackage::Image readImage(const Reader &reader, const QJsonObject &assets, const QString &sha256)
{
    const QString path = QStringLiteral("assets.%1").arg(sha256);
    if (!assets.contains(sha256))
        reader.fail(path, QCoreApplication::translate("Review", "the article's teaser image is missing from the package"));
    const QJsonObject object = reader.object(assets.value(sha256), path);
    const QString base64 = reader.string(object, path, "base64", int(ReviewPackage::kMaxImageBytes / 3 * 4 + 4));
    const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        reader.fail(Reader::join(path, "base64"), QCoreApplication::translate("Review", "not valid base64"));
    ReviewPackage::Image image;
    image.bytes = *decoded;
    if (QString::fromLatin1(QCryptographicHash::hash(image.bytes, QCryptographicHash::Sha256).toHex()) != sha256)
        reader.fail(path, QCoreApplication::translate("Review", "the bytes do not match their SHA-256"));
    const ImageCheck check = ImageCheck::inspect(image.bytes);
    if (!check.ok)
        reader.fail(path, check.problem);
    image.sha256 = sha256;
    image.mime = check.mime;
    image.name = reader.string(object, path, "name", 255, true);
    return image;
}

void requireUniqueIds(const Reader &reader, const QList<ReviewPackage::Thread> &threads)
{
    QSet<QString> seen;
    const auto claim = [&](const QString &uuid, const QString &path) {
        if (seen.contains(uuid))
            reader.fail(path, QCoreApplication::translate("Review", "the id %1 occurs twice in the package").arg(uuid));
        seen.insert(uuid);
    };
    for (qsizetype i = 0; i < threads.size(); ++i) {
        claim(threads.at(i).uuid, QStringLiteral("threads[%1].id").arg(i));
        for (qsizetype j = 0; j < threads.at(i).replies.size(); ++j)
            claim(threads.at(i).replies.at(j).uuid, QStringLiteral("threads[%1].replies[%2].id").arg(i).arg(j));
    }
}

} // namespace

ReviewPackage ReviewPackage::parse(const QByteArray &json, const QString &fileName)
{
    const Reader reader(fileName);
    if (json.size() > kMaxBytes)
        reader.fail(QStringLiteral("file"), QCoreApplication::translate("Review", "larger than %1 MiB").arg(kMaxBytes / (1024 * 1024)));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull() || !document.isObject())
        throw ArticleFileError(fileName, 0, QCoreApplication::translate("Review", "not a review file (%1)")
                                               .arg(document.isNull() ? error.errorString() : QStringLiteral("no JSON object")));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("feder-review"))
        throw ArticleFileError(fileName, 0, QCoreApplication::translate("Review", "not a Feder review file"));
    const QJsonValue version = reader.required(root, {}, "version");
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt())
        reader.fail(QStringLiteral("version"), QCoreApplication::translate("Review", "expected a whole number of at least 1"));
    if (version.toInt() > 1)
        throw ArticleFileError(fileName, 0, QCoreApplication::translate("Review", "written by a newer Feder (review format %1)").arg(version.toInt()));

    ReviewPackage package;
    const QJsonObject article = reader.object(reader.required(root, {}, "article"), QStringLiteral("article"));
    package.articleUuid = reader.uuid(article, QStringLiteral("article"), "uuid");
    const QString file = reader.string(article, QStringLiteral("article"), "file", int(kMaxBytes));
    package.article = ArticleFile::parse(file.toUtf8(), fileName);

    if (!package.article.teaserImage.isEmpty()) {
        const QString sha = ArticleFile::sha256FromAssetReference(package.article.teaserImage);
        if (sha.isEmpty()) // a path would name a file on the importing machine
            reader.fail(QStringLiteral("article.file: teaser_image"),
                        QCoreApplication::translate("Review", "expected asset:SHA256, found '%1'").arg(package.article.teaserImage));
        const QJsonValue assets = root.value(QStringLiteral("assets"));
        package.teaser = readImage(reader, reader.object(assets, QStringLiteral("assets")), sha);
    }

    const QJsonArray threads = reader.array(root, {}, "threads", kMaxThreads);
    for (qsizetype i = 0; i < threads.size(); ++i) {
        const QString path = QStringLiteral("threads[%1]").arg(i);
        package.threads.append(readThread(reader, reader.object(threads.at(i), path), path));
    }
    requireUniqueIds(reader, package.threads);
    return package;
}

QByteArray ReviewPackage::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ArticleFileError(path, 0, file.errorString());
    if (file.size() > kMaxBytes)
        throw ArticleFileError(path, 0, QCoreApplication::translate("Review", "larger than %1 MiB; not read").arg(kMaxBytes / (1024 * 1024)));
    return file.read(kMaxBytes + 1);
}

} // namespace feder
