#include "Migrator.h"

#include "Database.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <algorithm>

namespace feder {

Migrator::Migrator(std::vector<Migration> steps) : m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(),
              [](const Migration &a, const Migration &b) { return a.toVersion < b.toVersion; });
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].toVersion != int(i) + 1)
            throw StoreError(QStringLiteral("schema migrations must be numbered 1, 2, 3, … without gaps"));
    }
}

int Migrator::latestVersion() const
{
    return m_steps.empty() ? 0 : m_steps.back().toVersion;
}

bool Migrator::needsMigration(Database &db) const
{
    return db.userVersion() < latestVersion();
}

int Migrator::migrate(Database &db) const
{
    const int before = db.userVersion();
    migrateTo(db, latestVersion());
    return before;
}

void Migrator::migrateTo(Database &db, int targetVersion) const
{
    const int current = db.userVersion();
    if (current > latestVersion()) {
        throw StoreError(QCoreApplication::translate("Store",
            "%1: the store was written by a newer Feder (schema version %2, this Feder knows up to %3)")
            .arg(db.path()).arg(current).arg(latestVersion()));
    }
    if (current >= targetVersion)
        return;
    if (db.isReadOnly()) {
        throw StoreNeedsUpgrade(QCoreApplication::translate("Store",
            "%1: the store needs an upgrade from schema version %2 but is read-only")
            .arg(db.path()).arg(current));
    }
    for (const Migration &step : m_steps) {
        if (step.toVersion <= current || step.toVersion > targetVersion)
            continue;
        Transaction transaction(db);
        step.apply(db);
        db.setUserVersion(step.toVersion);
        transaction.commit();
    }
}

} // namespace feder
