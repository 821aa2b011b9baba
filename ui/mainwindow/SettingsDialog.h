#pragma once

#include <QDialog>

class QComboBox;

namespace feder::ui {

// Bearbeiten ▸ Einstellungen: the personal settings kept in QSettings. Today the interface
// language (system / Deutsch / English); it takes effect on the next start, and the dialog
// says so.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox &languageChoice() { return *m_language; }

    // Writes the choices to QSettings (what OK does).
    void apply();

private:
    QComboBox *m_language;
};

} // namespace feder::ui
