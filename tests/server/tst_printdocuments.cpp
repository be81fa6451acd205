// The printed documents besides the invoice, through the real server: the order confirmation,
// the delivery note, the credit note (opravný daňový doklad) and the payment receipt read back
// with pdftotext and pdfinfo in Czech and English, their figures computed here from the lines
// the test enters; per-organization template overrides; printForms in meta.describe.
#include "catalogclient.h"
#include "printcheck.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {

// A line as the test enters it: quantity and price as decimal text, VAT in per cent.
struct Line
{
    QString quantity, price;
    qint64 percent;
};

// base and VAT in cents per line (VAT rounded per line, the organization's default), summed.
struct Sums
{
    QList<std::array<qint64, 2>> lines;
    QMap<qint64, std::array<qint64, 2>> perRate;
    qint64 base = 0, vat = 0;
};

Sums sums(const QList<Line> &lines, int sign = 1)
{
    Sums s;
    for (const Line &l : lines) {
        const qint64 base = sign * cents(units(l.quantity, 3) * units(l.price, 4), 100000);
        const qint64 vat = cents(base * l.percent, 100);
        s.lines.append({base, vat});
        s.perRate[l.percent][0] += base;
        s.perRate[l.percent][1] += vat;
        s.base += base;
        s.vat += vat;
    }
    return s;
}

} // namespace

