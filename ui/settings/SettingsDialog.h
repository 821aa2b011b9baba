#pragma once

#include <QDialog>
#include <QList>
#include <utility>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace feder {
class Store;
}

namespace feder::ui {

// Bearbeiten ▸ Einstellungen. Personal settings (QSettings: interface language, name, language of
// new articles, editor font, theme, autosave pause) and, in a group of their own, the team's
// settings that travel with the store (reading speed, gender forms the spellcheck accepts).
// OK writes them; a store write that fails says why and keeps the dialog open.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Store &store, QWidget *parent = nullptr);

    // Writes the choices (what OK does); false when the store refused the team's settings.
    bool apply();
    // What apply() changed in the team's settings: the open page and spellcheck must follow.
    bool teamSettingsChanged() const { return m_teamChanged; }

private:
    void load();

    Store &m_store;
    QComboBox *m_interfaceLanguage;
    QLineEdit *m_name;
    QComboBox *m_articleLanguage;
    QFontComboBox *m_fontFamily;
    QSpinBox *m_fontSize;
    QComboBox *m_theme;
    QDoubleSpinBox *m_autosave;
    QList<std::pair<QCheckBox *, QString>> m_replacements; // check box, its QSettings key
    QSpinBox *m_wordsPerMinute;
    QComboBox *m_gender;
    QLabel *m_problem;
    bool m_teamChanged = false;
};

} // namespace feder::ui
