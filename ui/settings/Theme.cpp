#include "Theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>
#include <QStyleFactory>
#include <cmath>

namespace feder::ui::Themes {

namespace {

// The style the platform chose, remembered before Feder's own palettes switch to Fusion (the
// one Qt style that paints everything from the palette, so a dark palette is dark everywhere).
QString &systemStyleName()
{
    static QString name;
    return name;
}

QPalette build(const QColor &window, const QColor &windowText, const QColor &base, const QColor &alternateBase,
               const QColor &button, const QColor &highlight, const QColor &link, const QColor &visited,
               const QColor &placeholder, const QColor &disabledText, bool dark)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, windowText);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternateBase);
    p.setColor(QPalette::Text, windowText);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, windowText);
    p.setColor(QPalette::BrightText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(Qt::white));
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, visited);
    p.setColor(QPalette::PlaceholderText, placeholder);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, windowText);
    // Frames and bevels: shades of the button colour.
    p.setColor(QPalette::Light, dark ? button.lighter(150) : QColor(Qt::white));
    p.setColor(QPalette::Midlight, dark ? button.lighter(125) : button.lighter(110));
    p.setColor(QPalette::Mid, dark ? button.darker(125) : button.darker(130));
    p.setColor(QPalette::Dark, dark ? button.darker(160) : button.darker(160));
    p.setColor(QPalette::Shadow, QColor(Qt::black));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, dark ? QColor(0x3b, 0x41, 0x48) : QColor(0xc8, 0xcc, 0xd0));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

double luminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

} // namespace

QString setting(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

Theme fromSetting(const QString &value)
{
    if (value == QLatin1String("light"))
        return Theme::Light;
    if (value == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

QString label(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QCoreApplication::translate("Theme", "Light");
    case Theme::Dark: return QCoreApplication::translate("Theme", "Dark");
    case Theme::System: break;
    }
    return QCoreApplication::translate("Theme", "As the system");
}

QPalette palette(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return build(QColor(0xef, 0xf0, 0xf1), QColor(0x1c, 0x1e, 0x21), QColor(Qt::white), QColor(0xf5, 0xf6, 0xf7),
                     QColor(0xe3, 0xe5, 0xe8), QColor(0x24, 0x63, 0xa8), QColor(0x1a, 0x5f, 0xb4), QColor(0x6a, 0x3d, 0xa8),
                     QColor(0x5f, 0x63, 0x68), QColor(0x6e, 0x72, 0x77), false);
    case Theme::Dark:
        return build(QColor(0x2a, 0x2e, 0x32), QColor(0xf0, 0xf1, 0xf2), QColor(0x1b, 0x1e, 0x20), QColor(0x23, 0x26, 0x29),
                     QColor(0x35, 0x3a, 0x40), QColor(0x2b, 0x6c, 0xb0), QColor(0x7c, 0xc0, 0xf5), QColor(0xc3, 0xa6, 0xf5),
                     QColor(0xa7, 0xab, 0xb0), QColor(0x9a, 0x9e, 0xa3), true);
    case Theme::System: break;
    }
    // Empty: every colour is resolved against the platform's own palette (the desktop's theme).
    return QPalette();
}

void apply(Theme theme)
{
    // Nothing to do for what is showing already (and at start the system's palette is showing):
    // a palette change repaints and re-lays out every widget.
    static Theme applied = Theme::System;
    if (theme == applied)
        return;
    applied = theme;
    if (systemStyleName().isEmpty())
        systemStyleName() = QApplication::style()->name();
    const QString styleName = theme == Theme::System ? systemStyleName() : QStringLiteral("Fusion");
    if (QApplication::style()->name().compare(styleName, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(styleName);
    QApplication::setPalette(palette(theme));
}

double contrast(const QColor &foreground, const QColor &background)
{
    const double a = luminance(foreground) + 0.05;
    const double b = luminance(background) + 0.05;
    return a > b ? a / b : b / a;
}

} // namespace feder::ui::Themes
