#pragma once

#include <QString>

namespace feder::bench {

// Realistic German article text of about `words` words: headings every few paragraphs,
// paragraphs of ~60 words, a list now and then, a pull quote and a CTA box.
inline QString germanArticle(int words)
{
    static const QString sentences[] = {
        QStringLiteral("Die Verwaltung der Stadt arbeitet seit dem Frühjahr an neuen digitalen Diensten für Bürgerinnen und Bürger."),
        QStringLiteral("Im Mittelpunkt stehen einfache Formulare, kurze Wege und eine Terminvergabe ohne Warteschleife."),
        QStringLiteral("Das Projektteam hat dafür Rückmeldungen aus drei Bürgerämtern gesammelt und ausgewertet."),
        QStringLiteral("Datenschutz und Barrierefreiheit waren von Anfang an feste Bestandteile der Planung."),
        QStringLiteral("Nach acht Wochen konnten die ersten Menschen ihre Anliegen vollständig online erledigen."),
        QStringLiteral("Die Mitarbeitenden am Schalter haben das neue System in kleinen Gruppen kennengelernt."),
    };
    QString text = QStringLiteral("::: pullquote\n„Oh, das ist bestimmt schwierig.“\n:::\n\n");
    int count = 5;
    int paragraph = 0;
    while (count < words) {
        if (paragraph % 6 == 0) {
            text += QStringLiteral("## Abschnitt %1: Was wir gelernt haben\n\n").arg(paragraph / 6 + 1);
            count += 5;
        }
        if (paragraph % 9 == 4) {
            text += QStringLiteral("- Ein Dienst, ein Team, ein Ziel\n- Rückmeldungen jede Woche\n- Keine Funktion ohne Bedarf\n\n");
            count += 15;
        }
        QString para;
        for (int s = 0; s < 5 && count < words; ++s) {
            const QString &sentence = sentences[(paragraph + s) % 6];
            para += sentence + QLatin1Char(' ');
            count += int(sentence.count(QLatin1Char(' '))) + 1;
        }
        text += para.trimmed() + QStringLiteral("\n\n");
        ++paragraph;
    }
    text += QStringLiteral("::: cta\n### Kostenloses E-Book\nZwölf Praxisbeispiele. [Jetzt lesen](https://example.org/)\n:::\n");
    return text;
}

} // namespace feder::bench
