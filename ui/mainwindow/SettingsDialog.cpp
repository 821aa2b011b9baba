#include "SettingsDialog.h"

#include "GuiEntry.h"

#include <QComboBox>
#include <algorithm>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace feder::ui {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_language(new QComboBox)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("As the system"), QString());
    // Each language in its own words, so it can be found whichever is showing.
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString current = QSettings().value(QLatin1String(kLanguageSetting)).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));

    auto *note = new QLabel(tr("A new language takes effect when Feder is started again."));
    note->setObjectName(QStringLiteral("settingsRestartNote"));
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language of the interface:"), m_language);
    form->addRow(QString(), note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

void SettingsDialog::apply()
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        settings.remove(QLatin1String(kLanguageSetting));
    else
        settings.setValue(QLatin1String(kLanguageSetting), language);
}

} // namespace feder::ui
