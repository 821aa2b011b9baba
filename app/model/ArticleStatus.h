#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace feder {

// The editorial workflow, in its order: Entwurf → In Prüfung → Überarbeitung → Freigegeben →
// Veröffentlicht. Articles keep their status in the stored form (statusName) because that is what
// the SQLite store, the article files and review packages hold; code compares through the enum.
enum class ArticleStatus { Draft, Review, Revision, Approved, Published };

// Every status in workflow order.
const QList<ArticleStatus> &articleStatuses();

// The stored form: "draft", "review", "revision", "approved", "published".
QString statusName(ArticleStatus status);
// The stored form back; nullopt for anything else.
std::optional<ArticleStatus> statusFromName(QStringView name);

// The one user-facing label of a status, translated in the context "ArticleStatus" (German UI:
// Entwurf, In Prüfung, Überarbeitung, Freigegeben, Veröffentlicht).
QString statusLabel(ArticleStatus status);
// The label of a stored status; an unknown value is shown as it is.
QString statusLabel(const QString &name);

} // namespace feder
