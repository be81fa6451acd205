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
        refused([](QJsonObject &t) { t.remove(u"bands"_s); }, u"bands: an object is required"_s);
        auto band = [](const QString &key, const QJsonValue &value) {
            return [=](QJsonObject &t) {
                QJsonObject b = t[u"bands"_s].toObject();
                b[key] = value;
                t[u"bands"_s] = b;
            };
        };
        refused(band(u"summary"_s, u"chart"_s), u"bands.summary: one of vat, amount, none"_s);
        refused(band(u"qr"_s, u"yes"_s), u"bands.qr: true or false"_s);
        refused(band(u"parties"_s, QJsonArray{QJsonObject{{u"text"_s, u"supplier"_s}, {u"field"_s, u"bank"_s}}}),
                u"bands.parties[0].field: \"bank\" is no party"_s);
        refused(band(u"remarks"_s, QJsonArray{QJsonObject{{u"text"_s, u"note"_s}, {u"field"_s, u"colour"_s}}}),
                u"bands.remarks[0].field: \"colour\" is no field of the data"_s);
        refused(band(u"signatures"_s, QJsonArray{u"signed_by"_s}), u"texts.signed_by: the text is required"_s);
        refused(band(u"details"_s, QJsonArray{QJsonArray{QJsonObject{{u"text"_s, u"issued"_s}, {u"field"_s, u"issued"_s},
                                                                      {u"date"_s, u"yes"_s}}}}),
                u"bands.details[0][0].date: true or false"_s);
    }

    // Every built-in form's template is valid, in both languages, for the renderer it feeds.
    void everyBuiltInTemplateIsValid()
    {
        for (const QString &form : {u"sales_invoice"_s, u"sales_order"_s, u"delivery_note"_s, u"credit_note"_s, u"payment_receipt"_s}) {
            QFile f(qEnvironmentVariable("ERP_SOURCE_DIR") + u"/resources/print/"_s + form + u".json"_s);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(form));
            QString error;
            const auto t = erp::print::parsePrintTemplate(f.readAll(), form, &error);
            QVERIFY2(t, qPrintable(error));
            QCOMPARE(t->form, form);
            QCOMPARE(t->languages, (QStringList{u"cs"_s, u"en"_s}));
        }
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
