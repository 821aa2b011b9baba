// Issue 12 item 6: Feder is found in the launcher after `cmake --install`. Installs the build into a
// temporary prefix and checks the XDG places: the desktop entry (desktop-file-validate), the
// AppStream metainfo (appstreamcli validate --no-net), the SVG icon (well-formed, rendered by Qt's
// SVG plugins at 16 and 256 px), and that the three agree on the app id de.feder.Feder.
// FEDER_ICON_PREVIEW_DIR=DIR saves the renders as PNGs, to look at them.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPixmap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QSet>
#include <QXmlStreamReader>

namespace {

const QString kAppId = QStringLiteral("de.feder.Feder");

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {-1, QStringLiteral("timed out: %1 %2").arg(program, arguments.join(QLatin1Char(' ')))};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

QString tool(const char *name, const char *package)
{
    const QString found = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (found.isEmpty())
        qWarning("%s is missing: apt-get install %s (scripts/debian-packages.txt lists it)", name, package);
    return found;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Share of pixels that are drawn (alpha > 0) and how many distinct colours they show.
void inspect(const QImage &image, double *covered, int *colours)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int drawn = 0;
    QSet<QRgb> seen;
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            const QRgb pixel = argb.pixel(x, y);
            if (qAlpha(pixel) > 200) {
                ++drawn;
                seen.insert(pixel & 0xF0F0F0); // coarse: anti-aliasing does not count as colour
            }
        }
    }
    *covered = double(drawn) / (argb.width() * argb.height());
    *colours = int(seen.size());
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_prefix;
    QString share(const QString &relative) const { return QDir(m_prefix.path()).filePath(QStringLiteral("share/") + relative); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        const Run install = run(QStringLiteral(FEDER_CMAKE_COMMAND),
                                {QStringLiteral("--install"), QStringLiteral(FEDER_BUILD_DIR), QStringLiteral("--prefix"), m_prefix.path()});
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
    }

    void filesInXdgPlaces()
    {
        QVERIFY(QFileInfo(QDir(m_prefix.path()).filePath(QStringLiteral("bin/feder"))).isExecutable());
        QVERIFY(QFileInfo::exists(share(QStringLiteral("applications/") + kAppId + QStringLiteral(".desktop"))));
        QVERIFY(QFileInfo::exists(share(QStringLiteral("icons/hicolor/scalable/apps/") + kAppId + QStringLiteral(".svg"))));
        QVERIFY(QFileInfo::exists(share(QStringLiteral("metainfo/") + kAppId + QStringLiteral(".metainfo.xml"))));
    }

    void desktopEntry()
    {
        const QString path = share(QStringLiteral("applications/") + kAppId + QStringLiteral(".desktop"));
        const QString validator = tool("desktop-file-validate", "desktop-file-utils");
        QVERIFY(!validator.isEmpty());
        const Run validated = run(validator, {path});
        QVERIFY2(validated.exitCode == 0 && validated.output.trimmed().isEmpty(), qPrintable(validated.output));

        const QStringList lines = readText(path).split(QLatin1Char('\n'));
        for (const char *line : {"Type=Application", "Name=Feder", "Exec=feder %F", "Icon=de.feder.Feder", "MimeType=text/markdown;",
                                 "Terminal=false"})
            QVERIFY2(lines.contains(QString::fromUtf8(line)), line);
        QVERIFY(lines.contains(QStringLiteral("Categories=Office;WordProcessor;Qt;")));
        for (const char *german : {"GenericName[de]=", "Comment[de]=", "Keywords[de]="}) {
            const auto found = std::find_if(lines.cbegin(), lines.cend(), [german](const QString &l) { return l.startsWith(QLatin1String(german)); });
            QVERIFY2(found != lines.cend() && found->size() > int(qstrlen(german)), german);
        }
    }

    void appStreamMetainfo()
    {
        const QString path = share(QStringLiteral("metainfo/") + kAppId + QStringLiteral(".metainfo.xml"));
        const QString validator = tool("appstreamcli", "appstream");
        QVERIFY(!validator.isEmpty());
        const Run validated = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"), path});
        QVERIFY2(validated.exitCode == 0, qPrintable(validated.output));
        qInfo().noquote() << "appstreamcli:" << validated.output.trimmed();

        const QString text = readText(path);
        QVERIFY(text.contains(QStringLiteral("<id>de.feder.Feder</id>")));
        QVERIFY(text.contains(QStringLiteral("<launchable type=\"desktop-id\">de.feder.Feder.desktop</launchable>")));
        QVERIFY(text.contains(QStringLiteral("<summary xml:lang=\"de\">")));
        QVERIFY(text.contains(QStringLiteral("<p xml:lang=\"de\">")));
        QVERIFY(text.contains(QStringLiteral("<content_rating")));
        QVERIFY(text.contains(QStringLiteral("<screenshot type=\"default\">")));
        QVERIFY(text.contains(QStringLiteral("<release version=\"%1\"").arg(QStringLiteral(FEDER_VERSION_TEXT))));
    }

    void iconIsSvgQtCanRender()
    {
        const QString path = share(QStringLiteral("icons/hicolor/scalable/apps/") + kAppId + QStringLiteral(".svg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString root;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && root.isEmpty()) {
                root = xml.name().toString();
                QCOMPARE(xml.namespaceUri().toString(), QStringLiteral("http://www.w3.org/2000/svg"));
                QVERIFY(!xml.attributes().value(QStringLiteral("viewBox")).isEmpty());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        file.close();

        QVERIFY2(QImageReader::supportedImageFormats().contains("svg"), "Qt's SVG plugins are missing: apt-get install libqt6svg6");
        const QString previewDir = qEnvironmentVariable("FEDER_ICON_PREVIEW_DIR");
        // The installed file and the window icon compiled into the binary are the same picture.
        for (const QString &source : {path, QStringLiteral(":/icons/de.feder.Feder.svg")}) {
            const QIcon icon(source);
            QVERIFY2(!icon.isNull(), qPrintable(source));
            for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
                const QPixmap pixmap = icon.pixmap(QSize(size, size));
                QVERIFY2(!pixmap.isNull(), qPrintable(QStringLiteral("%1 at %2 px").arg(source).arg(size)));
                QCOMPARE(pixmap.size(), QSize(size, size));
                double covered = 0;
                int colours = 0;
                inspect(pixmap.toImage(), &covered, &colours);
                // A tile that fills most of the square, with more than one colour on it.
                QVERIFY2(covered > 0.7 && colours >= 3, qPrintable(QStringLiteral("%1 px: %2 covered, %3 colours").arg(size).arg(covered).arg(colours)));
                if (!previewDir.isEmpty() && source == path)
                    pixmap.save(QDir(previewDir).filePath(QStringLiteral("icon-%1.png").arg(size)));
            }
        }
    }
};

QTEST_MAIN(TestInstall)
#include "tst_install.moc"
