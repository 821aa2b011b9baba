#pragma once

#include <QString>

namespace feder {

// Who is working: the one answer for status changes, restores, comments and the CLI, so a change
// is never recorded under two names. In this order: FEDER_REVIEWER (set by scripts and tests),
// the name the user gave Feder (settings "review/name", asked once when they first comment),
// the login name, and "Feder" when there is none.
namespace CurrentUser {

QString name();
// True when the user said who they are (or a script did): comments show the name, so the GUI
// asks for it once before the first comment instead of signing with the login name.
bool isKnown();
// The name the user gave Feder, empty when they never did.
QString chosenName();
void choose(const QString &name);

} // namespace CurrentUser

} // namespace feder
