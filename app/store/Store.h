#pragma once

#include "AnnotationRepository.h"
#include "ArticleRepository.h"
#include "AssetRepository.h"
#include "AuthorRepository.h"
#include "Database.h"
#include "DictionaryRepository.h"
#include "RevisionRepository.h"
#include "SettingsRepository.h"

#include <QString>
#include <memory>

namespace feder {

// One Feder store: a single SQLite file (WAL, foreign keys on, schema migrated on open) and the
// repositories that read and write it. Writes go through Transaction(store.database()).
class Store
{
public:
    enum class Access {
        Read,        // the store must exist; opened read-only, nothing can be written
        Write,       // the store must exist and be writable
        Create,      // like Write, but a missing file becomes a new, empty store
        Init,        // like Create, and an existing empty file becomes a store too (feder init)
    };

    // Throws StoreError with a message that names the file and says what is wrong. Before any
    // write is possible the file's header is checked and `PRAGMA quick_check` must pass, so a
    // damaged or foreign file is never written to. A file marked read-only, or on read-only
    // media, is opened for reading only.
    static std::unique_ptr<Store> open(const QString &path, Access access);

    // False for a file marked read-only or on read-only media: open it with Access::Read.
    static bool canWrite(const QString &path);

    // The full `PRAGMA integrity_check` of a store file, opened read-only; "ok" when healthy,
    // otherwise SQLite's findings. Throws StoreError when the file cannot be read as SQLite.
    static QStringList integrityCheck(const QString &path);

    // --store, else $FEDER_STORE, else AppDataLocation/feder.sqlite.
    static QString resolvePath(const QString &commandLineStore);
    static QString defaultPath();

    Database &database() { return *m_db; }
    const QString &path() const { return m_db->path(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    bool isEmpty() { return m_articles.count() == 0; }

    ArticleRepository &articles() { return m_articles; }
    AuthorRepository &authors() { return m_authors; }
    AssetRepository &assets() { return m_assets; }
    RevisionRepository &revisions() { return m_revisions; }
    AnnotationRepository &annotations() { return m_annotations; }
    SettingsRepository &settings() { return m_settings; }
    DictionaryRepository &dictionary() { return m_dictionary; }

private:
    explicit Store(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    AuthorRepository m_authors;
    AssetRepository m_assets;
    ArticleRepository m_articles;
    RevisionRepository m_revisions;
    AnnotationRepository m_annotations;
    SettingsRepository m_settings;
    DictionaryRepository m_dictionary;
};

} // namespace feder