class TestPrintDocuments : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    QTemporaryDir m_dir;
    qint64 m_org = 0, m_other = 0, m_otherWarehouse = 0, m_warehouse = 0, m_partner = 0, m_counterparty = 0;
    qint64 m_drill = 0, m_fitting = 0, m_standard = 0, m_reduced = 0;
    qint64 m_order = 0, m_otherOrder = 0, m_shipment = 0, m_invoice = 0, m_credit = 0, m_payment = 0;
    const QList<Line> m_orderLines = {{u"3"_s, u"1500"_s, 21}, {u"2"_s, u"450.50"_s, 12}};
    const QList<Line> m_creditLines = {{u"1"_s, u"200"_s, 21}, {u"1"_s, u"50"_s, 12}};

    QCborMap party(qint64 organization) const
    {
        return map({{u"organization"_s, organization}, {u"partner"_s, m_partner}, {u"counterparty"_s, m_counterparty}});
    }

    qint64 created(const QString &kind, QCborMap values, const QCborArray &lines, bool post = true)
    {
        const Reply r = createDocument(*m_c, kind, values, lines, post);
        if (!r.ok)
            qWarning().noquote() << kind << r.error.field << r.error.message;
        return r.ok ? r.result.toMap().value(u"id"_s).toInteger() : 0;
    }

    QCborMap read(const QString &kind, qint64 id)
    {
        return m_c->call(u"document.read"_s, params(kind, {{u"id"_s, id}})).result.toMap();
    }

    Reply render(erp::client::Connection &c, const QString &kind, qint64 id, const QString &form, const QString &language)
    {
        return c.call(u"print.render"_s,
                      map({{u"kind"_s, kind}, {u"id"_s, id}, {u"form"_s, form}, {u"language"_s, language}}));
    }

    // The form printed: one A4 page, its text.
    QString printed(const QString &kind, qint64 id, const QString &form, const QString &language)
    {
        const Reply r = render(*m_c, kind, id, form, language);
        if (!r.ok) {
            qWarning().noquote() << form << r.error.message;
            return {};
        }
        const QString path = m_dir.filePath(u"%1-%2-%3.pdf"_s.arg(form, language).arg(id));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(r.result.toMap().value(u"pdf"_s).toByteArray());
        f.close();
        const QString info = run(u"pdfinfo"_s, {path});
        if (!info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s))
            || !info.contains(QRegularExpression(u"Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"_s))
            || r.result.toMap().value(u"pages"_s).toInteger() != 1) {
            qWarning().noquote() << "not one A4 page:" << info;
            return {};
        }
        if (qEnvironmentVariableIsSet("ERP_KEEP_PRINTS"))
            run(u"pdftoppm"_s, {u"-r"_s, u"80"_s, u"-png"_s, path, path.chopped(4)});
        return pdfText(path, true);
    }

    static void contains(const QString &text, const QStringList &expected)
    {
        QVERIFY(!text.isEmpty());
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(e + u" not in: "_s + text));
    }

    // The lines' figures and the recapitulation as the form prints them.
    static QStringList figures(const Sums &s, bool czech)
    {
        QStringList out;
        for (const auto &l : s.lines)
            out << money(l[0], czech) << money(l[1], czech) << money(l[0] + l[1], czech);
        for (auto it = s.perRate.begin(); it != s.perRate.end(); ++it)
            out << u"%1 % %2 %3 %4"_s.arg(it.key()).arg(money(it->at(0), czech), money(it->at(1), czech),
                                             money(it->at(0) + it->at(1), czech));
        return out;
    }

    QString templateBody(const QString &form, qint64 organization, QString *source)
    {
        QCborMap p = map({{u"form"_s, form}});
        if (organization)
            p.insert(u"organization"_s, organization);
        const Reply r = m_c->call(u"print.template"_s, p);
        if (!r.ok)
            qWarning().noquote() << r.error.message;
        *source = r.result.toMap().value(u"source"_s).toString();
        return r.result.toMap().value(u"body"_s).toString();
    }

    Reply saveTemplate(erp::client::Connection &c, const QString &form, qint64 organization, const QString &body)
    {
        QCborMap p = map({{u"form"_s, form}, {u"body"_s, body}});
        if (organization)
            p.insert(u"organization"_s, organization);
        return c.call(u"print.saveTemplate"_s, p);
    }

    std::unique_ptr<erp::client::Connection> clerk()
    {
        static bool created = false;
        if (!created) {
            created = createCatalog(*m_c, u"users"_s, map({{u"code"_s, u"dclerk"_s}, {u"name"_s, u"Dana Skladová"_s}, {u"role"_s, u"clerk"_s}}))
                      && m_c->call(u"auth.setPassword"_s, map({{u"login"_s, u"dclerk"_s}, {u"password"_s, u"Clerk-Password-1"_s}})).ok;
        }
        return m_server.connect(u"dclerk"_s, u"Clerk-Password-1"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("ERP_KEEP_PRINTS")) {
            m_dir.setAutoRemove(false);
            qInfo().noquote() << "PDFs and PNGs in" << m_dir.path();
        }
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_org = createCatalog(
            *m_c, u"organizations"_s,
            map({{u"name"_s, u"Beta"_s}, {u"full_name"_s, u"Beta Stroje s.r.o."_s}, {u"ico"_s, u"27074358"_s},
                 {u"dic"_s, u"CZ27074358"_s}, {u"street"_s, u"Údolní 12"_s}, {u"city"_s, u"Brno"_s},
                 {u"postal_code"_s, u"602 00"_s}, {u"iban"_s, u"CZ6508000000192000145399"_s}, {u"swift"_s, u"GIBACZPX"_s},
                 {u"register_entry"_s, u"Zapsaná v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka 4711"_s}}));
        m_other = createCatalog(*m_c, u"organizations"_s, map({{u"name"_s, u"Gama"_s}, {u"full_name"_s, u"Gama Servis s.r.o."_s}}));
        m_warehouse = createCatalog(*m_c, u"warehouses"_s, map({{u"name"_s, u"Sklad Brno"_s}, {u"organization"_s, m_org}}));
        m_otherWarehouse = createCatalog(*m_c, u"warehouses"_s, map({{u"name"_s, u"Sklad Ostrava"_s}, {u"organization"_s, m_other}}));
        const qint64 unit = createCatalog(*m_c, u"units"_s, map({{u"code"_s, u"ks"_s}, {u"name"_s, u"kus"_s}}));
        m_drill = createCatalog(*m_c, u"products"_s, map({{u"name"_s, u"Vrtačka Narex"_s}, {u"unit"_s, unit}}));
        m_fitting = createCatalog(*m_c, u"products"_s, map({{u"name"_s, u"Montáž"_s}, {u"unit"_s, unit},
                                                             {u"product_type"_s, u"service"_s}}));
        m_partner = createCatalog(*m_c, u"partners"_s, map({{u"name"_s, u"Žlutý kůň"_s}}));
        m_counterparty = createCatalog(
            *m_c, u"counterparties"_s,
            map({{u"name"_s, u"Kůň"_s}, {u"full_name"_s, u"Žlutý kůň a.s."_s}, {u"partner"_s, m_partner}, {u"ico"_s, u"45317054"_s},
                 {u"dic"_s, u"CZ45317054"_s}, {u"street"_s, u"Na Příkopě 3"_s}, {u"city"_s, u"Praha"_s}, {u"postal_code"_s, u"110 00"_s}}));
        m_standard = vatRate(*m_c, u"standard"_s);
        m_reduced = vatRate(*m_c, u"reduced"_s);
        QVERIFY(m_org && m_other && m_warehouse && m_otherWarehouse && m_drill && m_fitting && m_counterparty && m_standard && m_reduced);
        QVERIFY(created(u"goods_receipts"_s, map({{u"organization"_s, m_org}, {u"warehouse"_s, m_warehouse},
                                                  {u"date"_s, u"2026-11-02T08:00:00Z"_s}}),
                        {map({{u"product"_s, m_drill}, {u"quantity"_s, u"10"_s}, {u"price"_s, u"1000"_s}})}));

        QCborMap order = party(m_org);
        order.insert(u"warehouse"_s, m_warehouse);
        order.insert(u"invoicing"_s, u"on_shipment"_s);
        order.insert(u"date"_s, u"2026-11-09T09:00:00Z"_s);
        const QCborArray orderLines = {
            map({{u"product"_s, m_drill}, {u"quantity"_s, u"3"_s}, {u"price"_s, u"1500"_s}, {u"vat_rate"_s, m_standard}}),
            map({{u"product"_s, m_fitting}, {u"quantity"_s, u"2"_s}, {u"price"_s, u"450.50"_s}, {u"vat_rate"_s, m_reduced}})};
        m_order = created(u"sales_orders"_s, order, orderLines);
        QCborMap otherOrder = order;
        otherOrder.insert(u"organization"_s, m_other);
        otherOrder.insert(u"warehouse"_s, m_otherWarehouse);
        m_otherOrder = created(u"sales_orders"_s, otherOrder, orderLines, false);
        QVERIFY(m_order && m_otherOrder);

        QCborMap shipment = party(m_org);
        shipment.insert(u"warehouse"_s, m_warehouse);
        shipment.insert(u"sales_order"_s, m_order);
        shipment.insert(u"date"_s, u"2026-11-11T09:00:00Z"_s);
        m_shipment = created(u"shipments"_s, shipment,
                             {map({{u"product"_s, m_drill}, {u"quantity"_s, u"3"_s}}),
                              map({{u"product"_s, m_fitting}, {u"quantity"_s, u"2"_s}})});
        QVERIFY(m_shipment);

        QCborMap invoice = party(m_org);
        invoice.insert(u"date"_s, u"2026-11-12T09:00:00Z"_s);
        invoice.insert(u"due_date"_s, u"2026-11-26"_s);
        m_invoice = created(u"sales_invoices"_s, invoice, orderLines);
        QVERIFY(m_invoice);

        QCborMap credit = party(m_org);
        credit.insert(u"sales_invoice"_s, m_invoice);
        credit.insert(u"date"_s, u"2026-11-20T09:00:00Z"_s);
        const QCborArray creditLines = {
            map({{u"product"_s, m_drill}, {u"quantity"_s, u"1"_s}, {u"price"_s, u"200"_s}, {u"vat_rate"_s, m_standard}}),
            map({{u"product"_s, m_fitting}, {u"quantity"_s, u"1"_s}, {u"price"_s, u"50"_s}, {u"vat_rate"_s, m_reduced}})};
        // § 45: a credit note states why; posting one without a reason is refused naming it.
        const Reply noReason = createDocument(*m_c, u"credit_notes"_s, credit, creditLines, true);
        QVERIFY(!noReason.ok);
        QCOMPARE(noReason.error.field, u"reason"_s);
        credit.insert(u"reason"_s, u"Sleva za pozdní dodání"_s);
        m_credit = created(u"credit_notes"_s, credit, creditLines);
        QVERIFY(m_credit);

        QCborMap payment = party(m_org);
        payment.insert(u"payment_method"_s, u"cash"_s);
        payment.insert(u"date"_s, u"2026-11-21T09:00:00Z"_s);
        m_payment = created(u"incoming_payments"_s, payment,
                            {map({{u"invoice"_s, m_invoice}, {u"amount"_s, u"1000"_s}})});
        QVERIFY(m_payment);
    }

    void everyKindListsItsForm()
    {
        for (const auto &[kind, form] : {std::pair{u"sales_orders"_s, u"sales_order"_s}, std::pair{u"shipments"_s, u"delivery_note"_s},
                                         std::pair{u"credit_notes"_s, u"credit_note"_s},
                                         std::pair{u"incoming_payments"_s, u"payment_receipt"_s},
                                         std::pair{u"sales_invoices"_s, u"sales_invoice"_s}}) {
            const QCborArray forms =
                ERP_CALL_OK(*m_c, "print.forms", map({{u"kind"_s, kind}})).result.toMap().value(u"forms"_s).toArray();
            QCOMPARE(forms.size(), 1);
            QCOMPARE(forms.at(0).toMap().value(u"name"_s).toString(), form);
            // meta.describe says the same, so the client knows what a document prints without asking.
            const QCborMap described = ERP_CALL_OK(*m_c, "meta.describe", map({{u"kind"_s, kind}})).result.toMap();
            QCOMPARE(described.value(u"printForms"_s).toArray(), forms);
            QCOMPARE(forms.at(0).toMap().value(u"languages"_s).toArray(), (QCborArray{u"cs"_s, u"en"_s}));
        }
        const QCborMap catalog = ERP_CALL_OK(*m_c, "meta.describe", map({{u"kind"_s, u"partners"_s}})).result.toMap();
        QVERIFY(!catalog.contains(u"printForms"_s));
        const QCborMap refunds = ERP_CALL_OK(*m_c, "meta.describe", map({{u"kind"_s, u"customer_refunds"_s}})).result.toMap();
        QCOMPARE(refunds.value(u"printForms"_s).toArray(), QCborArray());
    }

    void orderConfirmation()
    {
        const QString number = read(u"sales_orders"_s, m_order).value(u"number"_s).toString();
        const Sums s = sums(m_orderLines);
        QString cs = printed(u"sales_orders"_s, m_order, u"sales_order"_s, u"cs"_s);
        contains(cs, QStringList{u"Potvrzení objednávky"_s, number, u"Dodavatel"_s, u"Beta Stroje s.r.o."_s, u"IČO: 27074358"_s,
                                 u"Odběratel"_s, u"Žlutý kůň a.s."_s, u"DIČ: CZ45317054"_s, u"Datum objednávky: 9. 11. 2026"_s,
                                 u"Expedice ze skladu: Sklad Brno"_s, u"Fakturace: při dodání"_s, u"Vrtačka Narex"_s,
                                 u"Montáž"_s, u"1 500,00"_s, u"450,50"_s, u"Rekapitulace DPH"_s,
                                 u"Celkem s DPH "_s + money(s.base + s.vat, true) + u" CZK"_s, u"Strana 1 / 1"_s}
                         + figures(s, true));
        QVERIFY(!cs.contains(u"QR platba"_s));
        QVERIFY(!cs.contains(u"NÁVRH"_s));
        const QString en = printed(u"sales_orders"_s, m_order, u"sales_order"_s, u"en"_s);
        contains(en, QStringList{u"Order confirmation"_s, u"Order date: 9 Nov 2026"_s, u"Ships from: Sklad Brno"_s,
                                 u"Invoicing: on delivery"_s, u"Total incl. VAT "_s + money(s.base + s.vat, false) + u" CZK"_s,
                                 u"Page 1 / 1"_s}
                         + figures(s, false));
        // The order's own totals are the test's.
        const QCborMap order = read(u"sales_orders"_s, m_order);
        QCOMPARE(units(order.value(u"total"_s).toString(), 4), (s.base + s.vat) * 100);
    }

    void deliveryNoteHasQuantitiesAndNoPrices()
    {
        const QString number = read(u"shipments"_s, m_shipment).value(u"number"_s).toString();
        const QString order = read(u"sales_orders"_s, m_order).value(u"number"_s).toString();
        const QString cs = printed(u"shipments"_s, m_shipment, u"delivery_note"_s, u"cs"_s);
        contains(cs, {u"Dodací list"_s, number, u"Beta Stroje s.r.o."_s, u"Odběratel (příjemce)"_s, u"Žlutý kůň a.s."_s,
                      u"Datum dodání: 11. 11. 2026"_s, u"Sklad: Sklad Brno"_s, u"K objednávce č.: "_s + order,
                      u"Ze dne: 9. 11. 2026"_s, u"Vrtačka Narex 3 ks"_s, u"Montáž 2 ks"_s, u"Vydal (jméno, podpis)"_s,
                      u"Převzal (jméno, podpis, razítko)"_s});
        for (const QString &price : {u"1 500"_s, u"450,50"_s, u"DPH"_s, u"Celkem"_s})
            QVERIFY2(!cs.contains(price), qPrintable(price));
        const QString en = printed(u"shipments"_s, m_shipment, u"delivery_note"_s, u"en"_s);
        contains(en, {u"Delivery note"_s, u"Date of delivery: 11 Nov 2026"_s, u"Warehouse: Sklad Brno"_s, u"Order no.: "_s + order,
                      u"Issued by (name, signature)"_s, u"Received by (name, signature, stamp)"_s});
    }

    // § 45: the original invoice's number, the reason, the differences of base, VAT and total
    // per rate (negative: the customer gets money back), the day of the correction; no QR code
    // for a refund.
    void creditNoteNamesTheInvoiceTheReasonAndTheDifferences()
    {
        const QCborMap note = read(u"credit_notes"_s, m_credit);
        const QString original = read(u"sales_invoices"_s, m_invoice).value(u"number"_s).toString();
        const Sums s = sums(m_creditLines, -1);
        QCOMPARE(units(note.value(u"total"_s).toString(), 4), -(s.base + s.vat) * 100);
        const QString cs = printed(u"credit_notes"_s, m_credit, u"credit_note"_s, u"cs"_s);
        contains(cs, QStringList{u"Opravný daňový doklad"_s, note.value(u"number"_s).toString(), u"Opravuje doklad č.: "_s + original,
                                 u"Vystaven dne: 12. 11. 2026"_s, u"DUZP opraveného dokladu: 12. 11. 2026"_s,
                                 u"Datum uskutečnění opravy: 20. 11. 2026"_s, u"Důvod opravy: Sleva za pozdní dodání"_s,
                                 u"Rozdíly podle sazeb DPH"_s, u"Opravou celkem "_s + money(s.base + s.vat, true) + u" CZK"_s,
                                 u"IČO: 27074358"_s, u"DIČ: CZ45317054"_s}
                         + figures(s, true));
        QVERIFY(s.base < 0);
        QVERIFY(!cs.contains(u"QR platba"_s));
        const QString en = printed(u"credit_notes"_s, m_credit, u"credit_note"_s, u"en"_s);
        contains(en, QStringList{u"Credit note – corrective tax document"_s, u"Corrects invoice no.: "_s + original,
                                 u"Reason for the correction: Sleva za pozdní dodání"_s, u"Date of the correction: 20 Nov 2026"_s,
                                 u"Differences per VAT rate"_s, u"Corrected in total "_s + money(s.base + s.vat, false) + u" CZK"_s}
                         + figures(s, false));
        QVERIFY(!en.contains(u"QR payment"_s));
    }

    void paymentReceipt()
    {
        const QString number = read(u"incoming_payments"_s, m_payment).value(u"number"_s).toString();
        const QString invoice = read(u"sales_invoices"_s, m_invoice).value(u"number"_s).toString();
        QCborMap users = params(u"users"_s);
        users.insert(u"filters"_s, QCborArray{map({{u"field"_s, u"code"_s}, {u"value"_s, u"admin"_s}})});
        const QString admin =
            ERP_CALL_OK(*m_c, "catalog.list", users).result.toMap().value(u"rows"_s).toArray().at(0).toMap().value(u"name"_s).toString();
        QVERIFY(!admin.isEmpty());
        const QString cs = printed(u"incoming_payments"_s, m_payment, u"payment_receipt"_s, u"cs"_s);
        contains(cs, {u"Příjmový doklad"_s, number, u"Příjemce"_s, u"Beta Stroje s.r.o."_s, u"Plátce"_s, u"Žlutý kůň a.s."_s,
                      u"Datum přijetí: 21. 11. 2026"_s, u"Způsob úhrady: hotově"_s, u"Přijato od: Žlutý kůň a.s."_s,
                      u"Přijal: "_s + admin, invoice + u" 1 000,00"_s, u"Přijato celkem 1 000,00 CZK"_s, u"Přijal (podpis)"_s,
                      u"Zaplatil (podpis)"_s});
        const QString en = printed(u"incoming_payments"_s, m_payment, u"payment_receipt"_s, u"en"_s);
        contains(en, {u"Payment receipt"_s, u"Date received: 21 Nov 2026"_s, u"Paid in: cash"_s, invoice + u" 1,000.00"_s,
                      u"Received in total 1,000.00 CZK"_s, u"Paid by (signature)"_s});
    }

    // An organization's template wins over the one for all, which wins over the built-in one;
    // another organization keeps what it had.
    void overridesArePerOrganization()
    {
        QString source;
        const QString resource = templateBody(u"sales_order"_s, m_org, &source);
        QCOMPARE(source, u"resource"_s);
        QJsonObject t = QJsonDocument::fromJson(resource.toUtf8()).object();
        QCOMPARE(t.value(u"form"_s).toString(), u"sales_order"_s);
        auto titled = [&](const QString &cs) {
            QJsonObject texts = t[u"texts"_s].toObject();
            texts[u"title"_s] = QJsonObject{{u"cs"_s, cs}, {u"en"_s, u"Order confirmation"_s}};
            QJsonObject copy = t;
            copy[u"texts"_s] = texts;
            return QString::fromUtf8(QJsonDocument(copy).toJson());
        };
        QVERIFY(ERP_CALL_OK(*m_c, "print.saveTemplate",
                            map({{u"form"_s, u"sales_order"_s}, {u"organization"_s, m_org}, {u"body"_s, titled(u"Objednávka Beta"_s)}}))
                    .ok);
        QCOMPARE(templateBody(u"sales_order"_s, m_org, &source), titled(u"Objednávka Beta"_s));
        QCOMPARE(source, u"organization"_s);
        templateBody(u"sales_order"_s, m_other, &source);
        QCOMPARE(source, u"resource"_s);
        QVERIFY(printed(u"sales_orders"_s, m_order, u"sales_order"_s, u"cs"_s).contains(u"Objednávka Beta"_s));
        const QString other = printed(u"sales_orders"_s, m_otherOrder, u"sales_order"_s, u"cs"_s);
        QVERIFY(other.contains(u"Potvrzení objednávky"_s));
        QVERIFY(!other.contains(u"Objednávka Beta"_s));

        // One for all: the other organization takes it, Beta keeps its own.
        QVERIFY(saveTemplate(*m_c, u"sales_order"_s, 0, titled(u"Objednávka všem"_s)).ok);
        QVERIFY(printed(u"sales_orders"_s, m_otherOrder, u"sales_order"_s, u"cs"_s).contains(u"Objednávka všem"_s));
        QVERIFY(printed(u"sales_orders"_s, m_order, u"sales_order"_s, u"cs"_s).contains(u"Objednávka Beta"_s));
        templateBody(u"sales_order"_s, m_other, &source);
        QCOMPARE(source, u"global"_s);
        // Saved again, it replaces the one there was (one per form and organization).
        QVERIFY(saveTemplate(*m_c, u"sales_order"_s, 0, titled(u"Objednávka pro všechny"_s)).ok);
        QVERIFY(printed(u"sales_orders"_s, m_otherOrder, u"sales_order"_s, u"cs"_s).contains(u"Objednávka pro všechny"_s));

        // An empty body removes an override: Beta falls back to the one for all, then to the resource.
        QVERIFY(saveTemplate(*m_c, u"sales_order"_s, m_org, QString()).ok);
        templateBody(u"sales_order"_s, m_org, &source);
        QCOMPARE(source, u"global"_s);
        QVERIFY(saveTemplate(*m_c, u"sales_order"_s, 0, QString()).ok);
        QCOMPARE(templateBody(u"sales_order"_s, m_org, &source), resource);
        QCOMPARE(source, u"resource"_s);
        QVERIFY(printed(u"sales_orders"_s, m_order, u"sales_order"_s, u"cs"_s).contains(u"Potvrzení objednávky"_s));
    }

    void badOverrideIsRefusedNamingThePath()
    {
        QString source;
        const QJsonObject t = QJsonDocument::fromJson(templateBody(u"credit_note"_s, 0, &source).toUtf8()).object();
        auto refused = [&](const QString &body, const QString &field) {
            const Reply r = saveTemplate(*m_c, u"credit_note"_s, m_org, body);
            QVERIFY2(!r.ok, qPrintable(field));
            QCOMPARE(r.error.code, ErrorCode::Validation);
            QCOMPARE(r.error.field, field);
            QString now;
            templateBody(u"credit_note"_s, m_org, &now);
            QCOMPARE(now, u"resource"_s); // nothing saved
        };
        QJsonObject noEnglishTitle = t;
        QJsonObject texts = t[u"texts"_s].toObject();
        texts[u"title"_s] = QJsonObject{{u"cs"_s, u"Dobropis"_s}};
        noEnglishTitle[u"texts"_s] = texts;
        refused(QString::fromUtf8(QJsonDocument(noEnglishTitle).toJson()), u"body.texts.title.en"_s);
        QJsonObject badField = t;
        QJsonObject bands = t[u"bands"_s].toObject();
        bands[u"remarks"_s] = QJsonArray{QJsonObject{{u"text"_s, u"reason"_s}, {u"field"_s, u"why"_s}}};
        badField[u"bands"_s] = bands;
        refused(QString::fromUtf8(QJsonDocument(badField).toJson()), u"body.bands.remarks[0].field"_s);
        QJsonObject otherForm = t;
        otherForm[u"form"_s] = u"sales_order"_s;
        refused(QString::fromUtf8(QJsonDocument(otherForm).toJson()), u"body.form"_s);
        refused(u"{\"form\": "_s, u"body.(document)"_s);

        const Reply unknownForm = saveTemplate(*m_c, u"pay_slip"_s, 0, QString::fromUtf8(QJsonDocument(t).toJson()));
        QCOMPARE(unknownForm.error.field, u"form"_s);
        const Reply unknownOrganization = saveTemplate(*m_c, u"credit_note"_s, 999999999, QString::fromUtf8(QJsonDocument(t).toJson()));
        QCOMPARE(unknownOrganization.error.field, u"organization"_s);
        const Reply wrongType = m_c->call(u"print.saveTemplate"_s, map({{u"form"_s, u"credit_note"_s}, {u"body"_s, 5}}));
        QCOMPARE(wrongType.error.field, u"body"_s);
    }

    void onlyAnAdministratorSavesTemplates()
    {
        auto c = clerk();
        QVERIFY(c);
        QString source;
        const QString body = templateBody(u"delivery_note"_s, 0, &source);
        const Reply r = saveTemplate(*c, u"delivery_note"_s, 0, body);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Forbidden);
        templateBody(u"delivery_note"_s, 0, &source);
        QCOMPARE(source, u"resource"_s);
    }

    // print.render reads as the caller: a credit note whose partner the clerk's row rules hide is NotFound.
    void rowRulesHideADocument()
    {
        auto c = clerk();
        QVERIFY(c);
        QVERIFY(render(*c, u"credit_notes"_s, m_credit, u"credit_note"_s, u"cs"_s).ok);
        QVERIFY(ERP_CALL_OK(*m_c, "access.setRowRules",
                            map({{u"role"_s, u"clerk"_s}, {u"kind"_s, u"credit_notes"_s},
                                 {u"rules"_s, QCborArray{map({{u"field"_s, u"partner"_s}, {u"op"_s, u"!="_s}, {u"value"_s, m_partner}})}}}))
                    .ok);
        const Reply hidden = render(*c, u"credit_notes"_s, m_credit, u"credit_note"_s, u"cs"_s);
        QVERIFY(!hidden.ok);
        QCOMPARE(hidden.error.code, ErrorCode::NotFound);
        QCOMPARE(hidden.error.field, u"id"_s);
        QVERIFY(ERP_CALL_OK(*m_c, "access.setRowRules",
                            map({{u"role"_s, u"clerk"_s}, {u"kind"_s, u"credit_notes"_s}, {u"rules"_s, QCborArray{}}}))
                    .ok);
    }
};

QTEST_GUILESS_MAIN(TestPrintDocuments)
#include "tst_printdocuments.moc"
