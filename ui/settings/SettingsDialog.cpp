#include "SettingsDialog.h"

#include "GuiEntry.h"
#include "editor/TypingReplacements.h"
#include "PersonalSettings.h"
#include "model/Article.h"
#include "services/CurrentUser.h"
#include "services/TeamSettingsService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace feder::ui {

namespace {

QLabel *note(const QString &text, const QString &name)
{
    auto *label = new QLabel(text);
    label->setObjectName(name);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Store &store, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_interfaceLanguage(new QComboBox),
      m_name(new QLineEdit),
      m_articleLanguage(new QComboBox),
      m_fontFamily(new QFontComboBox),
      m_fontSize(new QSpinBox),
      m_theme(new QComboBox),
      m_autosave(new QDoubleSpinBox),
      m_wordsPerMinute(new QSpinBox),
      m_gender(new QComboBox),
      m_problem(new QLabel)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_interfaceLanguage->setObjectName(QStringLiteral("settingsLanguage"));
    m_interfaceLanguage->addItem(tr("As the system"), QString());
    // Each language in its own words, so it can be found whichever is showing.
    m_interfaceLanguage->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_interfaceLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_name->setObjectName(QStringLiteral("settingsName"));
    m_name->setPlaceholderText(CurrentUser::name());
    m_articleLanguage->setObjectName(QStringLiteral("settingsArticleLanguage"));
    for (const QString &language : ArticleVocabulary::languages())
        m_articleLanguage->addItem(ArticleVocabulary::languageLabel(language), language);
    m_fontFamily->setObjectName(QStringLiteral("settingsFont"));
    m_fontSize->setObjectName(QStringLiteral("settingsFontSize"));
    m_fontSize->setRange(8, 36);
    m_fontSize->setSuffix(tr(" pt"));
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark})
        m_theme->addItem(Themes::label(theme), Themes::setting(theme));
    m_autosave->setObjectName(QStringLiteral("settingsAutosave"));
    m_autosave->setRange(PersonalSettings::kMinimumAutosaveDelayMs / 1000.0, PersonalSettings::kMaximumAutosaveDelayMs / 1000.0);
    m_autosave->setSingleStep(0.5);
    m_autosave->setDecimals(1);
    m_autosave->setSuffix(tr(" s"));
    m_wordsPerMinute->setObjectName(QStringLiteral("settingsWordsPerMinute"));
    m_wordsPerMinute->setRange(TeamSettingsService::kMinimumWordsPerMinute, TeamSettingsService::kMaximumWordsPerMinute);
    m_wordsPerMinute->setSingleStep(10);
    m_wordsPerMinute->setSuffix(tr(" words per minute"));
    m_gender->setObjectName(QStringLiteral("settingsGender"));
    const struct { GenderStyle style; QString label; } genders[] = {
        {GenderStyle::All, tr("Every common form")},
        {GenderStyle::Colon, tr("Colon (Kund:innen)")},
        {GenderStyle::Star, tr("Asterisk (Kund*innen)")},
        {GenderStyle::Underscore, tr("Underscore (Kund_innen)")},
        {GenderStyle::BinnenI, tr("Capital I (KundInnen)")},
        {GenderStyle::None, tr("None: pair forms and neutral words only")},
    };
    for (const auto &gender : genders)
        m_gender->addItem(gender.label, genderStyleSetting(gender.style));
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: palette(bright-text); font-weight: bold; }"));
    m_problem->hide();

    auto *personal = new QGroupBox(tr("For you on this computer"));
    auto *personalForm = new QFormLayout(personal);
    personalForm->addRow(tr("&Language of the interface:"), m_interfaceLanguage);
    personalForm->addRow(QString(), note(tr("A new language takes effect when Feder is started again."),
                                         QStringLiteral("settingsRestartNote")));
    personalForm->addRow(tr("Your &name:"), m_name);
    personalForm->addRow(QString(), note(tr("Shown with your comments and recorded with status changes and restores."),
                                         QStringLiteral("settingsNameNote")));
    personalForm->addRow(tr("Language of new &articles:"), m_articleLanguage);
    auto *font = new QHBoxLayout;
    font->addWidget(m_fontFamily, 1);
    font->addWidget(m_fontSize);
    auto *fontLabel = new QLabel(tr("Editor &font:"));
    fontLabel->setBuddy(m_fontFamily);
    personalForm->addRow(fontLabel, font);
    personalForm->addRow(tr("&Colours:"), m_theme);
    personalForm->addRow(tr("&Save after a pause of:"), m_autosave);
    // German typography as you type: each replacement on its own, undone by one Strg+Z.
    const struct { QString key; QString label; const char *name; } replacements[] = {
        {TypingReplacements::kQuotesKey, tr("„…“ for \"…\""), "settingsQuotes"},
        {TypingReplacements::kSingleQuotesKey, tr("‚…‘ for '…'"), "settingsSingleQuotes"},
        {TypingReplacements::kApostropheKey, tr("’ for an apostrophe"), "settingsApostrophe"},
        {TypingReplacements::kDashKey, tr("– for a hyphen between spaces"), "settingsDash"},
    };
    auto *typing = new QVBoxLayout;
    for (const auto &replacement : replacements) {
        auto *box = new QCheckBox(replacement.label);
        box->setObjectName(QLatin1String(replacement.name));
        typing->addWidget(box);
        m_replacements.append({box, replacement.key});
    }
    auto *typingLabel = new QLabel(tr("Replace while &typing:"));
    typingLabel->setBuddy(m_replacements.constFirst().first);
    personalForm->addRow(typingLabel, typing);

    auto *team = new QGroupBox(tr("For the whole team (saved in the store)"));
    team->setObjectName(QStringLiteral("settingsTeam"));
    auto *teamForm = new QFormLayout(team);
    teamForm->addRow(tr("&Reading speed:"), m_wordsPerMinute);
    teamForm->addRow(tr("&Gender forms:"), m_gender);
    teamForm->addRow(QString(), note(tr("The spellcheck accepts these forms and offers them as suggestions."),
                                     QStringLiteral("settingsGenderNote")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(personal);
    layout->addWidget(team);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    load();
}

void SettingsDialog::load()
{
    const QString language = QSettings().value(QLatin1String(kLanguageSetting)).toString();
    m_interfaceLanguage->setCurrentIndex(std::max(0, m_interfaceLanguage->findData(language)));
    m_name->setText(CurrentUser::chosenName());
    m_articleLanguage->setCurrentIndex(std::max(0, m_articleLanguage->findData(PersonalSettings::newArticleLanguage())));
    const QFont font = PersonalSettings::editorFont();
    m_fontFamily->setCurrentFont(font);
    m_fontSize->setValue(qRound(font.pointSizeF()));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Themes::setting(PersonalSettings::theme()))));
    m_autosave->setValue(PersonalSettings::autosaveDelayMs() / 1000.0);
    for (const auto &[box, key] : std::as_const(m_replacements))
        box->setChecked(QSettings().value(key, true).toBool());
    TeamSettingsService team(m_store);
    m_wordsPerMinute->setValue(team.wordsPerMinute());
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(genderStyleSetting(team.genderStyle()))));
}

