#pragma once

#include "Outcome.h"
#include "export/Exporter.h"

#include <QList>
#include <QStringList>

namespace feder {

class Store;

// The questions the GUI asks before an export, answered from the store without letting a store
// error escape: which blocking checklist items stand in the way (Exporter::blockers, the same
// preflight the export itself runs).
class ExportService
{
public:
    explicit ExportService(Store &store) : m_store(store) {}

    // The blocking items of these articles (no slugs: every article of the store).
    Result<QList<Exporter::Blocker>> preflight(const QStringList &slugs = {});

private:
    Store &m_store;
};

} // namespace feder
