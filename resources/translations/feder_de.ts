<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>ArticleFile</name>
    <message>
        <source>the front matter contains the noncharacter U+%1; remove it</source>
        <translation>das Front Matter enthält das Nichtzeichen U+%1; bitte entfernen</translation>
    </message>
    <message>
        <source>unknown front-matter keys that cannot be kept as they are (control characters?); remove them or put their values in quotes</source>
        <translation>unbekannte Schlüssel im Front Matter, die sich nicht unverändert erhalten lassen (Steuerzeichen?); bitte entfernen oder die Werte in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>the file contains a NUL character (not a text file?)</source>
        <translation>die Datei enthält ein NUL-Zeichen (keine Textdatei?)</translation>
    </message>
    <message>
        <source>'%1' must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>missing front matter: the file must start with a '---' line, then at least 'title:', then '---'</source>
        <translation>Front Matter fehlt: Die Datei muss mit einer Zeile „---“ beginnen, dann mindestens „title:“, dann „---“</translation>
    </message>
    <message>
        <source>unterminated front matter: no closing '---' line</source>
        <translation>Front Matter nicht abgeschlossen: die schließende Zeile „---“ fehlt</translation>
    </message>
    <message>
        <source>invalid front matter: %1</source>
        <translation>ungültiges Front Matter: %1</translation>
    </message>
    <message>
        <source>missing title: the front matter is empty</source>
        <translation>Titel fehlt: Das Front Matter ist leer</translation>
    </message>
    <message>
        <source>the front matter must be a list of 'key: value' lines</source>
        <translation>das Front Matter muss aus Zeilen „Schlüssel: Wert“ bestehen</translation>
    </message>
    <message>
        <source>front-matter keys must be plain words</source>
        <translation>Schlüssel im Front Matter müssen einfache Wörter sein</translation>
    </message>
    <message>
        <source>'%1' appears twice</source>
        <translation>„%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>invalid slug '%1': use lower-case letters a-z, digits and single hyphens</source>
        <translation>ungültiger Slug „%1“: bitte Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche verwenden</translation>
    </message>
    <message>
        <source>unknown language '%1' (use one of: %2)</source>
        <translation>unbekannte Sprache „%1“ (erlaubt: %2)</translation>
    </message>
    <message>
        <source>unknown status '%1' (use one of: %2)</source>
        <translation>unbekannter Status „%1“ (erlaubt: %2)</translation>
    </message>
    <message>
        <source>'related' must be a list of slugs, e.g. [slug-a, slug-b]</source>
        <translation>„related“ muss eine Liste von Slugs sein, z. B. [slug-a, slug-b]</translation>
    </message>
    <message>
        <source>invalid related slug '%1'</source>
        <translation>ungültiger Slug „%1“ in „related“</translation>
    </message>
    <message>
        <source>related slug '%1' is listed twice</source>
        <translation>„%1“ steht zweimal in „related“</translation>
    </message>
    <message>
        <source>unknown front-matter key '%1' (kept as it is)</source>
        <translation>unbekannter Schlüssel „%1“ im Front Matter (bleibt erhalten)</translation>
    </message>
    <message>
        <source>missing title: the front matter needs 'title:'</source>
        <translation>Titel fehlt: Das Front Matter braucht „title:“</translation>
    </message>
    <message>
        <source>cannot derive a slug from the title; add 'slug:'</source>
        <translation>aus dem Titel lässt sich kein Slug bilden; bitte „slug:“ angeben</translation>
    </message>
    <message>
        <source>the article lists itself as related</source>
        <translation>der Artikel nennt sich selbst als verwandten Artikel</translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Überarbeitung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