bool SettingsDialog::apply()
{
    QSettings settings;
    const QString language = m_interfaceLanguage->currentData().toString();
    if (language.isEmpty())
        settings.remove(QLatin1String(kLanguageSetting));
    else
        settings.setValue(QLatin1String(kLanguageSetting), language);
    if (m_name->text().trimmed() != CurrentUser::chosenName())
        CurrentUser::choose(m_name->text());
    PersonalSettings::setNewArticleLanguage(m_articleLanguage->currentData().toString());
    QFont font = m_fontFamily->currentFont();
    font.setPointSize(m_fontSize->value());
    PersonalSettings::setEditorFont(font);
    PersonalSettings::setTheme(Themes::fromSetting(m_theme->currentData().toString()));
    PersonalSettings::setAutosaveDelayMs(qRound(m_autosave->value() * 1000));
    for (const auto &[box, key] : std::as_const(m_replacements))
        settings.setValue(key, box->isChecked());

    // The team's settings: written only when changed (another member may have changed them).
    TeamSettingsService team(m_store);
    m_teamChanged = false;
    QStringList problems;
    if (m_wordsPerMinute->value() != team.wordsPerMinute()) {
        if (const Outcome written = team.setWordsPerMinute(m_wordsPerMinute->value()); written)
            m_teamChanged = true;
        else
            problems.append(written.message);
    }
    const GenderStyle gender = genderStyleFromSetting(m_gender->currentData().toString());
    if (gender != team.genderStyle()) {
        if (const Outcome written = team.setGenderStyle(gender); written)
            m_teamChanged = true;
        else
            problems.append(written.message);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    return problems.isEmpty();
}

} // namespace feder::ui
