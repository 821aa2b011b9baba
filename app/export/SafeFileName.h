#pragma once

#include <QString>

namespace feder {

// A name that is safe as one path component on every common file system: lower-case a-z, 0-9
// and single hyphens; no "..", no separators, no hidden (dot) names, no Windows device names
// (con, aux, nul, com1, …), at most 80 characters. Never empty.
QString safeFileName(const QString &slug);

// True when a bundle-relative path ("assets/x.png") stays inside its folder.
bool isSafeRelativePath(const QString &path);

} // namespace feder