</context>
<context>
    <name>ArticleVocabulary</name>
    <message>
        <source>German (Germany)</source>
        <translation>Deutsch (Deutschland)</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Deutsch (Österreich)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Deutsch (Schweiz)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>Englisch (USA)</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>%n open review comment(s). Please reply and resolve them before the article is exported.</source>
        <translation><numerusform>%n offener Kommentar. Bitte beantworten und erledigen, bevor der Artikel exportiert wird.</numerusform><numerusform>%n offene Kommentare. Bitte beantworten und erledigen, bevor der Artikel exportiert wird.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n possible spelling mistake(s). Please check them in the Spelling panel.</source>
        <translation><numerusform>%n möglicher Rechtschreibfehler. Bitte im Bereich „Rechtschreibung“ prüfen.</numerusform><numerusform>%n mögliche Rechtschreibfehler. Bitte im Bereich „Rechtschreibung“ prüfen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n typography issue(s) (quotation marks, dashes, spaces). Click to go to the first one; Edit ▸ Fix typography corrects them all.</source>
        <translation><numerusform>%n typografischer Hinweis (Anführungszeichen, Striche, Leerzeichen). Klicken springt zur Stelle; Bearbeiten ▸ Typografie korrigieren behebt ihn.</numerusform><numerusform>%n typografische Hinweise (Anführungszeichen, Striche, Leerzeichen). Klicken springt zum ersten; Bearbeiten ▸ Typografie korrigieren behebt alle.</numerusform></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The store file (default: $FEDER_STORE, else %1).</source>
        <translation>Die Speicherdatei (Standard: $FEDER_STORE, sonst %1).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Import Markdown articles (files or folders) into the store.</source>
        <translation>Markdown-Artikel (Dateien oder Ordner) in den Speicher importieren.</translation>
    </message>
    <message>
        <source>.md files or folders of them</source>
        <translation>.md-Dateien oder Ordner mit solchen</translation>
    </message>
    <message>
        <source>feder import: name at least one file or folder</source>
        <translation>feder import: bitte mindestens eine Datei oder einen Ordner angeben</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>feder import: no .md files found</source>
        <translation>feder import: keine .md-Dateien gefunden</translation>
    </message>
    <message>
        <source>List the articles in the store.</source>
        <translation>Die Artikel im Speicher auflisten.</translation>
    </message>
    <message>
        <source>Print an article as Markdown with front matter (imports back losslessly).</source>
        <translation>Einen Artikel als Markdown mit Front Matter ausgeben (verlustfrei wieder importierbar).</translation>
    </message>
    <message>
        <source>the article</source>
        <translation>der Artikel</translation>
    </message>
    <message>
        <source>feder show: name exactly one slug</source>
        <translation>feder show: bitte genau einen Slug angeben</translation>
    </message>
    <message>
        <source>feder show: no article with slug '%1'</source>
        <translation>feder show: kein Artikel mit dem Slug „%1“</translation>
    </message>
    <message>
        <source>The pre-export checklist of an article; exit 1 when a blocking item fails.</source>
        <translation>Die Prüfliste eines Artikels vor dem Export; Exit-Code 1 bei blockierenden Punkten.</translation>
    </message>
    <message>
        <source>feder check: name exactly one slug</source>
        <translation>feder check: bitte genau einen Slug angeben</translation>
    </message>
    <message>
        <source>feder check: no article with slug '%1'</source>
        <translation>feder check: kein Artikel mit dem Slug „%1“</translation>
    </message>
    <message>
        <source>The folder to write to.</source>
        <translation>Der Zielordner.</translation>
    </message>
    <message>
        <source>Export articles as self-contained HTML bundles (OUT/SLUG/ or OUT/SLUG.zip).</source>
        <translation>Artikel als eigenständige HTML-Pakete exportieren (OUT/SLUG/ oder OUT/SLUG.zip).</translation>
    </message>
    <message>
        <source>Write SLUG.zip instead of a folder.</source>
        <translation>SLUG.zip statt eines Ordners schreiben.</translation>
    </message>
    <message>
        <source>the articles</source>
        <translation>die Artikel</translation>
    </message>
    <message>
        <source>Export every article (or those with --status) plus an index page.</source>
        <translation>Alle Artikel (oder die mit --status) samt Übersichtsseite exportieren.</translation>
    </message>
    <message>
        <source>Only articles with this status.</source>
        <translation>Nur Artikel mit diesem Status.</translation>
    </message>
    <message>
        <source>feder export-site: --out DIR is required</source>
        <translation>feder export-site: --out ORDNER fehlt</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Spellcheck Markdown files (German business prose); exit 0 clean, 1 findings, 2 error.</source>
        <translation>Markdown-Dateien prüfen (deutsche Geschäftstexte); Exit-Code 0 fehlerfrei, 1 Funde, 2 Fehler.</translation>
    </message>
    <message>
        <source>Language: de-DE, de-AT, de-CH or en-US (default: the file's language, else de-DE).</source>
        <translation>Sprache: de-DE, de-AT, de-CH oder en-US (Standard: die Sprache der Datei, sonst de-DE).</translation>
    </message>
    <message>
        <source>.md files or folders</source>
        <translation>.md-Dateien oder Ordner</translation>
    </message>
    <message>
        <source>feder spellcheck: name at least one file</source>
        <translation>feder spellcheck: bitte mindestens eine Datei angeben</translation>
    </message>
    <message>
        <source>feder spellcheck: unknown language '%1' (use one of: %2)</source>
        <translation>feder spellcheck: unbekannte Sprache „%1“ (erlaubt: %2)</translation>
    </message>
    <message>
        <source>The personal dictionary: list, add WORD..., remove WORD..., import FILE, export FILE.</source>
        <translation>Das persönliche Wörterbuch: list, add WORT..., remove WORT..., import DATEI, export DATEI.</translation>
    </message>
    <message>
        <source>feder dictionary: unknown action '%1'</source>
        <translation>feder dictionary: unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <source>feder dictionary %1: name at least one word or file</source>
        <translation>feder dictionary %1: bitte mindestens ein Wort oder eine Datei angeben</translation>
    </message>
    <message>
        <source>List review threads (open ones unless --all), or add, reply, resolve, reopen.</source>
        <translation>Kommentare auflisten (offene, mit --all alle) oder hinzufügen, beantworten, erledigen, wieder öffnen.</translation>
    </message>
    <message>
        <source>Create an empty store (also in an existing empty file).</source>
        <translation>Einen leeren Speicher anlegen (auch in einer vorhandenen leeren Datei).</translation>
    </message>
    <message>
        <source>Copy the store with SQLite's online backup (safe while Feder is open).</source>
        <translation>Den Speicher mit der Online-Sicherung von SQLite kopieren (sicher, auch während Feder geöffnet ist).</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Replace an existing backup file.</source>
        <translation>Eine vorhandene Sicherungsdatei ersetzen.</translation>
    </message>
    <message>
        <source>feder backup: --out FILE is required</source>
        <translation>feder backup: --out DATEI fehlt</translation>
    </message>
    <message>
        <source>%1 exists already; use --force to replace it</source>
        <translation>%1 existiert schon; mit --force wird es ersetzt</translation>
    </message>
    <message>
        <source>feder backup: --out must not be the store itself</source>
        <translation>feder backup: --out darf nicht der Speicher selbst sein</translation>
    </message>
    <message>
        <source>Replace the store by a backup; the current file is kept beside it.</source>
        <translation>Den Speicher durch eine Sicherung ersetzen; die bisherige Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>feder restore: --from FILE is required</source>
        <translation>feder restore: --from DATEI fehlt</translation>
    </message>
    <message>
        <source>Run SQLite's integrity_check on the store (exit 1: damaged).</source>
        <translation>Den Speicher mit SQLites integrity_check prüfen (Exit-Code 1: beschädigt).</translation>
    </message>
    <message>
        <source>Replace existing exports.</source>
        <translation>Vorhandene Exporte ersetzen.</translation>
    </message>
    <message>
        <source>Export despite blocking checklist items.</source>
        <translation>Trotz blockierender Prüfpunkte exportieren.</translation>
    </message>
    <message>
        <source>Both: --replace and --ignore-checklist.</source>
        <translation>Beides: --replace und --ignore-checklist.</translation>
    </message>
    <message>
        <source>feder export: usage: feder export --store FILE --out DIR [--zip] [--replace] [--ignore-checklist] [--force] SLUG...</source>
        <translation>feder export: Aufruf: feder export --store DATEI --out ORDNER [--zip] [--replace] [--ignore-checklist] [--force] SLUG...</translation>
    </message>
    <message>
        <source>Check the German typography of Markdown files (quotes, dashes, non-breaking spaces, …); exit 0 clean, 1 findings, 2 error.</source>
        <translation>Deutsche Typografie von Markdown-Dateien prüfen (Anführungszeichen, Striche, geschützte Leerzeichen, …); Exit-Code 0 sauber, 1 Befunde, 2 Fehler.</translation>
    </message>
    <message>
        <source>feder style: name at least one file</source>
        <translation>feder style: bitte mindestens eine Datei angeben</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>unsafe bundle name '%1'</source>
        <translation>unsicherer Paketname „%1“</translation>
    </message>
    <message>
        <source>unsafe path '%1' in bundle %2</source>
        <translation>unsicherer Pfad „%1“ im Paket %2</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot move the export into place</source>
        <translation>%1: Der Export kann nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1: Die Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>%1: cannot move the previous export aside</source>
        <translation>%1: Der bisherige Export kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot move the export into place; the previous export is unchanged</source>
        <translation>%1: Der Export kann nicht an seinen Platz verschoben werden; der bisherige Export ist unverändert</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary folder (%2)</source>
        <translation>%1: Ein temporärer Ordner kann nicht angelegt werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the zip file</source>
        <translation>%1: Die ZIP-Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot add %2 to the zip file</source>
        <translation>%1: %2 kann nicht in die ZIP-Datei geschrieben werden</translation>
    </message>
    <message>
        <source>%1: cannot write the zip file</source>
        <translation>%1: Die ZIP-Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no article with slug '%1'</source>
        <translation>kein Artikel mit dem Slug „%1“</translation>
    </message>
    <message>
        <source>the store has no articles</source>
        <translation>der Speicher enthält keine Artikel</translation>
    </message>
    <message>
        <source>no articles with status '%1'</source>
        <translation>keine Artikel mit dem Status „%1“</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary folder</source>
        <translation>%1: Ein temporärer Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>two articles would be written to the same folder '%1'</source>
        <translation>zwei Artikel würden in denselben Ordner „%1“ geschrieben</translation>
    </message>
    <message>
        <source>export cancelled; nothing was changed</source>
        <translation>Export abgebrochen; nichts wurde verändert</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Feder does not export through links (choose the folder it points to)</source>
        <translation>%1 ist ein symbolischer Link; Feder exportiert nicht über Links (bitte den Ordner wählen, auf den er zeigt)</translation>
    </message>
    <message>
        <source>%1 exists already; use --replace to replace it</source>
        <translation>%1 existiert schon; mit --replace wird es ersetzt</translation>
    </message>
    <message>
        <source>%1: not exported, the checklist has blocking items (use --ignore-checklist to export anyway):
%2</source>
        <translation>%1: nicht exportiert, die Prüfliste hat blockierende Punkte (mit --ignore-checklist trotzdem exportieren):
%2</translation>
    </message>
    <message>
        <source>%1 exists already and is not empty; use --replace to replace it</source>
        <translation>%1 existiert schon und ist nicht leer; mit --replace wird es ersetzt</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>The store file.</source>
        <translation>Die Speicherdatei.</translation>
    </message>
    <message>
        <source>Markdown files to import and open.</source>
        <translation>Markdown-Dateien, die importiert und geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a PNG, JPEG, GIF or WebP image</source>
        <translation>kein PNG-, JPEG-, GIF- oder WebP-Bild</translation>
    </message>
    <message>
        <source>the image cannot be read (%1)</source>
        <translation>das Bild lässt sich nicht lesen (%1)</translation>
    </message>
    <message>
        <source>cannot read '%1' (%2)</source>
        <translation>„%1“ lässt sich nicht lesen (%2)</translation>
    </message>
    <message>
        <source>'%1' is too large (%2 MB)</source>
        <translation>„%1“ ist zu groß (%2 MB)</translation>
    </message>
    <message>
        <source>teaser image '%1' is not in this store</source>
        <translation>das Teaserbild „%1“ ist nicht in diesem Speicher</translation>
    </message>
    <message>
        <source>invalid asset reference '%1' (expected asset:SHA256)</source>
        <translation>ungültiger Bildverweis „%1“ (erwartet: asset:SHA256)</translation>
    </message>
    <message>
        <source>teaser image '%1' not found</source>
        <translation>Teaserbild „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>teaser image '%1' is not a file</source>
        <translation>Teaserbild „%1“ ist keine Datei</translation>
    </message>
    <message>
        <source>teaser image '%1' is not an image: %2</source>
        <translation>Teaserbild „%1“ ist kein Bild: %2</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>slug '%1' is also used by %2</source>
        <translation>der Slug „%1“ wird auch von %2 verwendet</translation>
    </message>
    <message>
        <source>related article '%1' is not in the store</source>
        <translation>der verwandte Artikel „%1“ ist nicht im Speicher</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder. Feder opens Markdown files (.md).</source>
        <translation>%1 ist ein Ordner. Feder öffnet Markdown-Dateien (.md).</translation>
    </message>
    <message>
        <source>%1 is not a Markdown file. Feder opens files ending in .md or .markdown.</source>
        <translation>%1 ist keine Markdown-Datei. Feder öffnet Dateien mit der Endung .md oder .markdown.</translation>
    </message>
    <message>
        <source>%1 was not imported: this store is open read-only.</source>
        <translation>%1 wurde nicht importiert: Dieser Speicher ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file, so it is not Markdown.</source>
        <translation>%1 ist keine Textdatei und damit kein Markdown.</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 wurde nicht importiert.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 cannot be imported (%2): %3</source>
        <translation>%1 lässt sich nicht importieren (%2): %3</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
</context>
<context>
    <name>RecentStores</name>
    <message>
        <source>(not found)</source>
        <translation>(nicht gefunden)</translation>
    </message>
    <message>
        <source>No stores opened yet</source>
        <translation>Noch kein Speicher geöffnet</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>the revision or its article no longer exists</source>
        <translation>die Version oder ihr Artikel existiert nicht mehr</translation>
    </message>
    <message>
        <source>no article with slug '%1'</source>
        <translation>kein Artikel mit dem Slug „%1“</translation>
    </message>
    <message>
        <source>not a review file (%1)</source>
        <translation>keine Review-Datei (%1)</translation>
    </message>
    <message>
        <source>not a Feder review file</source>
        <translation>keine Feder-Review-Datei</translation>
    </message>
    <message>
        <source>written by a newer Feder (review format %1)</source>
        <translation>von einer neueren Feder-Version geschrieben (Review-Format %1)</translation>
    </message>
    <message>
        <source>the text of '%1' differs from yours; your text was kept, comments were placed on it</source>
        <translation>der Text von „%1“ weicht von Ihrem ab; Ihr Text wurde behalten, die Kommentare wurden daran verankert</translation>
    </message>
    <message>
        <source>the comment id %1 belongs to another article in this store</source>
        <translation>die Kommentar-ID %1 gehört in diesem Speicher zu einem anderen Artikel</translation>
    </message>
    <message>
        <source>the comment id %1 is a %2 here but a %3 in the package</source>
        <translation>die Kommentar-ID %1 ist hier ein(e) %2, im Paket aber ein(e) %3</translation>
    </message>
    <message>
        <source>the article id %1 belongs to '%2' in this store, not to '%3'</source>
        <translation>die Artikel-ID %1 gehört in diesem Speicher zu „%2“, nicht zu „%3“</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>expected a whole number of at least 0</source>
        <translation>ganze Zahl ab 0 erwartet</translation>
    </message>
    <message>
        <source>not a UUID: '%1'</source>
        <translation>keine UUID: „%1“</translation>
    </message>
    <message>
        <source>not a time: '%1'</source>
        <translation>keine Zeitangabe: „%1“</translation>
    </message>
    <message>
        <source>expected open or resolved</source>
        <translation>„open“ oder „resolved“ erwartet</translation>
    </message>
    <message>
        <source>not a field that takes comments: '%1'</source>
        <translation>kein kommentierbares Feld: „%1“</translation>
    </message>
    <message>
        <source>before start</source>
        <translation>liegt vor dem Anfang</translation>
    </message>
    <message>
        <source>the article's teaser image is missing from the package</source>
        <translation>das Teaserbild des Artikels fehlt im Paket</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>kein gültiges Base64</translation>
    </message>
    <message>
        <source>the bytes do not match their SHA-256</source>
        <translation>die Bytes passen nicht zu ihrem SHA-256</translation>
    </message>
    <message>
        <source>the id %1 occurs twice in the package</source>
        <translation>die ID %1 kommt im Paket zweimal vor</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1</source>
        <translation>ganze Zahl ab 1 erwartet</translation>
    </message>
    <message>
        <source>expected asset:SHA256, found '%1'</source>
        <translation>asset:SHA256 erwartet, gefunden: „%1“</translation>
    </message>
    <message>
        <source>larger than %1 MiB; not read</source>
        <translation>größer als %1 MiB; nicht gelesen</translation>
    </message>
    <message>
        <source>'%1' in this store is another article than the one in the package (different id); nothing was imported</source>
        <translation>„%1“ ist in diesem Speicher ein anderer Artikel als der im Paket (andere ID); es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>dictionary files not found: %1</source>
        <translation>Wörterbuchdateien nicht gefunden: %1</translation>
    </message>
    <message>
        <source>dictionary %1 uses the unsupported encoding %2</source>
        <translation>das Wörterbuch %1 verwendet die nicht unterstützte Kodierung %2</translation>
    </message>
    <message>
        <source>no %1 dictionary found (looked in %2); spellcheck is off for this language</source>
        <translation>kein Wörterbuch für %1 gefunden (gesucht in %2); die Rechtschreibprüfung ist für diese Sprache aus</translation>
    </message>
    <message>
        <source>word list %1 cannot be read</source>
        <translation>die Wortliste %1 lässt sich nicht lesen</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1: not a Feder store (the file is not an SQLite database)</source>
        <translation>%1: kein Feder-Speicher (die Datei ist keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1: the store is read-only; nothing was written</source>
        <translation>%1: der Speicher ist schreibgeschützt; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot open the store (%2)</source>
        <translation>%1: der Speicher lässt sich nicht öffnen (%2)</translation>
    </message>
    <message>
        <source>%1: the store is busy (another program is writing to it)</source>
        <translation>%1: der Speicher ist belegt (ein anderes Programm schreibt gerade)</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was written</source>
        <translation>%1: der Datenträger ist voll; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1: the store is damaged (%2)</source>
        <translation>%1: der Speicher ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: the store was written by a newer Feder (schema version %2, this Feder knows up to %3)</source>
        <translation>%1: der Speicher stammt von einer neueren Feder-Version (Schema %2, diese Version kennt bis %3)</translation>
    </message>
    <message>
        <source>%1: the store needs an upgrade from schema version %2 but is read-only</source>
        <translation>%1: der Speicher muss von Schema %2 aktualisiert werden, ist aber schreibgeschützt</translation>
    </message>
    <message>
        <source>teaser image %1 is not in the store</source>
        <translation>das Teaserbild %1 ist nicht im Speicher</translation>
    </message>
    <message>
        <source>the article was deleted meanwhile</source>
        <translation>der Artikel wurde inzwischen gelöscht</translation>
    </message>
    <message>
        <source>the slug '%1' is already used by another article</source>
        <translation>der Slug „%1“ gehört schon zu einem anderen Artikel</translation>
    </message>
    <message>
        <source>a comment needs a non-empty range inside the text</source>
        <translation>ein Kommentar braucht eine nicht leere Textstelle</translation>
    </message>
    <message>
        <source>%1: cannot read the store (%2)</source>
        <translation>%1: der Speicher lässt sich nicht lesen (%2)</translation>
    </message>
    <message>
        <source>%1: not a Feder store (an SQLite database of another program)</source>
        <translation>%1: kein Feder-Speicher (eine SQLite-Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <source>%1: no such store</source>
        <translation>%1: Speicher nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a Feder store (not a regular file)</source>
        <translation>%1: kein Feder-Speicher (keine normale Datei)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the store</source>
        <translation>%1: der Ordner für den Speicher kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>'%1' exists already; merge the two instead</source>
        <translation>„%1“ gibt es schon; bitte die beiden zusammenführen</translation>
    </message>
    <message>
        <source>an author needs a name</source>
        <translation>eine Autorin, ein Autor braucht einen Namen</translation>
    </message>
    <message numerus="yes">
        <source>the author still has %n article(s); merge instead</source>
        <translation><numerusform>die Person hat noch %n Artikel; bitte zusammenführen</numerusform><numerusform>die Person hat noch %n Artikel; bitte zusammenführen</numerusform></translation>
    </message>
    <message>
        <source>a category needs a name</source>
        <translation>eine Kategorie braucht einen Namen</translation>
    </message>
    <message numerus="yes">
        <source>the category still has %n article(s); merge instead</source>
        <translation><numerusform>die Kategorie hat noch %n Artikel; bitte zusammenführen</numerusform><numerusform>die Kategorie hat noch %n Artikel; bitte zusammenführen</numerusform></translation>
    </message>
    <message>
        <source>the new order must name every category exactly once</source>
        <translation>die neue Reihenfolge muss jede Kategorie genau einmal nennen</translation>
    </message>
    <message>
        <source>a comment needs a text</source>
        <translation>ein Kommentar braucht einen Text</translation>
    </message>
    <message>
        <source>a reply needs a text</source>
        <translation>eine Antwort braucht einen Text</translation>
    </message>
    <message>
        <source>no such comment thread</source>
        <translation>diesen Kommentar gibt es nicht</translation>
    </message>
    <message>
        <source>comments can go on the text or on: %1</source>
        <translation>Kommentare gehören zum Text oder zu: %1</translation>
    </message>
    <message>
        <source>%1: the store is damaged (%2); nothing was written. Restore a backup (feder backup, or the app's daily backups).</source>
        <translation>%1: Der Speicher ist beschädigt (%2); es wurde nichts geschrieben. Bitte eine Sicherung wiederherstellen (feder backup oder die täglichen Sicherungen der App).</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Feder store (feder init --store FILE makes it one)</source>
        <translation>%1: Die Datei ist leer und kein Feder-Speicher (feder init --store DATEI macht einen daraus)</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Feder store</source>
        <translation>%1: Die Datei ist leer und kein Feder-Speicher</translation>
    </message>
    <message>
        <source>%1: the store is in use by %2 (process %3 on %4); close it there and try again. Nothing was written.</source>
        <translation>%1: Der Speicher wird von %2 benutzt (Prozess %3 auf %4); bitte dort schließen und erneut versuchen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: cannot take the store's lock file %2 (%3); nothing was written</source>
        <translation>%1: Die Sperrdatei %2 des Speichers lässt sich nicht anlegen (%3); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot move it aside; nothing was changed</source>
        <translation>%1: kann nicht beiseitegelegt werden; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: the backup failed (%2); nothing was written</source>
        <translation>%1: Die Sicherung ist fehlgeschlagen (%2); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot write the backup</source>
        <translation>%1: Die Sicherung kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation>%1: Der Sicherungsordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: the backup is damaged too (%2); nothing was changed</source>
        <translation>%1: Auch die Sicherung ist beschädigt (%2); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: cannot put the backup in place; the previous store is %2</source>
        <translation>%1: Die Sicherung kann nicht an ihren Platz gelegt werden; der bisherige Speicher liegt unter %2</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>der Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1: not a Feder store; nothing was changed</source>
        <translation>%1: kein Feder-Speicher; es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>Typography</name>
    <message>
        <source>Quotation marks</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apostroph</translation>
    </message>
    <message>
        <source>Dash</source>
        <translation>Gedankenstrich</translation>
    </message>
    <message>
        <source>Ellipsis</source>
        <translation>Auslassungspunkte</translation>
    </message>
    <message>
        <source>Space in abbreviations</source>
        <translation>Leerzeichen in Abkürzungen</translation>
    </message>
    <message>
        <source>Space between number and unit</source>
        <translation>Leerzeichen zwischen Zahl und Einheit</translation>
    </message>
    <message>
        <source>Double space</source>
        <translation>Doppeltes Leerzeichen</translation>
    </message>
    <message>
        <source>Space before punctuation</source>
        <translation>Leerzeichen vor Satzzeichen</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Use German quotation marks „…“ (inside a quotation ‚…‘).</source>
        <translation>Deutsche Anführungszeichen verwenden: „…“ (innerhalb eines Zitats ‚…‘).</translation>
    </message>
    <message>
        <source>Use the typographic apostrophe ’.</source>
        <translation>Den typografischen Apostroph ’ verwenden.</translation>
    </message>
    <message>
        <source>A dash between words is the en dash –, not a hyphen.</source>
        <translation>Zwischen Wörtern steht der Gedankenstrich –, nicht der Bindestrich.</translation>
    </message>
    <message>
        <source>Write the ellipsis as one character: …</source>
        <translation>Auslassungspunkte als ein Zeichen setzen: …</translation>
    </message>
    <message>
        <source>Join the parts of the abbreviation with a non-breaking space.</source>
        <translation>Die Teile der Abkürzung mit einem geschützten Leerzeichen verbinden.</translation>
    </message>
    <message>
        <source>Join number and unit or sign with a non-breaking space.</source>
        <translation>Zahl und Einheit oder Zeichen mit einem geschützten Leerzeichen verbinden.</translation>
    </message>
    <message>
        <source>Two spaces in a row.</source>
        <translation>Zwei Leerzeichen hintereinander.</translation>
    </message>
    <message>
        <source>No space before a punctuation mark.</source>
        <translation>Kein Leerzeichen vor einem Satzzeichen.</translation>
    </message>
    <message>
        <source>Write a range with an en dash and no spaces: 9–17.</source>
        <translation>Bereiche mit Halbgeviertstrich und ohne Leerzeichen schreiben: 9–17.</translation>
    </message>
</context>
<context>
    <name>feder::ArticleService</name>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Den Artikel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Unknown language: %1</source>
        <translation>Unbekannte Sprache: %1</translation>
    </message>
</context>
<context>
    <name>feder::NamesService</name>
    <message>
        <source>Choose another name to merge into.</source>
        <translation>Bitte einen anderen Namen wählen, mit dem zusammengeführt wird.</translation>
    </message>
</context>
<context>
    <name>feder::ReviewService</name>
    <message>
        <source>A comment needs a text.</source>
        <translation>Ein Kommentar braucht einen Text.</translation>
    </message>
    <message>
        <source>Select the words the comment is about.</source>
        <translation>Bitte die Wörter markieren, um die es im Kommentar geht.</translation>
    </message>
    <message>
        <source>A reply needs a text.</source>
        <translation>Eine Antwort braucht einen Text.</translation>
    </message>
    <message>
        <source>The comment no longer exists.</source>
        <translation>Den Kommentar gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Only %1 can edit this comment.</source>
        <translation>Nur %1 kann diesen Kommentar bearbeiten.</translation>
    </message>
    <message>
        <source>Only %1 can delete this comment.</source>
        <translation>Nur %1 kann diesen Kommentar löschen.</translation>
    </message>
</context>
<context>
    <name>feder::RevisionService</name>
    <message>
        <source>A revision needs a name.</source>
        <translation>Eine Version braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>feder::TeamSettingsService</name>
    <message>
        <source>A reading speed of %1 words per minute is not plausible (%2–%3).</source>
        <translation>Eine Lesegeschwindigkeit von %1 Wörtern pro Minute ist nicht plausibel (%2–%3).</translation>
    </message>
</context>
<context>
    <name>feder::ui::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/in</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>Lesezeit</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>feder::ui::ArticleStatsLabel</name>
    <message>
        <source>Word count</source>
        <translation>Wortzahl</translation>
    </message>
    <message numerus="yes">
        <source>Words and characters a reader sees (without Markdown), reading time at %Ln words per minute</source>
        <translation><numerusform>Wörter und Zeichen, die Lesende sehen (ohne Markdown), Lesezeit bei %Ln Wort pro Minute</numerusform><numerusform>Wörter und Zeichen, die Lesende sehen (ohne Markdown), Lesezeit bei %Ln Wörtern pro Minute</numerusform></translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Wörter: %1</translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation>Zeichen: %1</translation>
    </message>
    <message>
        <source>Reading time: %1</source>
        <translation>Lesezeit: %1</translation>
    </message>
</context>
<context>
    <name>feder::ui::ChecklistPanel</name>
    <message>
        <source>Click to go to the field (%1)</source>
        <translation>Klicken, um zum Feld zu springen (%1)</translation>
    </message>
    <message>
        <source>Everything is ready for export.</source>
        <translation>Alles bereit für den Export.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) block the export.</source>
        <translation><numerusform>%n Punkt blockiert den Export.</numerusform><numerusform>%n Punkte blockieren den Export.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Ready for export, with %n hint(s).</source>
        <translation><numerusform>Bereit für den Export, mit %n Hinweis.</numerusform><numerusform>Bereit für den Export, mit %n Hinweisen.</numerusform></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
</context>
<context>
    <name>feder::ui::CommentDialog</name>
    <message>
        <source>Your comment…</source>
        <translation>Ihr Kommentar …</translation>
    </message>
    <message>
        <source>Ctrl+Enter to submit, Enter for a new line, Esc to cancel.</source>
        <translation>Strg+Enter sendet, Enter beginnt eine neue Zeile, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
</context>
<context>
    <name>feder::ui::DistractionFree</name>
    <message>
        <source>&amp;Distraction-free writing</source>
        <translation>&amp;Ablenkungsfrei schreiben</translation>
    </message>
    <message>
        <source>Leave distraction-free writing</source>
        <translation>Ablenkungsfreies Schreiben beenden</translation>
    </message>
</context>
<context>
    <name>feder::ui::ExportController</name>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>The checklist has blocking items:

%1</source>
        <translation>Die Prüfliste hat blockierende Punkte:

%1</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <source>Replace export</source>
        <translation>Export ersetzen</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 existiert schon. Ersetzen?</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export running</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>An export is still running. Cancel it and close? The previous export stays as it was.</source>
        <translation>Ein Export läuft noch. Abbrechen und schließen? Der vorige Export bleibt, wie er war.</translation>
    </message>
</context>
<context>
    <name>feder::ui::HistoryDialog</name>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>after 10 minutes of editing</source>
        <translation>nach 10 Minuten Bearbeitung</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>vor dem Import</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>Statuswechsel</translation>
    </message>
    <message>
        <source>before restoring</source>
        <translation>vor der Wiederherstellung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Name the revision</source>
        <translation>Version benennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Benennen …</translation>
    </message>
    <message>
        <source>Revisions (select one or two)</source>
        <translation>Versionen (eine oder zwei auswählen)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Restore this revision? The current state is kept as a revision.</source>
        <translation>Diese Version wiederherstellen? Der aktuelle Stand bleibt als Version erhalten.</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>changed elsewhere, replaced by the editor's text</source>
        <translation>anderswo geändert, durch den Text im Editor ersetzt</translation>
    </message>
    <message>
        <source>No revisions yet – a revision is taken when you save with Ctrl+S, on status changes and on import.</source>
        <translation>Noch keine Versionen – eine Version entsteht beim Speichern mit Strg+S, bei Statuswechseln und beim Import.</translation>
    </message>
    <message>
        <source>imported, status: %1</source>
        <translation>importiert, Status: %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>status changed to %1</source>
        <translation>Status geändert auf „%1“</translation>
    </message>
</context>
<context>
    <name>feder::ui::LibraryPanel</name>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <source>Move “%1” to the trash?
You can undo this (Edit ▸ Undo).</source>
        <translation>„%1“ in den Papierkorb verschieben?
Das lässt sich rückgängig machen (Bearbeiten ▸ Rückgängig).</translation>
    </message>
    <message>
        <source>Search title, excerpt and text…</source>
        <translation>Titel, Anreißer und Text durchsuchen …</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Create a new article</source>
        <translation>Neuen Artikel anlegen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected article</source>
        <translation>Den gewählten Artikel kopieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move the selected article to the trash</source>
        <translation>Den gewählten Artikel in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>feder::ui::MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;Neuer Artikel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;website…</source>
        <translation>&amp;Website exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Undo metadata</source>
        <translation>Metadaten rückgängig</translation>
    </message>
    <message>
        <source>Redo metadata</source>
        <translation>Metadaten wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Duplicate article</source>
        <translation>Artikel &amp;duplizieren</translation>
    </message>
    <message>
        <source>Move article to &amp;trash</source>
        <translation>Artikel in den &amp;Papierkorb</translation>
    </message>
    <message>
        <source>&amp;Search articles</source>
        <translation>Artikel &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Redaktion</translation>
    </message>
    <message>
        <source>&amp;Authors…</source>
        <translation>&amp;Autorinnen und Autoren …</translation>
    </message>
    <message>
        <source>&amp;Categories…</source>
        <translation>&amp;Kategorien …</translation>
    </message>
    <message>
        <source>Empty the &amp;trash</source>
        <translation>Papierkorb &amp;leeren</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) in the trash for good?</source>
        <translation><numerusform>%n Artikel im Papierkorb endgültig löschen?</numerusform><numerusform>%n Artikel im Papierkorb endgültig löschen?</numerusform></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Kein Artikel</translation>
    </message>
    <message>
        <source>%1[*] — Feder</source>
        <translation>%1[*] – Feder</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The article could not be saved. Close anyway and lose the changes?</source>
        <translation>Der Artikel konnte nicht gespeichert werden. Trotzdem schließen und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>&amp;Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Next comment</source>
        <translation>Nächster Kommentar</translation>
    </message>
    <message>
        <source>Previous comment</source>
        <translation>Vorheriger Kommentar</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>Export for review</source>
        <translation>Für Review exportieren</translation>
    </message>
    <message>
        <source>Feder review (*.federreview)</source>
        <translation>Feder-Review (*.federreview)</translation>
    </message>
    <message>
        <source>Exported for review: %1</source>
        <translation>Für Review exportiert: %1</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Review importieren</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Sicherung wieder&amp;herstellen …</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>This article had been changed outside this window. Your text was saved; the other version is kept in the history (Edit ▸ History…).</source>
        <translation>Dieser Artikel wurde außerhalb dieses Fensters geändert. Ihr Text wurde gespeichert; die andere Fassung ist im Verlauf erhalten (Bearbeiten ▸ Verlauf …).</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Feder</source>
        <translation>Feder</translation>
    </message>
    <message>
        <source>%1[*] — Feder (read-only)</source>
        <translation>%1[*] — Feder (schreibgeschützt)</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) added</source>
        <translation><numerusform>%n Kommentar hinzugefügt</numerusform><numerusform>%n Kommentare hinzugefügt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) added</source>
        <translation><numerusform>%n Antwort hinzugefügt</numerusform><numerusform>%n Antworten hinzugefügt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation><numerusform>%n aktualisiert.</numerusform><numerusform>%n aktualisiert.</numerusform></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Vergrößer&amp;n</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Feder</source>
        <translation>Ü&amp;ber Feder</translation>
    </message>
    <message>
        <source>About Feder</source>
        <translation>Über Feder</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Feder %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Write German articles offline: Markdown with a German spellcheck, metadata in one local store, a live preview, review comments and self-contained exports.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Feder %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Deutsche Artikel offline schreiben: Markdown mit deutscher Rechtschreibprüfung, Metadaten in einem lokalen Speicher, Live-Vorschau, Review-Kommentare und eigenständige Exporte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>Speicher ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <source>Feder stores (*.sqlite *.db);;All files (*)</source>
        <translation>Feder-Speicher (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Recent stores</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Export for re&amp;view…</source>
        <translation>Für &amp;Review exportieren …</translation>
    </message>
    <message>
        <source>&amp;Import review…</source>
        <translation>Review &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Setti&amp;ngs…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Gliederung</translation>
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation>&amp;Metadaten</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Prüfliste</translation>
    </message>
    <message>
        <source>Spe&amp;lling</source>
        <translation>&amp;Rechtschreibung</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Revie&amp;w</translation>
    </message>
</context>
<context>
    <name>feder::ui::MarkdownEditor</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
</context>
<context>
    <name>feder::ui::MetadataPanel</name>
    <message>
        <source>Choose image…</source>
        <translation>Bild wählen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Generate from first paragraph</source>
        <translation>Aus erstem Absatz erzeugen</translation>
    </message>
    <message>
        <source>Order…</source>
        <translation>Reihenfolge …</translation>
    </message>
    <message>
        <source>Edit the categories and their order</source>
        <translation>Kategorien und ihre Reihenfolge bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/in</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Anreißer</translation>
    </message>
    <message>
        <source>Teaser image</source>
        <translation>Teaserbild</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>SEO title</source>
        <translation>SEO-Titel</translation>
    </message>
    <message>
        <source>SEO description</source>
        <translation>SEO-Beschreibung</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandte Artikel</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Change alt text</source>
        <translation>Alternativtext ändern</translation>
    </message>
    <message>
        <source>Change SEO title</source>
        <translation>SEO-Titel ändern</translation>
    </message>
    <message>
        <source>Change author</source>
        <translation>Autor/in ändern</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Kategorie ändern</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>Change related articles</source>
        <translation>Verwandte Artikel ändern</translation>
    </message>
    <message>
        <source>Excerpts over %1 characters get cut off in teaser lists.</source>
        <translation>Anreißer über %1 Zeichen werden in Teaserlisten abgeschnitten.</translation>
    </message>
    <message>
        <source>Alt texts over %1 characters are hard to listen to.</source>
        <translation>Alternativtexte über %1 Zeichen sind schwer anzuhören.</translation>
    </message>
    <message>
        <source>Search engines show about %1 characters.</source>
        <translation>Suchmaschinen zeigen etwa %1 Zeichen.</translation>
    </message>
    <message>
        <source>Replace image…</source>
        <translation>Bild ersetzen …</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Ein Artikel braucht einen Titel.</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Titel ändern</translation>
    </message>
    <message>
        <source>“%1” is not a valid slug: use lower-case letters a–z, digits and single hyphens.</source>
        <translation>„%1“ ist kein gültiger Slug: bitte Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche verwenden.</translation>
    </message>
    <message>
        <source>The slug “%1” is already used by another article.</source>
        <translation>Der Slug „%1“ gehört schon zu einem anderen Artikel.</translation>
    </message>
    <message>
        <source>This article is published: its address changes from “%1” to “%2”, and existing links to it break.</source>
        <translation>Dieser Artikel ist veröffentlicht: Seine Adresse ändert sich von „%1“ zu „%2“, bestehende Links darauf funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Change slug</source>
        <translation>Slug ändern</translation>
    </message>
    <message>
        <source>Change excerpt</source>
        <translation>Anreißer ändern</translation>
    </message>
    <message>
        <source>Change SEO description</source>
        <translation>SEO-Beschreibung ändern</translation>
    </message>
    <message>
        <source>The text has no paragraph to take an excerpt from yet.</source>
        <translation>Der Text hat noch keinen Absatz, aus dem sich ein Anreißer erzeugen lässt.</translation>
    </message>
    <message>
        <source>Choose teaser image</source>
        <translation>Teaserbild wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is not an image Feder can use: %2</source>
        <translation>%1 ist kein Bild, das Feder verwenden kann: %2</translation>
    </message>
    <message>
        <source>Add teaser image</source>
        <translation>Teaserbild hinzufügen</translation>
    </message>
    <message>
        <source>Replace teaser image</source>
        <translation>Teaserbild ersetzen</translation>
    </message>
    <message>
        <source>Remove teaser image</source>
        <translation>Teaserbild entfernen</translation>
    </message>
    <message>
        <source>Approve article</source>
        <translation>Artikel freigeben</translation>
    </message>
    <message numerus="yes">
        <source>%n review comment(s) are still open. Approve anyway?</source>
        <translation><numerusform>%n Kommentar ist noch offen. Trotzdem freigeben?</numerusform><numerusform>%n Kommentare sind noch offen. Trotzdem freigeben?</numerusform></translation>
    </message>
</context>
<context>
    <name>feder::ui::NamesDialog</name>
    <message>
        <source>Authors</source>
        <translation>Autorinnen und Autoren</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Role, e.g. Digital Transformation Lead, Public Sector</source>
        <translation>Rolle, z. B. Digital Transformation Lead, Public Sector</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Zusammenführen mit …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>„%1“ zusammenführen mit:</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n article(s).</source>
        <translation><numerusform>Von %n Artikel verwendet.</numerusform><numerusform>Von %n Artikeln verwendet.</numerusform></translation>
    </message>
</context>
<context>
    <name>feder::ui::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>(untitled heading)</source>
        <translation>(Überschrift ohne Text)</translation>
    </message>
</context>
<context>
    <name>feder::ui::PreviewWidget</name>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <source>Teaser card</source>
        <translation>Teaserkarte</translation>
    </message>
</context>
<context>
    <name>feder::ui::RelatedEditor</name>
    <message>
        <source>Add related article: type a title…</source>
        <translation>Verwandten Artikel hinzufügen: Titel eingeben …</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>This article is not in the store (deleted or not imported yet).</source>
        <translation>Dieser Artikel ist nicht im Speicher (gelöscht oder noch nicht importiert).</translation>
    </message>
    <message>
        <source>An article cannot be related to itself.</source>
        <translation>Ein Artikel kann nicht mit sich selbst verwandt sein.</translation>
    </message>
    <message>
        <source>There is no article titled “%1”.</source>
        <translation>Es gibt keinen Artikel mit dem Titel „%1“.</translation>
    </message>
    <message>
        <source>“%1” is already a related article.</source>
        <translation>„%1“ ist schon ein verwandter Artikel.</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Verwandte Artikel</translation>
    </message>
    <message>
        <source>Add a related article</source>
        <translation>Verwandten Artikel hinzufügen</translation>
    </message>
</context>
<context>
    <name>feder::ui::ReviewController</name>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Name shown with your comments:</source>
        <translation>Name, der bei Ihren Kommentaren steht:</translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation>Kommentar zu „%1“</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
</context>
<context>
    <name>feder::ui::ReviewPanel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Reference deleted: “%1”</source>
        <translation>Bezug gelöscht: „%1“</translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation>(erledigt)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Review-Kommentare</translation>
    </message>
</context>
<context>
    <name>feder::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>A new language takes effect when Feder is started again.</source>
        <translation>Eine andere Sprache gilt ab dem nächsten Start von Feder.</translation>
    </message>
    <message>
        <source>&amp;Language of the interface:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> words per minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <source>Every common form</source>
        <translation>Alle üblichen Formen</translation>
    </message>
    <message>
        <source>Colon (Kund:innen)</source>
        <translation>Doppelpunkt (Kund:innen)</translation>
    </message>
    <message>
        <source>Asterisk (Kund*innen)</source>
        <translation>Sternchen (Kund*innen)</translation>
    </message>
    <message>
        <source>Underscore (Kund_innen)</source>
        <translation>Unterstrich (Kund_innen)</translation>
    </message>
    <message>
        <source>Capital I (KundInnen)</source>
        <translation>Binnen-I (KundInnen)</translation>
    </message>
    <message>
        <source>None: pair forms and neutral words only</source>
        <translation>Keine: nur Paarformen und neutrale Wörter</translation>
    </message>
    <message>
        <source>For you on this computer</source>
        <translation>Für Sie auf diesem Computer</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Shown with your comments and recorded with status changes and restores.</source>
        <translation>Steht bei Ihren Kommentaren und wird bei Statuswechseln und Wiederherstellungen vermerkt.</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>Sc&amp;hrift im Editor:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>&amp;Save after a pause of:</source>
        <translation>Spei&amp;chern nach einer Pause von:</translation>
    </message>
    <message>
        <source>For the whole team (saved in the store)</source>
        <translation>Für das ganze Team (im Speicher abgelegt)</translation>
    </message>
    <message>
        <source>&amp;Reading speed:</source>
        <translation>&amp;Lesegeschwindigkeit:</translation>
    </message>
    <message>
        <source>&amp;Gender forms:</source>
        <translation>&amp;Genderformen:</translation>
    </message>
    <message>
        <source>The spellcheck accepts these forms and offers them as suggestions.</source>
        <translation>Die Rechtschreibprüfung akzeptiert diese Formen und schlägt sie vor.</translation>
    </message>
    <message>
        <source>„…“ for "…"</source>
        <translation>„…“ statt "…"</translation>
    </message>
    <message>
        <source>‚…‘ for '…'</source>
        <translation>‚…‘ statt '…'</translation>
    </message>
    <message>
        <source>’ for an apostrophe</source>
        <translation>’ als Apostroph</translation>
    </message>
    <message>
        <source>– for a hyphen between spaces</source>
        <translation>– statt eines Bindestrichs zwischen Leerzeichen</translation>
    </message>
    <message>
        <source>Language of new &amp;articles:</source>
        <translation>Sprache neuer &amp;Artikel:</translation>
    </message>
    <message>
        <source>Replace while &amp;typing:</source>
        <translation>Beim Tippen &amp;ersetzen:</translation>
    </message>
</context>
<context>
    <name>feder::ui::ShortcutHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>Im Text</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>feder::ui::Sidebar</name>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
</context>
<context>
    <name>feder::ui::SnapshotRenderer</name>
    <message>
        <source>the page could not be rendered</source>
        <translation>die Seite ließ sich nicht darstellen</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the page's render process ended unexpectedly</source>
        <translation>der Darstellungsprozess der Seite wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>the web engine did not paint the page (%1 frames)</source>
        <translation>die Web-Engine hat die Seite nicht gezeichnet (%1 Bilder)</translation>
    </message>
    <message>
        <source>the page was not painted completely after %1 frames (%2); no PNG was written</source>
        <translation>die Seite war nach %1 Bildern nicht vollständig gezeichnet (%2); es wurde kein PNG geschrieben</translation>
    </message>
    <message>
        <source>the page is %1 px tall; a snapshot shows at most %2 px, so nothing was written</source>
        <translation>die Seite ist %1 px hoch; ein Schnappschuss zeigt höchstens %2 px, daher wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>feder::ui::SpellingController</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(keine Vorschläge)</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore in this article</source>
        <translation>Im Artikel ignorieren</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Vorschläge werden gesucht …</translation>
    </message>
</context>
<context>
    <name>feder::ui::SpellingPanel</name>
    <message>
        <source>Next occurrence</source>
        <translation>Nächste Stelle</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore in this article</source>
        <translation>Im Artikel ignorieren</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>No spelling findings.</source>
        <translation>Keine Rechtschreibfunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation><numerusform>%n Fund</numerusform><numerusform>%n Funde</numerusform></translation>
    </message>
    <message>
        <source>Choose a replacement</source>
        <translation>Ersatz wählen</translation>
    </message>
    <message>
        <source>Words not found</source>
        <translation>Nicht gefundene Wörter</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
</context>
<context>
    <name>feder::ui::StyleController</name>
    <message>
        <source>Correct: %1</source>
        <translation>Korrigieren: %1</translation>
    </message>
    <message>
        <source>Replace with „%1“</source>
        <translation>Ersetzen durch „%1“</translation>
    </message>
    <message>
        <source>Fix &amp;typography</source>
        <translation>&amp;Typografie korrigieren</translation>
    </message>
    <message>
        <source>Applies every typography fix of the article (quotation marks, dashes, spaces) as one step</source>
        <translation>Korrigiert alle typografischen Hinweise des Artikels (Anführungszeichen, Striche, Leerzeichen) in einem Schritt</translation>
    </message>
</context>
<context>
    <name>feder::ui::WindowHost</name>
    <message>
        <source>Feder</source>
        <translation>Feder</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read and export, but not change anything.</source>
        <translation>%1

Schreibgeschützt öffnen? Sie können lesen und exportieren, aber nichts ändern.</translation>
    </message>
    <message>
        <source>another Feder (process %1) has this store open</source>
        <translation>ein anderes Feder (Prozess %1) hat diesen Speicher geöffnet</translation>
    </message>
    <message>
        <source>the store file is read-only</source>
        <translation>die Speicherdatei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>The store cannot be opened:
%1</source>
        <translation>Der Speicher lässt sich nicht öffnen:
%1</translation>
    </message>
    <message>
        <source>The store is damaged. Feder does not write to it.

%1</source>
        <translation>Der Speicher ist beschädigt. Feder schreibt nicht hinein.

%1</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>There is no backup in %1.</source>
        <translation>In %1 gibt es keine Sicherung.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backup of:</source>
        <translation>Sicherung vom:</translation>
    </message>
    <message>
        <source>There is no backup yet in %1.</source>
        <translation>In %1 gibt es noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Replace the store by the backup of (the current store is kept beside it):</source>
        <translation>Den Speicher ersetzen durch die Sicherung vom (der bisherige Speicher bleibt daneben erhalten):</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Die Sicherung wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup was restored. The previous store is kept as %1.</source>
        <translation>Die Sicherung wurde wiederhergestellt. Der bisherige Speicher liegt unter %1.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Imported into the store: %1</source>
        <translation>In den Speicher importiert: %1</translation>
    </message>
    <message>
        <source>(the previous text is kept in Edit ▸ History)</source>
        <translation>(der vorherige Text bleibt unter Bearbeiten ▸ Verlauf erhalten)</translation>
    </message>
</context>
</TS>