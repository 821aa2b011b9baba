#pragma once

#include <QString>

namespace feder::NoFollow {

// Exports write only inside the folder the user chose, so no symbolic link on the way there is
// followed: a link as the output folder (or any folder above it named in the path), or as an
// existing bundle, could point anywhere — replacing "OUT/SLUG" would empty the link's target.

// The absolute path with "." and ".." resolved by name, so that the path that is checked is the
// path that is written ("out/link/../x" would otherwise be checked as "out/x" but written
// through the link).
QString cleanAbsolute(const QString &path);

// Throws ExportError naming the first existing path component that is a symbolic link.
void requireNoLinks(const QString &path);

// Deletes a file or folder tree without following links: a link is removed, never its target.
// Returns false when something could not be deleted.
bool removeTree(const QString &path);

} // namespace feder::NoFollow
