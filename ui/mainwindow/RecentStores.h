#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QMenu;

namespace feder::ui {

// Datei ▸ Zuletzt geöffnet: the stores this machine opened last (QSettings, newest first, at most
// kMax). A store whose file is gone stays listed, greyed out, until newer ones push it out.
namespace RecentStores {

inline constexpr const char *kSetting = "files/recentStores";
inline constexpr int kMax = 8;

QStringList list();
// Puts `path` (made absolute) at the top.
void add(const QString &path);
// Fills `menu` with one action per recent store (object names actionRecentStore1, 2, …; the path
// in data()); choosing one calls `open` with its path. The open store is checked and does nothing.
void fill(QMenu &menu, const QString &currentPath, const std::function<void(const QString &)> &open);

} // namespace RecentStores

} // namespace feder::ui
