#pragma once

#include <QString>

namespace feder {

struct Bundle;

// Writes bundles to disk so that a failure never leaves a half-written export behind and an
// existing export is only replaced on request: everything is built in a temporary folder beside
// the target, then swapped in with renames. Throws ExportError.
namespace BundleWriter {

enum class Replace { Never, Always };

// OUT/NAME/… ; returns the folder written.
QString writeFolder(const Bundle &bundle, const QString &outDir, Replace replace);
// OUT/NAME.zip with the same tree under NAME/ (libzip, sorted entries, fixed times).
QString writeZip(const Bundle &bundle, const QString &outDir, Replace replace);

// Moves `built` to `target`, replacing an existing `target` (only when allowed) without a moment
// in which neither exists; used for single bundles and whole sites.
void swapIn(const QString &built, const QString &target, Replace replace);

} // namespace BundleWriter

} // namespace feder
