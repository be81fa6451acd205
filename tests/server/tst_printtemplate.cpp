// Print templates as the server checks them at start: the built-in one is valid, and each
// fault is refused naming the file and the path inside it.
#include "print/documentpdf.h"
#include "print/printtemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

class TestPrintTemplate : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_invoice;

    // The invoice's template changed by `edit`, refused with an error starting with `expected`.
    void refused(const std::function<void(QJsonObject &)> &edit, const QString &expected)
    {
        QJsonObject t = m_invoice;
        edit(t);
        QString error;
        QVERIFY(!erp::print::parsePrintTemplate(QJsonDocument(t).toJson(), u"resources/print/x.json"_s, &error));
        QVERIFY2(error.startsWith(u"resources/print/x.json: "_s + expected), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(qEnvironmentVariable("ERP_SOURCE_DIR") + u"/resources/print/sales_invoice.json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_invoice = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!m_invoice.isEmpty());
    }

    void builtInInvoiceIsValid()
    {
        QString error;
        const auto t = erp::print::parsePrintTemplate(QJsonDocument(m_invoice).toJson(), u"sales_invoice.json"_s, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->languages, (QStringList{u"cs"_s, u"en"_s}));
        QCOMPARE(t->text(u"draft"_s, u"cs"_s), u"NÁVRH"_s);
        QCOMPARE(t->columns.size(), 8);
    }

    void faultsAreNamed()
    {
        refused([](QJsonObject &t) { t.remove(u"form"_s); }, u"form:"_s);
        refused([](QJsonObject &t) { QJsonObject p = t[u"page"_s].toObject(); p[u"size"_s] = u"A5"_s; t[u"page"_s] = p; },
                u"page.size:"_s);
        refused([](QJsonObject &t) {
            QJsonObject p = t[u"page"_s].toObject();
            QJsonObject m = p[u"marginsMm"_s].toObject();
            m[u"left"_s] = u"15"_s;
            p[u"marginsMm"_s] = m;
            t[u"page"_s] = p;
        }, u"page.marginsMm.left: a number is required"_s);
        refused([](QJsonObject &t) { t[u"languages"_s] = QJsonArray{u"cs"_s, u"de"_s}; }, u"languages[1]:"_s);
        refused([](QJsonObject &t) {
            QJsonObject texts = t[u"texts"_s].toObject();
            QJsonObject due = texts[u"due_date"_s].toObject();
            due.remove(u"en"_s);
            texts[u"due_date"_s] = due;
            t[u"texts"_s] = texts;
        }, u"texts.due_date.en: a text is required"_s);
        refused([](QJsonObject &t) {
            QJsonObject texts = t[u"texts"_s].toObject();
            texts.remove(u"tax_date"_s);
            t[u"texts"_s] = texts;
        }, u"texts.tax_date:"_s);
        auto column = [](int i, const QString &key, const QJsonValue &value) {
            return [=](QJsonObject &t) {
                QJsonObject lines = t[u"lines"_s].toObject();
                QJsonArray columns = lines[u"columns"_s].toArray();
                QJsonObject c = columns[i].toObject();
                c[key] = value;
                columns[i] = c;
                lines[u"columns"_s] = columns;
                t[u"lines"_s] = lines;
            };
        };
        refused(column(3, u"field"_s, u"colour"_s), u"lines.columns[3].field:"_s);
        refused(column(2, u"title"_s, u"nothing"_s), u"lines.columns[2].title:"_s);
        refused(column(0, u"align"_s, u"middle"_s), u"lines.columns[0].align:"_s);
        refused(column(0, u"widthMm"_s, 120), u"lines.columns: the columns are"_s);
    }

    void everyRendererTextIsInTheInvoice()
    {
        const QJsonObject texts = m_invoice[u"texts"_s].toObject();
        for (const QString &key : erp::print::documentTextKeys())
            QVERIFY2(texts.contains(key), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestPrintTemplate)
#include "tst_printtemplate.moc"
