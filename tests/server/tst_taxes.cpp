// Prices and taxes as data, through the real server: VAT rates are a catalog with dated
// percentages (seeded on every new database, changed and added by an administrator without
// code), the rate valid at a document's date applies, lines take their price and rate from the
// price type and the product, and free-text lines (a description, no product) are invoiced
// and paid but never stocked, reserved or shipped.
#include "catalogclient.h"
#include "decimal.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QTest>

using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;

class TestTaxes : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    qint64 m_org = 0, m_warehouse = 0, m_drill = 0, m_book = 0, m_partner = 0, m_counterparty = 0;
    qint64 m_supplier = 0, m_supplierParty = 0;
    qint64 m_standard = 0, m_reduced = 0, m_zero = 0, m_exempt = 0;

    qint64 createCatalog(const QString &kind, const QCborMap &values) { return erp::test::createCatalog(*m_c, kind, values); }

    QCborMap saleHeader(const QString &date) const
    {
        return map({{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                    {QStringLiteral("partner"), m_partner}, {QStringLiteral("counterparty"), m_counterparty},
                    {QStringLiteral("date"), date}});
    }

    static QCborMap lineOf(const Reply &r, int number)
    {
        return r.result.toMap().value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray().at(number - 1).toMap();
    }

    // An invoice of one line of 1000 at the rate, dated; its VAT.
    QString vatOfInvoice(qint64 rate, const QString &date, Reply *reply = nullptr)
    {
        QCborMap head = saleHeader(date);
        head.remove(QStringLiteral("warehouse")); // an invoice is not shipped from one
        const Reply r = createDocument(*m_c, QStringLiteral("sales_invoices"), head,
                                       {map({{QStringLiteral("product"), m_book}, {QStringLiteral("quantity"), QStringLiteral("1")},
                                             {QStringLiteral("price"), QStringLiteral("1000")}, {QStringLiteral("vat_rate"), rate}})},
                                       true);
        if (reply)
            *reply = r;
        if (!r.ok)
            return QStringLiteral("error: ") + r.error.message;
        return r.result.toMap().value(QStringLiteral("total_vat")).toString();
    }

    QString balance(const QString &reg, const QCborMap &where, const QString &resource)
    {
        const QCborArray rows = m_c->call(QStringLiteral("register.balances"), map({{QStringLiteral("register"), reg}, {QStringLiteral("where"), where}}))
                                    .result.toMap().value(QStringLiteral("rows")).toArray();
        return rows.isEmpty() ? QStringLiteral("0") : rows[0].toMap().value(resource).toString();
    }

    QString account(const QString &code, const QString &side)
    {
        for (const QCborValue &r : m_c->call(QStringLiteral("report.trialBalance"), {}).result.toMap().value(QStringLiteral("rows")).toArray())
            if (r.toMap().value(QStringLiteral("account")).toString() == code)
                return r.toMap().value(side).toString();
        return QStringLiteral("0");
    }

    void checkTrialBalance()
    {
        const QCborMap tb = m_c->call(QStringLiteral("report.trialBalance"), {}).result.toMap();
        QCOMPARE(tb.value(QStringLiteral("debit")).toString(), tb.value(QStringLiteral("credit")).toString());
    }

    qint64 documentCount(const QString &kind)
    {
        return m_c->call(QStringLiteral("document.list"), params(kind, {{QStringLiteral("limit"), 1000}}))
            .result.toMap().value(QStringLiteral("rows")).toArray().size();
    }

    Reply basedOn(const QString &kind, const QString &fromKind, qint64 fromId)
    {
        return m_c->call(QStringLiteral("document.basedOn"),
                         params(kind, {{QStringLiteral("from"), map({{QStringLiteral("kind"), fromKind}, {QStringLiteral("id"), fromId}})}}));
    }

    // "Create based on", dated, saved and posted as proposed.
    Reply createFrom(const QString &kind, const QString &fromKind, qint64 fromId, const QString &date)
    {
        const Reply proposal = basedOn(kind, fromKind, fromId);
        if (!proposal.ok)
            return proposal;
        QCborMap values = proposal.result.toMap().value(QStringLiteral("values")).toMap();
        values.insert(QStringLiteral("date"), date);
        return createDocument(*m_c, kind, values,
                              proposal.result.toMap().value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray(), true);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_standard = vatRate(*m_c, QStringLiteral("standard"));
        m_reduced = vatRate(*m_c, QStringLiteral("reduced"));
        m_zero = vatRate(*m_c, QStringLiteral("zero"));
        m_exempt = vatRate(*m_c, QStringLiteral("exempt"));
        QVERIFY(m_standard && m_reduced && m_zero && m_exempt);
        m_org = createCatalog(QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Alfa Obchod")}}));
        m_warehouse = createCatalog(QStringLiteral("warehouses"), map({{QStringLiteral("name"), QStringLiteral("Sklad Brno")}, {QStringLiteral("organization"), m_org}}));
        const qint64 unit = createCatalog(QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("ks")}, {QStringLiteral("name"), QStringLiteral("kus")}}));
        m_drill = createCatalog(QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("Vrtačka Narex")}, {QStringLiteral("unit"), unit},
                                                                 {QStringLiteral("sale_price"), QStringLiteral("1000")},
                                                                 {QStringLiteral("purchase_price"), QStringLiteral("600")}}));
        m_book = createCatalog(QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("Příručka kutila")}, {QStringLiteral("unit"), unit},
                                                                {QStringLiteral("vat_rate"), m_reduced},
                                                                {QStringLiteral("sale_price"), QStringLiteral("200")}}));
        m_partner = createCatalog(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň")}}));
        m_counterparty = createCatalog(QStringLiteral("counterparties"), map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň s.r.o.")}, {QStringLiteral("partner"), m_partner}}));
        m_supplier = createCatalog(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Nářadí Praha")}}));
        m_supplierParty = createCatalog(QStringLiteral("counterparties"), map({{QStringLiteral("name"), QStringLiteral("Nářadí Praha a.s.")}, {QStringLiteral("partner"), m_supplier}}));
        QVERIFY(m_org && m_warehouse && m_drill && m_book && m_partner && m_counterparty && m_supplier && m_supplierParty);
    }

    void everyNewDatabaseHasTheCzechRates()
    {
        const QCborMap reduced = ERP_CALL_OK(*m_c, "catalog.read", params(QStringLiteral("vat_rates"), {{QStringLiteral("id"), m_reduced}})).result.toMap();
        const QCborArray percentages = reduced.value(QStringLiteral("sections")).toMap().value(QStringLiteral("percentages")).toArray();
        QCOMPARE(percentages.size(), 2);
        QCOMPARE(percentages[0].toMap().value(QStringLiteral("percentage")).toString(), QStringLiteral("15.00"));
        QCOMPARE(percentages[1].toMap().value(QStringLiteral("valid_from")).toString(), QStringLiteral("2024-01-01"));
        QCOMPARE(percentages[1].toMap().value(QStringLiteral("percentage")).toString(), QStringLiteral("12.00"));
        const QCborMap exempt = ERP_CALL_OK(*m_c, "catalog.read", params(QStringLiteral("vat_rates"), {{QStringLiteral("id"), m_exempt}})).result.toMap();
        QVERIFY(exempt.value(QStringLiteral("exempt")).toBool());
        // A product names the standard rate unless it says otherwise; meta.describe tells the code.
        const QCborMap drill = ERP_CALL_OK(*m_c, "catalog.read", params(QStringLiteral("products"), {{QStringLiteral("id"), m_drill}})).result.toMap();
        QCOMPARE(drill.value(QStringLiteral("vat_rate")).toInteger(), m_standard);
        const QCborMap described = ERP_CALL_OK(*m_c, "meta.describe", params(QStringLiteral("products"))).result.toMap();
        for (const QCborValue &f : described.value(QStringLiteral("fields")).toArray())
            if (f.toMap().value(QStringLiteral("name")).toString() == QLatin1String("vat_rate")) {
                QCOMPARE(f.toMap().value(QStringLiteral("defaultCode")).toString(), QStringLiteral("standard"));
                QVERIFY(!f.toMap().contains(QStringLiteral("default")));
            }
    }

    void orderLinesTakePriceAndRateFromTheProduct()
    {
        const Reply r = createDocument(*m_c, QStringLiteral("sales_orders"), saleHeader(QStringLiteral("2026-11-02T09:00:00Z")),
                                       {map({{QStringLiteral("product"), m_book}, {QStringLiteral("quantity"), QStringLiteral("2")}}),
                                        map({{QStringLiteral("product"), m_drill}, {QStringLiteral("quantity"), QStringLiteral("1")}})},
                                       false);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(lineOf(r, 1).value(QStringLiteral("price")).toString(), QStringLiteral("200.0000"));
        QCOMPARE(lineOf(r, 1).value(QStringLiteral("vat_rate")).toInteger(), m_reduced);
        QCOMPARE(lineOf(r, 1).value(QStringLiteral("vat_percent")).toString(), QStringLiteral("12.00"));
        QCOMPARE(lineOf(r, 1).value(QStringLiteral("vat_amount")).toString(), QStringLiteral("48.0000"));
        QCOMPARE(lineOf(r, 2).value(QStringLiteral("price")).toString(), QStringLiteral("1000.0000"));
        QCOMPARE(lineOf(r, 2).value(QStringLiteral("vat_rate")).toInteger(), m_standard);
        QCOMPARE(lineOf(r, 2).value(QStringLiteral("vat_percent")).toString(), QStringLiteral("21.00"));
        QCOMPARE(r.result.toMap().value(QStringLiteral("total_net")).toString(), QStringLiteral("1400.0000"));
        QCOMPARE(r.result.toMap().value(QStringLiteral("total_vat")).toString(), QStringLiteral("258.0000"));
        // A purchase takes the product's purchase price; a price or rate given stays.
        const Reply p = createDocument(*m_c, QStringLiteral("purchase_orders"),
                                       map({{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                                            {QStringLiteral("supplier"), m_supplier}, {QStringLiteral("date"), QStringLiteral("2026-11-02T09:00:00Z")}}),
                                       {map({{QStringLiteral("product"), m_drill}, {QStringLiteral("quantity"), QStringLiteral("3")}}),
                                        map({{QStringLiteral("product"), m_drill}, {QStringLiteral("quantity"), QStringLiteral("1")},
                                             {QStringLiteral("price"), QStringLiteral("550")}, {QStringLiteral("vat_rate"), m_zero}})},
                                       false);
        QVERIFY2(p.ok, qPrintable(p.error.message));
        QCOMPARE(lineOf(p, 1).value(QStringLiteral("price")).toString(), QStringLiteral("600.0000"));
        QCOMPARE(lineOf(p, 1).value(QStringLiteral("vat_amount")).toString(), QStringLiteral("378.0000"));
        QCOMPARE(lineOf(p, 2).value(QStringLiteral("price")).toString(), QStringLiteral("550.0000"));
        QCOMPARE(lineOf(p, 2).value(QStringLiteral("vat_rate")).toInteger(), m_zero);
        QCOMPARE(lineOf(p, 2).value(QStringLiteral("vat_amount")).toString(), QStringLiteral("0.0000"));
    }

    void thePriceTypesPriceWinsOverTheSalePrice()
    {
        const qint64 retail = createCatalog(QStringLiteral("price_types"), map({{QStringLiteral("code"), QStringLiteral("MO")}, {QStringLiteral("name"), QStringLiteral("Maloobchod")}}));
        QVERIFY(retail);
        const Reply setting = createDocument(*m_c, QStringLiteral("price_settings"),
                                             map({{QStringLiteral("organization"), m_org}, {QStringLiteral("price_type"), retail},
                                                  {QStringLiteral("date"), QStringLiteral("2026-11-10T00:00:00Z")}}),
                                             {map({{QStringLiteral("product"), m_drill}, {QStringLiteral("price"), QStringLiteral("900")}})}, true);
        QVERIFY2(setting.ok, qPrintable(setting.error.message));
        QCborMap head = saleHeader(QStringLiteral("2026-11-12T09:00:00Z"));
        head.insert(QStringLiteral("price_type"), retail);
        const QCborArray lines{map({{QStringLiteral("product"), m_drill}, {QStringLiteral("quantity"), QStringLiteral("1")}}),
                               map({{QStringLiteral("product"), m_book}, {QStringLiteral("quantity"), QStringLiteral("1")}})};
        const Reply r = createDocument(*m_c, QStringLiteral("sales_orders"), head, lines, false);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(lineOf(r, 1).value(QStringLiteral("price")).toString(), QStringLiteral("900.0000"));
        QCOMPARE(lineOf(r, 2).value(QStringLiteral("price")).toString(), QStringLiteral("200.0000")); // no price of the type: the sale price
        // Before the price type had a price, the sale price applies.
        head.insert(QStringLiteral("date"), QStringLiteral("2026-11-05T09:00:00Z"));
        const Reply before = createDocument(*m_c, QStringLiteral("sales_orders"), head, lines, false);
        QVERIFY2(before.ok, qPrintable(before.error.message));
        QCOMPARE(lineOf(before, 1).value(QStringLiteral("price")).toString(), QStringLiteral("1000.0000"));
    }

    // The reduced rate drops to 10 % from 2027-01-01: invoices either side of the date get the
    // rate of their own date, also one back-dated after the change was made.
    void aRateChangedFromADateAppliesByTheDocumentsDate()
    {
        QCOMPARE(vatOfInvoice(m_reduced, QStringLiteral("2023-12-31T10:00:00Z")), QStringLiteral("150.0000"));
        QCOMPARE(vatOfInvoice(m_reduced, QStringLiteral("2024-01-02T10:00:00Z")), QStringLiteral("120.0000"));
        const QCborMap rate = ERP_CALL_OK(*m_c, "catalog.read", params(QStringLiteral("vat_rates"), {{QStringLiteral("id"), m_reduced}})).result.toMap();
        QCborArray percentages = rate.value(QStringLiteral("sections")).toMap().value(QStringLiteral("percentages")).toArray();
        percentages.append(map({{QStringLiteral("valid_from"), QStringLiteral("2027-01-01")}, {QStringLiteral("percentage"), QStringLiteral("10")}}));
        QVERIFY(ERP_CALL_OK(*m_c, "catalog.update",
                            params(QStringLiteral("vat_rates"),
                                   {{QStringLiteral("id"), m_reduced}, {QStringLiteral("version"), rate.value(QStringLiteral("version"))},
                                    {QStringLiteral("sections"), map({{QStringLiteral("percentages"), percentages}})}}))
                    .ok);
        QCOMPARE(vatOfInvoice(m_reduced, QStringLiteral("2027-01-04T10:00:00Z")), QStringLiteral("100.0000"));
        QCOMPARE(vatOfInvoice(m_reduced, QStringLiteral("2026-12-30T10:00:00Z")), QStringLiteral("120.0000")); // back-dated
        // The summary keeps the percentages apart: one row per rate and percentage.
        const QCborMap vat = ERP_CALL_OK(*m_c, "report.vatSummary",
                                         map({{QStringLiteral("organization"), m_org},
                                              {QStringLiteral("from"), QStringLiteral("2026-12-01T00:00:00Z")},
                                              {QStringLiteral("to"), QStringLiteral("2027-01-31T00:00:00Z")}}))
                                 .result.toMap();
        QStringList rows;
        for (const QCborValue &v : vat.value(QStringLiteral("rows")).toArray()) {
            const QCborMap row = v.toMap();
            QCOMPARE(row.value(QStringLiteral("vat_rate")).toInteger(), m_reduced);
            rows.append(QStringLiteral("%1 %2 %3 %4 %5").arg(row.value(QStringLiteral("side")).toString(), row.value(QStringLiteral("code")).toString(),
                                                          row.value(QStringLiteral("percentage")).toString(), row.value(QStringLiteral("base")).toString(),
                                                          row.value(QStringLiteral("vat")).toString()));
        }
        rows.sort();
        QCOMPARE(rows, (QStringList{QStringLiteral("output reduced 10.00 1000.00 100.00"), QStringLiteral("output reduced 12.00 1000.00 120.00")}));
        QCOMPARE(vat.value(QStringLiteral("vat")).toString(), QStringLiteral("220.00"));
    }

    void anAdministratorAddsARateAndUsesItAtOnce()
    {
        QCborMap p = params(QStringLiteral("vat_rates"));
        p.insert(QStringLiteral("values"), map({{QStringLiteral("code"), QStringLiteral("second_reduced")}, {QStringLiteral("name"), QStringLiteral("Druhá snížená sazba")}}));
        p.insert(QStringLiteral("sections"), map({{QStringLiteral("percentages"),
                                                   QCborArray{map({{QStringLiteral("valid_from"), QStringLiteral("2015-01-01")}, {QStringLiteral("percentage"), QStringLiteral("10")}})}}}));
        const Reply created = ERP_CALL_OK(*m_c, "catalog.create", p);
        QVERIFY(created.ok);
        const qint64 tenPercent = created.result.toMap().value(QStringLiteral("id")).toInteger();
        Reply invoice;
        QCOMPARE(vatOfInvoice(tenPercent, QStringLiteral("2026-11-15T10:00:00Z"), &invoice), QStringLiteral("100.0000"));
        QCOMPARE(lineOf(invoice, 1).value(QStringLiteral("vat_percent")).toString(), QStringLiteral("10.00"));
        // Exempt: no VAT, no percentage.
        Reply exempt;
        QCOMPARE(vatOfInvoice(m_exempt, QStringLiteral("2026-11-15T10:00:00Z"), &exempt), QStringLiteral("0.0000"));
        QVERIFY(lineOf(exempt, 1).value(QStringLiteral("vat_percent")).isNull());
    }

    // Rates are the administrator's: a clerk reads them and uses them, never changes them.
    void onlyAnAdministratorWritesRates()
    {
        QVERIFY(createCatalog(QStringLiteral("users"), map({{QStringLiteral("code"), QStringLiteral("jclerk")},
                                                            {QStringLiteral("name"), QStringLiteral("Jana Účetní")},
                                                            {QStringLiteral("role"), QStringLiteral("clerk")}})));
        QVERIFY(ERP_CALL_OK(*m_c, "auth.setPassword", map({{QStringLiteral("login"), QStringLiteral("jclerk")},
                                                          {QStringLiteral("password"), QStringLiteral("Clerk-Password-1")}}))
                    .ok);
        const auto clerk = m_server.connect(QStringLiteral("jclerk"), QStringLiteral("Clerk-Password-1"));
        QVERIFY(clerk);
        QCOMPARE(vatRate(*clerk, QStringLiteral("reduced")), m_reduced);
        QCborMap p = params(QStringLiteral("vat_rates"));
        p.insert(QStringLiteral("values"), map({{QStringLiteral("code"), QStringLiteral("mine")}, {QStringLiteral("name"), QStringLiteral("Moje")}}));
        const Reply r = clerk->call(QStringLiteral("catalog.create"), p);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Forbidden);
    }

    void aRateWithoutAValidPercentageIsRefused()
    {
        const qint64 before = documentCount(QStringLiteral("sales_invoices"));
        Reply r;
        vatOfInvoice(m_standard, QStringLiteral("2012-06-01T10:00:00Z"), &r); // the catalog's 21 % holds from 2013
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].vat_rate"));
        QVERIFY2(r.error.message.contains(QLatin1String("2012-06-01")), qPrintable(r.error.message));
        QCOMPARE(documentCount(QStringLiteral("sales_invoices")), before); // nothing half-saved
        // A rate whose percentages all lie in the future.
        QCborMap p = params(QStringLiteral("vat_rates"));
        p.insert(QStringLiteral("values"), map({{QStringLiteral("code"), QStringLiteral("future")}, {QStringLiteral("name"), QStringLiteral("Budoucí")}}));
        p.insert(QStringLiteral("sections"), map({{QStringLiteral("percentages"),
                                                   QCborArray{map({{QStringLiteral("valid_from"), QStringLiteral("2030-01-01")}, {QStringLiteral("percentage"), QStringLiteral("5")}})}}}));
        const qint64 future = ERP_CALL_OK(*m_c, "catalog.create", p).result.toMap().value(QStringLiteral("id")).toInteger();
        QVERIFY(future);
        vatOfInvoice(future, QStringLiteral("2026-11-15T10:00:00Z"), &r);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].vat_rate"));
        // A rate that is not a rate, and a percentage below zero.
        vatOfInvoice(m_drill, QStringLiteral("2026-11-15T10:00:00Z"), &r);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.field, QStringLiteral("lines[1].vat_rate"));
        p.insert(QStringLiteral("values"), map({{QStringLiteral("code"), QStringLiteral("negative")}, {QStringLiteral("name"), QStringLiteral("Záporná")}}));
        p.insert(QStringLiteral("sections"), map({{QStringLiteral("percentages"),
                                                   QCborArray{map({{QStringLiteral("valid_from"), QStringLiteral("2020-01-01")}, {QStringLiteral("percentage"), QStringLiteral("-5")}})}}}));
        const Reply negative = m_c->call(QStringLiteral("catalog.create"), p);
        QVERIFY(!negative.ok);
        QCOMPARE(negative.error.field, QStringLiteral("percentages[1].percentage"));
        QCOMPARE(documentCount(QStringLiteral("sales_invoices")), before);
    }

    void aLineWithNeitherProductNorDescriptionIsRefused()
    {
        const qint64 before = documentCount(QStringLiteral("sales_orders"));
        const Reply r = createDocument(*m_c, QStringLiteral("sales_orders"), saleHeader(QStringLiteral("2026-11-15T09:00:00Z")),
                                       {map({{QStringLiteral("product"), m_drill}, {QStringLiteral("quantity"), QStringLiteral("1")}}),
                                        map({{QStringLiteral("quantity"), QStringLiteral("1")}, {QStringLiteral("price"), QStringLiteral("10")},
                                             {QStringLiteral("description"), QStringLiteral("   ")}})},
                                       false);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("lines[2].product"));
        QVERIFY2(r.error.message.contains(QLatin1String("lines[2]")), qPrintable(r.error.message));
        QCOMPARE(documentCount(QStringLiteral("sales_orders")), before);
        // Where lines are stocked, the product stays required.
        const Reply shipment = createDocument(*m_c, QStringLiteral("shipments"), saleHeader(QStringLiteral("2026-11-15T09:00:00Z")),
                                              {map({{QStringLiteral("quantity"), QStringLiteral("1")}})}, false);
        QVERIFY(!shipment.ok);
        QCOMPARE(shipment.error.field, QStringLiteral("lines[1].product"));
    }

    // "Installation on site, 2 hours" next to the goods: ordered, invoiced with the order,
    // paid, never reserved, shipped or stocked; its revenue on 604 like a service.
    void freeTextLinesAreInvoicedAndPaidButNeverStocked()
    {
        const Reply receipt = createDocument(*m_c, QStringLiteral("goods_receipts"),
                                             map({{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                                                  {QStringLiteral("date"), QStringLiteral("2026-11-20T08:00:00Z")}}),
                                             {map({{QStringLiteral("product"), m_drill}, {QStringLiteral("quantity"), QStringLiteral("10")},
                                                   {QStringLiteral("price"), QStringLiteral("600")}})},
                                             true);
        QVERIFY2(receipt.ok, qPrintable(receipt.error.message));
        const QString revenueBefore = account(QStringLiteral("604"), QStringLiteral("credit"));
        QCborMap head = saleHeader(QStringLiteral("2026-11-21T09:00:00Z"));
        head.insert(QStringLiteral("invoicing"), QStringLiteral("on_order"));
        const Reply order = createDocument(*m_c, QStringLiteral("sales_orders"), head,
                                           {map({{QStringLiteral("product"), m_drill}, {QStringLiteral("quantity"), QStringLiteral("2")}}),
                                            map({{QStringLiteral("description"), QStringLiteral("Montáž na místě, 2 hodiny")},
                                                 {QStringLiteral("quantity"), QStringLiteral("2")}, {QStringLiteral("price"), QStringLiteral("500")}})},
                                           true);
        QVERIFY2(order.ok, qPrintable(order.error.message));
        const qint64 orderId = order.result.toMap().value(QStringLiteral("id")).toInteger();
        QVERIFY(lineOf(order, 2).value(QStringLiteral("product")).isNull());
        QCOMPARE(lineOf(order, 2).value(QStringLiteral("vat_rate")).toInteger(), m_standard); // free text: the standard rate
        QCOMPARE(lineOf(order, 2).value(QStringLiteral("amount")).toString(), QStringLiteral("1000.0000"));
        QCOMPARE(order.result.toMap().value(QStringLiteral("total")).toString(), QStringLiteral("3630.0000"));
        // Only the drill is reserved and to ship: no movement names an empty product.
        const QCborMap moves = ERP_CALL_OK(*m_c, "document.movements", params(QStringLiteral("sales_orders"), {{QStringLiteral("id"), orderId}})).result.toMap();
        for (const QString &reg : {QStringLiteral("reservations"), QStringLiteral("orders_to_ship")}) {
            const QCborArray rows = moves.value(reg).toArray();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows[0].toMap().value(QStringLiteral("product")).toInteger(), m_drill);
        }
        // The invoice takes both lines, the description with it.
        const Reply invoice = createFrom(QStringLiteral("sales_invoices"), QStringLiteral("sales_orders"), orderId, QStringLiteral("2026-11-21T10:00:00Z"));
        QVERIFY2(invoice.ok, qPrintable(invoice.error.message));
        const qint64 invoiceId = invoice.result.toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(lineOf(invoice, 2).value(QStringLiteral("description")).toString(), QStringLiteral("Montáž na místě, 2 hodiny"));
        QCOMPARE(invoice.result.toMap().value(QStringLiteral("total")).toString(), QStringLiteral("3630.0000"));
        QCOMPARE(balance(QStringLiteral("settlements"), map({{QStringLiteral("invoice"), invoiceId}}), QStringLiteral("amount")), QStringLiteral("3630.0000"));
        QCOMPARE(erp::Decimal::parse(account(QStringLiteral("604"), QStringLiteral("credit")))->minus(*erp::Decimal::parse(revenueBefore))->toString(),
                 QStringLiteral("3000.0000"));
        // The shipment proposes the drill only.
        const Reply proposal = basedOn(QStringLiteral("shipments"), QStringLiteral("sales_orders"), orderId);
        QVERIFY2(proposal.ok, qPrintable(proposal.error.message));
        const QCborArray proposed = proposal.result.toMap().value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray();
        QCOMPARE(proposed.size(), 1);
        QCOMPARE(proposed[0].toMap().value(QStringLiteral("product")).toInteger(), m_drill);
        const Reply shipment = createFrom(QStringLiteral("shipments"), QStringLiteral("sales_orders"), orderId, QStringLiteral("2026-11-22T10:00:00Z"));
        QVERIFY2(shipment.ok, qPrintable(shipment.error.message));
        QCOMPARE(balance(QStringLiteral("stock"), map({{QStringLiteral("product"), m_drill}}), QStringLiteral("quantity")), QStringLiteral("8.000"));
        QCOMPARE(balance(QStringLiteral("orders_to_ship"), map({{QStringLiteral("sales_order"), orderId}}), QStringLiteral("quantity")), QStringLiteral("0"));
        // Paid in full.
        const Reply payment = createFrom(QStringLiteral("incoming_payments"), QStringLiteral("sales_invoices"), invoiceId, QStringLiteral("2026-11-25T10:00:00Z"));
        QVERIFY2(payment.ok, qPrintable(payment.error.message));
        QCOMPARE(balance(QStringLiteral("settlements"), map({{QStringLiteral("invoice"), invoiceId}}), QStringLiteral("amount")), QStringLiteral("0"));
        checkTrialBalance();
    }

    // A discount as a negative free-text line is no return: the shipment never proposes it
    // (there is nothing of it to take back into stock).
    void aNegativeFreeTextLineIsNeverShipped()
    {
        const Reply order = createDocument(*m_c, QStringLiteral("sales_orders"), saleHeader(QStringLiteral("2026-11-23T09:00:00Z")),
                                           {map({{QStringLiteral("product"), m_drill}, {QStringLiteral("quantity"), QStringLiteral("1")}}),
                                            map({{QStringLiteral("description"), QStringLiteral("Sleva za věrnost")},
                                                 {QStringLiteral("quantity"), QStringLiteral("-1")}, {QStringLiteral("price"), QStringLiteral("100")}})},
                                           true);
        QVERIFY2(order.ok, qPrintable(order.error.message));
        QCOMPARE(order.result.toMap().value(QStringLiteral("total_net")).toString(), QStringLiteral("900.0000"));
        const Reply proposal = basedOn(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order.result.toMap().value(QStringLiteral("id")).toInteger());
        QVERIFY2(proposal.ok, qPrintable(proposal.error.message));
        const QCborArray proposed = proposal.result.toMap().value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray();
        QCOMPARE(proposed.size(), 1);
        QCOMPARE(proposed[0].toMap().value(QStringLiteral("product")).toInteger(), m_drill);
    }

    // A supplier's invoice for transport: a purchased service on 518, input VAT, the payable.
    void aFreeTextLineOnASupplierInvoiceIsAPurchasedService()
    {
        const Reply r = createDocument(*m_c, QStringLiteral("supplier_invoices"),
                                       map({{QStringLiteral("organization"), m_org}, {QStringLiteral("supplier"), m_supplier},
                                            {QStringLiteral("counterparty"), m_supplierParty}, {QStringLiteral("date"), QStringLiteral("2026-11-26T10:00:00Z")}}),
                                       {map({{QStringLiteral("description"), QStringLiteral("Doprava")}, {QStringLiteral("quantity"), QStringLiteral("1")},
                                             {QStringLiteral("price"), QStringLiteral("300")}})},
                                       true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 id = r.result.toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(r.result.toMap().value(QStringLiteral("total")).toString(), QStringLiteral("363.0000"));
        QCOMPARE(balance(QStringLiteral("payables"), map({{QStringLiteral("supplier_invoice"), id}}), QStringLiteral("amount")), QStringLiteral("363.0000"));
        QCOMPARE(account(QStringLiteral("518"), QStringLiteral("debit")), QStringLiteral("300.0000"));
        const QCborMap moves = ERP_CALL_OK(*m_c, "document.movements", params(QStringLiteral("supplier_invoices"), {{QStringLiteral("id"), id}})).result.toMap();
        QVERIFY(!moves.contains(QStringLiteral("stock")));
        checkTrialBalance();
    }
};

QTEST_GUILESS_MAIN(TestTaxes)
#include "tst_taxes.moc"
