// The Czech translation is complete and keeps every placeholder of its English source.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%\\d+"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void czechIsCompleteAndKeepsPlaceholders()
    {
        QFile file(qEnvironmentVariable("ERP_SOURCE_DIR") + QStringLiteral("/translations/erp_cs.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context, source;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                const QString where = context + QStringLiteral(": ") + source;
                QVERIFY2(!unfinished && !translation.trimmed().isEmpty(), qPrintable(QStringLiteral("untranslated: ") + where));
                QVERIFY2(placeholders(translation) == placeholders(source), qPrintable(QStringLiteral("placeholders differ: ") + where));
                ++messages;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
    }

    void compiledTranslationIsBuiltIn()
    {
        QTranslator t;
        QVERIFY(t.load(QStringLiteral(":/i18n/erp_cs.qm")));
        QVERIFY(!t.translate("Session", "log in first").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
