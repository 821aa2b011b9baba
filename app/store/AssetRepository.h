#pragma once

#include "model/Asset.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace feder {

class Database;

// Images kept inside the store, addressed by the sha256 of their bytes (so a picture used by
// many articles is stored once).
class AssetRepository
{
public:
    explicit AssetRepository(Database &db) : m_db(db) {}

    // Stores the bytes unless identical bytes are stored already; returns the sha256.
    QString put(const QByteArray &bytes, const QString &mime, const QString &originalName);
    std::optional<Asset> find(const QString &sha256);
    qint64 idOf(const QString &sha256);   // 0 when unknown

    static QString sha256Of(const QByteArray &bytes);

private:
    Database &m_db;
};

} // namespace feder
