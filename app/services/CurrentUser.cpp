#include "CurrentUser.h"

#include <QSettings>

namespace feder::CurrentUser {

namespace {
const char *const kChosenNameKey = "review/name";
}

QString name()
{
    const QString fromEnvironment = qEnvironmentVariable("FEDER_REVIEWER").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString chosen = chosenName();
    if (!chosen.isEmpty())
        return chosen;
    const QString login = qEnvironmentVariable("USER").trimmed();
    return login.isEmpty() ? QStringLiteral("Feder") : login;
}

bool isKnown()
{
    return !qEnvironmentVariable("FEDER_REVIEWER").trimmed().isEmpty() || !chosenName().isEmpty();
}

QString chosenName()
{
    return QSettings().value(QLatin1String(kChosenNameKey)).toString().trimmed();
}

void choose(const QString &name)
{
    QSettings().setValue(QLatin1String(kChosenNameKey), name.trimmed());
}

} // namespace feder::CurrentUser
