#include "AssetRepository.h"

#include "Clock.h"
#include "Database.h"

#include <QCryptographicHash>

namespace feder {

QString AssetRepository::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString AssetRepository::put(const QByteArray &bytes, const QString &mime, const QString &originalName)
{
    const QString sha = sha256Of(bytes);
    if (idOf(sha) != 0)
        return sha;
    Statement insert(m_db,
        "INSERT INTO assets (uuid, sha256, mime, original_name, bytes, created) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, Clock::newUuid()).bind(2, sha).bind(3, mime).bind(4, originalName)
          .bindBlob(5, bytes).bind(6, Clock::nowStored()).run();
    return sha;
}

std::optional<Asset> AssetRepository::find(const QString &sha256)
{
    Statement query(m_db, "SELECT id, sha256, mime, original_name, bytes FROM assets WHERE sha256 = ?");
    query.bind(1, sha256);
    if (!query.step())
        return std::nullopt;
    return Asset{query.integer(0), query.text(1), query.text(2), query.text(3), query.blob(4)};
}

qint64 AssetRepository::idOf(const QString &sha256)
{
    Statement query(m_db, "SELECT id FROM assets WHERE sha256 = ?");
    query.bind(1, sha256);
    return query.step() ? query.integer(0) : 0;
}

} // namespace feder
