#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace feder::ui {

// The window's colours: the system's palette (the default, so Feder looks like the rest of the
// desktop and follows it), or Feder's own light or dark palette. Feder's palettes keep every pair
// of text and background it uses at WCAG AA contrast (≥ 4.5:1; tst_gui_settings checks them).
enum class Theme { System, Light, Dark };

namespace Themes {

QString setting(Theme theme);              // "system", "light", "dark"
Theme fromSetting(const QString &value);   // unknown → System
QString label(Theme theme);                // for the settings dialog, translated

// Feder's palette for Light and Dark; for System an empty palette, which the application
// resolves against the desktop's own.
QPalette palette(Theme theme);
// Makes the theme the application's (style and palette); open windows repaint at once.
void apply(Theme theme);

// WCAG 2 contrast ratio of two opaque colours, 1 … 21.
double contrast(const QColor &foreground, const QColor &background);

} // namespace Themes

} // namespace feder::ui
