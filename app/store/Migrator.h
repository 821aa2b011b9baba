#pragma once

#include <QString>
#include <functional>
#include <vector>

namespace feder {

class Database;

// One forward step of the schema: after apply() the store is at toVersion.
struct Migration
{
    int toVersion;
    QString description;
    std::function<void(Database &)> apply;
};

// Brings a store from whatever PRAGMA user_version says up to the newest known version.
// Each step runs in its own transaction, so a failing step leaves the store at the last good
// version. A store written by a newer Feder is refused rather than guessed at.
class Migrator
{
public:
    explicit Migrator(std::vector<Migration> steps);

    int latestVersion() const;
    bool needsMigration(Database &db) const;
    // Returns the version the store had before.
    int migrate(Database &db) const;
    // Applies only the steps up to and including targetVersion (used by tests to build old stores).
    void migrateTo(Database &db, int targetVersion) const;

private:
    std::vector<Migration> m_steps;
};

// The real schema history of Feder's store.
const std::vector<Migration> &schemaMigrations();

} // namespace feder
